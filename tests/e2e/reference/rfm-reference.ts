/**
 * RFM as README.md defines it, for the specs to check the app against (it imports nothing of src/): the default
 * segment rule table (read from README.md), first-match segments, tie-sharing and fixed-cut scores, the average
 * order value.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { REPO_ROOT } from '../serve.mjs';

export type ScoreRange = readonly [low: number, high: number];
export interface SegmentRule {
  name: string;
  r: ScoreRange;
  f: ScoreRange;
  m: ScoreRange;
}

/**
 * README "Segments" (the R rfm package's documented example; first match wins, otherwise Others), read from the
 * table in README.md itself, so the specs hold the app to the documented rules rather than to a second copy.
 */
export const README_RULES: readonly SegmentRule[] = readmeRules();

function readmeRules(): SegmentRule[] {
  const lines = readFileSync(path.join(REPO_ROOT, 'README.md'), 'utf8').split(/\r?\n/);
  const header = lines.indexOf('| segment | R | F | M |');
  if (header < 0) throw new Error('README.md: no "| segment | R | F | M |" table');
  const range = (text: string): ScoreRange => {
    const match = /^([1-5])–([1-5])$/.exec(text);
    if (!match) throw new Error(`README.md: "${text}" is not a score range like 3–5`);
    return [Number(match[1]), Number(match[2])];
  };
  const rules: SegmentRule[] = [];
  for (const line of lines.slice(header + 2)) {
    if (!line.startsWith('|')) break;
    const [name, r, f, m] = line.split('|').slice(1, -1).map((cell) => cell.trim());
    rules.push({ name, r: range(r), f: range(f), m: range(m) });
  }
  if (rules.length !== 10) throw new Error(`README.md: the segment table has ${rules.length} rules, not 10`);
  return rules;
}

const inside = (score: number, [low, high]: ScoreRange) => score >= low && score <= high;

/** The first rule whose R, F and M ranges all hold the scores, or Others. */
export function segmentOf(rules: readonly SegmentRule[], r: number, f: number, m: number): string {
  return rules.find((rule) => inside(r, rule.r) && inside(f, rule.f) && inside(m, rule.m))?.name ?? 'Others';
}

/** Customers per segment for score columns r, f, m (one entry per customer): every rule and Others, 0 included. */
export function segmentCounts(rules: readonly SegmentRule[], r: number[], f: number[], m: number[]): Record<string, number> {
  const counts: Record<string, number> = Object.fromEntries([...rules.map((rule) => [rule.name, 0]), ['Others', 0]]);
  r.forEach((score, index) => counts[segmentOf(rules, score, f[index], m[index])]++);
  return counts;
}

/**
 * Tie-sharing scores: 1 + floor(5 × customers with a strictly worse value / customers); for recency (smaller is
 * better) worse means larger. Counted by binary search over the sorted values, exact for any numbers.
 */
export function tieSharingScores(values: number[], higherIsBetter: boolean): number[] {
  const sorted = [...values].sort((a, b) => a - b);
  /** How many sorted values are < value (strict) or ≤ value. */
  const countUpTo = (value: number, strict: boolean) => {
    let low = 0;
    let high = sorted.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (strict ? sorted[middle] < value : sorted[middle] <= value) low = middle + 1;
      else high = middle;
    }
    return low;
  };
  const worse = (value: number) => (higherIsBetter ? countUpTo(value, true) : sorted.length - countUpTo(value, false));
  return values.map((value) => 1 + Math.floor((5 * worse(value)) / values.length));
}

/** Score under four fixed cut points: a value equal to a cut goes to the bin above it; recency runs backwards. */
export function fixedCutScore(value: number, cuts: readonly number[], higherIsBetter: boolean): number {
  const bin = cuts.filter((cut) => value >= cut).length;
  return higherIsBetter ? bin + 1 : 5 - bin;
}

/** fixedCutScore for every value. */
export const fixedCutScores = (values: number[], cuts: readonly number[], higherIsBetter: boolean): number[] =>
  values.map((value) => fixedCutScore(value, cuts, higherIsBetter));

/** Customers per score 1…5. */
export const scoreSizes = (scores: number[]): number[] => [1, 2, 3, 4, 5].map((score) => scores.filter((value) => value === score).length);

/** Average order value in cents: net cents ÷ orders, halves away from zero, with integers only. */
export function averageOrderCents(netCents: number, orders: number): number {
  const absolute = Math.abs(netCents);
  const quotient = Math.floor(absolute / orders);
  const rounded = 2 * (absolute - quotient * orders) >= orders ? quotient + 1 : quotient;
  return (netCents < 0 ? -rounded : rounded) || 0;
}
