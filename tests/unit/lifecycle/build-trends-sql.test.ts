import { describe, expect, it } from 'vitest';
import { periodNumberSql } from '../../../src/lib/data/queries/build-cohort-sql';
import { buildCustomerMonthsSql } from '../../../src/lib/data/queries/build-trends-sql';

describe('buildCustomerMonthsSql', () => {
  it.each([
    { name: 'counts each order once, by its first row, when the file has order ids', hasOrderIds: true, contains: 'count(*) FILTER (WHERE opens_order)' },
    { name: 'counts non-return rows otherwise', hasOrderIds: false, contains: '(count(*) FILTER (WHERE NOT is_return))::INTEGER AS orders' },
    { name: 'keeps returns in the money and leaves out later rows', hasOrderIds: false, contains: 'WHERE order_day <= 9000\n' },
    { name: 'rounds money to cents in DECIMAL before leaving the database', hasOrderIds: false, contains: 'CAST(round(sum(amount), 2) * 100 AS BIGINT)::DOUBLE AS net_cents' },
    { name: 'the first month counts non-return orders only', hasOrderIds: false, contains: 'min(month) FILTER (WHERE NOT is_return) AS first_month' },
    { name: 'a customer with returns only never ordered before (never NULL)', hasOrderIds: false, contains: 'coalesce(any_value(first_month) < month, false)' },
    { name: 'calendar months numbered like periodNumber', hasOrderIds: false, contains: `${periodNumberSql('month')} AS month` },
    { name: 'quotes the table name', hasOrderIds: false, contains: 'FROM "my ""orders"""' },
  ])('$name', ({ hasOrderIds, contains }) => {
    expect(buildCustomerMonthsSql('my "orders"', 9000, hasOrderIds)).toContain(contains);
  });

  it('refuses a non-integer as-of day', () => {
    expect(() => buildCustomerMonthsSql('orders', 1.5, false)).toThrow(RangeError);
  });
});
