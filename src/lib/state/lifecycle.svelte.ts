import { lifecycleInputs } from '../data';
import { evaluateLifecycle, type LifecycleInputs, type LifecycleResult, type LifecycleRules } from '../domain/lifecycle';
import type { RfmResult } from '../domain/rfm';
import { mark } from '../timings';
import { loadDb, nextTask } from './db';

/**
 * Lifecycle stages, funnel and churn warnings of the current RFM result. Flow:
 *   new RFM result or rules --update--> computing --ok--> result for that RFM result
 *   --fails--> error set, the previous result stays until a newer one arrives
 * Only the newest update lands; rule edits recompute in memory.
 */
export class Lifecycle {
  result = $state.raw<LifecycleResult | null>(null);
  computing = $state(false);
  /** Detail of the last failure, shown as "could not compute" with it. */
  error = $state<string | null>(null);

  /** Inputs of the last update; rule edits reuse them unless the review date moves. */
  #inputs: LifecycleInputs | null = null;
  #run = 0;
  #settled: Promise<void> = Promise.resolve();

  /**
   * Recomputes for `rfm` under `rules`; resolves when this (or a newer) update is done. `prefetched`
   * inputs (queried with the metrics) are used when they belong to `rfm` and the rules' review date.
   */
  update(rfm: RfmResult, rules: LifecycleRules, prefetched: LifecycleInputs | null = null): Promise<void> {
    const run = ++this.#run;
    this.#settled = this.#update(run, rfm, rules, prefetched);
    return this.#settled;
  }

  /** The result for `rfm`, waiting for a running update; null if it could not be computed. */
  async resultFor(rfm: RfmResult): Promise<LifecycleResult | null> {
    let settled;
    do {
      settled = this.#settled;
      await settled;
    } while (settled !== this.#settled);
    return this.result?.rfm === rfm ? this.result : null;
  }

  async #update(run: number, rfm: RfmResult, rules: LifecycleRules, prefetched: LifecycleInputs | null): Promise<void> {
    this.computing = true;
    try {
      const reviewDay = rfm.asOfDay - rules.reviewOffsetDays;
      // Inputs belong to the metrics (not to one RfmResult): a segment-rule edit reuses them.
      const fits = (inputs: LifecycleInputs | null): inputs is LifecycleInputs =>
        !!inputs && inputs.ids === rfm.metrics.ids && inputs.asOfDay === rfm.asOfDay && inputs.reviewDay === reviewDay;
      let inputs = fits(prefetched) ? prefetched : fits(this.#inputs) ? this.#inputs : null;
      if (!inputs) {
        inputs = await lifecycleInputs(await loadDb(), rfm.metrics, rfm.asOfDay, reviewDay);
        mark('lifecycleQueried');
        if (run !== this.#run) return;
        await nextTask(); // the query results crossed into this thread; let the page breathe
      }
      this.#inputs = inputs;
      const result = evaluateLifecycle(rfm, inputs, rules);
      if (run !== this.#run) return;
      this.result = result;
      this.error = null;
      mark('lifecycleComputed');
    } catch (cause) {
      if (run === this.#run) this.error = cause instanceof Error ? cause.message : String(cause);
    } finally {
      if (run === this.#run) this.computing = false;
    }
  }
}
