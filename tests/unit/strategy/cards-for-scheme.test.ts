import { describe, expect, it } from 'vitest';
import { cardsFor, sameCard, templateCard, withCard, withTemplateCard, type StrategyCard } from '../../../src/lib/domain/strategy';

const NAMES = ['Diamond', 'Gold', 'Silver'];
const edited = (tier: string, goal: string): StrategyCard => ({ ...templateCard('service_levels', tier), goal });

describe('cardsFor', () => {
  it.each([
    { name: 'nothing saved: the templates, in tier order', saved: undefined, goals: ['template', 'template', 'template'] },
    { name: 'a saved card replaces its tier’s template', saved: [edited('Gold', 'Mine')], goals: ['template', 'Mine', 'template'] },
    { name: 'saved order does not matter', saved: [edited('Silver', 'S'), edited('Diamond', 'D')], goals: ['D', 'template', 'S'] },
    { name: 'a saved card of another tier is ignored', saved: [edited('Bronze', 'B')], goals: ['template', 'template', 'template'] },
    { name: 'the first of two saved cards with one name wins', saved: [edited('Gold', 'first'), edited('Gold', 'second')], goals: ['template', 'first', 'template'] },
  ])('$name', ({ saved, goals }) => {
    const cards = cardsFor(NAMES, saved, 'service_levels');
    expect(cards.map((card) => card.tier)).toEqual(NAMES);
    expect(cards.map((card, index) => (sameCard(card, templateCard('service_levels', NAMES[index])) ? 'template' : card.goal))).toEqual(goals);
  });

  it('returns copies of saved cards', () => {
    const saved = [edited('Gold', 'Mine')];
    cardsFor(NAMES, saved, 'service_levels')[1].actions.push('x');
    expect(saved[0].actions).not.toContain('x');
  });

  it('no tiers, no cards', () => {
    expect(cardsFor([], undefined)).toEqual([]);
  });
});

describe('withCard', () => {
  it('copies the templates in on the first edit', () => {
    const list = withCard(NAMES, undefined, 'service_levels', 0, edited('Diamond', 'Keep them'));
    expect(list.map((card) => [card.tier, card.goal])).toEqual([
      ['Diamond', 'Keep them'],
      ['Gold', templateCard('service_levels', 'Gold').goal],
      ['Silver', templateCard('service_levels', 'Silver').goal],
    ]);
  });

  it('keeps the tier name of the slot and saved cards of tiers the scheme no longer has', () => {
    const saved = [edited('Platinum', 'old name'), edited('Gold', 'G')];
    const list = withCard(NAMES, saved, 'service_levels', 2, { ...edited('Gold', 'S'), tier: 'typo' });
    expect(list.map((card) => [card.tier, card.goal])).toEqual([
      ['Diamond', templateCard('service_levels', 'Diamond').goal],
      ['Gold', 'G'],
      ['Silver', 'S'],
      ['Platinum', 'old name'],
    ]);
  });

  it('resets one card to its template and leaves the others', () => {
    const saved = [edited('Diamond', 'D'), edited('Gold', 'G'), edited('Silver', 'S')];
    const list = withTemplateCard(NAMES, saved, 'service_levels', 1);
    expect(list.map((card) => card.goal)).toEqual(['D', templateCard('service_levels', 'Gold').goal, 'S']);
  });

  it('ignores an index outside the tiers', () => {
    expect(withCard(NAMES, undefined, 'service_levels', 5, edited('Gold', 'x')).map((card) => card.goal)).not.toContain('x');
  });
});

describe('cards in the interface language', () => {
  const zh = (tier: string) => templateCard('service_levels', tier, 'zh-CN');
  const en = (tier: string) => templateCard('service_levels', tier, 'en');
  const goals = (cards: StrategyCard[]) => cards.map((card) => card.goal);

  it('nothing saved: the templates of the language asked for', () => {
    expect(goals(cardsFor(NAMES, undefined, 'service_levels', 'zh-CN'))).toEqual(['留住消费前 5% 的客户，深化合作关系', '提升消费，向钻石等级迈进', '高效服务，推动活跃客户升级']);
    expect(goals(cardsFor(NAMES, undefined, 'service_levels', 'en'))).toEqual(NAMES.map((tier) => en(tier).goal));
  });

  it('the first edit in Chinese copies the Chinese templates in; back in English only the edited card stays Chinese', () => {
    const typed = { ...zh('Gold'), goal: '黄金客户：季度内客均消费提升两成' };
    const saved = withCard(NAMES, undefined, 'service_levels', 1, typed, 'zh-CN');
    expect(saved).toEqual([zh('Diamond'), typed, zh('Silver')]);
    // Unedited cards turn English, the typed one stays exactly as typed (its other fields too).
    expect(cardsFor(NAMES, saved, 'service_levels', 'en')).toEqual([en('Diamond'), typed, en('Silver')]);
    expect(cardsFor(NAMES, saved, 'service_levels', 'zh-CN')).toEqual([zh('Diamond'), typed, zh('Silver')]);
  });

  it('English template copies saved before follow Chinese, an English edit stays English', () => {
    const saved = [en('Diamond'), edited('Gold', 'Grow Gold'), en('Silver')];
    expect(goals(cardsFor(NAMES, saved, 'service_levels', 'zh-CN'))).toEqual([zh('Diamond').goal, 'Grow Gold', zh('Silver').goal]);
  });

  it('a later edit in English keeps the earlier Chinese edit and stores the others in English', () => {
    const chineseEdit = { ...zh('Diamond'), goal: '钻石客户一个都不能少' };
    const first = withCard(NAMES, undefined, 'service_levels', 0, chineseEdit, 'zh-CN');
    const second = withCard(NAMES, first, 'service_levels', 2, { ...en('Silver'), channel: 'SMS' }, 'en');
    expect(second).toEqual([chineseEdit, en('Gold'), { ...en('Silver'), channel: 'SMS' }]);
  });

  it('reset in Chinese stores the Chinese template, which then follows the language again', () => {
    const saved = [edited('Diamond', 'D'), edited('Gold', 'G'), edited('Silver', 'S')];
    const list = withTemplateCard(NAMES, saved, 'service_levels', 0, 'zh-CN');
    expect(list[0]).toEqual(zh('Diamond'));
    expect(goals(cardsFor(NAMES, list, 'service_levels', 'en'))).toEqual([en('Diamond').goal, 'G', 'S']);
  });

  it('edited detection compares with the shown language: a template in either language is not edited', () => {
    const saved = [zh('Diamond'), en('Gold'), { ...zh('Silver'), owner: '客服部' }];
    for (const language of ['en', 'zh-CN'] as const) {
      const cards = cardsFor(NAMES, saved, 'service_levels', language);
      expect(cards.map((card) => !sameCard(card, templateCard('service_levels', card.tier, language)))).toEqual([false, false, true]);
    }
  });

  it('a card of a tier the scheme lost is kept as saved, whatever its language', () => {
    const saved = [{ ...zh('Diamond'), tier: 'Bronze' }];
    expect(withCard(NAMES, saved, 'service_levels', 0, en('Diamond'), 'en').at(-1)).toEqual(saved[0]);
  });
});
