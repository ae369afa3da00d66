import { HEALTH_COMPONENTS, type HealthComponent, type HealthWeights } from '../../lib/domain/health';

/** One line of the weights editor. */
export interface WeightRow {
  component: HealthComponent;
  available: boolean;
  /** The relative weight as set (1 when not set: the default is equal weights). */
  relative: number;
  /** As applied by the index, 0–1 over the available components. */
  applied: number;
}

/** Every component in display order; the unavailable ones stay listed so the user sees what a customer table would add. */
export function weightRows(available: readonly HealthComponent[], applied: Record<HealthComponent, number>, weights: HealthWeights): WeightRow[] {
  return HEALTH_COMPONENTS.map((component) => ({
    component,
    available: available.includes(component),
    relative: weights[component] ?? 1,
    applied: applied[component] ?? 0,
  }));
}

/** A typed or slid weight when it is usable (finite, not negative); null leaves the setting unchanged. */
export function parseWeight(value: number): number | null {
  return Number.isFinite(value) && value >= 0 ? value : null;
}

/** True when no available component has a weight above 0: then nobody gets an index. */
export function nothingWeighted(rows: readonly WeightRow[]): boolean {
  return !rows.some((row) => row.available && row.relative > 0);
}

/** True when every available component weighs the same (the default), so reset has nothing to do. */
export function equalWeights(rows: readonly WeightRow[]): boolean {
  const used = rows.filter((row) => row.available);
  return used.every((row) => row.relative === used[0].relative && row.relative > 0);
}
