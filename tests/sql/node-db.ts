import { createRequire } from 'node:module';
import path from 'node:path';
import type { SqlDb } from '../../src/lib/data/sql-db';

const require = createRequire(import.meta.url);

/** DuckDB-WASM's blocking Node bundle behind the same SqlDb surface the browser uses. */
export async function openNodeDb(): Promise<SqlDb> {
  const duckdb = require('@duckdb/duckdb-wasm/dist/duckdb-node-blocking.cjs');
  const dist = path.dirname(require.resolve('@duckdb/duckdb-wasm/dist/duckdb-node-blocking.cjs'));
  const bundles = {
    mvp: { mainModule: path.join(dist, 'duckdb-mvp.wasm'), mainWorker: path.join(dist, 'duckdb-node-mvp.worker.cjs') },
    eh: { mainModule: path.join(dist, 'duckdb-eh.wasm'), mainWorker: path.join(dist, 'duckdb-node-eh.worker.cjs') },
  };
  const db = await duckdb.createDuckDB(bundles, new duckdb.VoidLogger(), duckdb.NODE_RUNTIME);
  await db.instantiate();
  db.open({});
  const connection = db.connect();
  connection.query('SET autoinstall_known_extensions = false; SET autoload_known_extensions = false');
  return {
    query: async (sql) => connection.query(sql),
    registerBuffer: async (name, bytes) => db.registerFileBuffer(name, bytes),
    dropFile: async (name) => db.dropFile(name),
  };
}
