import { formatDecimal, formatMoney } from '../../components/format';
import type { FeatureName } from '../../lib/domain/clustering';

/** A feature value in its own unit: money with two decimals, days and orders with one. NaN (empty cluster) is "—". */
export function formatFeatureValue(name: FeatureName, value: number): string {
  if (!Number.isFinite(value)) return '—';
  return name === 'monetary' || name === 'avg_order_value' ? formatMoney(value * 100) : formatDecimal(value, 1);
}

/**
 * A bar from the middle (the overall average) towards the right for a ratio above 1, the left below 1, on a log₂
 * scale reaching the edge at ×`limit` (or 1/`limit`). Percent of the track width; null without a ratio.
 */
export function relativeBar(ratio: number | null, limit = 4): { start: number; width: number; above: boolean; clamped: boolean } | null {
  if (ratio === null || !(ratio > 0) || !Number.isFinite(ratio)) return null;
  const reach = Math.log2(limit);
  const position = Math.log2(ratio) / reach;
  const clamped = Math.abs(position) > 1;
  const half = Math.min(1, Math.abs(position)) * 50;
  return { start: ratio >= 1 ? 50 : 50 - half, width: half, above: ratio >= 1, clamped };
}

/** User-typed names for k clusters with one changed: a dense array of k strings ('' = automatic name). */
export function renamed(names: readonly string[], k: number, cluster: number, name: string): string[] {
  const next = Array.from({ length: k }, (_, index) => names[index] ?? '');
  if (cluster >= 0 && cluster < k) next[cluster] = name;
  return next;
}
