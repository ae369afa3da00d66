import { snapshotOf, type SegmentSnapshot } from '../domain/what-if';
import type { RfmResult } from '../domain/rfm';

/** A pinned segmentation to compare the current one against. */
export interface PinnedBaseline {
  snapshot: SegmentSnapshot;
  asOfDay: number;
  /** The import report of the file it came from: another file means another set of customers. */
  source: object;
}

/** "Pin as baseline": the per-customer segmentation at the moment of pinning (ids, segments, monetary). */
export class Baseline {
  pinned = $state.raw<PinnedBaseline | null>(null);

  pin(result: RfmResult, source: object): void {
    this.pinned = { snapshot: snapshotOf(result), asOfDay: result.asOfDay, source };
  }

  clear(): void {
    this.pinned = null;
  }
}
