import { cloneCard, type StrategyCard } from './cards';
import { isTemplateCard, templateCard, type CardLanguage } from './templates';

/**
 * One card per tier, in tier order: the saved card whose tier name matches (the first, if a name
 * repeats), else the template in `language`. A saved card that is still a template (in any language,
 * e.g. copied in on another card's first edit) is not the user's text, so it follows `language` too.
 * Plain copies, so a caller can edit them without touching `saved`.
 */
export function cardsFor(tierNames: readonly string[], saved: readonly StrategyCard[] | undefined, schemeId = '', language: CardLanguage = 'en'): StrategyCard[] {
  const savedByTier = new Map<string, StrategyCard>();
  for (const card of saved ?? []) if (!savedByTier.has(card.tier)) savedByTier.set(card.tier, card);
  return tierNames.map((tier) => {
    const found = savedByTier.get(tier);
    return found && !isTemplateCard(schemeId, found) ? cloneCard(found) : templateCard(schemeId, tier, language);
  });
}

/**
 * The card list to save after `card` replaced the card at `index`: every tier's card (templates
 * copied on first edit, in the language shown), then saved cards of tiers the scheme no longer has,
 * so renaming a tier back brings its card back.
 */
export function withCard(
  tierNames: readonly string[],
  saved: readonly StrategyCard[] | undefined,
  schemeId: string,
  index: number,
  card: StrategyCard,
  language: CardLanguage = 'en',
): StrategyCard[] {
  const cards = cardsFor(tierNames, saved, schemeId, language);
  if (index >= 0 && index < cards.length) cards[index] = cloneCard({ ...card, tier: tierNames[index] });
  const current = new Set(tierNames);
  const kept = (saved ?? []).filter((other) => !current.has(other.tier)).map(cloneCard);
  return [...cards, ...kept];
}

/** The card list to save after the card at `index` went back to its template (in `language`). */
export const withTemplateCard = (
  tierNames: readonly string[],
  saved: readonly StrategyCard[] | undefined,
  schemeId: string,
  index: number,
  language: CardLanguage = 'en',
) => withCard(tierNames, saved, schemeId, index, templateCard(schemeId, tierNames[index], language), language);
