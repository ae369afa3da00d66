import { cohortCells } from '../data';
import { retentionMatrix, type CohortPeriod, type RetentionMatrix } from '../domain/lifecycle';
import { loadDb, nextTask } from './db';

/** Where a view's query stands; views mirror it on data-status. */
export type LoadStatus = 'loading' | 'ready' | 'failed';

/**
 * The retention matrix of one as-of date and cohort period. Flow:
 *   load --> loading (the previous matrix stays on screen) --ok--> ready, matrix replaced
 *                                                        --fails--> failed, error set, matrix kept
 * Only the newest load lands, so a quick period switch never shows an older answer last.
 */
export class Cohorts {
  matrix = $state.raw<RetentionMatrix | null>(null);
  status = $state<LoadStatus>('loading');
  error = $state<string | null>(null);
  #run = 0;

  /** Cohorts from orders on or before `asOfDay`; periods after `throughDay` count as not reached. */
  async load(asOfDay: number, throughDay: number, period: CohortPeriod): Promise<void> {
    const run = ++this.#run;
    this.status = 'loading';
    try {
      const cells = await cohortCells(await loadDb(), asOfDay, period);
      if (run !== this.#run) return;
      await nextTask(); // the cells crossed into this thread; let the page breathe before the matrix
      const matrix = retentionMatrix(cells, throughDay);
      if (run !== this.#run) return;
      this.matrix = matrix;
      this.error = null;
      this.status = 'ready';
    } catch (cause) {
      if (run !== this.#run) return;
      this.error = cause instanceof Error ? cause.message : String(cause);
      this.status = 'failed';
    }
  }
}
