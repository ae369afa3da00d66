import { OTHERS, type SegmentRule } from '../../lib/domain/segments';
import type { ScoreKey } from '../../lib/domain/segment-lint';

/** A problem that keeps edited rules from being applied, as an i18n key and its parameters. */
export interface NameProblem {
  key: 'rules.problem.blank' | 'rules.problem.duplicate' | 'rules.problem.reserved';
  params: Record<string, string | number>;
}

/**
 * Segment names must be non-blank, unique and not "Others": the summary, the tiers and the export
 * key their rows by name, so two segments with one name would be merged or break the tables.
 */
export function nameProblems(rules: readonly SegmentRule[]): NameProblem[] {
  const problems: NameProblem[] = [];
  const seen = new Set<string>();
  rules.forEach((rule, index) => {
    const name = rule.name.trim();
    if (name === '') problems.push({ key: 'rules.problem.blank', params: { n: index + 1 } });
    else if (name === OTHERS) problems.push({ key: 'rules.problem.reserved', params: { n: index + 1, name: OTHERS } });
    else if (seen.has(name)) problems.push({ key: 'rules.problem.duplicate', params: { n: index + 1, name } });
    seen.add(name);
  });
  return problems;
}

/** Moves the rule at `index` by `delta` places in place (order decides who wins a cell); no-op at the ends. */
export function moveRule(rules: SegmentRule[], index: number, delta: -1 | 1): void {
  const target = index + delta;
  if (target < 0 || target >= rules.length) return;
  [rules[index], rules[target]] = [rules[target], rules[index]];
}

/** A rule for everyone (all ranges 1–5) with a name no other rule has: "New segment", "New segment 2", … */
export function newRule(rules: readonly SegmentRule[], baseName: string): SegmentRule {
  const taken = new Set(rules.map((rule) => rule.name.trim()));
  let name = baseName;
  for (let suffix = 2; taken.has(name); suffix++) name = `${baseName} ${suffix}`;
  return { name, r: [1, 5], f: [1, 5], m: [1, 5] };
}

/** Sets one end of one score range, keeping the other end as it is (an inverted range is linted, not blocked). */
export function setRangeEnd(rule: SegmentRule, score: ScoreKey, end: 0 | 1, value: number): void {
  const range: [number, number] = [rule[score][0], rule[score][1]];
  range[end] = value;
  rule[score] = range;
}
