import { describe, expect, it } from 'vitest';
import { metricsFromRows } from '../../../src/lib/domain/customer-metrics';
import { DEFAULT_LIFECYCLE_RULES, STAGES, evaluateLifecycle, lifecycleInputsFromRows } from '../../../src/lib/domain/lifecycle';
import { computeRfm } from '../../../src/lib/domain/rfm';
import { DEFAULT_SEGMENT_RULES } from '../../../src/lib/domain/segments';

const AS_OF = 10_000;
const rows = [
  { id: 'a', firstDay: 9_000, lastDay: 9_990, frequency: 3, monetaryCents: 5000 },
  { id: 'b', firstDay: 9_500, lastDay: 9_500, frequency: 1, monetaryCents: 900 },
];

function evaluate(prospects?: number) {
  const rfm = computeRfm(metricsFromRows(rows), AS_OF, DEFAULT_SEGMENT_RULES);
  const inputs = lifecycleInputsFromRows(
    AS_OF,
    rows.map((row) => ({ id: row.id, firstDay: row.firstDay, lastDay: row.lastDay, orderDays: row.frequency, lastGapDays: 10, medianGapDays: 20, orders: row.frequency })),
  );
  return prospects === undefined ? evaluateLifecycle(rfm, inputs, DEFAULT_LIFECYCLE_RULES) : evaluateLifecycle(rfm, inputs, DEFAULT_LIFECYCLE_RULES, prospects);
}

describe('prospects from a customer table', () => {
  it.each([
    { name: 'no customer table: the stage shows zero', prospects: undefined, stage: 0, acquired: 2 },
    { name: 'customers only in the table are the prospect stage and join the acquired step', prospects: 5, stage: 5, acquired: 7 },
  ])('$name', ({ prospects, stage, acquired }) => {
    const result = evaluate(prospects);
    expect(result.counts[STAGES.indexOf('prospect')]).toBe(stage);
    expect(result.funnel.map((step) => [step.key, step.customers]).slice(0, 2)).toEqual([
      ['acquired', acquired],
      ['activated', 2],
    ]);
    // Prospects have no per-customer row: the stages column covers the customers with orders only.
    expect(result.stages.length).toBe(2);
  });
});
