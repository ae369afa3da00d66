import { formatDay } from '../domain/dates';
import { formatCents } from '../domain/money';
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

/** Per-customer clustering results for the export; null when clustering could not run. */
export interface ClusterExport {
  labels: Int32Array;
  names: readonly string[];
  finalLabel: readonly string[];
  setBy: readonly string[];
}

function* customerRows(result: RfmResult, clusters: ClusterExport | null | undefined) {
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
    if (clusters === undefined) yield rfm;
    else if (clusters === null) yield [...rfm, '', '', '', ''];
    else {
      const label = clusters.labels[index];
      yield [...rfm, label + 1, clusters.names[label] ?? '', clusters.finalLabel[index], clusters.setBy[index]];
    }
  }
}

/**
 * customers.csv: one row per customer, in customer-id order. With `clusters` (even null, when
 * clustering could not run) the clustering columns follow; clusters are numbered from 1.
 */
export function customersCsv(result: RfmResult, clusters?: ClusterExport | null): string {
  const header = clusters === undefined ? CUSTOMER_COLUMNS : [...CUSTOMER_COLUMNS, ...CLUSTER_COLUMNS];
  return toCsv(header, customerRows(result, clusters));
}
