import { AsyncDuckDB, ConsoleLogger, LogLevel, selectBundle } from '@duckdb/duckdb-wasm';
import ehWasm from '@duckdb/duckdb-wasm/dist/duckdb-eh.wasm?url';
import ehWorker from '@duckdb/duckdb-wasm/dist/duckdb-browser-eh.worker.js?url';
import mvpWasm from '@duckdb/duckdb-wasm/dist/duckdb-mvp.wasm?url';
import mvpWorker from '@duckdb/duckdb-wasm/dist/duckdb-browser-mvp.worker.js?url';
import { mark } from '../timings';
import type { SqlDb } from './sql-db';

// Both bundles come from our own build (Vite asset URLs); nothing is fetched from elsewhere.
const BUNDLES = {
  mvp: { mainModule: mvpWasm, mainWorker: mvpWorker },
  eh: { mainModule: ehWasm, mainWorker: ehWorker },
};

let ready: Promise<SqlDb> | null = null;

/** The app's one DuckDB, started on first use (single flight: every caller shares one start). */
export function getDb(): Promise<SqlDb> {
  ready ??= start().catch((error) => {
    ready = null; // let a later call try again
    throw error;
  });
  return ready;
}

async function start(): Promise<SqlDb> {
  const bundle = await selectBundle(BUNDLES);
  const worker = new Worker(bundle.mainWorker!);
  const db = new AsyncDuckDB(new ConsoleLogger(LogLevel.WARNING), worker);
  await db.instantiate(bundle.mainModule, bundle.pthreadWorker);
  await db.open({ query: { castBigIntToDouble: true } });
  const connection = await db.connect();
  // DuckDB would otherwise download extensions (json, parquet…) from the internet on demand, and
  // the page's CSP does not reach its worker. With these off, such a call fails cleanly instead.
  await connection.query('SET autoinstall_known_extensions = false');
  await connection.query('SET autoload_known_extensions = false');
  mark('duckdbReady');
  return {
    query: (sql) => connection.query(sql),
    registerBuffer: (name, bytes) => db.registerFileBuffer(name, bytes),
    dropFile: async (name) => {
      await db.dropFile(name);
    },
  };
}
