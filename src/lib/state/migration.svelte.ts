import { formatDay } from '../domain/dates';
import { cellCustomers, labelsById, STAGE_RANK, STAGES, transitionMatrix, type LabelsById, type LifecycleResult, type LifecycleRules } from '../domain/lifecycle';
import type { MetricDefinitions } from '../domain/metric-definitions';
import type { ScoreMethod } from '../domain/score-methods';
import type { SegmentRule } from '../domain/segments';
import type { Dataset } from './dataset';
import { loadDb, nextTask } from './db';
import { lifecycleAt } from './lifecycle-at';

/** What the matrix groups customers by. */
export type MigrationBy = 'segment' | 'stage';
/** Where the last run is; the view mirrors it in data-status. */
export type MigrationStatus = 'idle' | 'running' | 'ready' | 'failed';
/** A message for the view: an i18n key and its parameters. */
export type MigrationProblem = { key: string; params?: Record<string, string | number> };
/** The parts of a dataset a migration needs. */
export type MigrationDataset = Pick<Dataset, 'report' | 'range' | 'asOfDay' | 'defaultAsOfDay' | 'hasOrderIds'>;
/** Rules both dates are computed with. */
export interface MigrationRules {
  segmentRules: readonly SegmentRule[];
  lifecycleRules: LifecycleRules;
  /** How scores are cut; tie-sharing quantiles when absent. */
  scoreMethod?: ScoreMethod;
  /** What F and M are scored from; orders and total when absent. */
  definitions?: MetricDefinitions;
}
/** Segments and stages as of one day; null when nobody had ordered by then. */
export type LoadLifecycleAt = (asOfDay: number, hasOrderIds: boolean, rules: MigrationRules) => Promise<LifecycleResult | null>;

/** About a quarter: long enough for customers to move, short enough to still be "recent". */
export const DEFAULT_SPAN_DAYS = 91;

/** Days a date input accepts: the first order day up to the default as-of date (the day after the last order). */
export function migrationBounds(dataset: MigrationDataset): { min: number; max: number } {
  return { min: dataset.range.minDay, max: Math.max(dataset.range.maxDay, dataset.defaultAsOfDay) };
}

/** The dates a migration starts with: the as-of date and 91 days earlier, both inside the bounds. */
export function defaultMigrationDays(dataset: MigrationDataset): { fromDay: number; toDay: number } {
  const { min, max } = migrationBounds(dataset);
  const toDay = Math.min(max, Math.max(min, dataset.asOfDay));
  return { fromDay: Math.max(min, toDay - DEFAULT_SPAN_DAYS), toDay };
}

const loadFromDb: LoadLifecycleAt = async (day, hasOrderIds, rules) => lifecycleAt(await loadDb(), day, hasOrderIds, rules.segmentRules, rules.lifecycleRules, rules.scoreMethod, rules.definitions);

function beforeData(day: number, dataset: MigrationDataset): MigrationProblem {
  return { key: 'migration.problem.before_data', params: { date: formatDay(day), first: formatDay(dataset.range.minDay) } };
}

function labelsOf(result: LifecycleResult, by: MigrationBy): LabelsById {
  return by === 'segment' ? labelsById(result.rfm.metrics.ids, result.rfm.segment, result.rfm.segmentNames) : labelsById(result.rfm.metrics.ids, result.stages, STAGES);
}

/**
 * How customers moved between two as-of dates. Flow:
 *   idle|ready|failed --run--> running --ok--> ready (results replaced, selection cleared)
 *   running --query fails, date before any order, dates out of order--> failed (problem set, previous results stay)
 *   a new file --sync--> idle (dates back to the defaults, results cleared) --run--> …
 * Only the newest run lands.
 */
export class Migration {
  fromDay = $state<number | null>(null);
  toDay = $state<number | null>(null);
  by = $state<MigrationBy>('segment');
  status = $state<MigrationStatus>('idle');
  problem = $state.raw<MigrationProblem | null>(null);
  /** Results at the first and second date of the last successful run. */
  from = $state.raw<LifecycleResult | null>(null);
  to = $state.raw<LifecycleResult | null>(null);
  /** The selected cell: a row label (or NEW_ROW) and a column label (or GONE_COLUMN). */
  selected = $state.raw<{ from: string; to: string } | null>(null);

