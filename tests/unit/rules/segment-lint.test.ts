import { describe, expect, it } from 'vitest';
import { CUBE_CELLS, cellIndex, cellScores, cubeCounts, lintRules } from '../../../src/lib/domain/segment-lint';
import { RFM_TEST_SET, RF_GRID_10, SEGMENT_PRESETS, VALUE_TIERS } from '../../../src/lib/domain/segment-presets';
import { DEFAULT_SEGMENT_RULES, assignSegments, type SegmentRule } from '../../../src/lib/domain/segments';
import type { RfmResult } from '../../../src/lib/domain/rfm';

const rule = (name: string, r: [number, number], f: [number, number], m: [number, number]): SegmentRule => ({ name, r, f, m });
const everyone = (name: string) => rule(name, [1, 5], [1, 5], [1, 5]);

describe('cell indices', () => {
  it('run R, then F, then M, from 111 to 555', () => {
    expect(cellIndex(1, 1, 1)).toBe(0);
    expect(cellIndex(1, 1, 2)).toBe(1);
    expect(cellIndex(1, 2, 1)).toBe(5);
    expect(cellIndex(2, 1, 1)).toBe(25);
    expect(cellIndex(5, 5, 5)).toBe(CUBE_CELLS - 1);
  });
  it('round-trip through cellScores', () => {
    for (let cell = 0; cell < CUBE_CELLS; cell++) expect(cellIndex(...cellScores(cell))).toBe(cell);
  });
});

describe('lintRules on hand-made rule sets', () => {
  const cases = [
    {
      name: 'one rule for everyone: no gaps, no overlaps',
      rules: [everyone('All')],
      expected: { gaps: 0, overlaps: 0, shadowed: [], empty: [], ranges: [] },
    },
    {
      name: 'no rules: every cell falls to Others',
      rules: [],
      expected: { gaps: 125, overlaps: 0, shadowed: [], empty: [], ranges: [] },
    },
    {
      name: 'a rule after a catch-all is shadowed by it',
      rules: [everyone('All'), rule('Top', [5, 5], [5, 5], [5, 5])],
      expected: { gaps: 0, overlaps: 1, shadowed: [{ rule: 1, by: [0] }], empty: [], ranges: [] },
    },
    {
      name: 'a rule covered by two earlier rules lists both',
      rules: [rule('Low R', [1, 2], [1, 5], [1, 5]), rule('High R', [3, 5], [1, 5], [1, 5]), rule('Middle', [2, 3], [2, 2], [2, 2])],
      expected: { gaps: 0, overlaps: 2, shadowed: [{ rule: 2, by: [0, 1] }], empty: [], ranges: [] },
    },
    {
      name: 'an inverted range matches nothing and is reported, not shadowed',
      rules: [rule('Backwards', [4, 2], [1, 5], [1, 5]), everyone('Rest')],
      expected: { gaps: 0, overlaps: 0, shadowed: [], empty: [0], ranges: [{ rule: 0, score: 'r', kind: 'inverted' }] },
    },
    {
      name: 'a range outside 1–5 matches nothing',
      rules: [rule('Zero', [1, 5], [0, 0], [1, 5])],
      expected: { gaps: 125, overlaps: 0, shadowed: [], empty: [0], ranges: [{ rule: 0, score: 'f', kind: 'outside' }] },
    },
    {
      name: 'the top corner alone leaves 124 gaps',
      rules: [rule('Top', [5, 5], [5, 5], [5, 5])],
      expected: { gaps: 124, overlaps: 0, shadowed: [], empty: [], ranges: [] },
    },
  ];
  it.each(cases)('$name', ({ rules, expected }) => {
    const lint = lintRules(rules);
    expect({ gaps: lint.gaps.length, overlaps: lint.overlaps.length, shadowed: lint.shadowed, empty: lint.empty, ranges: lint.ranges }).toEqual(expected);
  });

  it('gives the first matching rule each cell and lists who overlaps where', () => {
    const lint = lintRules([rule('Top', [5, 5], [5, 5], [4, 5]), rule('High M', [1, 5], [1, 5], [5, 5])]);
    expect(lint.names).toEqual(['Top', 'High M', 'Others']);
    expect(lint.cellSegment[cellIndex(5, 5, 5)]).toBe(0);
    expect(lint.cellSegment[cellIndex(5, 5, 4)]).toBe(0);
    expect(lint.cellSegment[cellIndex(1, 1, 5)]).toBe(1);
    expect(lint.cellSegment[cellIndex(1, 1, 1)]).toBe(2);
    expect(lint.overlaps).toEqual([{ cell: cellIndex(5, 5, 5), rules: [0, 1] }]);
    expect(lint.gaps).toHaveLength(125 - 2 - 25 + 1);
  });
});

