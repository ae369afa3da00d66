import { describe, expect, it } from 'vitest';
import { calibrate, describeRule, MANUAL, percentThreshold, ruleMatches, type CalibrationRule } from '../../../src/lib/domain/calibration';
import { metricsFromRows } from '../../../src/lib/domain/customer-metrics';
import { computeRfm } from '../../../src/lib/domain/rfm';
import { DEFAULT_SEGMENT_RULES } from '../../../src/lib/domain/segments';

// Ten customers: c0 … c9 with monetary 10, 20, … 100 (currency units), frequency 1 or 3, recency i days.
const metrics = metricsFromRows(
  Array.from({ length: 10 }, (_, i) => ({ id: `c${i}`, firstDay: 0, lastDay: 100 - i, frequency: i % 2 ? 3 : 1, monetaryCents: (i + 1) * 1000 })),
);
const rfm = computeRfm(metrics, 100, DEFAULT_SEGMENT_RULES);
const labels = Int32Array.from({ length: 10 }, (_, i) => (i < 5 ? 0 : 1));
const names = ['Low spend', 'High value'];
const rule = (id: string, label: string, conditions: CalibrationRule['conditions'], enabled = true): CalibrationRule => ({ id, label, conditions, enabled });
const matched = (r: CalibrationRule) => Array.from(ruleMatches(r, rfm, names, labels)).flatMap((hit, i) => (hit ? [`c${i}`] : []));

describe('ruleMatches', () => {
  it.each([
    { name: 'top 20% by monetary are the two biggest spenders', r: rule('a', 'x', [{ field: 'monetary', op: 'top_pct', value: 20 }]), expected: ['c8', 'c9'] },
    { name: 'bottom 30% by monetary', r: rule('a', 'x', [{ field: 'monetary', op: 'bottom_pct', value: 30 }]), expected: ['c0', 'c1', 'c2'] },
    { name: 'conditions are ANDed: top 20% and frequency ≤ 2', r: rule('a', 'x', [{ field: 'monetary', op: 'top_pct', value: 20 }, { field: 'frequency', op: '<=', value: 2 }]), expected: ['c8'] },
    { name: 'monetary compares currency units, not cents', r: rule('a', 'x', [{ field: 'monetary', op: '>=', value: 90 }]), expected: ['c8', 'c9'] },
    { name: 'recency in days', r: rule('a', 'x', [{ field: 'recency_days', op: '<=', value: 1 }]), expected: ['c0', 'c1'] },
    { name: 'a cluster by its name', r: rule('a', 'x', [{ field: 'cluster', op: '=', value: 'High value' }]), expected: ['c5', 'c6', 'c7', 'c8', 'c9'] },
    { name: 'a rule without conditions matches nobody', r: rule('a', 'x', []), expected: [] },
    { name: 'a non-numeric value matches nobody', r: rule('a', 'x', [{ field: 'frequency', op: '>=', value: 'lots' }]), expected: [] },
  ])('$name', ({ r, expected }) => {
    expect(matched(r)).toEqual(expected);
  });

  it('includes ties at the percentile cut-off', () => {
    expect(percentThreshold([5, 5, 5, 1], 25, true)).toBe(5);
    expect(percentThreshold([], 20, true)).toBeNaN();
  });
});

describe('calibrate', () => {
  it('starts from cluster names, applies rules in order, then hand overrides', () => {
    const rules = [
      rule('r1', 'Big spenders', [{ field: 'monetary', op: 'top_pct', value: 30 }]),
      rule('r2', 'To activate', [{ field: 'monetary', op: 'top_pct', value: 20 }, { field: 'frequency', op: '<=', value: 2 }]),
      rule('r3', 'Off', [{ field: 'frequency', op: '>=', value: 1 }], false),
    ];
    const result = calibrate(rfm, labels, names, rules, [{ customerId: 'c0', label: 'VIP' }, { customerId: 'nobody', label: 'x' }]);
    expect(result.finalLabel).toEqual(['VIP', 'Low spend', 'Low spend', 'Low spend', 'Low spend', 'High value', 'High value', 'Big spenders', 'To activate', 'Big spenders']);
    expect(result.setBy).toEqual([MANUAL, '', '', '', '', '', '', 'Big spenders', 'To activate', 'Big spenders']);
    expect(result.changedByRule).toEqual([3, 1, 0]);
    expect(result.changedByOverrides).toBe(1);
  });

  it('describes a rule in words', () => {
    expect(describeRule(rule('r', 'High value, to activate', [{ field: 'monetary', op: 'top_pct', value: 20 }, { field: 'frequency', op: '<=', value: 2 }]))).toBe(
      'monetary in top 20% AND frequency ≤ 2 ⇒ High value, to activate',
    );
  });
});
