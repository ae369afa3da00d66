import { valueWindows, type ValueWindows } from '../data';
import type { CustomerMetrics } from '../domain/customer-metrics';
import { evaluateCustomerValue, type CustomerValue, type CustomerValueChoices } from '../domain/customer-value';
import type { RfmResult } from '../domain/rfm';
import { loadDb, nextTask } from './db';

/**
 * Value tiers, health index and concentration of the current RFM result. Flow:
 *   new RFM result or choices --update--> computing --ok--> result for that RFM result
 *   --fails--> error set, the previous result stays
 * The window query runs once per metrics (file and as-of date); threshold and weight edits
 * recompute in memory. Only the newest update lands.
 */
export class CustomerValueState {
  result = $state.raw<CustomerValue | null>(null);
  computing = $state(false);
  error = $state<string | null>(null);

  #windows: { metrics: CustomerMetrics; windows: ValueWindows } | null = null;
  #run = 0;
  #settled: Promise<void> = Promise.resolve();

  /** Recomputes for `rfm` with `choices`; resolves when this (or a newer) update is done. */
  update(rfm: RfmResult, hasOrderIds: boolean, choices: CustomerValueChoices): Promise<void> {
    const run = ++this.#run;
    this.#settled = this.#update(run, rfm, hasOrderIds, choices);
    return this.#settled;
  }

  /** The result for `rfm`, waiting for a running update; null if it could not be computed. */
  async resultFor(rfm: RfmResult): Promise<CustomerValue | null> {
    let settled;
    do {
      settled = this.#settled;
      await settled;
    } while (settled !== this.#settled);
    return this.result?.rfm === rfm ? this.result : null;
  }

  async #update(run: number, rfm: RfmResult, hasOrderIds: boolean, choices: CustomerValueChoices): Promise<void> {
    this.computing = true;
    try {
      let cached = this.#windows;
      if (!cached || cached.metrics !== rfm.metrics) {
        const windows = await valueWindows(await loadDb(), rfm.metrics, rfm.asOfDay, hasOrderIds);
        if (run !== this.#run) return;
        cached = this.#windows = { metrics: rfm.metrics, windows };
        await nextTask();
      }
      const result = evaluateCustomerValue(rfm, cached.windows, choices);
      if (run !== this.#run) return;
      this.result = result;
      this.error = null;
    } catch (cause) {
      if (run === this.#run) this.error = cause instanceof Error ? cause.message : String(cause);
    } finally {
      if (run === this.#run) this.computing = false;
    }
  }
}
