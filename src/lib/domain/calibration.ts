import type { RfmResult } from './rfm';

/** What a calibration condition can look at, per customer. Money in currency units. */
export type RuleField = 'recency_days' | 'frequency' | 'monetary' | 'r_score' | 'f_score' | 'm_score' | 'cluster' | 'segment';

/**
 * `<=`, `>=`, `=` compare the value; `top_pct` / `bottom_pct` select the customers whose value is
 * among the highest / lowest `value` percent (ties at the cut-off included).
 */
export type RuleOp = '<=' | '>=' | '=' | 'top_pct' | 'bottom_pct';

export interface RuleCondition {
  field: RuleField;
  op: RuleOp;
  value: number | string;
}

/** "If all conditions hold, the customer's final segment is `label`." Applied in order after clustering. */
export interface CalibrationRule {
  id: string;
  label: string;
  conditions: RuleCondition[];
  enabled: boolean;
}

/** A label set by hand for one customer; it wins over every rule. */
export interface CustomerOverride {
  customerId: string;
  label: string;
}

/** The calibrated result: final segment and what set it, per customer; how many customers each rule changed. */
export interface Calibration {
  finalLabel: string[];
  /** Label of the rule that set the final segment, `manual` for a hand override, '' when none. */
  setBy: string[];
  changedByRule: number[];
  changedByOverrides: number;
}

export const MANUAL = 'manual';

/** One column of values for a field, aligned with the customers. */
function fieldValues(field: RuleField, rfm: RfmResult, clusterNames: readonly string[], labels: Int32Array): ArrayLike<number> | string[] {
  switch (field) {
    case 'recency_days':
      return rfm.recencyDays;
    case 'frequency':
      return rfm.metrics.frequency;
    case 'monetary':
      return Float64Array.from(rfm.metrics.monetaryCents, (cents) => cents / 100);
    case 'r_score':
      return rfm.rScore;
    case 'f_score':
      return rfm.fScore;
    case 'm_score':
      return rfm.mScore;
    case 'cluster':
      return Array.from(labels, (label) => clusterNames[label] ?? '');
    case 'segment':
      return Array.from(rfm.segment, (segment) => rfm.segmentNames[segment]);
  }
}

/** The value a customer must reach to be in the top (or bottom) `percent` of `values`. */
export function percentThreshold(values: ArrayLike<number>, percent: number, top: boolean): number {
  const sorted = Float64Array.from(values).sort();
  if (sorted.length === 0) return NaN;
  const take = Math.max(1, Math.ceil((sorted.length * Math.min(100, Math.max(0, percent))) / 100));
  return top ? sorted[sorted.length - take] : sorted[take - 1];
}

/** Which customers meet one condition. */
function conditionMask(condition: RuleCondition, values: ArrayLike<number> | string[]): Uint8Array {
  const mask = new Uint8Array(values.length);
  if (Array.isArray(values) && typeof values[0] === 'string') {
    for (let i = 0; i < values.length; i++) mask[i] = condition.op === '=' && values[i] === String(condition.value) ? 1 : 0;
    return mask;
  }
  const numbers = values as ArrayLike<number>;
  const target = Number(condition.value);
  if (!Number.isFinite(target)) return mask;
  const cut = condition.op === 'top_pct' || condition.op === 'bottom_pct' ? percentThreshold(numbers, target, condition.op === 'top_pct') : target;
  for (let i = 0; i < numbers.length; i++) {
    const value = numbers[i];
    mask[i] = (condition.op === '<=' || condition.op === 'bottom_pct' ? value <= cut : condition.op === '>=' || condition.op === 'top_pct' ? value >= cut : value === cut) ? 1 : 0;
  }
  return mask;
}

/** Customers matching every condition of a rule (a rule without conditions matches nobody). */
export function ruleMatches(rule: CalibrationRule, rfm: RfmResult, clusterNames: readonly string[], labels: Int32Array): Uint8Array {
  const n = labels.length;
  if (rule.conditions.length === 0) return new Uint8Array(n);
  const all = new Uint8Array(n).fill(1);
  for (const condition of rule.conditions) {
    const mask = conditionMask(condition, fieldValues(condition.field, rfm, clusterNames, labels));
    for (let i = 0; i < n; i++) all[i] &= mask[i];
  }
  return all;
}

/**
 * Final segments: each customer starts with its cluster's name; enabled rules apply in order
 * (a later rule overrides an earlier one); hand overrides apply last.
 */
export function calibrate(
  rfm: RfmResult,
  labels: Int32Array,
  clusterNames: readonly string[],
  rules: readonly CalibrationRule[],
  overrides: readonly CustomerOverride[],
): Calibration {
  const n = labels.length;
  const finalLabel = Array.from(labels, (label) => clusterNames[label] ?? '');
  const setBy = new Array<string>(n).fill('');
  const changedByRule = rules.map((rule) => {
    if (!rule.enabled) return 0;
    const matches = ruleMatches(rule, rfm, clusterNames, labels);
    let changed = 0;
    for (let i = 0; i < n; i++) {
      if (!matches[i]) continue;
      if (finalLabel[i] !== rule.label) changed++;
      finalLabel[i] = rule.label;
      setBy[i] = rule.label;
    }
    return changed;
  });
  // Built only when needed: a 100k-entry map costs tens of milliseconds on the main thread.
  const position = overrides.length ? new Map(rfm.metrics.ids.map((id, index) => [id, index])) : new Map<string, number>();
  let changedByOverrides = 0;
  for (const override of overrides) {
    const index = position.get(override.customerId);
    if (index === undefined) continue;
    if (finalLabel[index] !== override.label) changedByOverrides++;
    finalLabel[index] = override.label;
    setBy[index] = MANUAL;
  }
  return { finalLabel, setBy, changedByRule, changedByOverrides };
}

const OP_TEXT: Record<RuleOp, string> = { '<=': '≤', '>=': '≥', '=': '=', top_pct: 'in top %', bottom_pct: 'in bottom %' };

/** A rule in words for the audit list, e.g. "monetary in top 20% AND frequency ≤ 2 ⇒ High value, to activate". */
export function describeRule(rule: CalibrationRule): string {
  const conditions = rule.conditions.map((condition) =>
    condition.op === 'top_pct' || condition.op === 'bottom_pct'
      ? `${condition.field} ${OP_TEXT[condition.op].replace('%', `${condition.value}%`)}`
      : `${condition.field} ${OP_TEXT[condition.op]} ${condition.value}`,
  );
  return `${conditions.join(' AND ') || '—'} ⇒ ${rule.label}${rule.enabled ? '' : ' (off)'}`;
}
