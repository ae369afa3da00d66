import { beforeAll, describe, expect, it } from 'vitest';
import { customerMetrics, loadOrders } from '../../src/lib/data';
import { lifecycleInputs } from '../../src/lib/data/queries/lifecycle';
import type { SqlDb } from '../../src/lib/data/sql-db';
import { dayFromParts } from '../../src/lib/domain/dates';
import { DEFAULT_LIFECYCLE_RULES, lifecycleFunnel, STAGES, stageCounts, stagesAsOf } from '../../src/lib/domain/lifecycle';
import { computeRfm } from '../../src/lib/domain/rfm';
import { DEFAULT_SEGMENT_RULES } from '../../src/lib/domain/segments';
import { runPipeline } from '../support/pipeline';
import { sharedBytes } from '../support/shared-files';
import { cdnowRows } from '../unit/lifecycle/cdnow-raw';
import { openNodeDb } from './node-db';

const csv = (text: string) => new TextEncoder().encode(text);
const HEADER = 'line,customer_id,order_day,order_key,amount,quantity,unit_price,is_return\n';
const plain = (inputs: Awaited<ReturnType<typeof lifecycleInputs>>) => ({
  ids: inputs.ids,
  firstDay: Array.from(inputs.firstDay),
  lastDay: Array.from(inputs.lastDay),
  orderDays: Array.from(inputs.orderDays),
  lastGapDays: Array.from(inputs.lastGapDays),
  medianGapDays: Array.from(inputs.medianGapDays),
  orders: Array.from(inputs.orders),
  reviewMonetaryCents: Array.from(inputs.reviewMonetaryCents),
  orderedByReview: Array.from(inputs.orderedByReview),
});
/** Inputs lined up with the metrics of the same day, as the app queries them. */
const inputsAsOf = async (db: SqlDb, asOfDay: number, hasOrderIds: boolean, reviewDay = asOfDay - 90) =>
  lifecycleInputs(db, await customerMetrics(db, asOfDay, hasOrderIds), asOfDay, reviewDay);

describe('lifecycleInputs on hand-made orders', () => {
  let db: SqlDb;
  beforeAll(async () => {
    db = await openNodeDb();
  });

  it('counts distinct order dates, gaps and orders; returns and later orders left out', async () => {
    await loadOrders(
      db,
      csv(
        HEADER +
          // a: days 10, 10 (same day), 30, 70 → gaps 20, 40; a return on 80 is no order date.
          '2,"a",10,,1,,,false\n3,"a",10,,1,,,false\n4,"a",30,,1,,,false\n5,"a",70,,1,,,false\n6,"a",80,,-1,,,true\n' +
          // b: one order; r: returns only (not a customer with orders); z: only after the as-of date.
          '7,"b",50,,5,,,false\n8,"r",40,,-3,,,true\n9,"z",101,,5,,,false\n' +
          // c: gaps 10, 20, 30, 40 → median 25 (even count), last gap 40.
          '10,"c",0,,1,,,false\n11,"c",10,,1,,,false\n12,"c",30,,1,,,false\n13,"c",60,,1,,,false\n14,"c",100,,1,,,false\n',
      ),
    );
    // Review day 80: money up to it includes a's return (4 × 1 − 1); everyone had ordered.
    expect(plain(await inputsAsOf(db, 100, false, 80))).toEqual({
      ids: ['a', 'b', 'c'],
      firstDay: [10, 50, 0],
      lastDay: [70, 50, 100],
      orderDays: [3, 1, 5],
      lastGapDays: [40, 0, 40],
      medianGapDays: [30, NaN, 25],
      orders: [4, 1, 5],
      reviewMonetaryCents: [300, 500, 400],
      orderedByReview: [1, 1, 1],
    });
    // Review day 45: b had not ordered yet.
    expect(plain(await inputsAsOf(db, 100, false, 45))).toMatchObject({ reviewMonetaryCents: [300, 0, 300], orderedByReview: [1, 0, 1] });
  });

  it('counts distinct order ids when the file has them, and lines up with customerMetrics', async () => {
    await loadOrders(db, csv(HEADER + '2,"a",10,"o1",1,,,false\n3,"a",10,"o1",2,,,false\n4,"a",11,"o2",3,,,false\n5,"b",12,"C9",-1,,,true\n'));
    const inputs = await inputsAsOf(db, 20, true);
    expect(plain(inputs)).toMatchObject({ ids: ['a'], orders: [2], orderDays: [2], lastGapDays: [1], medianGapDays: [1] });
    expect(inputs.ids).toEqual((await customerMetrics(db, 20, true)).ids);
  });
});

