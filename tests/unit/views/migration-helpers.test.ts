import { describe, expect, it } from 'vitest';
import { transitionMatrix } from '../../../src/lib/domain/lifecycle';
import type { RfmResult } from '../../../src/lib/domain/rfm';
import { migrationCustomerComparator, migrationCustomerList, migrationCustomersCsv, migrationFileName } from '../../../src/views/lifecycle/migration-customers';
import { columnText, labelText, rowText, shareText, stepCell } from '../../../src/views/lifecycle/migration-format';

const FROM = new Map([
  ['C10', 'Lost'],
  ['C2', 'Champions'],
  ['C3', 'Champions'],
]);
const TO = new Map([
  ['C10', 'Champions'],
  ['C2', 'Champions'],
  ['C9', 'Lost'],
]);
const SECOND = { metrics: { ids: ['C10', 'C2', 'C9'], monetaryCents: Float64Array.from([-250, 123456, 5]) } } as unknown as RfmResult;

describe('migration labels', () => {
  const matrix = transitionMatrix(FROM, TO, ['Champions', 'Lost']);

  it.each([
    { name: 'a segment reads as named', label: 'Champions', by: 'segment', text: 'Champions' },
    { name: 'a stage reads as its translated name', label: 'churn_warning', by: 'stage', text: 'Churn warning' },
  ] as const)('$name', ({ label, by, text }) => {
    expect(labelText(label, by)).toBe(text);
  });

  it('names the extra row New and the extra column Gone by position', () => {
    expect([0, 1, 2].map((row) => rowText(matrix, row, 'segment'))).toEqual(['Champions', 'Lost', 'New']);
    expect([0, 1, 2].map((column) => columnText(matrix, column, 'segment'))).toEqual(['Champions', 'Lost', 'Gone']);
  });

  it.each([
    { name: 'a share as a percentage with one decimal', share: 0.125, text: '12.5%' },
    { name: 'an empty row has no share', share: Number.NaN, text: '—' },
  ])('$name', ({ share, text }) => {
    expect(shareText(share)).toBe(text);
  });
});

describe('stepCell', () => {
  it.each([
    { name: 'right', key: 'ArrowRight', from: [1, 1], to: { row: 1, column: 2 } },
    { name: 'left stops at the first column', key: 'ArrowLeft', from: [1, 0], to: { row: 1, column: 0 } },
    { name: 'down stops at the last row', key: 'ArrowDown', from: [2, 1], to: { row: 2, column: 1 } },
    { name: 'up', key: 'ArrowUp', from: [2, 1], to: { row: 1, column: 1 } },
    { name: 'Home goes to the first column', key: 'Home', from: [1, 2], to: { row: 1, column: 0 } },
    { name: 'End goes to the last column', key: 'End', from: [1, 0], to: { row: 1, column: 3 } },
    { name: 'other keys do nothing', key: 'a', from: [1, 1], to: null },
  ])('$name', ({ key, from, to }) => {
    expect(stepCell(from[0], from[1], key, 3, 4)).toEqual(to);
  });
});

describe('migration customer list', () => {
  const list = migrationCustomerList(['C10', 'C2', 'C3', 'C9'], FROM, TO, SECOND);

  it('has each label at both dates and the monetary at the second; absent is empty or NaN', () => {
    expect(list.then).toEqual(['Lost', 'Champions', 'Champions', '']);
    expect(list.now).toEqual(['Champions', 'Champions', '', 'Lost']);
    expect(Array.from(list.monetaryCents)).toEqual([-250, 123456, Number.NaN, 5]);
  });

  it.each([
    { name: 'ids sort numerically', key: 'customer_id', expected: [1, 2, 3, 0] },
    { name: 'monetary sorts by value, customers without one last', key: 'monetary', expected: [0, 3, 1, 2] },
    { name: 'labels sort by name', key: 'then', expected: [3, 1, 2, 0] },
  ] as const)('$name', ({ key, expected }) => {
    const compare = migrationCustomerComparator(list, key);
    expect([0, 1, 2, 3].sort((a, b) => compare(a, b) || a - b)).toEqual(expected);
  });

  it('exports CSV with label keys and exact money, empty when absent', () => {
    expect(migrationCustomersCsv(list, 'segment').split('\r\n')).toEqual([
      'customer_id,segment_then,segment_now,monetary_now',
      'C10,Lost,Champions,-2.50',
      'C2,Champions,Champions,1234.56',
      'C3,Champions,,',
      'C9,,Lost,0.05',
      '',
    ]);
  });

  it.each([
    { name: 'plain labels', from: 'Champions', to: 'Lost', file: 'migration_1997-09-30_Champions_to_1998-06-30_Lost.csv' },
    { name: 'spaces and quotes become dashes', from: "Can't Lose Them", to: 'gone', file: 'migration_1997-09-30_Can-t-Lose-Them_to_1998-06-30_gone.csv' },
  ])('file name: $name', ({ from, to, file }) => {
    expect(migrationFileName(10_134, 10_407, from, to)).toBe(file);
  });
});
