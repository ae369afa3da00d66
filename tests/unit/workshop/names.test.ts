import { describe, expect, it } from 'vitest';
import { STAGES } from '../../../src/lib/domain/lifecycle/rules';
import { SEGMENT_PRESETS } from '../../../src/lib/domain/segment-presets';
import { DEFAULT_SEGMENT_RULES, OTHERS } from '../../../src/lib/domain/segments';
import { TIER_PRESETS, isSegmentScheme, tierNames } from '../../../src/lib/domain/tiers';
import { en } from '../../../src/lib/i18n/en';
import { displayName } from '../../../src/lib/i18n/names';
import { zhCNNames } from '../../../src/lib/i18n/names-zh-CN';
import { zhCN } from '../../../src/lib/i18n/zh-CN';

// Every name the app ships, collected from the presets themselves (not from the translation table).
const segmentNames = [...SEGMENT_PRESETS.flatMap((preset) => preset.rules.map((rule) => rule.name)), ...DEFAULT_SEGMENT_RULES.map((rule) => rule.name), OTHERS];
const tierNamesShipped = TIER_PRESETS.flatMap((scheme) => (isSegmentScheme(scheme) ? [] : tierNames(scheme)));
const schemeNames = [...TIER_PRESETS.map((scheme) => scheme.name), ...SEGMENT_PRESETS.map((preset) => preset.name)];
const shipped = [...new Set([...segmentNames, ...tierNamesShipped, ...schemeNames])];
const english: Record<string, string> = en;

describe('translated built-in names', () => {
  it('collects the shipped names', () => {
    // 10 default + 5 spelled differently by the R × F grid + 4 value tiers + Others, 7 tier-preset names, 10 scheme names
    expect(shipped.length).toBe(37);
  });

  it.each(shipped.map((name) => ({ name })))('$name has Chinese and stays itself in English', ({ name }) => {
    expect(displayName(name, 'en')).toBe(name);
    const chinese = displayName(name, 'zh-CN');
    expect(chinese).not.toBe(name);
    expect(chinese).toMatch(/[\u4e00-\u9fff]/);
  });

  it.each([
    { name: 'the default top segment', stored: 'Champions', expected: '冠军客户' },
    { name: 'the catch-all segment', stored: 'Others', expected: '其他客户' },
    { name: 'an apostrophe in the stored name', stored: "Can't Lose Them", expected: '不能失去的客户' },
    { name: 'a tier fallback', stored: 'Silver', expected: '白银' },
  ])('$name: $stored → $expected', ({ stored, expected }) => {
    expect(displayName(stored, 'zh-CN')).toBe(expected);
  });

  it.each([
    { name: 'a renamed segment', stored: 'VIP 客户' },
    { name: 'a typed English name', stored: 'Weekend buyers' },
    { name: 'a built-in name with another case', stored: 'champions' },
    { name: 'a built-in name with a trailing space', stored: 'Champions ' },
    { name: 'a name shaped like an object key', stored: 'constructor' },
    { name: 'the empty name', stored: '' },
  ])('$name passes through unchanged', ({ stored }) => {
    expect(displayName(stored, 'zh-CN')).toBe(stored);
    expect(displayName(stored, 'en')).toBe(stored);
  });

  it('translates only shipped names, each to a different text (a legend or table never shows two names alike)', () => {
    expect(Object.keys(zhCNNames).sort()).toEqual([...shipped].sort());
    expect(new Set(Object.values(zhCNNames)).size).toBe(Object.keys(zhCNNames).length);
  });

  it.each(STAGES.map((stage) => ({ stage })))('lifecycle stage $stage has English and Chinese', ({ stage }) => {
    expect(english[`lifecycle.stage.${stage}`]).toBeTruthy();
    expect(zhCN[`lifecycle.stage.${stage}`]).toMatch(/[\u4e00-\u9fff]/);
  });
});
