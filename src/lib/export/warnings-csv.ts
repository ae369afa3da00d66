import { formatDay } from '../domain/dates';
import { warningReason, type LifecycleResult } from '../domain/lifecycle';
import { formatCents } from '../domain/money';
import { toCsv } from './csv';

/** The column contract of churn-warnings.csv. */
export const WARNING_CSV_COLUMNS = ['customer_id', 'segment', 'cluster', 'monetary', 'last_order', 'days_since_last_order', 'usual_gap_days', 'reason'] as const;

/**
 * churn-warnings.csv: one row per listed customer (`rows` are indices of the lifecycle's RFM
 * result, in the order shown), money with two decimals, the usual gap empty for a single order
 * date. `clusterText` is null until clustering ran on these customers (the column stays, empty);
 * `reasonText` phrases the reason in the interface language.
 */
export function warningsCsv(lifecycle: LifecycleResult, rows: ArrayLike<number>, clusterText: ((index: number) => string) | null, reasonText: (index: number) => string): string {
  const { rfm, inputs } = lifecycle;
  const lines = Array.from(rows, (index) => {
    const reason = warningReason(inputs, index);
    return [
      rfm.metrics.ids[index],
      rfm.segmentNames[rfm.segment[index]],
      clusterText ? clusterText(index) : '',
      formatCents(rfm.metrics.monetaryCents[index]),
      formatDay(inputs.lastDay[index]),
      reason.daysSinceLastOrder,
      reason.usualGapDays ?? '',
      reasonText(index),
    ];
  });
  return toCsv(WARNING_CSV_COLUMNS, lines);
}
