import { describe, expect, it } from 'vitest';
import { defaultTierSchemes, keyNeedsOf, RFM_SEGMENTS, SERVICE_LEVELS, VALUE_LEVELS_SPEND, type SegmentTierScheme, type TierScheme } from '../../../src/lib/domain/tiers';
import { matchesPreset, presetOf, renameTier, resetToPreset, writeKeyNeeds } from '../../../src/views/value/tier-scheme-edit';

const copyOf = <T>(scheme: T): T => structuredClone(scheme);

describe('tier scheme edits', () => {
  it('renames a rule tier and the fallback by index', () => {
    const scheme = copyOf(SERVICE_LEVELS);
    renameTier(scheme, 1, 'Gold+');
    renameTier(scheme, 2, 'Bronze');
    expect([scheme.tiers[1].name, scheme.fallback]).toEqual(['Gold+', 'Bronze']);
  });

  it('writes key needs to the rule, the fallback field, or the segment map by name', () => {
    const rules = copyOf(VALUE_LEVELS_SPEND);
    writeKeyNeeds(rules, 0, 'High', 'account manager');
    writeKeyNeeds(rules, 3, 'No data', 'map the amount');
    expect(keyNeedsOf(rules, ['High', 'Mid', 'Low', 'No data'])).toEqual(['account manager', '', '', 'map the amount']);

    const segments: SegmentTierScheme = copyOf(RFM_SEGMENTS);
    writeKeyNeeds(segments, 4, 'Lost', 'win-back offer');
    writeKeyNeeds(segments, 0, 'Champions', 'early access');
    expect(segments.keyNeeds).toEqual({ Lost: 'win-back offer', Champions: 'early access' });
  });

  it('knows when a scheme still equals its preset, and resets it to a fresh copy', () => {
    const schemes = defaultTierSchemes();
    const service = schemes.find((scheme) => scheme.id === SERVICE_LEVELS.id) as TierScheme;
    expect(matchesPreset(service)).toBe(true);
    service.tiers[0].conditions[0] = { feature: 'annualSpendCents', op: 'top', topShare: 0.1 };
    expect(matchesPreset(service)).toBe(false);

    expect(resetToPreset(schemes, SERVICE_LEVELS.id)).toBe(true);
    const reset = schemes.find((scheme) => scheme.id === SERVICE_LEVELS.id)!;
    expect(reset).toEqual(SERVICE_LEVELS);
    expect(reset).not.toBe(SERVICE_LEVELS);
    expect(matchesPreset(reset)).toBe(true);
  });

  it('leaves schemes without a preset alone', () => {
    const schemes = [{ ...copyOf(SERVICE_LEVELS), id: 'mine' }];
    expect(presetOf('mine')).toBeUndefined();
    expect(resetToPreset(schemes, 'mine')).toBe(false);
    expect(matchesPreset(schemes[0])).toBe(false);
  });
});
