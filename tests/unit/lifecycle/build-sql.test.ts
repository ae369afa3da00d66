import { describe, expect, it } from 'vitest';
import { buildCohortCellsSql, periodNumberSql } from '../../../src/lib/data/queries/build-cohort-sql';
import { buildLifecycleInputsSql } from '../../../src/lib/data/queries/build-lifecycle-sql';

describe('buildLifecycleInputsSql', () => {
  it.each([
    { name: 'leaves out later rows', contains: 'WHERE order_day <= 9000' },
    { name: 'order dates come from orders, not returns', contains: 'FROM rows_up_to WHERE NOT is_return' },
    { name: 'money at the review date includes returns, as RFM monetary does', contains: 'sum(amount) FILTER (WHERE order_day <= 8910)' },
    { name: 'ordered by the review date means an order, not a return', contains: 'bool_or(order_day <= 8910 AND NOT is_return)' },
    { name: 'quotes the table name', contains: 'FROM "my ""orders"""' },
    { name: 'never returns NULL for one order date', contains: "'NaN'::DOUBLE" },
  ])('$name', ({ contains }) => {
    expect(buildLifecycleInputsSql('my "orders"', 9000, 8910)).toContain(contains);
  });

  it('refuses a non-integer day', () => {
    expect(() => buildLifecycleInputsSql('orders', 1.5, 1)).toThrow(RangeError);
    expect(() => buildLifecycleInputsSql('orders', 1, 0.5)).toThrow(RangeError);
  });
});

describe('buildCohortCellsSql', () => {
  it.each([
    { name: 'Monday weeks', period: 'week' as const, contains: 'floor((order_day - 4) / 7)' },
    { name: 'months', period: 'month' as const, contains: '* 12 + month(' },
    { name: 'quarters', period: 'quarter' as const, contains: '* 4 + quarter(' },
  ])('$name', ({ period, contains }) => {
    expect(periodNumberSql(period)).toContain(contains);
    expect(buildCohortCellsSql('orders', 9000, period)).toContain(periodNumberSql(period));
  });
});
