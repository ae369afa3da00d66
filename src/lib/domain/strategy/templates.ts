import { B2B_ACCOUNT_TIERS, RFM_SEGMENTS, SERVICE_LEVELS, VALUE_LEVELS_FREQUENCY, VALUE_LEVELS_MARGIN, VALUE_LEVELS_SPEND } from '../tiers';
import { cardFromTemplate, type CardTemplate, type StrategyCard } from './cards';
import { RFM_SEGMENT_TEMPLATES } from './templates-segments';
import {
  ACCOUNT_TIER_TEMPLATES,
  SERVICE_LEVEL_TEMPLATES,
  VALUE_LEVEL_FREQUENCY_TEMPLATES,
  VALUE_LEVEL_MARGIN_TEMPLATES,
  VALUE_LEVEL_SPEND_TEMPLATES,
} from './templates-tiers';

/** Shipped templates by preset scheme id, then by tier name (the name is the link: settings are data). */
export const STRATEGY_TEMPLATES: Readonly<Record<string, Readonly<Record<string, CardTemplate>>>> = {
  [VALUE_LEVELS_SPEND.id]: VALUE_LEVEL_SPEND_TEMPLATES,
  [VALUE_LEVELS_FREQUENCY.id]: VALUE_LEVEL_FREQUENCY_TEMPLATES,
  [VALUE_LEVELS_MARGIN.id]: VALUE_LEVEL_MARGIN_TEMPLATES,
  [B2B_ACCOUNT_TIERS.id]: ACCOUNT_TIER_TEMPLATES,
  [SERVICE_LEVELS.id]: SERVICE_LEVEL_TEMPLATES,
  [RFM_SEGMENTS.id]: RFM_SEGMENT_TEMPLATES,
};

/** For a tier no template knows (a renamed tier, a user's own segment). */
export const GENERIC_TEMPLATE: CardTemplate = {
  goal: 'Keep these customers buying and grow their value',
  actions: ['Review the group’s recent orders', 'Send one relevant offer', 'Check the result after a month'],
  owner: 'Marketing',
  cadence: 'Quarterly review',
  kpi: { name: 'Repeat purchase rate', target: '+5 points' },
  serviceLevel: 'Response ≤ 48 h',
  channel: 'E-mail',
  contactFrequency: 'Monthly',
};

/**
 * The template card of `tier`: the scheme's own template, else the first preset with a tier of that
 * name (so a user's scheme with a "Gold" tier starts from a gold card), else the generic one. A fresh copy.
 */
export function templateCard(schemeId: string, tier: string): StrategyCard {
  const own = STRATEGY_TEMPLATES[schemeId];
  if (own && Object.hasOwn(own, tier)) return cardFromTemplate(tier, own[tier]);
  const other = Object.values(STRATEGY_TEMPLATES).find((templates) => Object.hasOwn(templates, tier));
  return cardFromTemplate(tier, other ? other[tier] : GENERIC_TEMPLATE);
}
