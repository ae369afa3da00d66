import type { SqlDb } from '../data';

/** DuckDB's JavaScript (and Arrow) load on first use, so the first paint does not wait for them. */
export async function loadDb(): Promise<SqlDb> {
  const { getDb } = await import('../data/duckdb');
  return getDb();
}

/** Lets the browser paint and handle input before the next step. */
export function nextTask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}
