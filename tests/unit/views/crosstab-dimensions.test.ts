import { describe, expect, it } from 'vitest';
import { defaultPair, dimensions } from '../../../src/views/value/crosstab-dimensions';

const base = {
  tiers: { codes: [0, 1], labels: ['Gold', 'Silver'] },
  segments: { codes: [1, 0], labels: ['Champions', 'Lost'] },
  stages: null,
  clusters: null,
  attributes: {},
};

describe('cross-tab dimensions', () => {
  it('offers only what exists: no stages or clusters before they are computed', () => {
    expect(dimensions(base, (key) => key.toUpperCase()).map((dimension) => [dimension.key, dimension.label])).toEqual([
      ['tier', 'TIER'],
      ['segment', 'SEGMENT'],
    ]);
  });

  it('adds each attribute column, coded from its text', () => {
    const all = dimensions({ ...base, attributes: { industry: ['Retail', ''], company_size: ['SME', 'SME'] } }, (key) => key);
    expect(all.map((dimension) => dimension.key)).toEqual(['tier', 'segment', 'attribute:industry', 'attribute:company_size']);
    expect(Array.from(all[2].codes)).toEqual([0, -1]);
    expect(defaultPair(all)).toEqual(['attribute:industry', 'attribute:company_size']);
  });

  it('defaults to tier × segment without a customer table', () => {
    expect(defaultPair(dimensions(base, (key) => key))).toEqual(['tier', 'segment']);
  });
});
