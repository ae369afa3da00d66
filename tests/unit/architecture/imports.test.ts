import { readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

// The house rule: views → state → (data | compute) → domain. This test reads every import of our own files.
const root = resolve(import.meta.dirname, '../../..');
const files = (folder: string): string[] =>
  readdirSync(folder).flatMap((name) => {
    const full = join(folder, name);
    return statSync(full).isDirectory() ? files(full) : /\.(svelte|ts)$/.test(name) ? [full] : [];
  });
/** Repo-relative targets of the relative imports of a file; type-only imports are kept apart. */
function importsOf(file: string): { target: string; typeOnly: boolean }[] {
  const text = readFileSync(file, 'utf8');
  return [...text.matchAll(/import\s+(type\s+)?[^'";]*?from\s+['"](\.[^'"]+)['"]/g)].map((match) => ({
    target: relative(root, resolve(dirname(file), match[2])),
    typeOnly: !!match[1],
  }));
}
const layer = (path: string) =>
  path.startsWith('src/lib/domain') ? 'domain'
  : path.startsWith('src/lib/data') ? 'data'
  : path.startsWith('src/lib/compute') ? 'compute'
  : path.startsWith('src/lib/state') ? 'state'
  : path.startsWith('workers') ? 'workers'
  : path.startsWith('src/views') || path.startsWith('src/components') || path.startsWith('src/App') ? 'views'
  : 'shared';
/** Which layers each layer may import at run time ('shared' = i18n, export, timings, ingest helpers). */
const ALLOWED: Record<string, string[]> = {
  domain: ['domain'],
  data: ['data', 'domain', 'shared'],
  compute: ['compute', 'domain', 'shared'],
  workers: ['domain', 'shared'],
  state: ['state', 'data', 'compute', 'domain', 'shared'],
  views: ['views', 'state', 'domain', 'shared'],
};

const sources = [...files(join(root, 'src')), ...files(join(root, 'workers'))];
const cases = sources.flatMap((file) => {
  const from = relative(root, file);
  const allowed = ALLOWED[layer(from)];
  if (!allowed) return [];
  return importsOf(file)
    .filter(({ target, typeOnly }) => !typeOnly && !allowed.includes(layer(target)))
    .map(({ target }) => `${from} → ${target}`);
});

describe('import direction', () => {
  it('reads the sources', () => {
    expect(sources.length).toBeGreaterThan(100);
  });

  it('no layer imports a layer above it (views → state → data/compute → domain)', () => {
    expect(cases).toEqual([]);
  });
});