describe('lintRules on the presets', () => {
  it('with the package test set, New Customers, Promising and Can’t Lose Them never match', () => {
    const lint = lintRules(RFM_TEST_SET.rules);
    expect(lint.shadowed.map(({ rule, by }) => [lint.names[rule], by.map((index) => lint.names[index])])).toEqual([
      ['New Customers', ['Potential Loyalist']],
      ['Promising', ['Potential Loyalist']],
      ["Can't Lose Them", ['At Risk']],
    ]);
    expect(lint.gaps).toHaveLength(36);
  });

  it('the documented example has 10 gaps and no unreachable rule', () => {
    const lint = lintRules(DEFAULT_SEGMENT_RULES);
    expect(lint.gaps).toHaveLength(10);
    expect(lint.shadowed).toEqual([]);
    expect(lint.gaps).toContain(cellIndex(2, 1, 5));
  });

  it.each([RF_GRID_10, VALUE_TIERS])('$name covers every cell', (preset) => {
    const lint = lintRules(preset.rules);
    expect(lint.gaps).toEqual([]);
    expect(lint.shadowed).toEqual([]);
    expect(lint.ranges).toEqual([]);
  });

  it('the R × F grid partitions the cube (no overlaps)', () => {
    expect(lintRules(RF_GRID_10.rules).overlaps).toEqual([]);
  });

  it.each(SEGMENT_PRESETS.map((preset) => ({ id: preset.id, preset })))('$id gives each cell the segment assignSegments gives', ({ preset }) => {
    const lint = lintRules(preset.rules);
    const r = new Uint8Array(CUBE_CELLS);
    const f = new Uint8Array(CUBE_CELLS);
    const m = new Uint8Array(CUBE_CELLS);
    for (let cell = 0; cell < CUBE_CELLS; cell++) [r[cell], f[cell], m[cell]] = cellScores(cell);
    expect([...assignSegments(r, f, m, preset.rules)]).toEqual([...lint.cellSegment]);
  });
});

describe('cubeCounts', () => {
  const result = {
    rScore: Uint8Array.from([5, 5, 1, 3]),
    fScore: Uint8Array.from([5, 5, 1, 2]),
    mScore: Uint8Array.from([5, 5, 1, 4]),
    metrics: { monetaryCents: Float64Array.from([1000, 250, -300, 99]) },
  } as unknown as RfmResult;

  it('counts customers and sums net revenue per cell', () => {
    const counts = cubeCounts(result);
    expect(counts.customers[cellIndex(5, 5, 5)]).toBe(2);
    expect(counts.revenueCents[cellIndex(5, 5, 5)]).toBe(1250);
    expect(counts.customers[cellIndex(1, 1, 1)]).toBe(1);
    expect(counts.revenueCents[cellIndex(1, 1, 1)]).toBe(-300);
    expect(counts.customers[cellIndex(3, 2, 4)]).toBe(1);
    expect(counts.customers.reduce((sum, count) => sum + count, 0)).toBe(4);
  });

  it('leaves out a score outside 1–5 instead of writing past the cube', () => {
    const odd = { ...result, rScore: Uint8Array.from([0, 5, 1, 3]) } as RfmResult;
    expect(cubeCounts(odd).customers.reduce((sum, count) => sum + count, 0)).toBe(3);
  });
});
