import { describe, expect, it } from 'vitest';
import { DEFAULT_TAG_RULES, TIER_FEATURES, type Condition } from '../../../src/lib/domain/tiers';
import { en } from '../../../src/lib/i18n/en';
import { capitalized, conditionKey, featureKey, joinList, sentenceParts, tagKey } from '../../../src/views/value/tier-sentence';
import { unitKey } from '../../../src/views/value/tier-units';

const dictionary: Record<string, string> = en;

describe('sentenceParts', () => {
  it.each([
    { name: 'a threshold', template: '{feature} ≥ {value}', parts: [{ slot: 'feature' }, { text: ' ≥ ' }, { slot: 'value' }] },
    {
      name: 'a range with text between the slots',
      template: '{feature} between {low} and {high}',
      parts: [{ slot: 'feature' }, { text: ' between ' }, { slot: 'low' }, { text: ' and ' }, { slot: 'high' }],
    },
    { name: 'text before and after', template: 'top {topShare} %', parts: [{ text: 'top ' }, { slot: 'topShare' }, { text: ' %' }] },
    { name: 'no slots', template: 'everyone', parts: [{ text: 'everyone' }] },
  ])('$name', ({ template, parts }) => {
    expect(sentenceParts(template)).toEqual(parts);
  });
});

describe('condition wording', () => {
  const conditions: Condition[] = [
    { feature: 'annualSpendCents', op: '>=', value: 1 },
    { feature: 'recencyDays', op: '>', value: 90 },
    { feature: 'annualSpendCents', op: '<', value: 1 },
    { feature: 'satisfaction', op: '<=', value: 3 },
    { feature: 'ordersPerYear', op: 'between', low: 4, high: 12 },
    { feature: 'annualSpendCents', op: 'top', topShare: 0.05 },
  ];

  it.each(conditions.map((condition) => ({ op: condition.op, condition })))('$op has a sentence whose slots are its feature and bounds', ({ condition }) => {
    const template = dictionary[conditionKey(condition)];
    expect(template).toBeTruthy();
    const slots = sentenceParts(template).flatMap((part) => ('slot' in part ? [part.slot] : []));
    expect(slots[0]).toBe('feature');
    expect(slots.slice(1)).toEqual(condition.op === 'between' ? ['low', 'high'] : condition.op === 'top' ? ['topShare'] : ['value']);
  });

  it('has English for every feature, tag, unit and bound', () => {
    const keys = [
      ...TIER_FEATURES.map(featureKey),
      ...DEFAULT_TAG_RULES.map((rule) => tagKey(rule.tag)),
      ...TIER_FEATURES.map((feature) => unitKey(feature, 'value')).filter(Boolean),
      ...['value', 'low', 'high', 'topShare'].map((bound) => `tiers.bound.${bound}`),
    ];
    expect(keys.filter((key) => !dictionary[key])).toEqual([]);
  });

  it('writes the missing-features note in words', () => {
    const features = joinList(['satisfaction', 'complaints'].map((name) => dictionary[`tiers.feature.${name}`]), 'en');
    expect(dictionary['tiers.missing'].replace('{features}', features)).toBe(
      'Needs satisfaction and complaints, which no loaded table provides — customers never match those conditions.',
    );
    expect(joinList(['a', 'b', 'c'], 'en')).toBe('a, b, and c');
  });

  it('capitalizes a label that starts a sentence and leaves acronyms alone', () => {
    expect(capitalized('recency')).toBe('Recency');
    expect(capitalized('NPS answer')).toBe('NPS answer');
    expect(capitalized('')).toBe('');
  });
});
