import { deleteProjectDb } from './project-db';

/** Every localStorage key of the app starts with this (language, last project, other preferences). */
export const STORAGE_PREFIX = 'stratify.';
const LAST_PROJECT_KEY = `${STORAGE_PREFIX}lastProject`;

/** The project open when the page was last used, to restore after a reload. */
export function lastProjectId(): string | null {
  try {
    return globalThis.localStorage?.getItem(LAST_PROJECT_KEY) ?? null;
  } catch {
    return null; // storage blocked: nothing to restore
  }
}

export function rememberLastProject(id: string | null): void {
  try {
    if (id) globalThis.localStorage?.setItem(LAST_PROJECT_KEY, id);
    else globalThis.localStorage?.removeItem(LAST_PROJECT_KEY);
  } catch {
    // not remembered; the project itself is saved
  }
}

/**
 * Deletes everything the app stored in this browser: the IndexedDB database (projects, their files and
 * settings), the Origin Private File System and the app's localStorage keys. The service worker's cache
 * is kept on purpose: it holds the app's own code, DuckDB and the samples, none of the user's data.
 */
export async function deleteAllLocalData(): Promise<void> {
  await deleteProjectDb();
  await clearOriginPrivateFiles();
  try {
    const storage = globalThis.localStorage;
    const keys = Array.from({ length: storage?.length ?? 0 }, (_, index) => storage.key(index)).filter((key): key is string => !!key?.startsWith(STORAGE_PREFIX));
    for (const key of keys) storage.removeItem(key);
  } catch {
    // storage blocked: there is nothing in it either
  }
}

/** Empties the Origin Private File System, where the browser has one. */
async function clearOriginPrivateFiles(): Promise<void> {
  const root = await globalThis.navigator?.storage?.getDirectory?.().catch(() => null);
  if (!root) return;
  // keys() is in every browser with OPFS but not yet in TypeScript's DOM types.
  const names = (root as unknown as { keys(): AsyncIterable<string> }).keys();
  const all: string[] = [];
  for await (const name of names) all.push(name);
  for (const name of all) await root.removeEntry(name, { recursive: true });
}
