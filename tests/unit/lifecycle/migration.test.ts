import { describe, expect, it } from 'vitest';
import { cellCustomers, GONE_COLUMN, labelsById, NEW_ROW, transitionMatrix } from '../../../src/lib/domain/lifecycle/migration';

const ORDER = ['Gold', 'Silver', 'Bronze'];
const from = new Map([
  ['a', 'Gold'],
  ['b', 'Gold'],
  ['c', 'Silver'],
  ['d', 'Bronze'],
  ['e', 'Bronze'],
  ['f', 'Silver'],
]);
const to = new Map([
  ['a', 'Gold'],
  ['b', 'Bronze'],
  ['c', 'Gold'],
  ['d', 'Silver'],
  ['e', 'Bronze'],
  ['g', 'Silver'],
]);

describe('transitionMatrix', () => {
  const matrix = transitionMatrix(from, to, ORDER);

  it('counts moves, with new customers as a row and gone ones as a column', () => {
    expect(matrix.rows).toEqual(['Gold', 'Silver', 'Bronze', NEW_ROW]);
    expect(matrix.columns).toEqual(['Gold', 'Silver', 'Bronze', GONE_COLUMN]);
    expect(matrix.counts.map((row) => Array.from(row))).toEqual([
      [1, 0, 1, 0],
      [1, 0, 0, 1],
      [0, 1, 1, 0],
      [0, 1, 0, 0],
    ]);
  });

  it('row shares sum to one, NaN for an empty row', () => {
    expect(matrix.rowShares.map((row) => Array.from(row))).toEqual([
      [0.5, 0, 0.5, 0],
      [0.5, 0, 0, 0.5],
      [0, 0.5, 0.5, 0],
      [0, 1, 0, 0],
    ]);
    expect(Array.from(transitionMatrix(new Map(), new Map(), ['x']).rowShares[0])).toEqual([NaN, NaN]);
  });

  it('totals upgrades, downgrades, stays, new and gone by rank', () => {
    expect(matrix).toMatchObject({ upgraded: 2, downgraded: 1, stayed: 2, newCustomers: 1, goneCustomers: 1 });
  });

  it('the rows of the first date sum to its customers', () => {
    const sum = matrix.counts.slice(0, -1).reduce((total, row) => total + row.reduce((a, b) => a + b, 0), 0);
    expect(sum).toBe(from.size);
  });

  it('labels outside the given order are ranked after it', () => {
    const extra = transitionMatrix(new Map([['x', 'Mystery']]), new Map([['x', 'Gold']]), ORDER);
    expect(extra.labels).toEqual([...ORDER, 'Mystery']);
    expect(extra.upgraded).toBe(1);
  });
});

describe('cellCustomers', () => {
  it.each([
    { name: 'a move between labels', fromLabel: 'Gold', toLabel: 'Bronze', expected: ['b'] },
    { name: 'stayed', fromLabel: 'Bronze', toLabel: 'Bronze', expected: ['e'] },
    { name: 'new customers', fromLabel: NEW_ROW, toLabel: 'Silver', expected: ['g'] },
    { name: 'gone customers', fromLabel: 'Silver', toLabel: GONE_COLUMN, expected: ['f'] },
    { name: 'an empty cell', fromLabel: 'Gold', toLabel: 'Silver', expected: [] },
  ])('$name', ({ fromLabel, toLabel, expected }) => {
    expect(cellCustomers(from, to, fromLabel, toLabel)).toEqual(expected);
  });
});

describe('labelsById', () => {
  it('maps ids to names through label indices', () => {
    expect([...labelsById(['a', 'b'], Uint16Array.of(1, 0), ['Gold', 'Silver'])]).toEqual([
      ['a', 'Silver'],
      ['b', 'Gold'],
    ]);
  });
});
