import { GONE_COLUMN, NEW_ROW, type TransitionMatrix } from '../lifecycle';
import type { SegmentSnapshot } from './segment-snapshot';

/** One segment before and after: customers and share of net revenue. */
export interface SegmentDiffRow {
  segment: string;
  customersBefore: number;
  customersAfter: number;
  customerChange: number;
  revenueShareBefore: number;
  revenueShareAfter: number;
  /** Change of the revenue share in percentage points (after − before) × 100. */
  revenueSharePoints: number;
}

/** How customers moved between two segmentations, and what that did to each segment. */
export interface SegmentDiff {
  /** Rows: labels then "new" (only after); columns: labels then "gone" (only before). */
  matrix: TransitionMatrix;
  rows: SegmentDiffRow[];
  /** Customers in both whose segment changed / stayed. */
  moved: number;
  stayed: number;
  newCustomers: number;
  goneCustomers: number;
  customersBefore: number;
  customersAfter: number;
}

/** Segment names in the order of `after`'s rules, then names only `before` had. */
function labelsOf(before: SegmentSnapshot, after: SegmentSnapshot): string[] {
  const labels = [...after.segmentNames];
  for (const name of before.segmentNames) if (!labels.includes(name)) labels.push(name);
  return labels;
}

/** Each customer's label rank (index into `labels`). */
function ranksOf(snapshot: SegmentSnapshot, labels: readonly string[]): Uint16Array {
  const rankOfName = snapshot.segmentNames.map((name) => labels.indexOf(name));
  const ranks = new Uint16Array(snapshot.ids.length);
  for (let index = 0; index < ranks.length; index++) ranks[index] = rankOfName[snapshot.segment[index]];
  return ranks;
}

function sameIds(before: readonly string[], after: readonly string[]): boolean {
  if (before === after) return true;
  if (before.length !== after.length) return false;
  for (let index = 0; index < before.length; index++) if (before[index] !== after[index]) return false;
  return true;
}

/** Net revenue per label as a share of the snapshot's net total (0 when the total is 0). */
function revenueShares(snapshot: SegmentSnapshot, ranks: Uint16Array, labelCount: number): Float64Array {
  const sums = new Float64Array(labelCount);
  let total = 0;
  for (let index = 0; index < ranks.length; index++) {
    sums[ranks[index]] += snapshot.monetaryCents[index];
    total += snapshot.monetaryCents[index];
  }
  return sums.map((sum) => (total ? sum / total : 0));
}

/**
 * Compares two segmentations customer by customer (matched by id). Customers only in `after` count as
 * new, only in `before` as gone (an as-of date moved). Labels rank in `after`'s rule order, so moving
 * to an earlier rule reads as an upgrade, as in the Migration tab.
 */
export function segmentDiff(before: SegmentSnapshot, after: SegmentSnapshot): SegmentDiff {
  const labels = labelsOf(before, after);
  const size = labels.length + 1;
  const counts = Array.from({ length: size }, () => new Int32Array(size));
  const beforeRanks = ranksOf(before, labels);
  const afterRanks = ranksOf(after, labels);
  if (sameIds(before.ids, after.ids)) {
    // The usual case (same as-of date): customers line up by position, no lookup needed.
    for (let index = 0; index < beforeRanks.length; index++) counts[beforeRanks[index]][afterRanks[index]]++;
  } else {
    const afterIndex = new Map(after.ids.map((id, index) => [id, index]));
    const seen = new Uint8Array(after.ids.length);
    before.ids.forEach((id, index) => {
      const match = afterIndex.get(id);
      if (match === undefined) counts[beforeRanks[index]][labels.length]++;
      else {
        seen[match] = 1;
        counts[beforeRanks[index]][afterRanks[match]]++;
      }
    });
    for (let index = 0; index < seen.length; index++) if (!seen[index]) counts[labels.length][afterRanks[index]]++;
  }
  let upgraded = 0;
  let downgraded = 0;
  let stayed = 0;
  for (let row = 0; row < labels.length; row++)
    for (let column = 0; column < labels.length; column++) {
      if (column < row) upgraded += counts[row][column];
      else if (column > row) downgraded += counts[row][column];
      else stayed += counts[row][column];
    }
  const newCustomers = counts[labels.length].reduce((sum, count) => sum + count, 0);
  const goneCustomers = counts.reduce((sum, row) => sum + row[labels.length], 0);
  const rowShares = counts.map((row) => {
    const total = row.reduce((sum, count) => sum + count, 0);
    return Float64Array.from(row, (count) => count / total);
  });
  const sharesBefore = revenueShares(before, beforeRanks, labels.length);
  const sharesAfter = revenueShares(after, afterRanks, labels.length);
  const rows = labels.map((segment, rank) => {
    const customersBefore = counts[rank].reduce((sum, count) => sum + count, 0);
    const customersAfter = counts.reduce((sum, row) => sum + row[rank], 0);
    return {
      segment,
      customersBefore,
      customersAfter,
      customerChange: customersAfter - customersBefore,
      revenueShareBefore: sharesBefore[rank],
      revenueShareAfter: sharesAfter[rank],
      revenueSharePoints: (sharesAfter[rank] - sharesBefore[rank]) * 100,
    };
  });
  return {
    matrix: { labels, rows: [...labels, NEW_ROW], columns: [...labels, GONE_COLUMN], counts, rowShares, upgraded, downgraded, stayed, newCustomers, goneCustomers },
    rows,
    moved: upgraded + downgraded,
    stayed,
    newCustomers,
    goneCustomers,
    customersBefore: before.ids.length,
    customersAfter: after.ids.length,
  };
}
