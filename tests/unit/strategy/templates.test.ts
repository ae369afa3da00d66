import { describe, expect, it } from 'vitest';
import { DEFAULT_SEGMENT_RULES, segmentNames } from '../../../src/lib/domain/segments';
import { GENERIC_TEMPLATE, STRATEGY_TEMPLATES, templateCard } from '../../../src/lib/domain/strategy';
import { isSegmentScheme, tierNames, TIER_PRESETS } from '../../../src/lib/domain/tiers';

describe('shipped templates', () => {
  it.each(TIER_PRESETS.map((scheme) => ({ name: scheme.name, scheme })))('$name has a template for every tier', ({ scheme }) => {
    const names = isSegmentScheme(scheme) ? segmentNames(DEFAULT_SEGMENT_RULES) : tierNames(scheme);
    expect(Object.keys(STRATEGY_TEMPLATES[scheme.id]).sort()).toEqual(expect.arrayContaining([...names].sort()));
  });

  it('fills every field of every template', () => {
    for (const templates of Object.values(STRATEGY_TEMPLATES)) {
      for (const template of Object.values(templates)) {
        expect(template.actions.length).toBeGreaterThan(0);
        expect([template.goal, template.owner, template.cadence, template.serviceLevel, template.channel, template.contactFrequency, template.kpi.name, template.kpi.target].every(Boolean)).toBe(true);
      }
    }
  });

  it.each([
    { name: 'platinum follows the issue', schemeId: 'b2b_account_tiers', tier: 'Platinum', kpi: { name: 'Contract renewal rate', target: '≥ 98%' }, serviceLevel: 'Response ≤ 2 h' },
    { name: 'churn risk follows the issue', schemeId: 'b2b_account_tiers', tier: 'Churn risk', kpi: { name: 'Win-back rate', target: '≥ 30%' }, serviceLevel: 'Response ≤ 24 h' },
    { name: 'the scheme decides between two Gold tiers', schemeId: 'service_levels', tier: 'Gold', kpi: { name: 'Spend per customer', target: '+20%' }, serviceLevel: 'Response ≤ 24 h' },
    { name: 'value levels measure their own KPI', schemeId: 'value_levels_margin', tier: 'High', kpi: { name: 'Margin rate', target: '≥ 20%' }, serviceLevel: 'Response ≤ 4 h' },
    { name: 'an unknown scheme borrows a preset tier by name', schemeId: 'mine', tier: 'Champions', kpi: { name: 'Retention rate', target: '≥ 95%' }, serviceLevel: 'Priority, response ≤ 4 h' },
    { name: 'an unknown tier gets the generic card', schemeId: 'service_levels', tier: 'Bronze', kpi: GENERIC_TEMPLATE.kpi, serviceLevel: GENERIC_TEMPLATE.serviceLevel },
    { name: 'a name like an object property is unknown too', schemeId: 'service_levels', tier: 'constructor', kpi: GENERIC_TEMPLATE.kpi, serviceLevel: GENERIC_TEMPLATE.serviceLevel },
  ])('$name', ({ schemeId, tier, kpi, serviceLevel }) => {
    expect(templateCard(schemeId, tier)).toMatchObject({ tier, kpi, serviceLevel });
  });

  it('hands out copies: editing one leaves the template alone', () => {
    const card = templateCard('service_levels', 'Diamond');
    card.actions.push('Edited');
    card.kpi.target = '100%';
    expect(templateCard('service_levels', 'Diamond').actions).not.toContain('Edited');
    expect(templateCard('service_levels', 'Diamond').kpi.target).toBe('≥ 95%');
  });
});
