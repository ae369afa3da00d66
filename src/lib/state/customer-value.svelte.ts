import { valueWindows, type ValueWindows } from '../data';
import type { CustomerMetrics } from '../domain/customer-metrics';
import { ModelClient } from '../compute/model-client';
import type { CustomerValue, CustomerValueChoices } from '../domain/customer-value';
import type { RfmResult } from '../domain/rfm';
import { loadDb } from './db';

/**
 * Value tiers, health index and concentration of the current RFM result. Flow:
 *   new RFM result or choices --update--> computing --ok--> result for that RFM result
 *   --fails--> error set, the previous result stays
 * The window query runs once per metrics (file and as-of date); threshold and weight edits
 * recompute from it in the model worker, a newer edit superseding a running one. Only the newest
 * update lands.
 */
export class CustomerValueState {
  result = $state.raw<CustomerValue | null>(null);
  computing = $state(false);
  error = $state<string | null>(null);

  #windows: { metrics: CustomerMetrics; windows: ValueWindows } | null = null;
  #model = new ModelClient();
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
      }
      // Hundreds of ms at 100k customers: the model worker computes, the page stays responsive.
      const result = await this.#model.evaluateValue(rfm, cached.windows, choices);
      if ('ok' in result || run !== this.#run) return; // superseded by a newer update
      this.result = result;
      this.error = null;
    } catch (cause) {
      if (run === this.#run) this.error = cause instanceof Error ? cause.message : String(cause);
    } finally {
      if (run === this.#run) this.computing = false;
    }
  }
}
