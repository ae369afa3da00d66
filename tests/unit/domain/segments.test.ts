import { describe, expect, it } from 'vitest';
import { assignSegments, DEFAULT_SEGMENT_RULES, OTHERS, segmentNames, type SegmentRule } from '../../../src/lib/domain/segments';

const segmentOf = (r: number, f: number, m: number, rules: readonly SegmentRule[] = DEFAULT_SEGMENT_RULES) =>
  segmentNames(rules)[assignSegments(Uint8Array.of(r), Uint8Array.of(f), Uint8Array.of(m), rules)[0]];

describe('assignSegments with the default (R rfm documented) rules', () => {
  it.each([
    { name: '555 is a Champion, not a Potential Loyalist', cell: [5, 5, 5], expected: 'Champions' },
    { name: '554 falls to Potential Loyalist', cell: [5, 5, 4], expected: 'Potential Loyalist' },
    { name: '333 is taken by Potential Loyalist before Loyal Customers', cell: [3, 3, 3], expected: 'Potential Loyalist' },
    { name: '222 is Loyal Customers', cell: [2, 2, 2], expected: 'Loyal Customers' },
    { name: '315 is Promising', cell: [3, 1, 5], expected: 'Promising' },
    { name: '511 is New Customers', cell: [5, 1, 1], expected: 'New Customers' },
    { name: '235 is Can\'t Lose Them', cell: [2, 3, 5], expected: "Can't Lose Them" },
    { name: '155 is At Risk (F5 is outside Can\'t Lose Them)', cell: [1, 5, 5], expected: 'At Risk' },
    { name: '353 falls to Potential Loyalist before Need Attention', cell: [3, 5, 3], expected: 'Potential Loyalist' },
    { name: '153 is Need Attention', cell: [1, 5, 3], expected: 'Need Attention' },
    { name: '211 is About To Sleep', cell: [2, 1, 1], expected: 'About To Sleep' },
    { name: '111 is Lost', cell: [1, 1, 1], expected: 'Lost' },
    { name: '215 matches no rule: Others', cell: [2, 1, 5], expected: OTHERS },
  ])('$name', ({ cell: [r, f, m], expected }) => {
    expect(segmentOf(r, f, m)).toBe(expected);
  });

  it('uses the rule table as data: first match wins in the given order', () => {
    const rules: SegmentRule[] = [
      { name: 'Everyone', r: [1, 5], f: [1, 5], m: [1, 5] },
      { name: 'Never reached', r: [5, 5], f: [5, 5], m: [5, 5] },
    ];
    expect(segmentOf(5, 5, 5, rules)).toBe('Everyone');
  });

  it('an empty rule table puts everyone in Others', () => {
    expect(segmentOf(3, 3, 3, [])).toBe(OTHERS);
  });
});
