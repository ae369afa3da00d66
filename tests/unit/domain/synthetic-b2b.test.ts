import { describe, expect, it } from 'vitest';
import { b2bCustomersCsv, b2bOrdersCsv, syntheticB2b } from '../../../src/lib/domain/synthetic-b2b';
import { relationshipYears } from '../../../src/lib/domain/tiers/relationship-years';

describe('syntheticB2b', () => {
  const sample = syntheticB2b({ seed: 20240901 });
  const withOrders = new Set(sample.orders.map((order) => order.customerId));
  const asOfDay = Math.max(...sample.orders.map((order) => order.day)) + 1;

  it('is the same for the same seed and different for another', () => {
    expect(b2bOrdersCsv(syntheticB2b({ seed: 20240901 }))).toBe(b2bOrdersCsv(sample));
    expect(b2bCustomersCsv(syntheticB2b({ seed: 7 }))).not.toBe(b2bCustomersCsv(sample));
  });

  it('has prospects, customers only in the orders, churned accounts and a populated Platinum tier', () => {
    const ids = new Set(sample.customers.map((customer) => customer.id));
    const prospects = sample.customers.filter((customer) => !withOrders.has(customer.id)).length;
    const ordersOnly = [...withOrders].filter((id) => !ids.has(id)).length;
    const spend = new Map<string, number>();
    const lastDay = new Map<string, number>();
    for (const order of sample.orders) {
      lastDay.set(order.customerId, Math.max(lastDay.get(order.customerId) ?? 0, order.day));
      if (asOfDay - order.day <= 365) spend.set(order.customerId, (spend.get(order.customerId) ?? 0) + order.cents);
    }
    const since = new Map(sample.customers.map((customer) => [customer.id, customer.sinceDay]));
    const platinum = [...withOrders].filter((id) => (spend.get(id) ?? 0) >= 100_000_000 && relationshipYears(since.get(id)!, asOfDay) >= 3).length;
    const churned = [...withOrders].filter((id) => asOfDay - lastDay.get(id)! > 365).length;
    expect(sample.customers.length).toBe(800);
    expect(prospects).toBeGreaterThan(30);
    expect(ordersOnly).toBe(15);
    expect(churned).toBeGreaterThan(40);
    expect(platinum).toBeGreaterThan(100);
  });

  it('writes both files with the headers the detection reads', () => {
    expect(b2bOrdersCsv(sample).split('\n')[0]).toBe('customer_id,order_id,order_date,amount');
    const [header, first] = b2bCustomersCsv(sample).split('\n');
    expect(header.split(',')).toHaveLength(12);
    expect(first).toMatch(/^B001,[^,]+,[A-Za-z]+,[^,]+,\w+,\d{4}-\d\d-\d\d,[1-5],\d+,\d+,\d+\.\d%,[^,]+,[^,]+$/);
  });
});
