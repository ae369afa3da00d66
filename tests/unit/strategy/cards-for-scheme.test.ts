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
