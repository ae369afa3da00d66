import { describe, expect, it } from 'vitest';
import { STAGES, type LifecycleResult } from '../../../src/lib/domain/lifecycle';
import { STAGE_RANK } from '../../../src/lib/domain/lifecycle/stage-rank';
import { DEFAULT_LIFECYCLE_RULES } from '../../../src/lib/domain/lifecycle/rules';
import { DEFAULT_SEGMENT_RULES, segmentNames } from '../../../src/lib/domain/segments';
import { defaultMigrationDays, Migration, migrationBounds, type LoadLifecycleAt, type MigrationDataset } from '../../../src/lib/state/migration.svelte';

const NAMES = segmentNames(DEFAULT_SEGMENT_RULES);
const RULES = { segmentRules: DEFAULT_SEGMENT_RULES, lifecycleRules: DEFAULT_LIFECYCLE_RULES };

/** A dataset with orders from day 100 to day 500; the default as-of date is 501. */
function dataset(overrides: Partial<MigrationDataset> = {}): MigrationDataset {
  return {
    report: {} as MigrationDataset['report'],
    range: { minDay: 100, maxDay: 500, maxPastDay: 500, futureRows: 0, rows: 10 },
    asOfDay: 501,
    defaultAsOfDay: 501,
    hasOrderIds: false,
    ...overrides,
  };
}

/** Just the columns a migration reads: ids, segment, stage and monetary per customer. */
function result(asOfDay: number, customers: [id: string, segment: string, stage: (typeof STAGES)[number], cents: number][]): LifecycleResult {
  return {
    rfm: {
      asOfDay,
      metrics: { ids: customers.map(([id]) => id), monetaryCents: Float64Array.from(customers, ([, , , cents]) => cents) },
      segment: Uint16Array.from(customers, ([, segment]) => NAMES.indexOf(segment)),
      segmentNames: NAMES,
    },
    stages: Uint8Array.from(customers, ([, , stage]) => STAGES.indexOf(stage)),
  } as unknown as LifecycleResult;
}

const FIRST = result(410, [
  ['a', 'Champions', 'repeat', 500],
  ['b', 'Lost', 'churned', 100],
  ['c', 'At Risk', 'churn_warning', 300],
]);
const SECOND = result(501, [
  ['a', 'At Risk', 'churn_warning', 700],
  ['b', 'Champions', 'won_back', 900],
  ['c', 'At Risk', 'churn_warning', 300],
  ['d', 'New Customers', 'new', 50],
]);

/** A loader answering from a table of days; records the days asked for. */
function loader(answers: Record<number, LifecycleResult | null | Error>): LoadLifecycleAt & { days: number[] } {
  const days: number[] = [];
  const load = async (day: number) => {
    days.push(day);
    const answer = answers[day];
    if (answer instanceof Error) throw answer;
    return answer ?? null;
  };
  return Object.assign(load, { days });
}

describe('default migration dates', () => {
  it.each([
    { name: 'the as-of date and 91 days before', overrides: {}, expected: { fromDay: 410, toDay: 501 } },
    { name: 'an as-of date past the data is clamped to the default as-of date', overrides: { asOfDay: 900 }, expected: { fromDay: 410, toDay: 501 } },
    { name: 'a short history clamps the first date to the first order', overrides: { range: { minDay: 450, maxDay: 500, maxPastDay: 500, futureRows: 0, rows: 3 } }, expected: { fromDay: 450, toDay: 501 } },
    { name: 'an earlier as-of date moves both', overrides: { asOfDay: 300 }, expected: { fromDay: 209, toDay: 300 } },
  ])('$name', ({ overrides, expected }) => {
    expect(defaultMigrationDays(dataset(overrides))).toEqual(expected);
  });

  it('bounds the inputs from the first order to the default as-of date', () => {
    expect(migrationBounds(dataset())).toEqual({ min: 100, max: 501 });
  });
});

