import type { CalibrationRule, CustomerOverride } from '../domain/calibration';
import { DEFAULT_FEATURE_OPTIONS, type FeatureSpec } from '../domain/clustering/features';
import type { ScalingMethod } from '../domain/clustering/scaling';

/** One line of the calibration audit: what was done, when, and to how many customers. */
export interface AuditEntry {
  at: string;
  action: 'rule_added' | 'rule_changed' | 'rule_removed' | 'override_set' | 'override_removed';
  detail: string;
  customers: number;
}

/** Every clustering choice, serializable, part of the settings object (and so of a scenario file). */
export interface ClusteringSettings {
  features: FeatureSpec[];
  scaling: ScalingMethod;
  kMin: number;
  kMax: number;
  /** The K in use; null = the recommended one (highest silhouette). */
  k: number | null;
  seed: number;
  nInit: number;
  /** Names the user typed, by cluster number of the current fit; '' keeps the automatic name. */
  names: string[];
  rules: CalibrationRule[];
  overrides: CustomerOverride[];
  audit: AuditEntry[];
}

/** Defaults from the method: log1p R, F, M, z-scored; K from 3 to 8; 10 restarts; a fixed seed. */
export function defaultClusteringSettings(): ClusteringSettings {
  return {
    features: DEFAULT_FEATURE_OPTIONS.features.map((feature) => ({ ...feature })),
    scaling: DEFAULT_FEATURE_OPTIONS.scaling,
    kMin: 3,
    kMax: 8,
    k: null,
    seed: 42,
    nInit: 10,
    names: [],
    rules: [],
    overrides: [],
    audit: [],
  };
}
