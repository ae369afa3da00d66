import { projectDb } from './project-db';
import { fileIdsOf, type ProjectRecord } from './project-record';

/** Every stored project, most recently changed first. */
export async function listProjects(): Promise<ProjectRecord[]> {
  const records = await (await projectDb()).getAll('projects');
  return records.sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
}

export async function getProject(id: string): Promise<ProjectRecord | undefined> {
  return (await projectDb()).get('projects', id);
}

/** Saves a project, and with it any new files (by file id), in one transaction. */
export async function putProject(record: ProjectRecord, newFiles: Record<string, Blob> = {}): Promise<void> {
  const tx = (await projectDb()).transaction(['projects', 'files'], 'readwrite');
  await Promise.all([...Object.entries(newFiles).map(([fileId, blob]) => tx.objectStore('files').put(blob, fileId)), tx.objectStore('projects').put(record), tx.done]);
}

/** The bytes of a stored file, or undefined when they are gone. */
export async function readStoredFile(fileId: string): Promise<Blob | undefined> {
  return (await projectDb()).get('files', fileId);
}

/** Deletes a project and every file no other project names. */
export async function deleteProject(id: string): Promise<void> {
  const tx = (await projectDb()).transaction(['projects', 'files'], 'readwrite');
  const projects = tx.objectStore('projects');
  await projects.delete(id);
  const stillNamed = new Set((await projects.getAll()).flatMap(fileIdsOf));
  const files = tx.objectStore('files');
  for (const fileId of await files.getAllKeys()) if (!stillNamed.has(fileId)) await files.delete(fileId);
  await tx.done;
}

/** Counts of what is stored, for the "delete all" check. */
export async function storedCounts(): Promise<{ projects: number; files: number }> {
  const db = await projectDb();
  return { projects: await db.count('projects'), files: await db.count('files') };
}
