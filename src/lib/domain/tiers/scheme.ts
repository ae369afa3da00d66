import type { TierFeatureName } from './features';

/** A one-sided bound on a feature: `feature op value`. */
export interface ThresholdCondition {
  feature: TierFeatureName;
  op: '>=' | '>' | '<' | '<=';
  value: number;
}

/** A range on a feature: low ≤ value < high (inclusive low, exclusive high), so adjacent ranges never overlap. */
export interface BetweenCondition {
  feature: TierFeatureName;
  op: 'between';
  low: number;
  high: number;
}

/**
 * The top `topShare` (0–1) of the customers with a known value, by value, highest first:
 * floor(topShare × known customers) of them; ties at the cut go to the smaller customer id.
 * Ranked over all customers, not only those earlier rules left (see TIERS.md).
 */
export interface RankCondition {
  feature: TierFeatureName;
  op: 'top';
  topShare: number;
}

/** One test on one feature; a customer whose value is unknown (NaN) never passes it. */
export type Condition = ThresholdCondition | BetweenCondition | RankCondition;

/** One tier: a customer matches when every `conditions` entry holds and, if `anyOf` is non-empty, at least one of it. */
export interface TierRule {
  name: string;
  conditions: Condition[];
  /** Alternatives, e.g. "no order for more than 90 days OR satisfaction ≤ 3"; empty or absent: no constraint. */
  anyOf?: Condition[];
  /** What the tier's customers need, written by the user, shown in the summary table. */
  keyNeeds: string;
}

/** An ordered rule table: first matching rule wins, `fallback` names the tier of everyone else. */
export interface TierScheme {
  id: string;
  name: string;
  tiers: TierRule[];
  fallback: string;
  fallbackKeyNeeds?: string;
}

/** A scheme whose tiers are the RFM segments of a segment rule table, referenced by id. */
export interface SegmentTierScheme {
  id: string;
  name: string;
  /** `ACTIVE_SEGMENT_RULES` for the table in the settings' `segmentRules`. */
  segmentRulesId: string;
  /** Key needs by segment name (segments are edited elsewhere; the name is the stable link). */
  keyNeeds?: Record<string, string>;
}

/** The id of the segment rule table currently in the settings. */
export const ACTIVE_SEGMENT_RULES = 'active';

/** Any scheme the tiers view can show. */
export type AnyTierScheme = TierScheme | SegmentTierScheme;

/** True for a scheme that reuses the RFM segments instead of its own rules. */
export const isSegmentScheme = (scheme: AnyTierScheme): scheme is SegmentTierScheme => 'segmentRulesId' in scheme;

/** Tier names in index order: the rules, then the fallback. */
export const tierNames = (scheme: TierScheme): string[] => [...scheme.tiers.map((rule) => rule.name), scheme.fallback];

/** Key-needs text of every tier, aligned with the assignment's names ('' where none was written). */
export function keyNeedsOf(scheme: AnyTierScheme, names: readonly string[]): string[] {
  if (isSegmentScheme(scheme)) return names.map((name) => scheme.keyNeeds?.[name] ?? '');
  return [...scheme.tiers.map((rule) => rule.keyNeeds), scheme.fallbackKeyNeeds ?? ''];
}
