import type { CalibrationRule, RuleCondition, RuleField, RuleOp } from '../../lib/domain/calibration';

/** Fields a rule can test, in the order the form lists them. */
export const RULE_FIELDS: readonly RuleField[] = ['monetary', 'frequency', 'recency_days', 'r_score', 'f_score', 'm_score', 'cluster', 'segment'];
const NUMERIC_OPS: readonly RuleOp[] = ['top_pct', 'bottom_pct', '>=', '<=', '='];

/** A condition as typed in the form: the value is text until the rule is saved. */
export interface ConditionDraft {
  field: RuleField;
  op: RuleOp;
  value: string;
}

/** A rule being written. */
export interface RuleDraft {
  label: string;
  conditions: ConditionDraft[];
}

/** Fields holding names (a cluster, a segment) rather than numbers. */
export function isNamed(field: RuleField): boolean {
  return field === 'cluster' || field === 'segment';
}

/** Names are compared with `=` only; numbers with every operator. */
export function opsFor(field: RuleField): readonly RuleOp[] {
  return isNamed(field) ? ['='] : NUMERIC_OPS;
}

/** A fresh condition: monetary in the top 20 %, the most common first question. */
export function emptyCondition(): ConditionDraft {
  return { field: 'monetary', op: 'top_pct', value: '20' };
}

/** A condition moved to another field: keeps the operator when that field allows it; names start blank. */
export function changeField(condition: ConditionDraft, field: RuleField): ConditionDraft {
  const ops = opsFor(field);
  return { field, op: ops.includes(condition.op) ? condition.op : ops[0], value: isNamed(field) === isNamed(condition.field) ? condition.value : '' };
}

/** What stops the draft from being saved, as an i18n key; null when it is complete. */
export function draftProblem(draft: RuleDraft): string | null {
  if (!draft.label.trim()) return 'clusters.rules.need_label';
  if (draft.conditions.length === 0) return 'clusters.rules.need_condition';
  for (const condition of draft.conditions) {
    const text = condition.value.trim();
    if (isNamed(condition.field)) {
      if (!text) return 'clusters.rules.need_name';
      continue;
    }
    const value = Number(text);
    if (!text || !Number.isFinite(value)) return 'clusters.rules.need_number';
    if ((condition.op === 'top_pct' || condition.op === 'bottom_pct') && (value <= 0 || value > 100)) return 'clusters.rules.need_percent';
  }
  return null;
}

/** The saved rule (enabled): numbers as numbers, names as text, the label trimmed. */
export function toRule(draft: RuleDraft, id: string): CalibrationRule {
  const conditions = draft.conditions.map(
    (condition): RuleCondition => ({
      field: condition.field,
      op: condition.op,
      value: isNamed(condition.field) ? condition.value.trim() : Number(condition.value.trim()),
    }),
  );
  return { id, label: draft.label.trim(), conditions, enabled: true };
}

/** An id no existing rule has: "rule-" and one more than the highest number in use. */
export function nextRuleId(rules: readonly { id: string }[]): string {
  const highest = rules.reduce((max, rule) => Math.max(max, Number(/^rule-(\d+)$/.exec(rule.id)?.[1] ?? 0)), 0);
  return `rule-${highest + 1}`;
}

/** The i18n key part of each operator (`clusters.op.<key>`, `clusters.op_name.<key>`). */
export const OP_KEYS: Record<RuleOp, string> = { '<=': 'le', '>=': 'ge', '=': 'eq', top_pct: 'top_pct', bottom_pct: 'bottom_pct' };
