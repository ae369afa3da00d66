import { carryOver, matchClusters } from '../../lib/domain/clustering/matching';

/** What a fit needs for colouring: its K and its k × d centroids. */
export interface FitCentroids {
  k: number;
  centroids: Float64Array;
}

/** Palette slots 0…k−1: the first fit of a K gets the palette in order. */
export function freshSlots(k: number): number[] {
  return Array.from({ length: k }, (_, cluster) => cluster);
}

/**
 * Palette slot per cluster of `next`: with the same K on the same customers, each cluster keeps the slot of the
 * previous cluster whose centroid it continues (as the state does for names); otherwise the palette in order.
 */
export function carrySlots(previous: { fit: FitCentroids; slots: number[] } | null, next: FitCentroids, d: number): number[] {
  if (!previous || previous.fit.k !== next.k || d <= 0 || previous.fit.centroids.length !== next.centroids.length) return freshSlots(next.k);
  return carryOver(previous.slots, matchClusters(previous.fit.centroids, next.centroids, d), freshSlots(next.k));
}

/** Remembers the last fit's slots so the next fit on the same customers can carry them. */
export class SlotMemory {
  #last: { fit: FitCentroids; basis: object; slots: number[] } | null = null;

  /** Slots for `fit` of the customers `basis` (an RFM result); the same fit always gets the same answer. */
  slotsFor(fit: FitCentroids | null, basis: object | null, d: number): number[] {
    if (!fit || !basis) {
      this.#last = null; // results were dropped (new data): the next fit starts afresh, like the names
      return [];
    }
    if (this.#last?.fit === fit) return this.#last.slots;
    const slots = carrySlots(this.#last?.basis === basis ? this.#last : null, fit, d);
    this.#last = { fit, basis, slots };
    return slots;
  }
}

/** One memory for the app: colours must survive the Clusters tab being closed and opened again. */
export const clusterSlots = new SlotMemory();
