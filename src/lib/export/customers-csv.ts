import { formatDay } from '../domain/dates';
import { formatCents } from '../domain/money';
import { STAGES } from '../domain/lifecycle/rules';
import { rfmCell, type RfmResult } from '../domain/rfm';
import { toCsv } from './csv';

/** The column contract of customers.csv. Later capabilities append columns; these stay first. */
export const CUSTOMER_COLUMNS = [
  'customer_id',
  'first_order',
  'last_order',
  'recency_days',
  'frequency',
  'monetary',
  'r_score',
  'f_score',
  'm_score',
  'rfm_cell',
  'segment',
] as const;

/** Columns appended by clustering (issue 3), after the RFM contract. */
export const CLUSTER_COLUMNS = ['cluster', 'cluster_name', 'segment_final', 'override_rule'] as const;

/** Columns appended by the lifecycle (issue 4), after the clustering ones. */
export const LIFECYCLE_COLUMNS = ['lifecycle_stage', 'days_since_last_order_vs_usual'] as const;

/** Per-customer lifecycle results for the export; null when they could not be computed. */
export interface LifecycleExport {
  /** Index into STAGES. */
  stages: Uint8Array;
  /** NaN for one order date: written empty. */
  usualRatio: Float64Array;
}

/** Per-customer clustering results for the export; null when clustering could not run. */
export interface ClusterExport {
  labels: Int32Array;
  names: readonly string[];
  finalLabel: readonly string[];
  setBy: readonly string[];
}

function lifecycleCells(lifecycle: LifecycleExport | null, index: number): (string | number)[] {
  if (!lifecycle) return ['', ''];
  const ratio = lifecycle.usualRatio[index];
  return [STAGES[lifecycle.stages[index]], Number.isFinite(ratio) ? ratio.toFixed(2) : ''];
}

function* customerRows(result: RfmResult, clusters: ClusterExport | null | undefined, lifecycle: LifecycleExport | null | undefined) {
  const { metrics } = result;
  for (let index = 0; index < metrics.ids.length; index++) {
    const rfm = [
      metrics.ids[index],
      formatDay(metrics.firstDay[index]),
      formatDay(metrics.lastDay[index]),
      result.recencyDays[index],
      metrics.frequency[index],
      formatCents(metrics.monetaryCents[index]),
      result.rScore[index],
      result.fScore[index],
      result.mScore[index],
      rfmCell(result, index),
      result.segmentNames[result.segment[index]],
    ];
    if (clusters === undefined) {
      yield rfm;
      continue;
    }
    const label = clusters?.labels[index];
    const clusterCells = clusters && label !== undefined ? [label + 1, clusters.names[label] ?? '', clusters.finalLabel[index], clusters.setBy[index]] : ['', '', '', ''];
    yield lifecycle === undefined ? [...rfm, ...clusterCells] : [...rfm, ...clusterCells, ...lifecycleCells(lifecycle, index)];
  }
}

/**
 * customers.csv: one row per customer, in customer-id order. With `clusters` (even null, when
 * clustering could not run) the clustering columns follow, clusters numbered from 1; with
 * `lifecycle` (even null) the lifecycle columns follow those.
 */
export function customersCsv(result: RfmResult, clusters?: ClusterExport | null, lifecycle?: LifecycleExport | null): string {
  const header = [...CUSTOMER_COLUMNS, ...(clusters === undefined ? [] : CLUSTER_COLUMNS), ...(clusters === undefined || lifecycle === undefined ? [] : LIFECYCLE_COLUMNS)];
  return toCsv(header, customerRows(result, clusters, lifecycle));
}
