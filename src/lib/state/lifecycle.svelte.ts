import { lifecycleInputs } from '../data';
import { evaluateLifecycle, type LifecycleInputs, type LifecycleResult, type LifecycleRules } from '../domain/lifecycle';
import type { RfmResult } from '../domain/rfm';
import { mark } from '../timings';
import { loadDb, nextTask } from './db';

/** The query results behind one as-of date; rule edits reuse them unless the review date moves. */
interface Queried {
  rfm: RfmResult;
  inputs: LifecycleInputs;
  reviewOffsetDays: number;
}

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

  #queried: Queried | null = null;
  #run = 0;
  #settled: Promise<void> = Promise.resolve();

  /**
   * Recomputes for `rfm` under `rules`, with `prospects` customers of a customer table that have no
   * order up to the as-of date; resolves when this (or a newer) update is done.
   */
  update(rfm: RfmResult, rules: LifecycleRules, prospects = 0): Promise<void> {
    const run = ++this.#run;
    this.#settled = this.#update(run, rfm, rules, prospects);
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

  async #update(run: number, rfm: RfmResult, rules: LifecycleRules, prospects: number): Promise<void> {
    this.computing = true;
    try {
      let queried = this.#queried;
      if (!queried || queried.rfm !== rfm || queried.reviewOffsetDays !== rules.reviewOffsetDays) {
        const db = await loadDb();
        const inputs = await lifecycleInputs(db, rfm.metrics, rfm.asOfDay, rfm.asOfDay - rules.reviewOffsetDays);
        queried = { rfm, inputs, reviewOffsetDays: rules.reviewOffsetDays };
        mark('lifecycleQueried');
        if (run !== this.#run) return;
        this.#queried = queried;
        await nextTask(); // the query results crossed into this thread; let the page breathe
      }
      const result = evaluateLifecycle(rfm, queried.inputs, rules, prospects);
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
