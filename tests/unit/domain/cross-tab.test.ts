import { describe, expect, it } from 'vitest';
import { categoricalFromText, crossTabulate } from '../../../src/lib/domain/cross-tab';

describe('crossTabulate', () => {
  const tiers = { codes: Int32Array.of(0, 0, 1, 1, 1, -1), labels: ['Gold', 'Silver'] };
  const industry = categoricalFromText(['Retail', 'Tech', 'Retail', 'Retail', '', 'Tech']);
  const money = Float64Array.of(100, 200, 300, 400, 500, 600);
  const table = crossTabulate(tiers, industry, money);

  it('counts customers and sums money per cell, with totals', () => {
    expect(industry.labels).toEqual(['Retail', 'Tech']);
    expect(table.customers).toEqual([
      [1, 1],
      [2, 0],
    ]);
    expect(table.revenueCents).toEqual([
      [100, 200],
      [700, 0],
    ]);
    expect(table.rowCustomers).toEqual([2, 2]);
    expect(table.columnCustomers).toEqual([3, 1]);
    expect(table.totalRevenueCents).toBe(1000);
  });

  it('counts customers with an unknown side apart instead of dropping them silently', () => {
    expect(table.unknown).toBe(2);
    expect(table.totalCustomers + table.unknown).toBe(6);
  });

  it('empty inputs give empty tables', () => {
    const empty = crossTabulate({ codes: [], labels: [] }, { codes: [], labels: [] }, []);
    expect(empty).toMatchObject({ customers: [], totalCustomers: 0, unknown: 0 });
  });
});

describe('categoricalFromText', () => {
  it('orders labels naturally, numbers by value, and codes blanks as unknown', () => {
    const sizes = categoricalFromText(['50-249', '1-49', '', '1000+', '250-999', '1-49']);
    expect(sizes.labels).toEqual(['1-49', '50-249', '250-999', '1000+']);
    expect(Array.from(sizes.codes)).toEqual([1, 0, -1, 3, 2, 0]);
  });
});
