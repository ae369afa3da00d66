export { deleteAllLocalData, lastProjectId, rememberLastProject, STORAGE_PREFIX } from './local-data';
export { DB_NAME } from './project-db';
export { fileIdsOf, projectBytes, type ProjectRecord, type ProjectSource, type StoredAttributes, type StoredFileRef } from './project-record';
export { deleteProject, getProject, listProjects, putProject, readStoredFile, storedCounts } from './project-store';
