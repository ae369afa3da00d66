import { describe, expect, it } from 'vitest';
import {
  buildAttributeColumnsSql,
  buildAttributeMatchSql,
  buildCustomerAttributesSql,
  buildLoadAttributesSql,
} from '../../../src/lib/data/queries/build-attributes-sql';

describe('customer-table SQL text', () => {
  it('loads with fixed column types, no detection', () => {
    const sql = buildLoadAttributesSql('attributes-1.csv', 'customer_attributes_next');
    expect(sql).toContain('CREATE OR REPLACE TABLE "customer_attributes_next"');
    expect(sql).toContain("auto_detect = false");
    expect(sql).toContain("'since_day': 'INTEGER'");
    expect(sql).toContain("'extra': 'VARCHAR'");
  });

  it('aligns with the metrics: same buyers, LEFT JOIN, ORDER BY customer_id, NaN for unknown numbers', () => {
    const sql = buildAttributeColumnsSql('orders', 'customer_attributes', 9000);
    expect(sql).toContain('WHERE order_day <= 9000');
    expect(sql).toContain('HAVING bool_or(NOT is_return)');
    expect(sql).toContain('LEFT JOIN "customer_attributes" a');
    expect(sql).toContain("coalesce(a.satisfaction::DOUBLE, 'NaN'::DOUBLE)");
    expect(sql.trim().endsWith('ORDER BY b.customer_id')).toBe(true);
  });

  it('counts both sides of a full join', () => {
    const sql = buildAttributeMatchSql('orders', 'customer_attributes', 9000);
    expect(sql).toContain('FULL OUTER JOIN "customer_attributes" a');
    expect(sql).toMatch(/attributes_only/);
  });

  it('quotes a customer id as a literal', () => {
    expect(buildCustomerAttributesSql('customer_attributes', "o'hara")).toContain("WHERE customer_id = 'o''hara'");
  });

  it.each([{ asOfDay: 1.5 }, { asOfDay: NaN }])('refuses a day that is not an integer: $asOfDay', ({ asOfDay }) => {
    expect(() => buildAttributeMatchSql('orders', 'customer_attributes', asOfDay)).toThrow(RangeError);
  });
});
