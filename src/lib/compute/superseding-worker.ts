import { wrap, type Remote } from 'comlink';

/** The value a request settles with when it was cancelled or superseded by a newer one. */
export const CANCELLED = { ok: false, reason: 'cancelled' } as const;
export type Cancelled = typeof CANCELLED;

/**
 * One Comlink worker that runs one request at a time: created on first use; a new request, or
 * `cancel()`, terminates a running one (a busy worker cannot be interrupted otherwise) and settles
 * it with CANCELLED. `create` must call `new Worker(new URL(…, import.meta.url))` itself so the
 * bundler sees the worker. Arguments must be plain objects, never `$state` proxies.
 */
export class SupersedingWorker<Api> {
  #create: () => Worker;
  #worker: Worker | null = null;
  #api: Remote<Api> | null = null;
  #cancelRunning: (() => void) | null = null;

  constructor(create: () => Worker) {
    this.#create = create;
  }

  /** Stops the running request, if any; the next request starts a fresh worker. */
  cancel(): void {
    if (!this.#cancelRunning) return;
    this.#cancelRunning();
    this.#cancelRunning = null;
    this.#worker?.terminate();
    this.#worker = null;
    this.#api = null;
  }

  run<T>(call: (api: Remote<Api>) => Promise<T>): Promise<T | Cancelled> {
    this.cancel(); // the newer request supersedes the running one
    if (!this.#api) {
      this.#worker = this.#create();
      this.#api = wrap<Api>(this.#worker);
    }
    const api = this.#api;
    return new Promise<T | Cancelled>((resolve, reject) => {
      const cancelThis = () => resolve(CANCELLED);
      // Only the request still registered as running clears the slot; a superseded one already lost it.
      const finish = () => {
        if (this.#cancelRunning === cancelThis) this.#cancelRunning = null;
      };
      this.#cancelRunning = cancelThis;
      call(api).then(
        (value) => (finish(), resolve(value)),
        (error: unknown) => (finish(), reject(error)),
      );
    });
  }
}
