import { cellScores, type RuleLint } from '../../lib/domain/segment-lint';

/** One lint finding in words: an i18n key, its parameters, and what kind of finding it is. */
export interface Finding {
  kind: 'range' | 'empty' | 'shadowed' | 'gaps' | 'overlap' | 'clean';
  key: string;
  params: Record<string, string | number>;
}

/** How many cells a gap finding spells out before "and N more". */
export const LISTED_CELLS = 12;

/** "R1 F3 M1": a cell as people read it. */
export function cellLabel(cell: number): string {
  const [r, f, m] = cellScores(cell);
  return `R${r} F${f} M${m}`;
}

const SCORE_LETTER = { r: 'R', f: 'F', m: 'M' } as const;

/**
 * The findings of a lint, most serious first: broken ranges, rules that never match, gaps, then
 * overlaps grouped by the pair of rules (the winner and the rule that loses those cells).
 * `joinNames` joins a list of names in the reader's language.
 */
export function lintFindings(lint: RuleLint, ranges: readonly { r: readonly number[]; f: readonly number[]; m: readonly number[] }[], joinNames: (names: string[]) => string): Finding[] {
  const name = (rule: number) => lint.names[rule];
  const findings: Finding[] = [];
  for (const problem of lint.ranges) {
    const [low, high] = ranges[problem.rule][problem.score];
    findings.push({ kind: 'range', key: `rules.finding.range_${problem.kind}`, params: { name: name(problem.rule), score: SCORE_LETTER[problem.score], low, high } });
  }
  for (const rule of lint.empty) {
    if (!lint.ranges.some((problem) => problem.rule === rule)) findings.push({ kind: 'empty', key: 'rules.finding.empty', params: { name: name(rule) } });
  }
  for (const { rule, by } of lint.shadowed) {
    findings.push({ kind: 'shadowed', key: by.length === 1 ? 'rules.finding.shadowed_one' : 'rules.finding.shadowed_many', params: { name: name(rule), by: joinNames(by.map(name)) } });
  }
  if (lint.gaps.length > 0) {
    const listed = lint.gaps.slice(0, LISTED_CELLS).map(cellLabel).join(', ');
    const more = lint.gaps.length - LISTED_CELLS;
    findings.push(
      more > 0
        ? { kind: 'gaps', key: 'rules.finding.gaps_more', params: { count: lint.gaps.length, cells: listed, more } }
        : { kind: 'gaps', key: lint.gaps.length === 1 ? 'rules.finding.gap_one' : 'rules.finding.gaps', params: { count: lint.gaps.length, cells: listed } },
    );
  }
  const shadowedRules = new Set(lint.shadowed.map(({ rule }) => rule));
  for (const { winner, loser, cells } of overlapPairs(lint)) {
    if (shadowedRules.has(loser)) continue; // already said: it never matches at all
    findings.push({ kind: 'overlap', key: cells === 1 ? 'rules.finding.overlap_one' : 'rules.finding.overlap', params: { winner: name(winner), loser: name(loser), count: cells } });
  }
  if (findings.length === 0) findings.push({ kind: 'clean', key: 'rules.finding.clean', params: {} });
  return findings;
}

/** Overlapping cells counted per (winning rule, losing rule) pair, in rule order. */
export function overlapPairs(lint: RuleLint): { winner: number; loser: number; cells: number }[] {
  const counts = new Map<string, { winner: number; loser: number; cells: number }>();
  for (const { rules } of lint.overlaps) {
    for (const loser of rules.slice(1)) {
      const key = `${rules[0]}:${loser}`;
      const pair = counts.get(key) ?? { winner: rules[0], loser, cells: 0 };
      pair.cells++;
      counts.set(key, pair);
    }
  }
  return [...counts.values()].sort((a, b) => a.winner - b.winner || a.loser - b.loser);
}
