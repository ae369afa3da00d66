import type { RfmResult } from '../rfm';

/**
 * Who was in which segment, and their monetary value: all a baseline or a scenario keeps to be compared.
 * Columnar and aligned: `segment[i]` indexes `segmentNames` for customer `ids[i]`.
 */
export interface SegmentSnapshot {
  ids: readonly string[];
  segment: ArrayLike<number>;
  segmentNames: readonly string[];
  /** Net monetary in whole cents. */
  monetaryCents: ArrayLike<number>;
}

/** The snapshot of an RFM result; it shares the result's arrays (results are replaced whole, never mutated). */
export function snapshotOf(result: RfmResult): SegmentSnapshot {
  return { ids: result.metrics.ids, segment: result.segment, segmentNames: result.segmentNames, monetaryCents: result.metrics.monetaryCents };
}