  fromLabels: LabelsById | null = $derived(this.from && labelsOf(this.from, this.by));
  toLabels: LabelsById | null = $derived(this.to && labelsOf(this.to, this.by));
  /** Labels best first: segments in rule order then Others; stages by STAGE_RANK. */
  order: readonly string[] = $derived(this.by === 'stage' ? STAGE_RANK : [...new Set([...(this.to?.rfm.segmentNames ?? []), ...(this.from?.rfm.segmentNames ?? [])])]);
  matrix = $derived(this.fromLabels && this.toLabels ? transitionMatrix(this.fromLabels, this.toLabels, this.order) : null);
  /** Ids of the selected cell's customers, sorted. */
  customers: string[] = $derived(this.selected && this.fromLabels && this.toLabels ? cellCustomers(this.fromLabels, this.toLabels, this.selected.from, this.selected.to) : []);

  #load: LoadLifecycleAt;
  #dataset: MigrationDataset | null = null;
  #rules: MigrationRules | null = null;
  #rulesKey = '';
  #run = 0;

  constructor(load: LoadLifecycleAt = loadFromDb) {
    this.#load = load;
  }

  /**
   * Follows the app: a new file resets the dates and runs; edited rules rerun with the same dates;
   * the first call runs with the defaults. An as-of change alone keeps the chosen dates.
   */
  sync(dataset: MigrationDataset, rules: MigrationRules): Promise<void> | undefined {
    const rulesKey = JSON.stringify(rules);
    const newFile = this.#dataset?.report !== dataset.report;
    const rulesChanged = rulesKey !== this.#rulesKey;
    this.#dataset = dataset;
    this.#rules = rules;
    this.#rulesKey = rulesKey;
    if (newFile) {
      this.#run++;
      const { fromDay, toDay } = defaultMigrationDays(dataset);
      this.fromDay = fromDay;
      this.toDay = toDay;
      this.from = this.to = this.selected = this.problem = null;
      this.status = 'idle';
    }
    return newFile || rulesChanged ? this.run() : undefined;
  }

  /** Changes the grouping; the matrix follows without a query. */
  setBy(by: MigrationBy): void {
    this.by = by;
    this.selected = null;
  }

  /** Selects a cell (or clears the selection with null). */
  select(cell: { from: string; to: string } | null): void {
    this.selected = cell;
  }

  /** Computes both dates; resolves when this (or a newer) run is done. Problems become messages, never exceptions. */
  async run(): Promise<void> {
    const run = ++this.#run;
    const { fromDay, toDay } = this;
    const dataset = this.#dataset;
    const rules = this.#rules;
    if (!dataset || !rules) return;
    if (fromDay === null || toDay === null) return this.#fail({ key: 'migration.problem.no_date' });
    if (fromDay >= toDay) return this.#fail({ key: 'migration.problem.order' });
    this.status = 'running';
    try {
      const from = await this.#load(fromDay, dataset.hasOrderIds, rules);
      if (run !== this.#run) return;
      if (!from) return this.#fail(beforeData(fromDay, dataset));
      await nextTask(); // one date's results crossed into this thread; let the page breathe
      const to = await this.#load(toDay, dataset.hasOrderIds, rules);
      if (run !== this.#run) return;
      if (!to) return this.#fail(beforeData(toDay, dataset));
      this.from = from;
      this.to = to;
      this.selected = null;
      this.problem = null;
      this.status = 'ready';
    } catch (cause) {
      if (run === this.#run) this.#fail({ key: 'migration.problem.failed', params: { detail: cause instanceof Error ? cause.message : String(cause) } });
    }
  }

  #fail(problem: MigrationProblem): void {
    this.problem = problem;
    this.status = 'failed';
  }
}

// One migration per workbench, so the chosen dates and the result survive switching tabs.
const migrations = new WeakMap<object, Migration>();

/** The migration state belonging to `owner` (the workbench), created on first use. */
export function migrationOf(owner: object): Migration {
  let migration = migrations.get(owner);
  if (!migration) {
    // Under a root of its own: deriveds created while a view mounts would belong to that view and stop updating when it unmounts.
    $effect.root(() => {
      migration = new Migration();
    });
    migrations.set(owner, migration!);
  }
  return migration!;
}
