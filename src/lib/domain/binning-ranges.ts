import type { CutPoints, RfmMetric, ScoredMetric } from './score-methods';

/** One score of one metric for the bin table: its value range [from, to) in display units and size. */
export interface BinRow {
  score: number;
  /** null: open below. */
  from: number | null;
  /** null: open above. */
  to: number | null;
  customers: number;
  share: number;
}

/** Scores 1–5 with the value range each covers (recency runs backwards: score 5 is the fewest days). */
export function binRows(binning: Omit<ScoredMetric, 'scores'>): BinRow[] {
  const { cutPoints, binSizes, higherIsBetter, customers } = binning;
  return binSizes.map((size, index) => {
    const axisBin = higherIsBetter ? index : binSizes.length - 1 - index;
    return {
      score: index + 1,
      from: axisBin > 0 ? cutPoints[axisBin - 1] : null,
      to: axisBin < cutPoints.length ? cutPoints[axisBin] : null,
      customers: size,
      share: customers ? size / customers : 0,
    };
  });
}

/**
 * A starting point for fixed cut points from the cuts in force: strictly ascending and finite,
 * rounded to whole units (cents for money), so switching to fixed first keeps nearly the same scores.
 */
export function fixedCutsFrom(binning: Record<RfmMetric, { cutPoints: number[] }>): CutPoints {
  const ascending = (cuts: number[], digits: number): number[] => {
    const step = 10 ** -digits;
    const result: number[] = [];
    for (const cut of cuts) {
      const previous = result.length ? result[result.length - 1] : -Infinity;
      const rounded = Number.isFinite(cut) ? Math.round(cut / step) * step : previous + 1;
      result.push(Number((rounded > previous ? rounded : previous + 1).toFixed(digits)));
    }
    return result;
  };
  return {
    recency: ascending(binning.recency.cutPoints, 0),
    frequency: ascending(binning.frequency.cutPoints, 0),
    monetary: ascending(binning.monetary.cutPoints, 2),
  };
}
