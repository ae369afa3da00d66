import { STAGES, warningReason, type LifecycleResult, type WarningReason } from '../../lib/domain/lifecycle';
import { customerComparator } from '../rfm/customer-table';

/** Every column the warning list can show, in churn-warnings.csv order (stage only for a trigger's customers). */
export const WARNING_COLUMNS = [
  { key: 'customer_id', width: 130 },
  { key: 'segment', width: 145 },
  { key: 'cluster', width: 170 },
  { key: 'stage', width: 150 },
  { key: 'monetary', align: 'right', width: 110 },
  { key: 'last_order', width: 120 },
  { key: 'days_since_last_order', align: 'right', width: 170 },
  { key: 'usual_gap', align: 'right', width: 180 },
  { key: 'reason', width: 430 },
] as const satisfies readonly { key: string; align?: 'left' | 'right' | 'center'; width: number }[];

export type WarningColumnKey = (typeof WARNING_COLUMNS)[number]['key'];

/** Cluster labels per customer (aligned with the lifecycle's RFM result) and the names of the clusters. */
export interface WarningClusters {
  labels: Int32Array;
  names: readonly string[];
}

/** The columns to show: cluster once clustering ran on these customers, stage when the list is not only warnings. */
export function warningColumns(options: { clusters: boolean; stage: boolean }) {
  return WARNING_COLUMNS.filter((column) => (column.key !== 'cluster' || options.clusters) && (column.key !== 'stage' || options.stage));
}

/** "2 · Lapsed regulars": the number people see in the Clusters tab, then the name. */
export const clusterText = (clusters: WarningClusters, index: number): string => `${clusters.labels[index] + 1} · ${clusters.names[clusters.labels[index]] ?? ''}`;

// No usual gap (a single order date) sorts after every number, as "longer than any gap".
const gapOrLast = (value: number) => (Number.isNaN(value) ? Infinity : value);

/** Ascending comparison of two customers (indices of the lifecycle's RFM result) by one column. */
export function warningComparator(lifecycle: LifecycleResult, key: WarningColumnKey, clusters: WarningClusters | null): (a: number, b: number) => number {
  const { rfm, inputs } = lifecycle;
  switch (key) {
    case 'customer_id':
    case 'segment':
    case 'monetary':
      return customerComparator(rfm, key);
    case 'last_order':
      return (a, b) => inputs.lastDay[a] - inputs.lastDay[b];
    case 'cluster':
      return clusters ? (a, b) => clusters.labels[a] - clusters.labels[b] : () => 0;
    case 'stage':
      return (a, b) => lifecycle.stages[a] - lifecycle.stages[b];
    case 'days_since_last_order':
      return (a, b) => inputs.lastDay[b] - inputs.lastDay[a];
    case 'usual_gap':
      return (a, b) => gapOrLast(inputs.medianGapDays[a]) - gapOrLast(inputs.medianGapDays[b]);
    case 'reason':
      // How far past their usual gap: the sentence's two numbers in one.
      return (a, b) => gapOrLast(lifecycle.usualRatio[a]) - gapOrLast(lifecycle.usualRatio[b]) || inputs.lastDay[b] - inputs.lastDay[a];
  }
}

/** Formatters for the cell text, passed in so this module stays free of display concerns. */
export interface WarningCellFormat {
  day: (day: number) => string;
  money: (cents: number) => string;
  integer: (value: number) => string;
  stage: (stageKey: string) => string;
  reason: (reason: WarningReason) => string;
}

/** The text of one cell for customer `index`. */
export function warningCellText(lifecycle: LifecycleResult, index: number, key: WarningColumnKey, clusters: WarningClusters | null, format: WarningCellFormat): string {
  const { rfm, inputs } = lifecycle;
  switch (key) {
    case 'customer_id':
      return rfm.metrics.ids[index];
    case 'segment':
      return rfm.segmentNames[rfm.segment[index]];
    case 'cluster':
      return clusters ? clusterText(clusters, index) : '';
    case 'stage':
      return format.stage(STAGES[lifecycle.stages[index]]);
    case 'monetary':
      return format.money(rfm.metrics.monetaryCents[index]);
    case 'last_order':
      return format.day(inputs.lastDay[index]);
    case 'days_since_last_order':
      return format.integer(inputs.asOfDay - inputs.lastDay[index]);
    case 'usual_gap': {
      const usual = warningReason(inputs, index).usualGapDays;
      return usual === null ? '–' : format.integer(usual);
    }
    case 'reason':
      return format.reason(warningReason(inputs, index));
  }
}
