/** An inclusive score range, e.g. [3, 5]. */
export type ScoreRange = readonly [number, number];

/** One row of a segment rule table: a customer matches when all three scores fall in range. */
export interface SegmentRule {
  name: string;
  r: ScoreRange;
  f: ScoreRange;
  m: ScoreRange;
}

/** Name given to customers no rule matches. */
export const OTHERS = 'Others';

/**
 * The rule table of the R `rfm` package's documented example (rfm_segment), our default.
 * First matching rule wins; see src/lib/domain/SEGMENT_RULES.md.
 */
export const DEFAULT_SEGMENT_RULES: readonly SegmentRule[] = [
  { name: 'Champions', r: [5, 5], f: [5, 5], m: [5, 5] },
  { name: 'Potential Loyalist', r: [3, 5], f: [3, 5], m: [2, 5] },
  { name: 'Loyal Customers', r: [2, 4], f: [2, 4], m: [2, 4] },
  { name: 'Promising', r: [3, 4], f: [1, 3], m: [3, 5] },
  { name: 'New Customers', r: [4, 5], f: [1, 3], m: [1, 5] },
  { name: "Can't Lose Them", r: [1, 2], f: [3, 4], m: [4, 5] },
  { name: 'At Risk', r: [1, 2], f: [2, 5], m: [4, 5] },
  { name: 'Need Attention', r: [1, 3], f: [3, 5], m: [3, 5] },
  { name: 'About To Sleep', r: [2, 3], f: [1, 3], m: [1, 4] },
  { name: 'Lost', r: [1, 1], f: [1, 5], m: [1, 5] },
];

const inRange = (score: number, [low, high]: ScoreRange) => score >= low && score <= high;

/** Segment names in display order: the rules, then Others. */
export function segmentNames(rules: readonly SegmentRule[]): string[] {
  return [...rules.map((rule) => rule.name), OTHERS];
}

/**
 * Index into segmentNames(rules) for every customer. A 5×5×5 lookup table is built once so
 * assignment is a single array read per customer, whatever the number of rules.
 */
export function assignSegments(
  rScores: Uint8Array,
  fScores: Uint8Array,
  mScores: Uint8Array,
  rules: readonly SegmentRule[],
): Uint16Array {
  const lookup = new Uint16Array(6 * 6 * 6).fill(rules.length);
  for (let r = 1; r <= 5; r++)
    for (let f = 1; f <= 5; f++)
      for (let m = 1; m <= 5; m++) {
        const match = rules.findIndex((rule) => inRange(r, rule.r) && inRange(f, rule.f) && inRange(m, rule.m));
        if (match >= 0) lookup[r * 36 + f * 6 + m] = match;
      }
  const segments = new Uint16Array(rScores.length);
  for (let index = 0; index < segments.length; index++) {
    segments[index] = lookup[rScores[index] * 36 + fScores[index] * 6 + mScores[index]];
  }
  return segments;
}
