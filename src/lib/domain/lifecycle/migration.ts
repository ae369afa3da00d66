/** Row label of customers present only at the second date. */
export const NEW_ROW = 'new';
/** Column label of customers present only at the first date. */
export const GONE_COLUMN = 'gone';

/** Customer id → segment (or stage) name at one date. */
export type LabelsById = ReadonlyMap<string, string>;

/** How customers moved between two dates. */
export interface TransitionMatrix {
  /** Labels ranked best first: the order passed in, then unknown labels as first seen. */
  labels: string[];
  /** Row labels: labels, then NEW_ROW. Column labels: labels, then GONE_COLUMN. */
  rows: string[];
  columns: string[];
  /** counts[row][column]. */
  counts: Int32Array[];
  /** Each row divided by its total (NaN for an empty row). */
  rowShares: Float64Array[];
  /** Customers present at both dates who moved to a better-ranked label, a worse one, or stayed. */
  upgraded: number;
  downgraded: number;
  stayed: number;
  newCustomers: number;
  goneCustomers: number;
}

/** Labels as a map from per-customer columns (e.g. ids with RfmResult.segment and segmentNames). */
export function labelsById(ids: readonly string[], labelIndex: ArrayLike<number>, names: readonly string[]): Map<string, string> {
  return new Map(ids.map((id, index) => [id, names[labelIndex[index]]]));
}

function rankedLabels(order: readonly string[], from: LabelsById, to: LabelsById): string[] {
  const labels = [...order];
  const known = new Set(labels);
  // Labels outside the given order still get a row, ranked after the known ones.
  for (const label of [...from.values(), ...to.values()]) {
    if (!known.has(label)) {
      known.add(label);
      labels.push(label);
    }
  }
  return labels;
}

/** Transition counts from `from` to `to`; `order` ranks the labels best first (upgrade = towards index 0). */
export function transitionMatrix(from: LabelsById, to: LabelsById, order: readonly string[]): TransitionMatrix {
  const labels = rankedLabels(order, from, to);
  const rank = new Map(labels.map((label, index) => [label, index]));
  const size = labels.length + 1;
  const counts = Array.from({ length: size }, () => new Int32Array(size));
  let upgraded = 0;
  let downgraded = 0;
  let stayed = 0;
  for (const [id, fromLabel] of from) {
    const fromRank = rank.get(fromLabel)!;
    const toLabel = to.get(id);
    const toRank = toLabel === undefined ? labels.length : rank.get(toLabel)!;
    counts[fromRank][toRank]++;
    if (toLabel === undefined) continue;
    if (toRank < fromRank) upgraded++;
    else if (toRank > fromRank) downgraded++;
    else stayed++;
  }
  for (const [id, toLabel] of to) if (!from.has(id)) counts[labels.length][rank.get(toLabel)!]++;
  const rowShares = counts.map((row) => {
    const total = row.reduce((sum, count) => sum + count, 0);
    return Float64Array.from(row, (count) => count / total);
  });
  return {
    labels,
    rows: [...labels, NEW_ROW],
    columns: [...labels, GONE_COLUMN],
    counts,
    rowShares,
    upgraded,
    downgraded,
    stayed,
    newCustomers: counts[labels.length].reduce((sum, count) => sum + count, 0),
    goneCustomers: counts.reduce((sum, row) => sum + row[labels.length], 0),
  };
}

/** Ids of the customers in one cell, sorted; `fromLabel` may be NEW_ROW and `toLabel` GONE_COLUMN. */
export function cellCustomers(from: LabelsById, to: LabelsById, fromLabel: string, toLabel: string): string[] {
  const ids: string[] = [];
  if (fromLabel === NEW_ROW) {
    for (const [id, label] of to) if (label === toLabel && !from.has(id)) ids.push(id);
  } else {
    for (const [id, label] of from) {
      if (label !== fromLabel) continue;
      const next = to.get(id);
      if (toLabel === GONE_COLUMN ? next === undefined : next === toLabel) ids.push(id);
    }
  }
  return ids.sort();
}
