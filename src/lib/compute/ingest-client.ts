import { wrap, type Remote } from 'comlink';
import type { IngestApi } from '../../../workers/ingest.worker';

/** Owns the ingest worker: created on first use, terminated to cancel a long read. */
export class IngestClient {
  #worker: Worker | null = null;
  #api: Remote<IngestApi> | null = null;

  get api(): Remote<IngestApi> {
    if (!this.#api) {
      this.#worker = new Worker(new URL('../../../workers/ingest.worker.ts', import.meta.url), { type: 'module' });
      this.#api = wrap<IngestApi>(this.#worker);
    }
    return this.#api;
  }

  /** Stops whatever the worker is doing; the next call starts a fresh one. */
  cancel(): void {
    this.#worker?.terminate();
    this.#worker = null;
    this.#api = null;
  }
}