describe('Migration', () => {
  it('runs once with the defaults on the first sync and builds the segment matrix best first', async () => {
    const load = loader({ 410: FIRST, 501: SECOND });
    const migration = new Migration(load);
    expect(migration.status).toBe('idle');
    await migration.sync(dataset(), RULES);
    expect(load.days).toEqual([410, 501]);
    expect(migration.status).toBe('ready');
    const matrix = migration.matrix!;
    expect(matrix.labels).toEqual(NAMES);
    expect({ upgraded: matrix.upgraded, downgraded: matrix.downgraded, stayed: matrix.stayed, newCustomers: matrix.newCustomers, goneCustomers: matrix.goneCustomers }).toEqual({
      upgraded: 1,
      downgraded: 1,
      stayed: 1,
      newCustomers: 1,
      goneCustomers: 0,
    });
  });

  it('switches to stages ranked by STAGE_RANK without a query, and clears the selection', async () => {
    const load = loader({ 410: FIRST, 501: SECOND });
    const migration = new Migration(load);
    await migration.sync(dataset(), RULES);
    migration.select({ from: 'Champions', to: 'At Risk' });
    migration.setBy('stage');
    expect(load.days).toHaveLength(2);
    expect(migration.selected).toBeNull();
    expect(migration.matrix!.labels).toEqual([...STAGE_RANK]);
    const row = (stage: string) => migration.matrix!.counts[STAGE_RANK.indexOf(stage as never)];
    expect(row('repeat')[STAGE_RANK.indexOf('churn_warning')]).toBe(1);
    expect(migration.matrix).toMatchObject({ upgraded: 1, downgraded: 1, stayed: 1 });
  });

  it('lists the customers of the selected cell', async () => {
    const migration = new Migration(loader({ 410: FIRST, 501: SECOND }));
    await migration.sync(dataset(), RULES);
    migration.select({ from: 'At Risk', to: 'At Risk' });
    expect(migration.customers).toEqual(['c']);
    migration.select({ from: 'new', to: 'New Customers' });
    expect(migration.customers).toEqual(['d']);
    migration.select(null);
    expect(migration.customers).toEqual([]);
  });

  it.each([
    { name: 'a failing query', answers: { 300: new Error('boom') }, problem: { key: 'migration.problem.failed', params: { detail: 'boom' } } },
    { name: 'a first date before any order', answers: { 300: null }, problem: { key: 'migration.problem.before_data', params: { date: '1970-10-28', first: '1970-04-11' } } },
  ] as { name: string; answers: Record<number, LifecycleResult | null | Error>; problem: object }[])('$name becomes a message and the previous matrix stays', async ({ answers, problem }) => {
    const migration = new Migration(loader({ 410: FIRST, 501: SECOND, ...answers }));
    await migration.sync(dataset(), RULES);
    const before = migration.matrix;
    migration.fromDay = 300;
    await migration.run();
    expect(migration.status).toBe('failed');
    expect(migration.problem).toEqual(problem);
    expect(migration.from).toBe(FIRST);
    expect(migration.matrix).toEqual(before);
  });

  it.each([
    { name: 'dates out of order', fromDay: 501, toDay: 410, key: 'migration.problem.order' },
    { name: 'the same date twice', fromDay: 410, toDay: 410, key: 'migration.problem.order' },
    { name: 'a cleared date', fromDay: null, toDay: 501, key: 'migration.problem.no_date' },
  ])('$name fails before any query', async ({ fromDay, toDay, key }) => {
    const load = loader({ 410: FIRST, 501: SECOND });
    const migration = new Migration(load);
    await migration.sync(dataset(), RULES);
    Object.assign(migration, { fromDay, toDay });
    await migration.run();
    expect(load.days).toHaveLength(2);
    expect(migration.problem?.key).toBe(key);
    expect(migration.status).toBe('failed');
  });

  it('keeps only the newest run when an older one finishes last', async () => {
    let releaseSlow = () => {};
    const slow = new Promise<void>((resolve) => (releaseSlow = resolve));
    const OTHER = result(450, [['z', 'Lost', 'churned', 1]]);
    const migration = new Migration(async (day) => {
      if (day === 300) await slow;
      return day === 300 ? FIRST : day === 450 ? OTHER : SECOND;
    });
    await migration.sync(dataset(), RULES);
    migration.fromDay = 300;
    const older = migration.run();
    migration.fromDay = 450;
    await migration.run();
    releaseSlow();
    await older;
    expect(migration.from).toBe(OTHER);
    expect(migration.status).toBe('ready');
  });

  it('follows the app: a new file resets the dates, edited rules rerun, an as-of change alone does nothing', async () => {
    const load = loader({ 410: FIRST, 501: SECOND, 209: FIRST, 300: SECOND });
    const migration = new Migration(load);
    const first = dataset();
    await migration.sync(first, RULES);
    migration.fromDay = 209;
    await migration.sync({ ...first, asOfDay: 300 }, RULES);
    expect(load.days).toEqual([410, 501]);
    expect(migration.fromDay).toBe(209);

    await migration.sync(first, { ...RULES, lifecycleRules: { ...DEFAULT_LIFECYCLE_RULES, churnedAfterDays: 200 } });
    expect(load.days).toEqual([410, 501, 209, 501]);

    const next = migration.sync(dataset({ asOfDay: 300 }), RULES);
    expect(migration.from).toBeNull();
    expect([migration.fromDay, migration.toDay]).toEqual([209, 300]);
    await next;
    expect(load.days.slice(-2)).toEqual([209, 300]);
    expect(migration.status).toBe('ready');
  });
});
