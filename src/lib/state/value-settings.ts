import { DEFAULT_HEALTH_BANDS, type HealthBandThresholds, type HealthWeights } from '../domain/health';
import { defaultTierSchemes, SERVICE_LEVELS, type AnyTierScheme } from '../domain/tiers';
import type { CustomerValueChoices } from '../domain/customer-value';

/** Tier schemes (presets the user can edit) and health-index choices, part of the settings object. */
export interface ValueSettings {
  schemes: AnyTierScheme[];
  activeSchemeId: string;
  /** Relative weights; a component without one weighs 1. */
  healthWeights: HealthWeights;
  healthBands: HealthBandThresholds;
}

/** Service levels by value rank are active first: they work in any currency and at any scale. */
export function defaultValueSettings(): ValueSettings {
  return { schemes: defaultTierSchemes(), activeSchemeId: SERVICE_LEVELS.id, healthWeights: {}, healthBands: { ...DEFAULT_HEALTH_BANDS } };
}

/** The active scheme (the first one if the id is unknown) with the health choices. */
export function valueChoices(settings: ValueSettings): CustomerValueChoices {
  const scheme = settings.schemes.find((candidate) => candidate.id === settings.activeSchemeId) ?? settings.schemes[0];
  return { scheme, healthWeights: settings.healthWeights, healthBands: settings.healthBands };
}
