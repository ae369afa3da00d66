import { describe, expect, it } from 'vitest';
import { cardCustomerRows, templateCard, type CardCustomerColumns } from '../../../src/lib/domain/strategy';

const columns: CardCustomerColumns = {
  ids: ['c1', 'c2', 'c3', 'c4'],
  segment: Uint16Array.from([0, 1, 0, 2]),
  segmentNames: ['Champions', 'Lost', 'Others'],
  tier: Uint16Array.from([0, 1, 0, 0]),
  tierNames: ['Diamond', 'Silver'],
  healthIndex: Float64Array.from([72.25, 10, NaN, 99.96]),
};
const diamond = { ...templateCard('service_levels', 'Diamond'), actions: ['Call', ' ', 'Gift '] };

describe('cardCustomerRows', () => {
  it('lists the tier’s customers in order with segment, health to one decimal and the actions joined', () => {
    expect(cardCustomerRows(columns, 0, diamond)).toEqual([
      ['c1', '', 'Champions', 'Diamond', '72.3', 'Call | Gift'],
      ['c3', '', 'Champions', 'Diamond', '', 'Call | Gift'],
      ['c4', '', 'Others', 'Diamond', '100.0', 'Call | Gift'],
    ]);
  });

  it('fills names when a customer table provides them', () => {
    expect(cardCustomerRows({ ...columns, names: ['Ann', 'Bo', 'Cy', 'Di'] }, 1, { ...diamond, tier: 'Silver', actions: [] })).toEqual([['c2', 'Bo', 'Lost', 'Silver', '10.0', '']]);
  });

  it('an empty tier has no rows', () => {
    expect(cardCustomerRows(columns, 5, diamond)).toEqual([]);
  });
});
