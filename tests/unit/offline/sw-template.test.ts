// Runs the generated sw.js text against a fake service worker scope: the same text the build ships.
import { beforeEach, describe, expect, it } from 'vitest';
import { serviceWorkerSource } from '../../../src/lib/offline/sw-template';

const scope = 'http://127.0.0.1:4173/';
const files = ['assets/index-abc.js', 'assets/duckdb-eh-123.wasm', 'index.html', 'samples/cdnow_master.csv'];

interface FakeRequest {
  url: string;
  method: string;
  mode: string;
  cache?: string;
}
interface FakeResponse {
  body: string;
  status: number;
  type: string;
  clone(): FakeResponse;
}
const response = (body: string, status = 200, type = 'basic'): FakeResponse => ({ body, status, type, clone: () => response(body, status, type) });
const keyOf = (request: FakeRequest | string) => (typeof request === 'string' ? request : request.url);

let listeners: Record<string, (event: unknown) => void>;
let stores: Map<string, Map<string, FakeResponse>>;
let network: string[];
let claimed: boolean;
let serverAnswer: (url: string) => FakeResponse;

function start(buildId = 'b1'): void {
  listeners = {};
  const self = {
    registration: { scope },
    clients: { claim: async () => void (claimed = true) },
    addEventListener: (type: string, listener: (event: unknown) => void) => (listeners[type] = listener),
  };
  const caches = {
    keys: async () => [...stores.keys()],
    delete: async (name: string) => stores.delete(name),
    open: async (name: string) => {
      if (!stores.has(name)) stores.set(name, new Map());
      const store = stores.get(name)!;
      return {
        // like a real cache: a Vary header would make a strict match miss
        match: async (request: FakeRequest | string, options: { ignoreVary?: boolean } = {}) =>
          options.ignoreVary ? store.get(keyOf(request)) : undefined,
        put: async (request: FakeRequest | string, answer: FakeResponse) => void store.set(keyOf(request), answer),
        addAll: async (requests: FakeRequest[]) => {
          for (const request of requests) store.set(request.url, await fetch(request));
        },
      };
    },
  };
  const fetch = async (request: FakeRequest) => {
    network.push(`${request.url}${request.cache ? ` (${request.cache})` : ''}`);
    return serverAnswer(request.url);
  };
  class Request {
    constructor(
      public url: string,
      init: { cache?: string } = {},
      public method = 'GET',
      public mode = 'cors',
      public cache = init.cache,
    ) {}
  }
  new Function('self', 'caches', 'fetch', 'Request', serviceWorkerSource({ buildId, files }))(self, caches, fetch, Request);
}

/** Fires an extendable event and waits for what it asked to wait for. */
async function lifecycle(type: 'install' | 'activate'): Promise<void> {
  let work: Promise<unknown> = Promise.resolve();
  listeners[type]({ waitUntil: (promise: Promise<unknown>) => (work = promise) });
  await work;
}

/** Fires a fetch event; the answer, or 'not answered' when the worker let the browser handle it. */
async function request(url: string, init: Partial<FakeRequest> = {}): Promise<string> {
  let answer: Promise<FakeResponse> | null = null;
  listeners.fetch({ request: { url, method: 'GET', mode: 'cors', ...init }, respondWith: (promise: Promise<FakeResponse>) => (answer = promise) });
  if (!answer) return 'not answered';
  return (await (answer as Promise<FakeResponse>)).body;
}

beforeEach(() => {
  stores = new Map();
  network = [];
  claimed = false;
  serverAnswer = (url) => response(`network ${url.replace(scope, '/')}`);
  start();
});

describe('the generated service worker', () => {
  it('precaches every listed file under the scope, past the HTTP cache, in a cache named after the build', async () => {
    await lifecycle('install');
    expect(network).toEqual(files.map((file) => `${scope}${file} (reload)`));
    expect([...stores.keys()]).toEqual(['stratify-b1']);
  });

  it('on activate deletes the caches of older builds only, and takes over the open page', async () => {
    stores.set('stratify-old', new Map());
    stores.set('someone-else', new Map());
    await lifecycle('install');
    await lifecycle('activate');
    expect([...stores.keys()].sort()).toEqual(['someone-else', 'stratify-b1']);
    expect(claimed).toBe(true);
  });

  it.each([
    { name: 'a precached asset comes from the cache', url: `${scope}assets/duckdb-eh-123.wasm`, init: {}, expected: 'network /assets/duckdb-eh-123.wasm' },
    { name: 'the start page with a query is the cached index.html', url: `${scope}?sample=cdnow`, init: { mode: 'navigate' }, expected: 'network /index.html' },
    { name: 'index.html by name is the cached one', url: `${scope}index.html#x`, init: { mode: 'navigate' }, expected: 'network /index.html' },
  ])('$name, without the network', async ({ url, init, expected }) => {
    await lifecycle('install');
    network = [];
    expect(await request(url, init)).toBe(expected);
    expect(network).toEqual([]);
  });

  it('fetches a same-origin file missing from the list once, then answers it from the cache', async () => {
    await lifecycle('install');
    network = [];
    expect(await request(`${scope}late.js`)).toBe('network /late.js');
    serverAnswer = () => response('offline', 503);
    expect(await request(`${scope}late.js`)).toBe('network /late.js');
    expect(network).toEqual([`${scope}late.js`]);
  });

  it.each([
    { name: 'a partial answer', answer: response('part', 206) },
    { name: 'a failed answer', answer: response('missing', 404) },
    { name: 'an opaque answer', answer: response('opaque', 200, 'opaque') },
  ])('does not keep $name', async ({ answer }) => {
    serverAnswer = () => answer;
    await request(`${scope}late.js`);
    await request(`${scope}late.js`);
    expect(network).toHaveLength(2);
  });

  it.each([
    { name: 'another origin', url: 'https://cdn.example/duckdb.wasm', init: {} },
    { name: 'another port', url: 'http://127.0.0.1:9999/a.js', init: {} },
    { name: 'a POST of the own origin', url: `${scope}api`, init: { method: 'POST' } },
  ])('leaves $name to the browser, untouched', async ({ url, init }) => {
    await lifecycle('install');
    network = [];
    expect(await request(url, init)).toBe('not answered');
    expect(network).toEqual([]);
  });
});
