import { describe, expect, it } from 'vitest';
import { attributeItems } from '../../../src/views/customer/profile-attributes';

const formats = {
  integer: (value: number) => `i${value}`,
  decimal: (value: number, digits: number) => value.toFixed(digits),
  percent: (value: number) => `${(value * 100).toFixed(1)}%`,
  day: (day: number) => `d${day}`,
};

describe('attributeItems', () => {
  it('lists known roles in order, formatted, then free attributes by their own names; unknown ones are left out', () => {
    const row = {
      values: { customer_id: 'a', customer_name: 'Acme', industry: '', since_day: '18263', satisfaction: '4.0', complaints: '2.0', nps: '-20.5', margin_rate: '0.125', extra: '' },
      free: { owner: 'Dana', note: '' },
    };
    expect(attributeItems(row, formats).map(({ key, role, label, text }) => [key, role, label, text])).toEqual([
      ['customer_name', 'customer_name', '', 'Acme'],
      ['since_day', 'since', '', 'd18263'],
      ['satisfaction', 'satisfaction', '', 'i4'],
      ['complaints', 'complaints', '', 'i2'],
      ['nps', 'nps', '', '-20.5'],
      ['margin_rate', 'margin', '', '12.5%'],
      ['free:owner', null, 'owner', 'Dana'],
    ]);
  });
});
