import { describe, expect, it } from 'vitest';
import { foreignOrigin, tallyForeignRequests } from '../../../src/lib/offline/foreign-requests';

const page = 'http://127.0.0.1:4173';

describe('foreignOrigin', () => {
  it.each([
    { name: 'an asset of the page’s own origin', url: `${page}/assets/index.js`, expected: null },
    { name: 'a sample with a query', url: `${page}/samples/cdnow_master.csv?x=1`, expected: null },
    { name: 'another port is another origin', url: 'http://127.0.0.1:9999/a.js', expected: 'http://127.0.0.1:9999' },
    { name: 'another scheme is another origin', url: 'https://127.0.0.1:4173/a.js', expected: 'https://127.0.0.1:4173' },
    { name: 'a CDN', url: 'https://cdn.jsdelivr.net/npm/x.wasm', expected: 'https://cdn.jsdelivr.net' },
    { name: 'a data: URL reaches nobody', url: 'data:,', expected: null },
    { name: 'a blob: URL is read in the page', url: `blob:${page}/0b6c1b9e`, expected: null },
    { name: 'about:blank is no request', url: 'about:blank', expected: null },
    { name: 'an unparsable name is no request', url: 'not a url', expected: null },
  ])('$name', ({ url, expected }) => {
    expect(foreignOrigin(url, page)).toBe(expected);
  });
});

describe('tallyForeignRequests', () => {
  it.each([
    { name: 'nothing loaded', urls: [], expected: { count: 0, origins: [] } },
    {
      name: 'only the page’s own files and local URLs',
      urls: [`${page}/`, `${page}/assets/duckdb-eh.wasm`, 'data:,', `blob:${page}/1`],
      expected: { count: 0, origins: [] },
    },
    {
      name: 'each request counts, grouped by origin, most first, ties by name',
      urls: ['https://b.example/1', `${page}/x`, 'https://a.example/1', 'https://c.example/1', 'https://c.example/2', 'https://a.example/1'],
      expected: {
        count: 5,
        origins: [
          { origin: 'https://a.example', requests: 2 },
          { origin: 'https://c.example', requests: 2 },
          { origin: 'https://b.example', requests: 1 },
        ],
      },
    },
  ])('$name', ({ urls, expected }) => {
    expect(tallyForeignRequests(urls, page)).toEqual(expected);
  });
});
