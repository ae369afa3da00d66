import type { Condition } from '../../lib/domain/tiers';
import { allowsNegative, storedBound, storedFromTyped, type Bound } from './tier-units';

/**
 * Checks a typed number for one bound of a condition and writes it (converted to the stored unit)
 * when valid. Returns null when written, else the i18n key of the reason; the condition is then
 * untouched, so half-typed input never reaches the settings.
 */
export function applyTypedBound(condition: Condition, bound: Bound, typed: number): string | null {
  if (!Number.isFinite(typed)) return 'tiers.invalid.number';
  if (bound === 'topShare') {
    if (!(typed > 0 && typed <= 100)) return 'tiers.invalid.percent';
  } else if (typed < 0 && !allowsNegative(condition.feature)) return 'tiers.invalid.negative';
  const stored = storedFromTyped(condition.feature, bound, typed);
  // A between range is low ≤ value < high: an empty or inverted range is a typing slip, not a rule.
  if (bound === 'low' && !(stored < storedBound(condition, 'high'))) return 'tiers.invalid.range';
  if (bound === 'high' && !(stored > storedBound(condition, 'low'))) return 'tiers.invalid.range';
  (condition as unknown as Record<Bound, number>)[bound] = stored;
  return null;
}

/** A tier name as typed (kept untrimmed so typing a space is not undone), or null when blank. */
export function validTierName(typed: string): string | null {
  return typed.trim() ? typed : null;
}
