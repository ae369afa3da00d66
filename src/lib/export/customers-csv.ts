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

function* customerRows(result: RfmResult) {
  const { metrics } = result;
  for (let index = 0; index < metrics.ids.length; index++) {
    yield [
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
  }
}

/** customers.csv: one row per customer, in customer-id order. */
export function customersCsv(result: RfmResult): string {
  return toCsv(CUSTOMER_COLUMNS, customerRows(result));
}
