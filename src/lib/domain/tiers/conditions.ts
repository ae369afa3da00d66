import type { TierFeatures } from './features';
import { topShareMask } from './rank';
import type { Condition, TierRule } from './scheme';

/**
 * 1 where the condition holds. Every comparison with NaN is false, so an unknown value never
 * passes, whichever the direction; one tight loop per condition keeps 100k customers in a few ms.
 */
export function conditionMask(features: TierFeatures, condition: Condition): Uint8Array {
  const values = features[condition.feature];
  const mask = new Uint8Array(values.length);
  const count = values.length;
  switch (condition.op) {
    case 'top':
      return topShareMask(values, features.ids, condition.topShare);
    case 'between': {
      const { low, high } = condition;
      for (let i = 0; i < count; i++) mask[i] = low <= values[i] && values[i] < high ? 1 : 0;
      return mask;
    }
    case '>=':
      for (let i = 0; i < count; i++) mask[i] = values[i] >= condition.value ? 1 : 0;
      return mask;
    case '>':
      for (let i = 0; i < count; i++) mask[i] = values[i] > condition.value ? 1 : 0;
      return mask;
    case '<=':
      for (let i = 0; i < count; i++) mask[i] = values[i] <= condition.value ? 1 : 0;
      return mask;
    case '<':
      for (let i = 0; i < count; i++) mask[i] = values[i] < condition.value ? 1 : 0;
      return mask;
  }
}

/** 1 where every `conditions` entry holds and, when `anyOf` is non-empty, at least one of it does. */
export function ruleMask(features: TierFeatures, rule: TierRule): Uint8Array {
  const matches = new Uint8Array(features.ids.length).fill(1);
  for (const condition of rule.conditions) {
    const mask = conditionMask(features, condition);
    for (let i = 0; i < matches.length; i++) matches[i] &= mask[i];
  }
  if (!rule.anyOf?.length) return matches;
  const anyMatches = new Uint8Array(matches.length);
  for (const condition of rule.anyOf) {
    const mask = conditionMask(features, condition);
    for (let i = 0; i < anyMatches.length; i++) anyMatches[i] |= mask[i];
  }
  for (let i = 0; i < matches.length; i++) matches[i] &= anyMatches[i];
  return matches;
}
