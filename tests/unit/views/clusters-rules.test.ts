import { describe, expect, it } from 'vitest';
import { calibrate } from '../../../src/lib/domain/calibration';
import { metricsFromRows } from '../../../src/lib/domain/customer-metrics';
import { computeRfm } from '../../../src/lib/domain/rfm';
import { DEFAULT_SEGMENT_RULES } from '../../../src/lib/domain/segments';
import { en } from '../../../src/lib/i18n/en';
import { changeField, draftProblem, emptyCondition, nextRuleId, OP_KEYS, opsFor, RULE_FIELDS, toRule, type RuleDraft } from '../../../src/views/clusters/rule-draft';

const strings: Record<string, string> = en;
const highValue: RuleDraft = {
  label: ' High value, to activate ',
  conditions: [
    { field: 'monetary', op: 'top_pct', value: '20' },
    { field: 'frequency', op: '<=', value: '2' },
  ],
};

describe('rule drafts', () => {
  it('turns the form into a rule: numbers as numbers, the label trimmed, enabled', () => {
    expect(toRule(highValue, 'rule-1')).toEqual({
      id: 'rule-1',
      label: 'High value, to activate',
      conditions: [
        { field: 'monetary', op: 'top_pct', value: 20 },
        { field: 'frequency', op: '<=', value: 2 },
      ],
      enabled: true,
    });
  });

  it('the saved rule changes the customers it should (monetary top 20 % and frequency ≤ 2)', () => {
    const metrics = metricsFromRows(
      Array.from({ length: 10 }, (_, i) => ({ id: `c${i}`, firstDay: 0, lastDay: 90 + i, frequency: i === 9 ? 5 : 1, monetaryCents: (i + 1) * 1000 })),
    );
    const rfm = computeRfm(metrics, 100, DEFAULT_SEGMENT_RULES);
    const calibration = calibrate(rfm, new Int32Array(10), ['All'], [toRule(highValue, 'rule-1')], []);
    expect(calibration.changedByRule).toEqual([1]);
    expect(calibration.finalLabel[8]).toBe('High value, to activate');
  });

  it.each([
    { name: 'complete', draft: highValue, problem: null },
    { name: 'no label', draft: { ...highValue, label: '  ' }, problem: 'clusters.rules.need_label' },
    { name: 'no condition', draft: { ...highValue, conditions: [] }, problem: 'clusters.rules.need_condition' },
    { name: 'a value that is not a number', draft: { ...highValue, conditions: [{ field: 'frequency', op: '<=', value: 'two' }] }, problem: 'clusters.rules.need_number' },
    { name: 'an empty value', draft: { ...highValue, conditions: [{ field: 'frequency', op: '<=', value: '' }] }, problem: 'clusters.rules.need_number' },
    { name: 'a percentage above 100', draft: { ...highValue, conditions: [{ field: 'monetary', op: 'top_pct', value: '120' }] }, problem: 'clusters.rules.need_percent' },
    { name: 'a percentage of 0', draft: { ...highValue, conditions: [{ field: 'monetary', op: 'bottom_pct', value: '0' }] }, problem: 'clusters.rules.need_percent' },
    { name: 'a segment not chosen', draft: { ...highValue, conditions: [{ field: 'segment', op: '=', value: '' }] }, problem: 'clusters.rules.need_name' },
    { name: 'a segment chosen', draft: { ...highValue, conditions: [{ field: 'segment', op: '=', value: 'Champions' }] }, problem: null },
  ] as { name: string; draft: RuleDraft; problem: string | null }[])('draftProblem: $name', ({ draft, problem }) => {
    expect(draftProblem(draft)).toBe(problem);
    if (problem) expect(strings[problem]).toBeTruthy();
  });

  it('names compare with = only; switching kind resets the value, the same kind keeps it', () => {
    expect(opsFor('cluster')).toEqual(['=']);
    expect(opsFor('monetary')).toContain('top_pct');
    expect(changeField(emptyCondition(), 'segment')).toEqual({ field: 'segment', op: '=', value: '' });
    expect(changeField({ field: 'monetary', op: '<=', value: '50' }, 'frequency')).toEqual({ field: 'frequency', op: '<=', value: '50' });
    expect(changeField({ field: 'cluster', op: '=', value: 'Active' }, 'segment')).toEqual({ field: 'segment', op: '=', value: 'Active' });
    expect(changeField({ field: 'segment', op: '=', value: 'Lost' }, 'm_score')).toEqual({ field: 'm_score', op: '=', value: '' });
  });

  it.each([
    { ids: [], next: 'rule-1' },
    { ids: ['rule-1', 'rule-7', 'imported'], next: 'rule-8' },
  ])('nextRuleId after $ids is $next', ({ ids, next }) => {
    expect(nextRuleId(ids.map((id) => ({ id })))).toBe(next);
  });

  it('every field and operator has words', () => {
    const keys = [...RULE_FIELDS.map((field) => `clusters.field.${field}`), ...Object.values(OP_KEYS).flatMap((op) => [`clusters.op.${op}`, `clusters.op_name.${op}`])];
    expect(keys.filter((key) => !strings[key])).toEqual([]);
  });
});
