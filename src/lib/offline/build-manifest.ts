import { createHash } from 'node:crypto';
import type { ServiceWorkerManifest } from './sw-template';

/** One file the build ships: its path under the output folder and its bytes (or text). */
export interface ShippedFile {
  path: string;
  content: string | Uint8Array;
}

/** The worker's own file: never in its cache (the browser checks it for updates itself). */
export const SERVICE_WORKER_FILE = 'sw.js';

/**
 * The precache list and build id of a build, from every file it ships (sorted, so the same build always
 * gives the same sw.js). The id hashes names and contents: hashed asset names alone would miss a changed
 * index.html or sample. Runs in the build (Node), never in the browser.
 */
export function buildManifest(shipped: ShippedFile[]): ServiceWorkerManifest {
  const files = [...new Map(shipped.filter((file) => file.path !== SERVICE_WORKER_FILE).map((file) => [toUrlPath(file.path), file])).values()].sort(
    (a, b) => (toUrlPath(a.path) < toUrlPath(b.path) ? -1 : 1),
  );
  const hash = createHash('sha256');
  for (const file of files) hash.update(toUrlPath(file.path)).update('\0').update(file.content).update('\0');
  return { buildId: hash.digest('hex').slice(0, 12), files: files.map((file) => toUrlPath(file.path)) };
}

/** A path as it appears in a URL under the scope: forward slashes, no leading ./ or /. */
function toUrlPath(path: string): string {
  return path.replace(/\\/g, '/').replace(/^(\.\/|\/)+/, '');
}
