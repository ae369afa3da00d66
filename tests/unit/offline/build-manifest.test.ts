import { describe, expect, it } from 'vitest';
import { buildManifest } from '../../../src/lib/offline/build-manifest';

const build = [
  { path: 'index.html', content: '<!doctype html>' },
  { path: 'assets/index-abc.js', content: 'console.log(1)' },
  { path: 'assets/duckdb-eh-123.wasm', content: new Uint8Array([0, 97, 115, 109]) },
  { path: 'samples\\cdnow_master.csv', content: 'id,date,qty,amount' },
];

describe('buildManifest', () => {
  it('lists every shipped file once, sorted, as URL paths, without the worker itself', () => {
    const manifest = buildManifest([...build, { path: 'sw.js', content: 'old' }, { path: './index.html', content: '<!doctype html>' }]);
    expect(manifest.files).toEqual(['assets/duckdb-eh-123.wasm', 'assets/index-abc.js', 'index.html', 'samples/cdnow_master.csv']);
  });

  it.each([
    { name: 'the same files in another order give the same id', change: (files: typeof build) => [...files].reverse(), same: true },
    {
      name: 'a changed unhashed file (a sample) gives a new id',
      change: (files: typeof build) => files.map((file) => (file.path.includes('cdnow') ? { ...file, content: 'id,date' } : file)),
      same: false,
    },
    {
      name: 'a renamed asset gives a new id',
      change: (files: typeof build) => files.map((file) => (file.path === 'assets/index-abc.js' ? { ...file, path: 'assets/index-abd.js' } : file)),
      same: false,
    },
  ])('$name', ({ change, same }) => {
    const before = buildManifest(build).buildId;
    const after = buildManifest(change(build)).buildId;
    expect(before).toMatch(/^[0-9a-f]{12}$/);
    expect(after === before).toBe(same);
  });
});
