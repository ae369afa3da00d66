import { deleteDB, openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { ProjectRecord } from './project-record';

/** The app's IndexedDB database: project records, and the stored files' bytes apart from them. */
export const DB_NAME = 'stratify';
const DB_VERSION = 1;

export interface ProjectSchema extends DBSchema {
  projects: { key: string; value: ProjectRecord };
  /** File bytes by file id; a duplicated project shares its files, so one is deleted only when no project names it. */
  files: { key: string; value: Blob };
}

let opening: Promise<IDBPDatabase<ProjectSchema>> | null = null;

/** The database, opened once per page (single flight). */
export function projectDb(): Promise<IDBPDatabase<ProjectSchema>> {
  opening ??= openDB<ProjectSchema>(DB_NAME, DB_VERSION, {
    upgrade(db) {
      db.createObjectStore('projects', { keyPath: 'id' });
      db.createObjectStore('files');
    },
    // Another tab wants to delete or upgrade the database: let it, and reopen on next use.
    blocking() {
      void closeProjectDb();
    },
  }).catch((error: unknown) => {
    opening = null;
    throw error;
  });
  return opening;
}

/** Closes this page's connection (a pending delete waits for every connection to close). */
export async function closeProjectDb(): Promise<void> {
  const current = opening;
  opening = null;
  if (current) (await current.catch(() => null))?.close();
}

/** Deletes the whole database. */
export async function deleteProjectDb(): Promise<void> {
  await closeProjectDb();
  await deleteDB(DB_NAME);
}
