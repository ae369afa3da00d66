import type { Table } from 'apache-arrow';

/**
 * The narrow surface of DuckDB that our queries use. The browser (AsyncDuckDB in its worker)
 * and the Node test harness (the blocking Node bundle) both implement it, so the same query
 * code runs in both places.
 */
export interface SqlDb {
  /** Runs one statement (or several separated by `;`) and returns the last result as Arrow. */
  query(sql: string): Promise<Table>;
  /** Makes bytes readable by SQL under `name` (a virtual file, nothing touches the disk). */
  registerBuffer(name: string, bytes: Uint8Array): Promise<void>;
  /** Forgets a virtual file registered earlier. */
  dropFile(name: string): Promise<void>;
}