/** Independent per-customer order dates of CDNOW as of a day, by a plain loop over the raw rows. */
function rawInputs(asOfDay: number) {
  const datesById = new Map<string, number[]>();
  const ordersById = new Map<string, number>();
  for (const row of cdnowRows()) {
    if (row.day > asOfDay) continue;
    if (!datesById.has(row.id)) datesById.set(row.id, []);
    datesById.get(row.id)!.push(row.day);
    ordersById.set(row.id, (ordersById.get(row.id) ?? 0) + 1);
  }
  const ids = [...datesById.keys()].sort();
  return ids.map((id) => {
    const days = [...new Set(datesById.get(id))].sort((a, b) => a - b);
    const gaps = days.slice(1).map((day, index) => day - days[index]).sort((a, b) => a - b);
    const middle = gaps.length >> 1;
    const median = gaps.length === 0 ? NaN : gaps.length % 2 ? gaps[middle] : (gaps[middle - 1] + gaps[middle]) / 2;
    const lastGap = days.length > 1 ? days[days.length - 1] - days[days.length - 2] : 0;
    return { id, first: days[0], last: days[days.length - 1], dates: days.length, lastGap, median, orders: ordersById.get(id)! };
  });
}

describe('CDNOW lifecycle', () => {
  let db: SqlDb;
  let defaultAsOf: number;
  const day = (year: number, month: number, date: number) => dayFromParts(year, month, date)!;

  beforeAll(async () => {
    db = await openNodeDb();
    const result = await runPipeline(db, 'cdnow_master.csv', sharedBytes('datasets/cdnow_master.csv'));
    defaultAsOf = result.asOfDay;
  });

  /** Everything one as-of change needs (timings belong in `npm run bench`, not here). */
  async function evaluate(asOfDay: number) {
    const metrics = await customerMetrics(db, asOfDay, false);
    const inputs = await lifecycleInputs(db, metrics, asOfDay, asOfDay - DEFAULT_LIFECYCLE_RULES.reviewOffsetDays);
    const rfm = computeRfm(metrics, asOfDay, DEFAULT_SEGMENT_RULES);
    const stages = stagesAsOf(inputs, rfm.mScore, DEFAULT_LIFECYCLE_RULES);
    const counts = Object.fromEntries(STAGES.map((stage, index) => [stage, stageCounts(stages, STAGES.length)[index]]));
    const funnel = lifecycleFunnel({ stages, orders: inputs.orders, monetaryScores: rfm.mScore, prospects: 0 });
    return { inputs, metrics, rfm, stages, counts, funnel };
  }

  it.each([
    { name: 'default as-of date 1998-07-01', asOf: () => defaultAsOf, customers: 23_570 },
    { name: '1997-12-31', asOf: () => day(1997, 12, 31), customers: 23_570 },
    { name: '1997-02-15 (cohorts still arriving)', asOf: () => day(1997, 2, 15), customers: 0 },
  ])('inputs equal an independent loop over the raw rows and line up with the metrics: $name', async ({ asOf, customers }) => {
    const { inputs, metrics } = await evaluate(asOf());
    const expected = rawInputs(asOf());
    if (customers) expect(inputs.ids.length).toBe(customers);
    expect(inputs.ids).toEqual(metrics.ids);
    expect(inputs.ids).toEqual(expected.map((row) => row.id));
    expect(Array.from(inputs.firstDay)).toEqual(expected.map((row) => row.first));
    expect(Array.from(inputs.lastDay)).toEqual(expected.map((row) => row.last));
    expect(Array.from(inputs.orderDays)).toEqual(expected.map((row) => row.dates));
    expect(Array.from(inputs.lastGapDays)).toEqual(expected.map((row) => row.lastGap));
    expect(Array.from(inputs.medianGapDays)).toEqual(expected.map((row) => row.median));
    expect(Array.from(inputs.orders)).toEqual(expected.map((row) => row.orders));
  });

  // Regression values (stages are computed from the inputs verified above; the counts themselves
  // were read off this suite, not computed independently). Nobody is new: the last first order is 1997-03-31.
  it.each([
    {
      name: '1998-07-01 (default)',
      asOf: () => defaultAsOf,
      counts: { churned: 15_238, churn_warning: 2_410, won_back: 710, new: 0, converted: 360, repeat: 4_852, retained: 0, prospect: 0 },
      funnel: [23_570, 23_570, 11_662, 4_562, 2_719],
    },
    {
      name: '1997-12-31',
      asOf: () => day(1997, 12, 31),
      counts: { churned: 0, churn_warning: 17_664, won_back: 0, new: 0, converted: 1_083, repeat: 4_823, retained: 0, prospect: 0 },
      funnel: [23_570, 23_570, 10_644, 4_434, 2_883],
    },
  ])('stage counts and funnel at $name', async ({ asOf, counts, funnel }) => {
    const result = await evaluate(asOf());
    expect(result.counts).toEqual(counts);
    expect(result.funnel.map((step) => step.customers)).toEqual(funnel);
    // The funnel again by a plain loop over the same columns.
    const warningOrChurned = new Set([STAGES.indexOf('churn_warning'), STAGES.indexOf('churned')]);
    let repeat = 0;
    let highValue = 0;
    let active = 0;
    result.stages.forEach((stage, index) => {
      const isRepeat = result.inputs.orders[index] >= 2;
      const isHigh = isRepeat && result.rfm.mScore[index] === 5;
      repeat += Number(isRepeat);
      highValue += Number(isHigh);
      active += Number(isHigh && !warningOrChurned.has(stage));
    });
    expect(funnel.slice(2)).toEqual([repeat, highValue, active]);
  });
});
