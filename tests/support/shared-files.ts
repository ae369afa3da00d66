import { readFileSync } from 'node:fs';
import path from 'node:path';

/** The shared folder beside the repository (datasets, references, bad inputs); never copied in. */
export const SHARED = path.resolve(process.cwd(), '../shared');

/** Bytes of a file under ../shared, e.g. sharedBytes('datasets/cdnow_master.csv'). */
export function sharedBytes(relative: string): Uint8Array {
  return new Uint8Array(readFileSync(path.join(SHARED, relative)));
}

/** Text of a file under ../shared. */
export function sharedText(relative: string): string {
  return readFileSync(path.join(SHARED, relative), 'utf8');
}
