import type { RfmMetric, ScoredMetric } from './score-methods';

/** A score nobody got, with the tie that most likely swallowed it (a value held by more than a bin's share). */
export interface EmptyBinWarning {
  kind: 'empty';
  metric: RfmMetric;
  score: number;
  cause: { value: number; share: number; score: number } | null;
}

/** A score holding more than twice its even share (a fifth) because many customers tie on one value. */
export interface CrowdedBinWarning {
  kind: 'crowded';
  metric: RfmMetric;
  score: number;
  share: number;
  value: number;
  valueShare: number;
}

export type BinningWarning = EmptyBinWarning | CrowdedBinWarning;

const EVEN_SHARE = 1 / 5;

/** Plain data for the binning messages of one scored metric: empty scores first, then crowded ones. */
export function binningWarnings(result: ScoredMetric): BinningWarning[] {
  const { customers, binSizes, largestTies, metric } = result;
  if (customers === 0) return [];
  // The largest tie of the metric: a run longer than a fifth of customers pushes its neighbours' scores out.
  let cause: EmptyBinWarning['cause'] = null;
  largestTies.forEach((tie, index) => {
    if (tie && tie.customers / customers > EVEN_SHARE && (!cause || tie.customers / customers > cause.share)) cause = { value: tie.value, share: tie.customers / customers, score: index + 1 };
  });
  const empty: BinningWarning[] = [];
  const crowded: BinningWarning[] = [];
  binSizes.forEach((size, index) => {
    const score = index + 1;
    if (size === 0) empty.push({ kind: 'empty', metric, score, cause });
    const tie = largestTies[index];
    if (size / customers > 2 * EVEN_SHARE && tie && tie.customers / customers > EVEN_SHARE) {
      crowded.push({ kind: 'crowded', metric, score, share: size / customers, value: tie.value, valueShare: tie.customers / customers });
    }
  });
  return [...empty, ...crowded];
}
