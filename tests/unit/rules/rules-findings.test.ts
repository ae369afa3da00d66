import { describe, expect, it } from 'vitest';
import { cellIndex, lintRules } from '../../../src/lib/domain/segment-lint';
import { RFM_TEST_SET, RF_GRID_10 } from '../../../src/lib/domain/segment-presets';
import type { SegmentRule } from '../../../src/lib/domain/segments';
import { cellLabel, lintFindings, overlapPairs } from '../../../src/views/rules/rules-findings';

const join = (names: string[]) => names.join(' and ');
const findingsOf = (rules: readonly SegmentRule[]) => lintFindings(lintRules(rules), rules, join);
const rule = (name: string, r: [number, number], f: [number, number], m: [number, number]): SegmentRule => ({ name, r, f, m });

describe('lint findings in words', () => {
  it('names cells as R F M', () => {
    expect(cellLabel(cellIndex(1, 3, 1))).toBe('R1 F3 M1');
    expect(cellLabel(124)).toBe('R5 F5 M5');
  });

  it('the package test set: three rules never match, then the gaps, then overlaps', () => {
    const findings = findingsOf(RFM_TEST_SET.rules);
    expect(findings.filter((finding) => finding.kind === 'shadowed')).toEqual([
      { kind: 'shadowed', key: 'rules.finding.shadowed_one', params: { name: 'New Customers', by: 'Potential Loyalist' } },
      { kind: 'shadowed', key: 'rules.finding.shadowed_one', params: { name: 'Promising', by: 'Potential Loyalist' } },
      { kind: 'shadowed', key: 'rules.finding.shadowed_one', params: { name: "Can't Lose Them", by: 'At Risk' } },
    ]);
    const gaps = findings.find((finding) => finding.kind === 'gaps')!;
    expect(gaps.key).toBe('rules.finding.gaps_more');
    expect(gaps.params).toMatchObject({ count: 36, more: 24 });
    expect(String(gaps.params.cells).startsWith('R1 F1 M3, R1 F1 M4')).toBe(true);
    // A shadowed rule is said once, not again as an overlap.
    expect(findings.some((finding) => finding.kind === 'overlap' && finding.params.loser === 'New Customers')).toBe(false);
    expect(findings.map((finding) => finding.kind).indexOf('gaps')).toBeLessThan(findings.map((finding) => finding.kind).indexOf('overlap'));
  });

  it('a clean partition says so', () => {
    expect(findingsOf(RF_GRID_10.rules)).toEqual([{ kind: 'clean', key: 'rules.finding.clean', params: {} }]);
  });

  it('a rule hidden by two rules names both', () => {
    const findings = findingsOf([rule('Low', [1, 2], [1, 5], [1, 5]), rule('High', [3, 5], [1, 5], [1, 5]), rule('Mid', [2, 3], [1, 5], [1, 5])]);
    expect(findings[0]).toEqual({ kind: 'shadowed', key: 'rules.finding.shadowed_many', params: { name: 'Mid', by: 'Low and High' } });
  });

  it('an inverted range is one finding (not also "matches no cell"); a single gap reads in the singular', () => {
    const rules = [rule('Backwards', [1, 5], [4, 2], [1, 5]), rule('Most', [1, 5], [1, 5], [1, 5])];
    rules[1].m = [2, 5];
    const findings = findingsOf([...rules, rule('Almost', [2, 5], [1, 5], [1, 1]), rule('Last', [1, 1], [2, 5], [1, 1])]);
    expect(findings[0]).toEqual({ kind: 'range', key: 'rules.finding.range_inverted', params: { name: 'Backwards', score: 'F', low: 4, high: 2 } });
    expect(findings.filter((finding) => finding.kind === 'empty')).toEqual([]);
    expect(findings.find((finding) => finding.kind === 'gaps')).toEqual({ kind: 'gaps', key: 'rules.finding.gap_one', params: { count: 1, cells: 'R1 F1 M1' } });
  });

  it('groups overlaps by winner and loser', () => {
    const lint = lintRules([rule('Top', [5, 5], [4, 5], [1, 5]), rule('High R', [4, 5], [1, 5], [1, 5])]);
    expect(overlapPairs(lint)).toEqual([{ winner: 0, loser: 1, cells: 10 }]);
  });
});
