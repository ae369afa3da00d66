/** The KPI a card is judged by: what is measured and the value to reach (free text, e.g. "≥ 98%"). */
export interface StrategyKpi {
  name: string;
  target: string;
}

/** One strategy card (issue 5 §7): what the company does for the customers of one tier or segment. */
export interface StrategyCard {
  /** Tier (or segment) name of the scheme the card belongs to; the link to the customers. */
  tier: string;
  goal: string;
  /** In the order they should happen; empty entries are kept while editing and left out of exports. */
  actions: string[];
  /** Person or department responsible. */
  owner: string;
  /** Deadline or rhythm of the work, e.g. "quarterly check-in". */
  cadence: string;
  kpi: StrategyKpi;
  /** Promised response time, e.g. "response ≤ 2 h". */
  serviceLevel: string;
  channel: string;
  contactFrequency: string;
}

/** A card's fields without its tier: what a template holds. */
export type CardTemplate = Omit<StrategyCard, 'tier'>;

/** The plain text fields of a card, in the order cards show them. */
export const CARD_TEXT_FIELDS = ['goal', 'owner', 'cadence', 'serviceLevel', 'channel', 'contactFrequency'] as const;
export type CardTextField = (typeof CARD_TEXT_FIELDS)[number];

/** A deep, plain copy (also of a reactive proxy: only properties are read). */
export function cloneCard(card: StrategyCard): StrategyCard {
  return { ...card, actions: [...card.actions], kpi: { name: card.kpi.name, target: card.kpi.target } };
}

/** The card of `tier` filled from a template. */
export const cardFromTemplate = (tier: string, template: CardTemplate): StrategyCard => cloneCard({ ...template, tier });

/** True when both cards say the same thing (used to tell an edited card from its template). */
export function sameCard(left: StrategyCard, right: StrategyCard): boolean {
  return (
    left.tier === right.tier &&
    CARD_TEXT_FIELDS.every((field) => left[field] === right[field]) &&
    left.kpi.name === right.kpi.name &&
    left.kpi.target === right.kpi.target &&
    left.actions.length === right.actions.length &&
    left.actions.every((action, index) => action === right.actions[index])
  );
}

/** The actions worth exporting: trimmed, without empty entries. */
export const filledActions = (card: StrategyCard): string[] => card.actions.map((action) => action.trim()).filter(Boolean);
