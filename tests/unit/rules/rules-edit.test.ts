import { describe, expect, it } from 'vitest';
import type { SegmentRule } from '../../../src/lib/domain/segments';
import { moveRule, nameProblems, newRule, setRangeEnd } from '../../../src/views/rules/rules-edit';

const named = (...names: string[]): SegmentRule[] => names.map((name) => ({ name, r: [1, 5], f: [1, 5], m: [1, 5] }));

describe('nameProblems', () => {
  it.each([
    { name: 'distinct names are fine', rules: named('A', 'B'), expected: [] },
    { name: 'a blank name', rules: named('A', '  '), expected: [{ key: 'rules.problem.blank', params: { n: 2 } }] },
    { name: 'a repeated name (after trimming)', rules: named('A', 'B', 'A '), expected: [{ key: 'rules.problem.duplicate', params: { n: 3, name: 'A' } }] },
    { name: 'the reserved name Others', rules: named('Others'), expected: [{ key: 'rules.problem.reserved', params: { n: 1, name: 'Others' } }] },
  ])('$name', ({ rules, expected }) => {
    expect(nameProblems(rules)).toEqual(expected);
  });
});

describe('moveRule', () => {
  it.each([
    { name: 'up', index: 1, delta: -1 as const, expected: ['B', 'A', 'C'] },
    { name: 'down', index: 1, delta: 1 as const, expected: ['A', 'C', 'B'] },
    { name: 'the first up stays', index: 0, delta: -1 as const, expected: ['A', 'B', 'C'] },
    { name: 'the last down stays', index: 2, delta: 1 as const, expected: ['A', 'B', 'C'] },
  ])('$name', ({ index, delta, expected }) => {
    const rules = named('A', 'B', 'C');
    moveRule(rules, index, delta);
    expect(rules.map((rule) => rule.name)).toEqual(expected);
  });
});

describe('newRule', () => {
  it('matches everyone and takes the first free name', () => {
    expect(newRule(named('A'), 'New segment')).toEqual({ name: 'New segment', r: [1, 5], f: [1, 5], m: [1, 5] });
    expect(newRule(named('New segment', 'New segment 2'), 'New segment').name).toBe('New segment 3');
  });
});

describe('setRangeEnd', () => {
  it('sets one end and keeps the other, even when that inverts the range', () => {
    const [rule] = named('A');
    setRangeEnd(rule, 'f', 0, 3);
    expect(rule.f).toEqual([3, 5]);
    setRangeEnd(rule, 'f', 1, 2);
    expect(rule.f).toEqual([3, 2]);
    expect(rule.r).toEqual([1, 5]);
  });
});
