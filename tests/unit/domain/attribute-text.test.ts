import { describe, expect, it } from 'vitest';
import { attributeText, freeAttributes } from '../../../src/lib/domain/attribute-text';

describe('attributeText', () => {
  it('keeps filled named columns and spreads free JSON columns per customer', () => {
    const columns = attributeText({ industry: ['Retail', '', 'Tech'], region: ['', '', ''] }, ['{"need":"complex"}', 'not json', '{"need":"simple","tier":"A"}']);
    expect(columns).toEqual({ industry: ['Retail', '', 'Tech'], need: ['complex', '', 'simple'], tier: ['', '', 'A'] });
  });

  it('no customer table: nothing to group by', () => {
    expect(attributeText({}, [])).toEqual({});
  });

  it.each([
    { name: 'a JSON object, values as text', cell: '{"need":"complex","seats":12}', expected: { need: 'complex', seats: '12' } },
    { name: 'empty', cell: '', expected: {} },
    { name: 'not JSON', cell: 'oops', expected: {} },
    { name: 'an array is no object of attributes', cell: '["a"]', expected: {} },
  ])('freeAttributes: $name', ({ cell, expected }) => {
    expect(freeAttributes(cell)).toEqual(expected);
  });
});
