import { describe, expect, it } from 'vitest';
import {
  GENERIC_TEMPLATE,
  GENERIC_TEMPLATE_ZH_CN,
  STRATEGY_TEMPLATES,
  STRATEGY_TEMPLATES_ZH_CN,
  templateCard,
  type CardTemplate,
} from '../../../src/lib/domain/strategy';

// Every shipped English card has a Chinese twin: same scheme ids, same stored tier names, same number of
// actions, every field filled, written in Chinese, and the same numbers (2 h → 2 小时, ≥ 95% → ≥ 95%).

/** Latin words a Chinese card may keep: product words and abbreviations used as such in Chinese business text. */
const KEPT_WORDS = new Set(['App', 'CRM', 'KPI', 'VIP', 'RFM']);

/** Every text of a template with a name saying where it sits, in a fixed order. */
const texts = (template: CardTemplate): [string, string][] => [
  ['goal', template.goal],
  ...template.actions.map((action, index): [string, string] => [`action ${index + 1}`, action]),
  ['owner', template.owner],
  ['cadence', template.cadence],
  ['kpi.name', template.kpi.name],
  ['kpi.target', template.kpi.target],
  ['serviceLevel', template.serviceLevel],
  ['channel', template.channel],
  ['contactFrequency', template.contactFrequency],
];

const pairs = [
  ...Object.entries(STRATEGY_TEMPLATES).flatMap(([schemeId, templates]) =>
    Object.entries(templates).map(([tier, english]) => ({ name: `${schemeId} / ${tier}`, english, chinese: STRATEGY_TEMPLATES_ZH_CN[schemeId]?.[tier] })),
  ),
  { name: 'generic', english: GENERIC_TEMPLATE, chinese: GENERIC_TEMPLATE_ZH_CN },
];

describe('Chinese strategy-card templates', () => {
  it('cover the same schemes and tiers as the English ones, and nothing else', () => {
    expect(Object.keys(STRATEGY_TEMPLATES_ZH_CN).sort()).toEqual(Object.keys(STRATEGY_TEMPLATES).sort());
    for (const [schemeId, templates] of Object.entries(STRATEGY_TEMPLATES)) {
      expect(Object.keys(STRATEGY_TEMPLATES_ZH_CN[schemeId]).sort()).toEqual(Object.keys(templates).sort());
    }
    expect(pairs.length).toBe(33); // 3 + 4 + 4 + 4 + 5 value/account tiers, 12 RFM segments, the generic card
  });

  it.each(pairs)('$name: same shape, every field filled', ({ english, chinese }) => {
    expect(chinese).toBeDefined();
    expect(chinese.actions.length).toBe(english.actions.length);
    expect(texts(chinese).map(([, text]) => text.trim() !== '')).toEqual(texts(english).map(() => true));
  });

  it.each(pairs)('$name: written in Chinese, Latin only for product words', ({ chinese }) => {
    const notChinese = texts(chinese).filter(([, text]) => {
      const words = text.match(/[A-Za-z]+/g) ?? [];
      // A text without Chinese may only be a number or a symbol (a target such as "≥ 95%").
      return words.some((word) => !KEPT_WORDS.has(word)) || (!/[\u4e00-\u9fff]/.test(text) && words.length > 0);
    });
    expect(notChinese).toEqual([]);
  });

  it.each(pairs)('$name: every field keeps the numbers of the English card', ({ english, chinese }) => {
    const numbers = (template: CardTemplate) => texts(template).map(([field, text]) => [field, text.match(/\d+/g) ?? []]);
    expect(numbers(chinese)).toEqual(numbers(english));
  });

  it.each([
    { name: 'Diamond of the service levels', schemeId: 'service_levels', tier: 'Diamond', goal: '留住消费前 5% 的客户，深化合作关系', target: '≥ 95%' },
    { name: 'Platinum of the B2B tiers', schemeId: 'b2b_account_tiers', tier: 'Platinum', goal: '确保每份合同续签，并扩大客户业务规模', target: '≥ 98%' },
    { name: 'margin levels measure margin in Chinese too', schemeId: 'value_levels_margin', tier: 'Mid', goal: '推动中价值客户升级', target: '+2 个百分点' },
    { name: 'an unknown scheme borrows a preset tier by name', schemeId: 'mine', tier: 'Champions', goal: '奖励并留住最优质的客户', target: '≥ 95%' },
    { name: 'an unknown tier gets the Chinese generic card', schemeId: 'service_levels', tier: 'Bronze', goal: GENERIC_TEMPLATE_ZH_CN.goal, target: '+5 个百分点' },
  ])('templateCard in zh-CN: $name', ({ schemeId, tier, goal, target }) => {
    const card = templateCard(schemeId, tier, 'zh-CN');
    expect(card).toMatchObject({ tier, goal, kpi: { target } });
  });

  it('the stored tier name is the link in both languages; English stays the default', () => {
    expect(templateCard('service_levels', 'Gold', 'zh-CN').tier).toBe('Gold');
    expect(templateCard('service_levels', 'Gold')).toEqual(templateCard('service_levels', 'Gold', 'en'));
    expect(templateCard('service_levels', 'Gold', 'zh-CN').goal).toBe('提升消费，向钻石等级迈进');
    expect(templateCard('b2b_account_tiers', 'Gold', 'zh-CN').goal).toBe('提升采购额，向白金等级迈进');
  });

  it('hands out copies of the Chinese templates too', () => {
    const card = templateCard('service_levels', 'Diamond', 'zh-CN');
    card.actions.push('改过');
    expect(templateCard('service_levels', 'Diamond', 'zh-CN').actions).toEqual(STRATEGY_TEMPLATES_ZH_CN.service_levels.Diamond.actions);
  });
});
