import type { RfmResult } from '../../lib/domain/rfm';

/** The columns of the customer table, in customers.csv order. */
export const CUSTOMER_TABLE_COLUMNS = [
  { key: 'customer_id', width: 150 },
  { key: 'first_order', width: 110 },
  { key: 'last_order', width: 110 },
  { key: 'recency_days', align: 'right', width: 100 },
  { key: 'frequency', align: 'right', width: 95 },
  { key: 'monetary', align: 'right', width: 110 },
  { key: 'r_score', align: 'center', width: 50 },
  { key: 'f_score', align: 'center', width: 50 },
  { key: 'm_score', align: 'center', width: 50 },
  { key: 'rfm_cell', align: 'center', width: 80 },
  { key: 'segment', width: 160 },
] as const satisfies readonly { key: string; align?: 'left' | 'right' | 'center'; width: number }[];

/** A column key of the customer table. */
export type CustomerColumnKey = (typeof CUSTOMER_TABLE_COLUMNS)[number]['key'];

/** Formatters for the cell text, passed in so this module stays free of display concerns. */
export interface CustomerCellFormat {
  day: (day: number) => string;
  money: (cents: number) => string;
  integer: (value: number) => string;
}

// Numeric collation so "C2" sorts before "C10"; one collator, reused for every comparison.
const collator = new Intl.Collator(undefined, { numeric: true, sensitivity: 'base' });

/** Ascending comparison of two customers (row indices of `result`) by one column. */
export function customerComparator(result: RfmResult, key: CustomerColumnKey): (a: number, b: number) => number {
  const { metrics } = result;
  const byNumber = (values: ArrayLike<number>) => (a: number, b: number) => values[a] - values[b];
  switch (key) {
    case 'customer_id': {
      const rank = idRank(metrics.ids);
      return (a, b) => rank[a] - rank[b];
    }
    case 'first_order':
      return byNumber(metrics.firstDay);
    case 'last_order':
      return byNumber(metrics.lastDay);
    case 'recency_days':
      return byNumber(result.recencyDays);
    case 'frequency':
      return byNumber(metrics.frequency);
    case 'monetary':
      return byNumber(metrics.monetaryCents);
    case 'r_score':
      return byNumber(result.rScore);
    case 'f_score':
      return byNumber(result.fScore);
    case 'm_score':
      return byNumber(result.mScore);
    case 'rfm_cell':
      return (a, b) => cellNumber(result, a) - cellNumber(result, b);
    case 'segment': {
      // Rank the few segment names once instead of collating strings per comparison.
      const order = result.segmentNames.map((_, index) => index).sort((a, b) => collator.compare(result.segmentNames[a], result.segmentNames[b]));
      const rank = new Uint16Array(order.length);
      order.forEach((segment, position) => (rank[segment] = position));
      return (a, b) => rank[result.segment[a]] - rank[result.segment[b]];
    }
  }
}

// Collating 100k ids takes ~200 ms; do it once per data set, so flipping the direction is instant.
const idRanks = new WeakMap<string[], Uint32Array>();

/** Position of each id in collation order (equal ids share a rank). */
function idRank(ids: string[]): Uint32Array {
  let rank = idRanks.get(ids);
  if (!rank) {
    // Ids usually arrive sorted (the query orders by id): then one linear check replaces the sort.
    let sorted = true;
    for (let index = 1; sorted && index < ids.length; index++) sorted = collator.compare(ids[index - 1], ids[index]) <= 0;
    const order = Uint32Array.from(ids, (_, index) => index);
    if (!sorted) order.sort((a, b) => collator.compare(ids[a], ids[b]) || a - b);
    rank = new Uint32Array(ids.length);
    for (let position = 0; position < order.length; position++) {
      const index = order[position];
      const previous = order[position - 1];
      rank[index] = position > 0 && collator.compare(ids[previous], ids[index]) === 0 ? rank[previous] : position;
    }
    idRanks.set(ids, rank);
  }
  return rank;
}

function cellNumber(result: RfmResult, index: number): number {
  return result.rScore[index] * 100 + result.fScore[index] * 10 + result.mScore[index];
}

/**
 * The search filter: a customer matches when the query (trimmed, case-insensitive) is part of
 * its id or of its segment's name. Null for an empty query, meaning "everyone".
 */
export function customerMatcher(result: RfmResult, query: string): ((index: number) => boolean) | null {
  const needle = query.trim().toLocaleLowerCase();
  if (!needle) return null;
  const segmentMatches = result.segmentNames.map((name) => name.toLocaleLowerCase().includes(needle));
  const { ids } = result.metrics;
  return (index) => segmentMatches[result.segment[index]] || ids[index].toLocaleLowerCase().includes(needle);
}

/** The text of one cell, as in customers.csv but with grouped numbers. */
export function customerCellText(result: RfmResult, index: number, key: CustomerColumnKey, format: CustomerCellFormat): string {
  const { metrics } = result;
  switch (key) {
    case 'customer_id':
      return metrics.ids[index];
    case 'first_order':
      return format.day(metrics.firstDay[index]);
    case 'last_order':
      return format.day(metrics.lastDay[index]);
    case 'recency_days':
      return format.integer(result.recencyDays[index]);
    case 'frequency':
      return format.integer(metrics.frequency[index]);
    case 'monetary':
      return format.money(metrics.monetaryCents[index]);
    case 'r_score':
      return String(result.rScore[index]);
    case 'f_score':
      return String(result.fScore[index]);
    case 'm_score':
      return String(result.mScore[index]);
    case 'rfm_cell':
      return String(cellNumber(result, index));
    case 'segment':
      return result.segmentNames[result.segment[index]];
  }
}
