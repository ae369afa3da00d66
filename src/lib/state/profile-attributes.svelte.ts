import { customerAttributes } from '../data';
import { loadDb } from './db';

/** One customer's row of the customer table: column → text as stored ('' unknown), free attributes parsed. */
export interface CustomerAttributeRow {
  values: Record<string, string>;
  free: Record<string, string>;
}

/**
 * The customer-table row of the customer whose profile is open. Flow:
 *   idle --load(id)--> loading --ok--> ready (row, or null when the id is not in the table) | --fails--> failed
 *   loading --load(another id)--> loading: only the newest request lands
 */
export class ProfileAttributes {
  status = $state<'idle' | 'loading' | 'ready' | 'failed'>('idle');
  row = $state.raw<CustomerAttributeRow | null>(null);
  customerId = $state<string | null>(null);
  error = $state<string | null>(null);
  #run = 0;

  async load(customerId: string): Promise<void> {
    const run = ++this.#run;
    this.status = 'loading';
    this.error = null;
    try {
      const found = await customerAttributes(await loadDb(), customerId);
      if (run !== this.#run) return;
      this.row = found ? { values: found, free: parseFree(found.extra) } : null;
      this.customerId = customerId;
      this.status = 'ready';
    } catch (cause) {
      if (run !== this.#run) return;
      this.error = cause instanceof Error ? cause.message : String(cause);
      this.status = 'failed';
    }
  }
}

/** The free attributes' JSON object; anything else (never written by us) reads as none. */
function parseFree(text: string): Record<string, string> {
  try {
    const parsed: unknown = JSON.parse(text || '{}');
    return parsed && typeof parsed === 'object' ? (parsed as Record<string, string>) : {};
  } catch {
    return {};
  }
}
