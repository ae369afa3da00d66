import { describe, expect, it } from 'vitest';
import { DROP_REASONS, emptyLine, type ImportReport } from '../../../src/lib/domain/import-report';
import { toOrderRows, type ReadOptions, type SourceTable } from '../../../src/lib/domain/order-rows';
import type { Mapping } from '../../../src/lib/domain/column-detection';

const freshReport = (): Pick<ImportReport, 'dropped' | 'returns' | 'duplicates' | 'notes'> => ({
  dropped: Object.fromEntries(DROP_REASONS.map((reason) => [reason, emptyLine()])) as ImportReport['dropped'],
  returns: emptyLine(),
  duplicates: { ...emptyLine(), removed: false },
  notes: [],
});

const table = (columns: string[], rows: string[][], malformed: SourceTable['malformed'] = []): SourceTable => ({
  columns,
  rows,
  lineNumbers: rows.map((_, index) => index + 2),
  malformed,
});

const read: ReadOptions = { dateOrder: null, decimal: '.', removeDuplicates: false };
const basic: Mapping = { customer_id: 'id', order_date: 'date', amount: 'amount' };

describe('toOrderRows', () => {
  it('counts every unusable row under its first failing reason, with line numbers', () => {
    const report = freshReport();
    const rows = toOrderRows(
      table(
        ['id', 'date', 'amount'],
        [
          ['a', '2024-01-02', '10'],
          ['  ', '2024-01-02', '10'],
          ['b', 'yesterday', '10'],
          ['c', '2024-01-02', 'N/A'],
          ['d', '', ''],
        ],
        [{ line: 9, reason: 'field_count' }],
      ),
      basic,
      read,
      report,
    );
    expect(rows.length).toBe(1);
    expect(rows.customerId).toEqual(['a']);
    expect(report.dropped.missing_customer_id).toEqual({ count: 1, examples: [{ line: 3, value: '  ' }] });
    expect(report.dropped.unparseable_date.count).toBe(2);
    expect(report.dropped.unparseable_date.examples.map((example) => example.line)).toEqual([4, 6]);
    expect(report.dropped.unparseable_amount).toEqual({ count: 1, examples: [{ line: 5, value: 'N/A' }] });
    expect(report.dropped.malformed_row.count).toBe(1);
  });

  it('keeps ids as text and money as exact decimal text', () => {
    const rows = toOrderRows(table(['id', 'date', 'amount'], [['00001', '19970101', '11.77']]), basic, read, freshReport());
    expect(rows.customerId).toEqual(['00001']);
    expect(rows.amount).toEqual(['11.77']);
    expect(rows.day[0]).toBe(Date.UTC(1997, 0, 1) / 86_400_000);
  });

  it('marks negative amounts, negative quantities and C-invoices as returns', () => {
    const report = freshReport();
    const rows = toOrderRows(
      table(
        ['invoice', 'customer', 'date', 'qty', 'price'],
        [
          ['536365', 'x', '2010-12-01', '6', '2.55'],
          ['C536379', 'x', '2010-12-01', '-1', '27.50'],
          ['536380', 'x', '2010-12-02', '-2', '1.00'],
          ['C536381', 'x', '2010-12-02', '1', '1.00'],
        ],
      ),
      { customer_id: 'customer', order_date: 'date', order_id: 'invoice', quantity: 'qty', unit_price: 'price' },
      read,
      report,
    );
    expect(Array.from(rows.isReturn)).toEqual([0, 1, 1, 1]);
    expect(rows.amount).toEqual(['', '', '', '']);
    expect(rows.quantity).toEqual(['6', '-1', '-2', '1']);
    expect(report.returns.count).toBe(3);
  });

  it('does not read C as a cancellation when most order ids start with it', () => {
    const report = freshReport();
    const rows = toOrderRows(
      table(['order', 'id', 'date', 'amount'], [['C1', 'a', '2024-01-01', '5'], ['C2', 'a', '2024-01-02', '5'], ['X3', 'b', '2024-01-02', '5']]),
      { ...basic, order_id: 'order' },
      read,
      report,
    );
    expect(Array.from(rows.isReturn)).toEqual([0, 0, 0]);
    expect(report.notes).toContain('cancellation_rule_off');
  });

  it.each([
    { name: 'keeps exact duplicates by default and reports them', removeDuplicates: false, used: 3 },
    { name: 'removes exact duplicates when asked, counted as dropped', removeDuplicates: true, used: 2 },
  ])('$name', ({ removeDuplicates, used }) => {
    const report = freshReport();
    const rows = toOrderRows(
      table(['id', 'date', 'amount'], [['a', '2024-01-01', '5'], ['a', '2024-01-01', '5'], ['b', '2024-01-01', '5']]),
      basic,
      { ...read, removeDuplicates },
      report,
    );
    expect(rows.length).toBe(used);
    expect(report.duplicates.count).toBe(1);
    expect(report.dropped.duplicate_row.count).toBe(removeDuplicates ? 1 : 0);
  });

  it('reads day-first dates when told so', () => {
    const rows = toOrderRows(table(['id', 'date', 'amount'], [['a', '05/01/2024', '1']]), basic, { ...read, dateOrder: 'DMY' }, freshReport());
    expect(rows.day[0]).toBe(Date.UTC(2024, 0, 5) / 86_400_000);
  });
});
