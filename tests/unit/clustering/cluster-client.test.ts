import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CANCELLED, ClusterClient } from '../../../src/lib/compute/cluster-client';
import { DEFAULT_KMEANS_OPTIONS } from '../../../src/lib/domain/clustering/kmeans';
import { DEFAULT_SWEEP_OPTIONS } from '../../../src/lib/domain/clustering/sweep';

type Message = { id: string; path: string[]; argumentList: { value: unknown }[] };

/** Stands in for the browser Worker: records Comlink requests; the test answers them (or never does). */
class FakeWorker {
  static created: FakeWorker[] = [];
  listeners = new Set<(event: { data: unknown }) => void>();
  requests: Message[] = [];
  terminated = false;
  constructor() {
    FakeWorker.created.push(this);
  }
  addEventListener(_type: string, listener: (event: { data: unknown }) => void) {
    this.listeners.add(listener);
  }
  removeEventListener(_type: string, listener: (event: { data: unknown }) => void) {
    this.listeners.delete(listener);
  }
  postMessage(message: Message) {
    this.requests.push(message);
  }
  terminate() {
    this.terminated = true;
  }
  /** Answers the latest request with `value`, as Comlink's expose() would. */
  answer(value: unknown) {
    const { id } = this.requests.at(-1)!;
    this.listeners.forEach((listener) => listener({ data: { id, type: 'RAW', value } }));
  }
}

const matrix = Float64Array.from([0, 0, 1, 1, 5, 5]);
const settled = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('ClusterClient', () => {
  beforeEach(() => {
    FakeWorker.created = [];
    vi.stubGlobal('Worker', FakeWorker);
  });
  afterEach(() => vi.unstubAllGlobals());

  it('creates the worker on first use, sends a copy of the matrix and returns the answer', async () => {
    const client = new ClusterClient();
    const result = client.fit(matrix, 3, 2, 2, DEFAULT_KMEANS_OPTIONS);
    await settled();
    const [worker] = FakeWorker.created;
    expect(worker.requests[0].path).toEqual(['fit']);
    expect(matrix.byteLength).toBe(48); // the caller's array is not detached
    worker.answer({ ok: false, reason: 'too_few_customers', customers: 3, distinct: 3 });
    expect(await result).toMatchObject({ ok: false, reason: 'too_few_customers' });
  });

  it('a new request supersedes the running one: old settles as cancelled, worker replaced', async () => {
    const client = new ClusterClient();
    const first = client.sweep(matrix, 3, 2, DEFAULT_SWEEP_OPTIONS);
    await settled();
    const second = client.fit(matrix, 3, 2, 2, DEFAULT_KMEANS_OPTIONS);
    expect(await first).toBe(CANCELLED);
    expect(FakeWorker.created.map((worker) => worker.terminated)).toEqual([true, false]);
    await settled();
    FakeWorker.created[1].answer({ ok: true, k: 2 });
    expect(await second).toEqual({ ok: true, k: 2 });
  });

  it('cancel() stops a running request; with nothing running it keeps the worker', async () => {
    const client = new ClusterClient();
    const running = client.fit(matrix, 3, 2, 2, DEFAULT_KMEANS_OPTIONS);
    client.cancel();
    expect(await running).toBe(CANCELLED);
    const next = client.fit(matrix, 3, 2, 2, DEFAULT_KMEANS_OPTIONS);
    await settled();
    FakeWorker.created[1].answer({ ok: true, k: 2 });
    await next;
    client.cancel();
    expect(FakeWorker.created.map((worker) => worker.terminated)).toEqual([true, false]);
  });
});
