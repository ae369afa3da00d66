import { describe, expect, it } from 'vitest';
import { attributeText } from '../../../src/lib/domain/attribute-text';

describe('attributeText', () => {
  it('keeps filled named columns and spreads free JSON columns per customer', () => {
    const columns = attributeText({ industry: ['Retail', '', 'Tech'], region: ['', '', ''] }, ['{"need":"complex"}', 'not json', '{"need":"simple","tier":"A"}']);
    expect(columns).toEqual({ industry: ['Retail', '', 'Tech'], need: ['complex', '', 'simple'], tier: ['', '', 'A'] });
  });

  it('no customer table: nothing to group by', () => {
    expect(attributeText({}, [])).toEqual({});
  });
});
