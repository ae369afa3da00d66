import { formatDay } from '../domain/dates';
import { averageOrderCents } from '../domain/metric-definitions';
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

/** Columns appended by value tiers and the health index (issue 5), after the lifecycle ones. */
export const VALUE_COLUMNS = ['health_index', 'tier'] as const;

/**
 * Columns appended by the definition switches (issue 6), after the value ones: the alternatives to
 * `frequency` and `monetary`, whichever the scores used (distinct purchase days; net money per order).
 */
export const DEFINITION_COLUMNS = ['purchase_days', 'average_order_value'] as const;

/** Per-customer purchase days for the export; null when they could not be counted (written empty). */
export interface DefinitionExport {
  purchaseDays: Int32Array | null;
}

/** Per-customer value results for the export: tier of the active scheme and the 0–100 health index. */
export interface ValueExport {
  healthIndex: Float64Array;
  tier: Uint16Array;
  tierNames: readonly string[];
}

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

function valueCells(value: ValueExport | null, index: number): (string | number)[] {
  if (!value) return ['', ''];
  const health = value.healthIndex[index];
  return [Number.isFinite(health) ? health.toFixed(1) : '', value.tierNames[value.tier[index]]];
}

function* customerRows(
  result: RfmResult,
  clusters: ClusterExport | null | undefined,
  lifecycle: LifecycleExport | null | undefined,
  value: ValueExport | null | undefined,
  definitions: DefinitionExport | null | undefined,
) {
  const { metrics } = result;
  const averageCents = definitions === undefined ? null : averageOrderCents(metrics.monetaryCents, metrics.frequency);
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
    if (lifecycle === undefined) yield [...rfm, ...clusterCells];
    else if (value === undefined) yield [...rfm, ...clusterCells, ...lifecycleCells(lifecycle, index)];
    else if (!averageCents) yield [...rfm, ...clusterCells, ...lifecycleCells(lifecycle, index), ...valueCells(value, index)];
    else {
      const purchaseDays = definitions?.purchaseDays ? definitions.purchaseDays[index] : '';
      yield [...rfm, ...clusterCells, ...lifecycleCells(lifecycle, index), ...valueCells(value, index), purchaseDays, formatCents(averageCents[index])];
    }
  }
}

/**
 * customers.csv: one row per customer, in customer-id order. With `clusters` (even null, when
 * clustering could not run) the clustering columns follow, clusters numbered from 1; with
 * `lifecycle` (even null) the lifecycle columns follow those, then with `value` the health index
 * (one decimal) and the tier of the active scheme, then with `definitions` the purchase days and the
 * average order value (net money ÷ orders, two decimals).
 */
export function customersCsv(
  result: RfmResult,
  clusters?: ClusterExport | null,
  lifecycle?: LifecycleExport | null,
  value?: ValueExport | null,
  definitions?: DefinitionExport | null,
): string {
  // Each later group of columns comes only with the earlier ones, so the column order never changes.
  const groups = [clusters, lifecycle, value, definitions];
  const present = groups.findIndex((group) => group === undefined);
  const count = present < 0 ? groups.length : present;
  const header = [...CUSTOMER_COLUMNS, ...[CLUSTER_COLUMNS, LIFECYCLE_COLUMNS, VALUE_COLUMNS, DEFINITION_COLUMNS].slice(0, count).flat()];
  return toCsv(header, customerRows(result, clusters, count > 1 ? lifecycle : undefined, count > 2 ? value : undefined, count > 3 ? definitions : undefined));
}
