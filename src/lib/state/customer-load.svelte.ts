/**
 * One customer's data for the open profile (order rows, customer-table row). Flow:
 *   idle --load(id)--> loading --ok--> ready (value for that id) | --fails--> failed (detail kept)
 *   loading --load(another id)--> loading: only the newest request lands
 */
export class CustomerLoad<T> {
  status = $state<'idle' | 'loading' | 'ready' | 'failed'>('idle');
  /** The value of `customerId`; replaced whole (never proxied). */
  value = $state.raw<T | null>(null);
  customerId = $state<string | null>(null);
  error = $state<string | null>(null);
  #fetch: (customerId: string) => Promise<T>;
  #run = 0;

  constructor(fetch: (customerId: string) => Promise<T>) {
    this.#fetch = fetch;
  }

  async load(customerId: string): Promise<void> {
    const run = ++this.#run;
    this.status = 'loading';
    this.error = null;
    try {
      const value = await this.#fetch(customerId);
      if (run !== this.#run) return;
      this.value = value;
      this.customerId = customerId;
      this.status = 'ready';
    } catch (cause) {
      if (run !== this.#run) return;
      this.error = cause instanceof Error ? cause.message : String(cause);
      this.status = 'failed';
    }
  }
}
