import { segmentMonths } from '../data';
import { segmentSizes, segmentTrends, type SegmentTrends } from '../domain/lifecycle';
import type { RfmResult } from '../domain/rfm';
import type { LoadStatus } from './cohorts.svelte';
import { loadDb } from './db';

/**
 * Monthly trends per current RFM segment. Flow:
 *   load(rfm) --> loading (previous trends stay) --ok--> ready --fails--> failed, error set
 * The database groups the months by segment (a segment rule edit queries again, about as long as an
 * as-of change's cohort query), so only a few hundred cells reach the page.
 */
export class Trends {
  trends = $state.raw<SegmentTrends | null>(null);
  status = $state<LoadStatus>('loading');
  error = $state<string | null>(null);
  #run = 0;

  async load(rfm: RfmResult, hasOrderIds: boolean): Promise<void> {
    const run = ++this.#run;
    this.status = 'loading';
    try {
      const cells = await segmentMonths(await loadDb(), rfm.segment, rfm.asOfDay, hasOrderIds);
      if (run !== this.#run) return;
      this.trends = segmentTrends(cells, segmentSizes(rfm.segment, rfm.segmentNames.length), rfm.segmentNames, rfm.segmentNames);
      this.error = null;
      this.status = 'ready';
    } catch (cause) {
      if (run !== this.#run) return;
      this.error = cause instanceof Error ? cause.message : String(cause);
      this.status = 'failed';
    }
  }
}
