import { describe, expect, it } from 'vitest';
import { periodNumberSql } from '../../../src/lib/data/queries/build-cohort-sql';
import { buildLoadSegmentsSql, buildSegmentMonthsSql } from '../../../src/lib/data/queries/build-trends-sql';

describe('buildSegmentMonthsSql', () => {
  it.each([
    { name: 'counts each order once, by its first row, when the file has order ids', hasOrderIds: true, contains: 'count(*) FILTER (WHERE opens_order) AS orders' },
    { name: 'counts non-return rows otherwise', hasOrderIds: false, contains: 'count(*) FILTER (WHERE NOT is_return) AS orders' },
    { name: 'keeps returns in the money and leaves out later rows', hasOrderIds: false, contains: 'WHERE order_day <= 9000\n' },
    { name: 'rounds money to cents per customer and month before summing', hasOrderIds: false, contains: 'CAST(round(sum(amount), 2) * 100 AS BIGINT) AS net_cents' },
    { name: 'the first month counts non-return orders only', hasOrderIds: false, contains: 'min(month) FILTER (WHERE NOT is_return) AS first_month' },
    { name: 'customers with returns only get no position', hasOrderIds: false, contains: 'WHERE first_month IS NOT NULL' },
    { name: 'returning means an order in an earlier month', hasOrderIds: false, contains: 'orders > 0 AND first_month < month' },
    { name: 'one row per segment and month plus the everyone row', hasOrderIds: false, contains: 'GROUPING SETS ((segment, month), (month))' },
    { name: 'calendar months numbered like periodNumber', hasOrderIds: false, contains: `${periodNumberSql('month')} AS month` },
    { name: 'quotes the table names', hasOrderIds: false, contains: 'JOIN "my ""segments""" USING (customer_index)' },
  ])('$name', ({ hasOrderIds, contains }) => {
    expect(buildSegmentMonthsSql('my "orders"', 'my "segments"', 9000, hasOrderIds)).toContain(contains);
  });

  it('refuses a non-integer as-of day', () => {
    expect(() => buildSegmentMonthsSql('orders', 'segments', 1.5, false)).toThrow(RangeError);
  });

  it('reads the segment file with fixed integer columns', () => {
    expect(buildLoadSegmentsSql('s.csv', 'segs')).toContain("columns = {'customer_index': 'INTEGER', 'segment': 'INTEGER'}");
  });
});
