import type { Table } from 'apache-arrow';
import { DataError } from './errors';
import type { SqlDb } from './sql-db';

/** Runs SQL; a failure becomes a DataError carrying the SQL and the i18n key of the message to show. */
export async function runQuery(db: SqlDb, sql: string, messageKey = 'error.query_failed'): Promise<Table> {
  try {
    return await db.query(sql);
  } catch (cause) {
    throw new DataError(messageKey, cause, sql);
  }
}
