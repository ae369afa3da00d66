import { B2B_ACCOUNT_TIERS, RFM_SEGMENTS, SERVICE_LEVELS, VALUE_LEVELS_FREQUENCY, VALUE_LEVELS_MARGIN, VALUE_LEVELS_SPEND } from '../tiers';
import { cardFromTemplate, sameCard, type CardTemplate, type StrategyCard } from './cards';
import { RFM_SEGMENT_TEMPLATES } from './templates-segments';
import { RFM_SEGMENT_TEMPLATES_ZH_CN } from './templates-segments-zh-CN';
import {
  ACCOUNT_TIER_TEMPLATES,
  SERVICE_LEVEL_TEMPLATES,
  VALUE_LEVEL_FREQUENCY_TEMPLATES,
  VALUE_LEVEL_MARGIN_TEMPLATES,
  VALUE_LEVEL_SPEND_TEMPLATES,
} from './templates-tiers';
import {
  ACCOUNT_TIER_TEMPLATES_ZH_CN,
  SERVICE_LEVEL_TEMPLATES_ZH_CN,
  VALUE_LEVEL_FREQUENCY_TEMPLATES_ZH_CN,
  VALUE_LEVEL_MARGIN_TEMPLATES_ZH_CN,
  VALUE_LEVEL_SPEND_TEMPLATES_ZH_CN,
} from './templates-tiers-zh-CN';

/** Languages the shipped templates are written in (the interface languages; passed in, never read from global state). */
export type CardLanguage = 'en' | 'zh-CN';
export const CARD_LANGUAGES: readonly CardLanguage[] = ['en', 'zh-CN'];

type TemplatesByScheme = Readonly<Record<string, Readonly<Record<string, CardTemplate>>>>;

/** Shipped templates by preset scheme id, then by tier name (the name is the link: settings are data). */
export const STRATEGY_TEMPLATES: TemplatesByScheme = {
  [VALUE_LEVELS_SPEND.id]: VALUE_LEVEL_SPEND_TEMPLATES,
  [VALUE_LEVELS_FREQUENCY.id]: VALUE_LEVEL_FREQUENCY_TEMPLATES,
  [VALUE_LEVELS_MARGIN.id]: VALUE_LEVEL_MARGIN_TEMPLATES,
  [B2B_ACCOUNT_TIERS.id]: ACCOUNT_TIER_TEMPLATES,
  [SERVICE_LEVELS.id]: SERVICE_LEVEL_TEMPLATES,
  [RFM_SEGMENTS.id]: RFM_SEGMENT_TEMPLATES,
};

/** The same templates in Simplified Chinese, keyed by the same scheme ids and stored (English) tier names. */
export const STRATEGY_TEMPLATES_ZH_CN: TemplatesByScheme = {
  [VALUE_LEVELS_SPEND.id]: VALUE_LEVEL_SPEND_TEMPLATES_ZH_CN,
  [VALUE_LEVELS_FREQUENCY.id]: VALUE_LEVEL_FREQUENCY_TEMPLATES_ZH_CN,
  [VALUE_LEVELS_MARGIN.id]: VALUE_LEVEL_MARGIN_TEMPLATES_ZH_CN,
  [B2B_ACCOUNT_TIERS.id]: ACCOUNT_TIER_TEMPLATES_ZH_CN,
  [SERVICE_LEVELS.id]: SERVICE_LEVEL_TEMPLATES_ZH_CN,
  [RFM_SEGMENTS.id]: RFM_SEGMENT_TEMPLATES_ZH_CN,
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

export const GENERIC_TEMPLATE_ZH_CN: CardTemplate = {
  goal: '让这些客户持续购买，并提升其价值',
  actions: ['查看该群体的近期订单', '发送一条相关的优惠信息', '一个月后检查效果'],
  owner: '市场部',
  cadence: '每季度复盘',
  kpi: { name: '复购率', target: '+5 个百分点' },
  serviceLevel: '48 小时内响应',
  channel: '邮件',
  contactFrequency: '每月一次',
};

const TEMPLATES: Record<CardLanguage, { byScheme: TemplatesByScheme; generic: CardTemplate }> = {
  en: { byScheme: STRATEGY_TEMPLATES, generic: GENERIC_TEMPLATE },
  'zh-CN': { byScheme: STRATEGY_TEMPLATES_ZH_CN, generic: GENERIC_TEMPLATE_ZH_CN },
};

/**
 * The template card of `tier` in `language`: the scheme's own template, else the first preset with a tier of
 * that name (so a user's scheme with a "Gold" tier starts from a gold card), else the generic one. A fresh copy.
 */
export function templateCard(schemeId: string, tier: string, language: CardLanguage = 'en'): StrategyCard {
  const { byScheme, generic } = TEMPLATES[language] ?? TEMPLATES.en;
  const own = byScheme[schemeId];
  if (own && Object.hasOwn(own, tier)) return cardFromTemplate(tier, own[tier]);
  const other = Object.values(byScheme).find((templates) => Object.hasOwn(templates, tier));
  return cardFromTemplate(tier, other ? other[tier] : generic);
}

/** True when `card` is its tier's template in any language: an unedited card, which follows the interface language. */
export const isTemplateCard = (schemeId: string, card: StrategyCard): boolean =>
  CARD_LANGUAGES.some((language) => sameCard(card, templateCard(schemeId, card.tier, language)));
