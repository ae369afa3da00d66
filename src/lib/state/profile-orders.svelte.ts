import { customerOrders, type CustomerOrders } from '../data';
import { loadDb } from './db';

/**
 * The order rows of the customer whose profile is open. Flow:
 *   idle --load(id)--> loading --ok--> ready (rows for that id) | --fails--> failed (detail kept)
 *   loading --load(another id)--> loading: only the newest request lands
 */
export class ProfileOrders {
  status = $state<'idle' | 'loading' | 'ready' | 'failed'>('idle');
  /** The rows of `customerId`; replaced whole (typed arrays, never proxied). */
  orders = $state.raw<CustomerOrders | null>(null);
  customerId = $state<string | null>(null);
  error = $state<string | null>(null);
  #run = 0;

  async load(customerId: string): Promise<void> {
    const run = ++this.#run;
    this.status = 'loading';
    this.error = null;
    try {
      const orders = await customerOrders(await loadDb(), customerId);
      if (run !== this.#run) return;
      this.orders = orders;
      this.customerId = customerId;
      this.status = 'ready';
    } catch (cause) {
      if (run !== this.#run) return;
      this.error = cause instanceof Error ? cause.message : String(cause);
      this.status = 'failed';
    }
  }
}
