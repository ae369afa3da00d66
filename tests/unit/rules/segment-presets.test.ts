import { describe, expect, it } from 'vitest';
import { RFM_EXAMPLE, RFM_TEST_SET, SEGMENT_PRESETS, matchingPreset, presetRules } from '../../../src/lib/domain/segment-presets';
import { DEFAULT_SEGMENT_RULES, OTHERS } from '../../../src/lib/domain/segments';

describe('segment presets', () => {
  it('offers the four presets in order, the default first', () => {
    expect(SEGMENT_PRESETS.map((preset) => preset.id)).toEqual(['rfm_example', 'rfm_test_set', 'rf_grid_10', 'value_tiers']);
    expect(RFM_EXAMPLE.rules).toBe(DEFAULT_SEGMENT_RULES);
  });

  it.each(SEGMENT_PRESETS.map((preset) => ({ id: preset.id, preset })))('$id has unique names, none "Others", ranges within 1–5', ({ preset }) => {
    const names = preset.rules.map((rule) => rule.name);
    expect(new Set(names).size).toBe(names.length);
    expect(names).not.toContain(OTHERS);
    for (const rule of preset.rules) for (const [low, high] of [rule.r, rule.f, rule.m]) expect(1 <= low && low <= high && high <= 5).toBe(true);
  });

  it('the R × F grid has the ten segments of the issue', () => {
    expect(SEGMENT_PRESETS[2].rules.map((rule) => rule.name)).toEqual([
      'Champions',
      'Loyal',
      'Potential Loyalist',
      'New',
      'Promising',
      'Need Attention',
      'About to Sleep',
      'At Risk',
      "Can't Lose",
      'Hibernating',
    ]);
  });

  it('the test set is the one listed in the reference (order and ranges)', () => {
    expect(RFM_TEST_SET.rules.map((rule) => `${rule.name} R${rule.r.join('-')} F${rule.f.join('-')} M${rule.m.join('-')}`)).toEqual([
      'Champions R4-5 F4-5 M4-5',
      'Loyal Customers R2-5 F3-5 M3-5',
      'Potential Loyalist R3-5 F1-3 M1-3',
      'New Customers R4-5 F1-1 M1-1',
      'Promising R3-4 F1-1 M1-1',
      'Need Attention R2-3 F2-3 M2-3',
      'About To Sleep R2-3 F1-2 M1-2',
      'At Risk R1-2 F2-5 M2-5',
      "Can't Lose Them R1-1 F4-5 M4-5",
      'Lost R1-2 F1-2 M1-2',
    ]);
  });

  it('presetRules gives a copy: editing it leaves the preset alone', () => {
    const copy = presetRules(RFM_TEST_SET);
    copy[0].name = 'Edited';
    copy[0].r = [1, 1];
    expect(RFM_TEST_SET.rules[0]).toEqual({ name: 'Champions', r: [4, 5], f: [4, 5], m: [4, 5] });
  });

  it('matchingPreset finds a preset by its exact rules, and none once edited', () => {
    expect(matchingPreset(presetRules(RFM_TEST_SET))?.id).toBe('rfm_test_set');
    const edited = presetRules(RFM_TEST_SET);
    edited[3].m = [1, 2];
    expect(matchingPreset(edited)).toBeUndefined();
    expect(matchingPreset(presetRules(RFM_TEST_SET).reverse())).toBeUndefined();
  });
});
