import { describe, expect, it } from 'vitest';
import { buildCohortCellsSql, periodNumberSql } from '../../../src/lib/data/queries/build-cohort-sql';
import { buildLifecycleInputsSql } from '../../../src/lib/data/queries/build-lifecycle-sql';

describe('buildLifecycleInputsSql', () => {
  it.each([
    { name: 'counts distinct order ids when the file has them', hasOrderIds: true, contains: 'count(DISTINCT order_key)' },
    { name: 'counts rows otherwise', hasOrderIds: false, contains: '(count(*))::INTEGER AS orders' },
    { name: 'leaves out returns and later orders', hasOrderIds: false, contains: 'WHERE order_day <= 9000 AND NOT is_return' },
    { name: 'quotes the table name', hasOrderIds: false, contains: 'FROM "my ""orders"""' },
    { name: 'never returns NULL for one order date', hasOrderIds: false, contains: "'NaN'::DOUBLE" },
  ])('$name', ({ hasOrderIds, contains }) => {
    expect(buildLifecycleInputsSql('my "orders"', 9000, hasOrderIds)).toContain(contains);
  });

  it('refuses a non-integer as-of day', () => {
    expect(() => buildLifecycleInputsSql('orders', 1.5, false)).toThrow(RangeError);
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
