import { customerMonths } from '../data';
import type { CustomerMetrics } from '../domain/customer-metrics';
import { segmentTrends, type CustomerMonths, type SegmentTrends } from '../domain/lifecycle';
import type { RfmResult } from '../domain/rfm';
import type { LoadStatus } from './cohorts.svelte';
import { loadDb, nextTask } from './db';

/**
 * Monthly trends per current RFM segment. Flow:
 *   load(rfm) --> loading (previous trends stay) --ok--> ready --fails--> failed, error set
 * The customer-month rows depend only on the metrics (one as-of date of one file), so a segment
 * rule edit, which gives a new RfmResult over the same metrics, regroups them without a query.
 */
export class Trends {
  trends = $state.raw<SegmentTrends | null>(null);
  status = $state<LoadStatus>('loading');
  error = $state<string | null>(null);
  #rows: { metrics: CustomerMetrics; hasOrderIds: boolean; rows: CustomerMonths } | null = null;
  #run = 0;

  async load(rfm: RfmResult, hasOrderIds: boolean): Promise<void> {
    const run = ++this.#run;
    this.status = 'loading';
    try {
      let cached = this.#rows;
      if (!cached || cached.metrics !== rfm.metrics || cached.hasOrderIds !== hasOrderIds) {
        const rows = await customerMonths(await loadDb(), rfm.metrics, rfm.asOfDay, hasOrderIds);
        if (run !== this.#run) return;
        cached = this.#rows = { metrics: rfm.metrics, hasOrderIds, rows };
        await nextTask();
      }
      const trends = segmentTrends(cached.rows, rfm.segment, rfm.segmentNames, rfm.segmentNames);
      if (run !== this.#run) return;
      this.trends = trends;
      this.error = null;
      this.status = 'ready';
    } catch (cause) {
      if (run !== this.#run) return;
      this.error = cause instanceof Error ? cause.message : String(cause);
      this.status = 'failed';
    }
  }
}
