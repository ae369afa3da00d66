import { metricsFromRows } from '../../../src/lib/domain/customer-metrics';
import { seededRandom } from '../../../src/lib/domain/random';
import { computeRfm } from '../../../src/lib/domain/rfm';
import { DEFAULT_SEGMENT_RULES } from '../../../src/lib/domain/segments';
import type { Points } from '../../../src/lib/domain/clustering/points';

/** An RFM result from plain rows (days and cents), as of `asOfDay`. */
export function rfmOf(rows: { firstDay: number; lastDay: number; frequency: number; monetaryCents: number }[], asOfDay = 100) {
  return computeRfm(metricsFromRows(rows.map((row, i) => ({ id: `c${i}`, ...row }))), asOfDay, DEFAULT_SEGMENT_RULES);
}

/** Points from rows of numbers. */
export function pointsOf(rows: number[][]): Points {
  return { matrix: Float64Array.from(rows.flat()), n: rows.length, d: rows[0]?.length ?? 0 };
}

/** `perBlob` seeded points around each centre, spread ±`spread` per coordinate. */
export function blobs(centres: number[][], perBlob: number, spread = 0.5, seed = 7): Points {
  const random = seededRandom(seed);
  return pointsOf(centres.flatMap((centre) => Array.from({ length: perBlob }, () => centre.map((value) => value + (random() - 0.5) * 2 * spread))));
}
