import { DEFAULT_LIFECYCLE_RULES, type CohortPeriod, type LifecycleRules, type TriggerRule } from '../domain/lifecycle';

/** Every lifecycle choice, serializable, part of the settings object. */
export interface LifecycleSettings {
  rules: LifecycleRules;
  cohortPeriod: CohortPeriod;
  triggers: TriggerRule[];
}

/** The defaults: monthly cohorts, one example trigger the user can edit or remove. */
export function defaultLifecycleSettings(): LifecycleSettings {
  return {
    rules: { ...DEFAULT_LIFECYCLE_RULES, valueTierBands: DEFAULT_LIFECYCLE_RULES.valueTierBands.map((band) => [...band] as const) },
    cohortPeriod: 'month',
    triggers: [{ id: 'trigger-1', segments: ['Champions', 'Loyal Customers'], moreThanDays: 60 }],
  };
}
