import { metricsFromRows } from '../../../src/lib/domain/customer-metrics';
import { DEFAULT_LIFECYCLE_RULES, evaluateLifecycle, lifecycleInputsFromRows, type LifecycleResult } from '../../../src/lib/domain/lifecycle';
import { computeRfm } from '../../../src/lib/domain/rfm';
import { DEFAULT_SEGMENT_RULES } from '../../../src/lib/domain/segments';

/** Day number of an ISO date (UTC). */
export const day = (iso: string) => Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))) / 86_400_000;

const AS_OF = day('1998-07-01');
// Days since the last order as of 1998-07-01, usual gap and the stage they lead to.
const customers = [
  { id: 'A', first: '1997-01-01', last: '1998-02-01', dates: 3, median: 41, cents: 5000 }, // 150 days > max(90, 82): warning
  { id: 'B', first: '1998-03-01', last: '1998-03-01', dates: 1, median: NaN, cents: 12000 }, // 122 days, one date > 90: warning
  { id: 'C', first: '1997-06-01', last: '1998-06-20', dates: 4, median: 10, cents: 900 }, // 11 days: not a warning
  { id: 'D', first: '1997-01-01', last: '1997-05-01', dates: 2, median: 120, cents: 30000 }, // 426 days: churned
  { id: 'E', first: '1997-01-01', last: '1998-01-01', dates: 3, median: 100, cents: 5000 }, // 181 days ≤ 200: not a warning
  { id: '=F', first: '1997-09-01', last: '1998-03-01', dates: 5, median: 45.5, cents: 5000 }, // 122 days > 91: warning
];

/** Six customers as of 1998-07-01: warnings B (most valuable), A and =F (tied money, customer order). */
export function warningFixture(): LifecycleResult {
  const metrics = metricsFromRows(customers.map((row) => ({ id: row.id, firstDay: day(row.first), lastDay: day(row.last), frequency: row.dates, monetaryCents: row.cents })));
  const rfm = computeRfm(metrics, AS_OF, DEFAULT_SEGMENT_RULES);
  const inputs = lifecycleInputsFromRows(
    AS_OF,
    customers.map((row) => ({ id: row.id, firstDay: day(row.first), lastDay: day(row.last), orderDays: row.dates, lastGapDays: row.dates > 1 ? 30 : 0, medianGapDays: row.median, orders: row.dates })),
  );
  return evaluateLifecycle(rfm, inputs, DEFAULT_LIFECYCLE_RULES);
}
