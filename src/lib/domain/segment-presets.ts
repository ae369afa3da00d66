import { DEFAULT_SEGMENT_RULES, type SegmentRule } from './segments';

/** A named segment rule table the rules view offers; applied as an editable copy. */
export interface SegmentPreset {
  id: string;
  name: string;
  rules: readonly SegmentRule[];
}

/** The R `rfm` package's documented example (rfm_segment), our default. */
export const RFM_EXAMPLE: SegmentPreset = { id: 'rfm_example', name: 'R rfm package: documented example', rules: DEFAULT_SEGMENT_RULES };

/**
 * The rule set of the R `rfm` package's tests, in its order. First match wins, so New Customers,
 * Promising and Can't Lose Them never match (earlier rules take all their cells).
 */
export const RFM_TEST_SET: SegmentPreset = {
  id: 'rfm_test_set',
  name: 'R rfm package: test rule set',
  rules: [
    { name: 'Champions', r: [4, 5], f: [4, 5], m: [4, 5] },
    { name: 'Loyal Customers', r: [2, 5], f: [3, 5], m: [3, 5] },
    { name: 'Potential Loyalist', r: [3, 5], f: [1, 3], m: [1, 3] },
    { name: 'New Customers', r: [4, 5], f: [1, 1], m: [1, 1] },
    { name: 'Promising', r: [3, 4], f: [1, 1], m: [1, 1] },
    { name: 'Need Attention', r: [2, 3], f: [2, 3], m: [2, 3] },
    { name: 'About To Sleep', r: [2, 3], f: [1, 2], m: [1, 2] },
    { name: 'At Risk', r: [1, 2], f: [2, 5], m: [2, 5] },
    { name: "Can't Lose Them", r: [1, 1], f: [4, 5], m: [4, 5] },
    { name: 'Lost', r: [1, 2], f: [1, 2], m: [1, 2] },
  ],
};

/**
 * Ten segments on the R × F grid, M ignored (1–5). Source: the common R×F segment map of RFM
 * notebooks (the `seg_map` regexes over "RF", after Putler's RFM segments). The cells partition
 * the grid, so there are no gaps and no overlaps.
 */
export const RF_GRID_10: SegmentPreset = {
  id: 'rf_grid_10',
  name: '10 segments on the R × F grid',
  rules: [
    { name: 'Champions', r: [5, 5], f: [4, 5], m: [1, 5] },
    { name: 'Loyal', r: [3, 4], f: [4, 5], m: [1, 5] },
    { name: 'Potential Loyalist', r: [4, 5], f: [2, 3], m: [1, 5] },
    { name: 'New', r: [5, 5], f: [1, 1], m: [1, 5] },
    { name: 'Promising', r: [4, 4], f: [1, 1], m: [1, 5] },
    { name: 'Need Attention', r: [3, 3], f: [3, 3], m: [1, 5] },
    { name: 'About to Sleep', r: [3, 3], f: [1, 2], m: [1, 5] },
    { name: 'At Risk', r: [1, 2], f: [3, 4], m: [1, 5] },
    { name: "Can't Lose", r: [1, 2], f: [5, 5], m: [1, 5] },
    { name: 'Hibernating', r: [1, 2], f: [1, 2], m: [1, 5] },
  ],
};

/**
 * The seeds' value tiers (Platinum / Gold / Loyal base / Churn risk) read on RFM scores. A rule is
 * a box (one range per score), so bands of R+F+M would need several rules per tier; a floor on
 * every score is the box closest to a sum band: Platinum every score ≥ 4 (sum ≥ 12), Gold every
 * score ≥ 3 (sum ≥ 9), Churn risk R ≤ 2 (lapsed, whatever F and M), Loyal base the rest of
 * R 3–5. Loyal base holds Gold and Platinum's boxes, so it must stay last. No gaps.
 */
export const VALUE_TIERS: SegmentPreset = {
  id: 'value_tiers',
  name: 'Value tiers by score floors',
  rules: [
    { name: 'Platinum', r: [4, 5], f: [4, 5], m: [4, 5] },
    { name: 'Gold', r: [3, 5], f: [3, 5], m: [3, 5] },
    { name: 'Churn risk', r: [1, 2], f: [1, 5], m: [1, 5] },
    { name: 'Loyal base', r: [3, 5], f: [1, 5], m: [1, 5] },
  ],
};

/** Every preset, in the order the picker offers them. */
export const SEGMENT_PRESETS: readonly SegmentPreset[] = [RFM_EXAMPLE, RFM_TEST_SET, RF_GRID_10, VALUE_TIERS];

/** An editable copy of a preset's rules (the constants stay untouched). */
export const presetRules = (preset: SegmentPreset): SegmentRule[] =>
  preset.rules.map((rule) => ({ name: rule.name, r: [...rule.r], f: [...rule.f], m: [...rule.m] }) as SegmentRule);

/** The preset whose rules equal `rules` exactly (names, order, ranges), if any. */
export function matchingPreset(rules: readonly SegmentRule[]): SegmentPreset | undefined {
  const key = (list: readonly SegmentRule[]) => JSON.stringify(list.map((rule) => [rule.name, rule.r, rule.f, rule.m]));
  const wanted = key(rules);
  return SEGMENT_PRESETS.find((preset) => key(preset.rules) === wanted);
}
