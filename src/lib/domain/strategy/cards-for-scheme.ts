import { cloneCard, type StrategyCard } from './cards';
import { templateCard } from './templates';

/**
 * One card per tier, in tier order: the saved card whose tier name matches (the first, if a name
 * repeats), else the template. Plain copies, so a caller can edit them without touching `saved`.
 */
export function cardsFor(tierNames: readonly string[], saved: readonly StrategyCard[] | undefined, schemeId = ''): StrategyCard[] {
  const savedByTier = new Map<string, StrategyCard>();
  for (const card of saved ?? []) if (!savedByTier.has(card.tier)) savedByTier.set(card.tier, card);
  return tierNames.map((tier) => {
    const found = savedByTier.get(tier);
    return found ? cloneCard(found) : templateCard(schemeId, tier);
  });
}

/**
 * The card list to save after `card` replaced the card at `index`: every tier's card (templates
 * copied on first edit), then saved cards of tiers the scheme no longer has, so renaming a tier
 * back brings its card back.
 */
export function withCard(
  tierNames: readonly string[],
  saved: readonly StrategyCard[] | undefined,
  schemeId: string,
  index: number,
  card: StrategyCard,
): StrategyCard[] {
  const cards = cardsFor(tierNames, saved, schemeId);
  if (index >= 0 && index < cards.length) cards[index] = cloneCard({ ...card, tier: tierNames[index] });
  const current = new Set(tierNames);
  const kept = (saved ?? []).filter((other) => !current.has(other.tier)).map(cloneCard);
  return [...cards, ...kept];
}

/** The card list to save after the card at `index` went back to its template. */
export const withTemplateCard = (tierNames: readonly string[], saved: readonly StrategyCard[] | undefined, schemeId: string, index: number) =>
  withCard(tierNames, saved, schemeId, index, templateCard(schemeId, tierNames[index]));
