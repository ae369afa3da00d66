import { describe, expect, it } from 'vitest';
import { FEATURE_NAMES } from '../../../src/lib/domain/clustering';
import { en } from '../../../src/lib/i18n/en';
import { kRangeProblem, problemKey, PROBLEMS, toggleFeature, withTransform } from '../../../src/views/clusters/feature-controls';
import { formatFeatureValue, relativeBar, renamed } from '../../../src/views/clusters/profile-format';

const strings: Record<string, string> = en;
const rfm = [
  { name: 'recency_days' as const, transform: 'log1p' as const },
  { name: 'frequency' as const, transform: 'log1p' as const },
  { name: 'monetary' as const, transform: 'log1p' as const },
];

describe('feature choices', () => {
  it('adds a feature in the canonical order with its default transform (tenure: none)', () => {
    expect(toggleFeature(rfm, 'tenure_days', true).map((feature) => `${feature.name}:${feature.transform}`)).toEqual([
      'recency_days:log1p',
      'frequency:log1p',
      'monetary:log1p',
      'tenure_days:none',
    ]);
    expect(toggleFeature([rfm[2]], 'recency_days', true).map((feature) => feature.name)).toEqual(['recency_days', 'monetary']);
  });

  it('removes a feature, keeps a chosen transform, and ignores a repeated switch', () => {
    const custom = withTransform(rfm, 'monetary', 'none');
    expect(toggleFeature(custom, 'frequency', false)).toEqual([rfm[0], { name: 'monetary', transform: 'none' }]);
    expect(toggleFeature(custom, 'monetary', true)).toEqual(custom);
    expect(withTransform(rfm, 'tenure_days', 'none')).toEqual(rfm);
  });

  it.each([
    { kMin: 3, kMax: 8, problem: null },
    { kMin: 2, kMax: 12, problem: null },
    { kMin: 5, kMax: 5, problem: null },
    { kMin: 1, kMax: 8, problem: 'clusters.controls.k_limits' },
    { kMin: 3, kMax: 13, problem: 'clusters.controls.k_limits' },
    { kMin: 8, kMax: 3, problem: 'clusters.controls.k_order' },
    { kMin: 3.5, kMax: 8, problem: 'clusters.controls.k_whole' },
    { kMin: null, kMax: 8, problem: 'clusters.controls.k_whole' },
  ])('K from $kMin to $kMax → $problem', ({ kMin, kMax, problem }) => {
    expect(kRangeProblem(kMin, kMax)).toBe(problem);
  });

  it('every clustering problem has words a business user understands; unknown ones a generic message', () => {
    for (const reason of PROBLEMS) expect(strings[problemKey(reason)]).toBeTruthy();
    expect(problemKey('DataCloneError')).toBe('clusters.problem.failed');
  });

  it('every feature, audit action and rule word has English text', () => {
    const keys = [
      ...FEATURE_NAMES.flatMap((name) => [`clusters.feature.${name}`, `clusters.feature_short.${name}`]),
      ...['rule_added', 'rule_changed', 'rule_removed', 'override_set', 'override_removed'].map((action) => `clusters.audit.action.${action}`),
      ...['log1p', 'none'].map((transform) => `clusters.transform.${transform}`),
      ...['zscore', 'robust'].map((scaling) => `clusters.scaling.${scaling}`),
      ...['silhouette', 'inertia'].flatMap((measure) => [`clusters.sweep.${measure}`, `clusters.sweep.${measure}_title`]),
      ...['cluster', 'segment_final'].map((column) => `clusters.col.${column}`),
      'tab.clusters',
    ];
    expect(keys.filter((key) => !strings[key])).toEqual([]);
  });
});

describe('profile cells', () => {
  it.each([
    { name: 'monetary' as const, value: 383.7249, text: '383.72' },
    { name: 'avg_order_value' as const, value: 1234.5, text: '1,234.50' },
    { name: 'recency_days' as const, value: 55.44, text: '55.4' },
    { name: 'frequency' as const, value: NaN, text: '—' },
  ])('$name $value → $text', ({ name, value, text }) => {
    expect(formatFeatureValue(name, value)).toBe(text);
  });

  it.each([
    { name: 'average: no width', ratio: 1, bar: { start: 50, width: 0, above: true, clamped: false } },
    { name: '×2 reaches half-way to the right edge', ratio: 2, bar: { start: 50, width: 25, above: true, clamped: false } },
    { name: '½ mirrors ×2 to the left', ratio: 0.5, bar: { start: 25, width: 25, above: false, clamped: false } },
    { name: 'beyond ×4 stops at the edge', ratio: 10, bar: { start: 50, width: 50, above: true, clamped: true } },
    { name: 'beyond ¼ stops at the left edge', ratio: 0.1, bar: { start: 0, width: 50, above: false, clamped: true } },
    { name: 'no ratio (overall mean 0)', ratio: null, bar: null },
    { name: 'a negative mean has no log position', ratio: -0.5, bar: null },
  ])('relativeBar: $name', ({ ratio, bar }) => {
    const result = relativeBar(ratio);
    if (bar === null) expect(result).toBeNull();
    else {
      expect(result!.start).toBeCloseTo(bar.start, 9);
      expect(result!.width).toBeCloseTo(bar.width, 9);
      expect([result!.above, result!.clamped]).toEqual([bar.above, bar.clamped]);
    }
  });

  it('renamed keeps a dense array of k names; empty means automatic', () => {
    expect(renamed([], 3, 1, 'Regulars')).toEqual(['', 'Regulars', '']);
    expect(renamed(['A', 'B', 'C', 'D'], 3, 0, '')).toEqual(['', 'B', 'C']);
    expect(renamed(['A'], 2, 5, 'x')).toEqual(['A', '']);
  });
});
