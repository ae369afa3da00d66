import type { Condition } from '../../lib/domain/tiers';

/** A piece of a translated sentence: plain text, or the place of a `{slot}` (an input, a label). */
export type SentencePart = { text: string } | { slot: string };

/** Splits "…{feature} ≥ {value}…" into text and slots, so the template decides the word order. */
export function sentenceParts(template: string): SentencePart[] {
  const parts: SentencePart[] = [];
  let at = 0;
  for (const match of template.matchAll(/\{(\w+)\}/g)) {
    if (match.index > at) parts.push({ text: template.slice(at, match.index) });
    parts.push({ slot: match[1] });
    at = match.index + match[0].length;
  }
  if (at < template.length) parts.push({ text: template.slice(at) });
  return parts;
}

/** The i18n key of a condition's sentence, by operator. */
export function conditionKey(condition: Condition): string {
  switch (condition.op) {
    case '>=':
      return 'tiers.condition.at_least';
    case '>':
      return 'tiers.condition.above';
    case '<':
      return 'tiers.condition.below';
    case '<=':
      return 'tiers.condition.at_most';
    case 'between':
      return 'tiers.condition.between';
    case 'top':
      return 'tiers.condition.top';
  }
}

/** The i18n key of a feature's label, e.g. tiers.feature.annualSpendCents. */
export const featureKey = (feature: Condition['feature']) => `tiers.feature.${feature}`;

/** The i18n key of a summary tag, e.g. tiers.tag.long_relationship. */
export const tagKey = (tag: string) => `tiers.tag.${tag}`;

/** Upper-cases the first letter, for a label that starts a sentence ("recency" → "Recency"). */
export const capitalized = (text: string) => text.charAt(0).toLocaleUpperCase() + text.slice(1);

/** "a", "a and b", "a, b, and c" in the language's own way. */
export function joinList(items: readonly string[], locale: string): string {
  return new Intl.ListFormat(locale, { style: 'long', type: 'conjunction' }).format(items);
}
