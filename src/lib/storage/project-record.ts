/** A file kept in the browser for a project: its bytes live in the `files` store under `fileId`. */
export interface StoredFileRef {
  fileId: string;
  name: string;
  size: number;
  type: string;
}

/** Where a project's transactions come from: a built-in sample (by name) or a stored file. */
export type ProjectSource = { kind: 'sample'; sample: string; name: string } | { kind: 'file'; file: StoredFileRef };

/** The customer table loaded beside the transactions, with how it was read. */
export interface StoredAttributes {
  file: StoredFileRef;
  mapping: unknown;
  read: unknown;
}

/**
 * One saved project as stored. Settings and scenarios are kept as plain data and checked when the
 * project is opened (state/settings-file.ts), so a project saved by an older build still opens.
 */
export interface ProjectRecord {
  id: string;
  name: string;
  /** ISO timestamps. */
  createdAt: string;
  updatedAt: string;
  source: ProjectSource;
  attributes: StoredAttributes | null;
  settings: unknown;
  scenarios: unknown[];
}

/** Bytes a project takes: its files plus its settings as JSON (shared files are counted in each project). */
export function projectBytes(record: ProjectRecord): number {
  const files = (record.source.kind === 'file' ? record.source.file.size : 0) + (record.attributes?.file.size ?? 0);
  return files + JSON.stringify({ settings: record.settings, scenarios: record.scenarios }).length;
}

/** Ids of the stored files a project names. */
export function fileIdsOf(record: ProjectRecord): string[] {
  return [record.source.kind === 'file' ? record.source.file.fileId : null, record.attributes?.file.fileId ?? null].filter((id): id is string => id !== null);
}
