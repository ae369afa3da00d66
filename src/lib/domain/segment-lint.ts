import type { RfmResult } from './rfm';
import { segmentNames, type ScoreRange, type SegmentRule } from './segments';

/** Cells of the 5×5×5 score cube: index = (r−1)·25 + (f−1)·5 + (m−1). */
export const CUBE_CELLS = 125;
const SCORES = ['r', 'f', 'm'] as const;
export type ScoreKey = (typeof SCORES)[number];

export const cellIndex = (r: number, f: number, m: number): number => (r - 1) * 25 + (f - 1) * 5 + (m - 1);
/** The R, F and M scores of a cell index. */
export const cellScores = (cell: number): [number, number, number] => [Math.floor(cell / 25) + 1, (Math.floor(cell / 5) % 5) + 1, (cell % 5) + 1];

/** A range that can hold no score: low above high, or outside 1–5 entirely. */
export interface RangeProblem {
  rule: number;
  score: ScoreKey;
  kind: 'inverted' | 'outside';
}

/** What a rule table does to the cube: who wins each cell, and what is probably a mistake. */
export interface RuleLint {
  /** segmentNames(rules): the rules, then Others. */
  names: string[];
  /** Index into names of the rule that wins each cell (first match); names.length − 1 = Others. */
  cellSegment: Uint16Array;
  /** Cells no rule matches (they fall to Others), in index order. */
  gaps: number[];
  /** Cells more than one rule matches, with every matching rule in order (the first wins). */
  overlaps: { cell: number; rules: number[] }[];
  /** Rules that match some cells but win none, with the earlier rules that take those cells. */
  shadowed: { rule: number; by: number[] }[];
  /** Rules that match no cell at all (an empty range). */
  empty: number[];
  ranges: RangeProblem[];
}

const inRange = (score: number, [low, high]: ScoreRange) => score >= low && score <= high;

/** Lints a rule table over all 125 score cells; a pure function of the rules (no customers). */
export function lintRules(rules: readonly SegmentRule[]): RuleLint {
  const others = rules.length;
  const cellSegment = new Uint16Array(CUBE_CELLS).fill(others);
  const gaps: number[] = [];
  const overlaps: RuleLint['overlaps'] = [];
  const matched = new Array<number>(rules.length).fill(0);
  const won = new Array<number>(rules.length).fill(0);
  const takenBy = rules.map(() => new Set<number>());
  for (let cell = 0; cell < CUBE_CELLS; cell++) {
    const [r, f, m] = cellScores(cell);
    const matching = rules.flatMap((rule, index) => (inRange(r, rule.r) && inRange(f, rule.f) && inRange(m, rule.m) ? [index] : []));
    if (matching.length === 0) {
      gaps.push(cell);
      continue;
    }
    cellSegment[cell] = matching[0];
    won[matching[0]]++;
    for (const index of matching) matched[index]++;
    for (const index of matching.slice(1)) takenBy[index].add(matching[0]);
    if (matching.length > 1) overlaps.push({ cell, rules: matching });
  }
  const ranges = rules.flatMap((rule, index) =>
    SCORES.flatMap((score): RangeProblem[] => {
      const [low, high] = rule[score];
      if (low > high) return [{ rule: index, score, kind: 'inverted' }];
      return high < 1 || low > 5 ? [{ rule: index, score, kind: 'outside' }] : [];
    }),
  );
  return {
    names: segmentNames(rules),
    cellSegment,
    gaps,
    overlaps,
    shadowed: rules.flatMap((_, index) => (matched[index] > 0 && won[index] === 0 ? [{ rule: index, by: [...takenBy[index]].sort((a, b) => a - b) }] : [])),
    empty: rules.flatMap((_, index) => (matched[index] === 0 ? [index] : [])),
    ranges,
  };
}

/** Customers and revenue (net cents) in each cell of the score cube. */
export interface CubeCounts {
  customers: Uint32Array;
  revenueCents: Float64Array;
}

/** Counts the customers of an RFM result per score cell; scores outside 1–5 are left out. */
export function cubeCounts(result: RfmResult): CubeCounts {
  const customers = new Uint32Array(CUBE_CELLS);
  const revenueCents = new Float64Array(CUBE_CELLS);
  const { rScore, fScore, mScore } = result;
  for (let index = 0; index < rScore.length; index++) {
    const r = rScore[index];
    const f = fScore[index];
    const m = mScore[index];
    if (r < 1 || r > 5 || f < 1 || f > 5 || m < 1 || m > 5) continue;
    const cell = cellIndex(r, f, m);
    customers[cell]++;
    revenueCents[cell] += result.metrics.monetaryCents[index];
  }
  return { customers, revenueCents };
}
