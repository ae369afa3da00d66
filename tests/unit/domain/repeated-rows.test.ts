import { describe, expect, it } from 'vitest';
import { flagRepeatedRows } from '../../../src/lib/domain/repeated-rows';

describe('flagRepeatedRows', () => {
  it.each([
    { name: 'the second of two identical rows is a repeat', rows: [['a', '1'], ['a', '1']], expected: [0, 1] },
    { name: 'a third copy is a repeat too', rows: [['a', '1'], ['b', '2'], ['a', '1'], ['a', '1']], expected: [0, 0, 1, 1] },
    { name: 'cell boundaries matter', rows: [['ab', 'c'], ['a', 'bc']], expected: [0, 0] },
    { name: 'one differing cell is not a repeat', rows: [['a', '1', 'x'], ['a', '1', 'y']], expected: [0, 0] },
    { name: 'different lengths are not repeats', rows: [['a'], ['a', '']], expected: [0, 0] },
    { name: 'no rows', rows: [], expected: [] },
  ])('$name', ({ rows, expected }) => {
    expect(Array.from(flagRepeatedRows(rows))).toEqual(expected);
  });

  it('agrees with a plain string-key check on many rows', () => {
    const rows = Array.from({ length: 20_000 }, (_, index) => [`c${index % 997}`, `${(index * 7) % 1013}`]);
    const seen = new Set<string>();
    const expected = rows.map((row) => {
      const key = row.join('\u0000');
      const repeat = seen.has(key);
      seen.add(key);
      return repeat ? 1 : 0;
    });
    expect(Array.from(flagRepeatedRows(rows))).toEqual(expected);
  });
});
