import { describe, expect, it } from 'vitest';
import { templateCard } from '../../../src/lib/domain/strategy';
import { cardCustomersCsv, cardCustomersFileName } from '../../../src/lib/export/card-customers-csv';

const columns = {
  ids: ['c1', '=2+2', 'c3'],
  segment: Uint16Array.from([0, 1, 0]),
  segmentNames: ["Can't Lose Them", 'Lost, for now'],
  tier: Uint16Array.from([0, 0, 1]),
  tierNames: ['Diamond', 'Silver'],
  healthIndex: Float64Array.from([50, NaN, 1]),
};

describe('cardCustomersCsv', () => {
  it('writes the header and one row per customer of the card, quoting and neutralizing cells', () => {
    const card = { ...templateCard('service_levels', 'Diamond'), actions: ['Call "personally"', '@mention'] };
    expect(cardCustomersCsv(columns, 0, card).split('\r\n')).toEqual([
      'customer_id,name,segment,tier,health_index,actions',
      `c1,,Can't Lose Them,Diamond,50.0,"Call ""personally"" | @mention"`,
      `'=2+2,,"Lost, for now",Diamond,,"Call ""personally"" | @mention"`,
      '',
    ]);
  });

  it('writes the header only for an empty tier', () => {
    expect(cardCustomersCsv(columns, 3, templateCard('x', 'Gold'))).toBe('customer_id,name,segment,tier,health_index,actions\r\n');
  });

  it.each([
    { tier: 'Diamond', expected: 'customers-Diamond.csv' },
    { tier: "Can't Lose Them", expected: 'customers-Can_t_Lose_Them.csv' },
    { tier: '钻石 客户', expected: 'customers-钻石_客户.csv' },
  ])('names the file after the tier: $tier', ({ tier, expected }) => {
    expect(cardCustomersFileName(tier)).toBe(expected);
  });
});
