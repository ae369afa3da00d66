import { isSegmentScheme, TIER_PRESETS, type AnyTierScheme } from '../../lib/domain/tiers';

/** The preset a scheme was copied from (same id), if any. */
export const presetOf = (schemeId: string): AnyTierScheme | undefined => TIER_PRESETS.find((preset) => preset.id === schemeId);

/** True when the scheme still equals its preset (nothing to reset). Key order is the preset's, as copies keep it. */
export function matchesPreset(scheme: AnyTierScheme): boolean {
  const preset = presetOf(scheme.id);
  return preset !== undefined && JSON.stringify(scheme) === JSON.stringify(preset);
}

/** Puts a fresh copy of the preset in place of the scheme with that id; false when there is no preset. */
export function resetToPreset(schemes: AnyTierScheme[], schemeId: string): boolean {
  const preset = presetOf(schemeId);
  const at = schemes.findIndex((scheme) => scheme.id === schemeId);
  if (!preset || at < 0) return false;
  schemes[at] = structuredClone(preset);
  return true;
}

/** Names tier `tierIndex` of a rule scheme; the index after the last rule is the fallback. */
export function renameTier(scheme: AnyTierScheme, tierIndex: number, name: string): void {
  if (isSegmentScheme(scheme)) return;
  if (tierIndex < scheme.tiers.length) scheme.tiers[tierIndex].name = name;
  else scheme.fallback = name;
}

/**
 * Writes the key-needs text of one tier back into the scheme: the rule, the fallback's own field,
 * or, for the RFM-segments scheme, the map by segment name (segments are edited elsewhere).
 */
export function writeKeyNeeds(scheme: AnyTierScheme, tierIndex: number, tierName: string, text: string): void {
  if (isSegmentScheme(scheme)) scheme.keyNeeds = { ...scheme.keyNeeds, [tierName]: text };
  else if (tierIndex < scheme.tiers.length) scheme.tiers[tierIndex].keyNeeds = text;
  else scheme.fallbackKeyNeeds = text;
}
