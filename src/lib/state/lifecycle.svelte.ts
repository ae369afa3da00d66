import { lifecycleInputs } from '../data';
import type { CustomerMetrics } from '../domain/customer-metrics';
import { evaluateLifecycle, STAGES, type LifecycleInputs, type LifecycleResult, type LifecycleRules } from '../domain/lifecycle';
import type { RfmResult } from '../domain/rfm';
import { mark } from '../timings';
import { loadDb, nextTask } from './db';

/** The query results behind one as-of date; rule edits and rescoring reuse them unless the review date moves. */
interface Queried {
  metrics: CustomerMetrics;
  asOfDay: number;
  inputs: LifecycleInputs;
  reviewOffsetDays: number;
}

/** Stages read the M score only: a rescoring that kept the M scores (and the rules and prospects) keeps the result. */
function sameStageInputs(result: LifecycleResult, rfm: RfmResult, inputs: LifecycleInputs, rulesKey: string, prospects: number, lastRulesKey: string): boolean {
  const shownProspects = result.counts[STAGES.indexOf('prospect')];
  return result.inputs === inputs && result.rfm.mScore === rfm.mScore && rulesKey === lastRulesKey && shownProspects === prospects;
}

/** Resolves in a task after the next frame (or at once outside a browser). */
function afterPaint(): Promise<void> {
  if (typeof requestAnimationFrame !== 'function') return nextTask();
  return new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
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
  /** The current result and its rules as JSON, outside the reactive graph. */
  #last: { result: LifecycleResult; rulesKey: string } | null = null;
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
      // A new as-of date or rescoring (not a rule edit): computing and rendering the stages get a task each.
      const separate = this.#last?.result.rfm !== rfm;
      if (!queried || queried.metrics !== rfm.metrics || queried.asOfDay !== rfm.asOfDay || queried.reviewOffsetDays !== rules.reviewOffsetDays) {
        const db = await loadDb();
        const inputs = await lifecycleInputs(db, rfm.metrics, rfm.asOfDay, rfm.asOfDay - rules.reviewOffsetDays);
        queried = { metrics: rfm.metrics, asOfDay: rfm.asOfDay, inputs, reviewOffsetDays: rules.reviewOffsetDays };
        mark('lifecycleQueried');
        if (run !== this.#run) return;
        this.#queried = queried;
        await nextTask(); // the query results crossed into this thread; let the page breathe
      } else if (separate) {
        await afterPaint(); // a rescoring: its views paint first, the stages (tens of ms at 100k) follow in their own task
        if (run !== this.#run) return;
      }
      const rulesKey = JSON.stringify(rules);
      const last = this.#last; // not this.result: an update runs inside the caller's effect, which must not depend on it
      const result =
        last && sameStageInputs(last.result, rfm, queried.inputs, rulesKey, prospects, last.rulesKey) ? { ...last.result, rfm } : evaluateLifecycle(rfm, queried.inputs, rules, prospects);
      if (separate) await nextTask();
      if (run !== this.#run) return;
      this.#last = { result, rulesKey };
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
