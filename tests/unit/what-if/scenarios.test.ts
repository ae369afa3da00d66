import { describe, expect, it } from 'vitest';
import { computeRfm } from '../../../src/lib/domain/rfm';
import { metricsFromRows } from '../../../src/lib/domain/customer-metrics';
import { Scenarios } from '../../../src/lib/state/scenarios.svelte';
import { defaultSettings } from '../../../src/lib/state/settings';
import { scenarioSnapshot } from '../../../src/lib/state/what-if-compare';

describe('named scenarios', () => {
  it('adds with unique ids, renames, updates and removes; a saved scenario is a copy', () => {
    const scenarios = new Scenarios();
    const settings = defaultSettings();
    const first = scenarios.add('  Strict champions ', settings);
    const second = scenarios.add('Loose', settings);
    expect([first, second]).toEqual(['scenario-1', 'scenario-2']);
    settings.segmentRules[0].name = 'Changed later';
    expect(scenarios.find(first)!.settings.segmentRules[0].name).toBe('Champions');
    expect(scenarios.find(first)!.name).toBe('Strict champions');
    scenarios.rename(second, 'Wide');
    scenarios.rename(second, '   '); // a blank name is not taken
    expect(scenarios.find(second)!.name).toBe('Wide');
    scenarios.update(second, settings);
    expect(scenarios.find(second)!.settings.segmentRules[0].name).toBe('Changed later');
    scenarios.remove(first);
    expect(scenarios.list.map((scenario) => scenario.id)).toEqual(['scenario-2']);
    expect(scenarios.add('Third', settings)).toBe('scenario-3');
  });
});

describe('a scenario computed in memory', () => {
  // Five customers whose scores are easy to see: recency and frequency rank them 1–5 alike.
  const metrics = metricsFromRows(
    [1, 2, 3, 4, 5].map((rank) => ({ id: `c${rank}`, firstDay: 0, lastDay: 100 + rank * 10, frequency: rank, monetaryCents: rank * 1000 })),
  );
  const asOfDay = 200;
  const current = computeRfm(metrics, asOfDay, defaultSettings().segmentRules);

  it('gives the segments the scenario’s rules give these scores (checked by a plain loop)', () => {
    const settings = defaultSettings();
    settings.segmentRules = [
      { name: 'Top', r: [4, 5], f: [4, 5], m: [1, 5] },
      { name: 'Rest', r: [1, 5], f: [1, 3], m: [1, 5] },
    ];
    const outcome = scenarioSnapshot(current, asOfDay, settings);
    if (!outcome.ok) throw new Error('expected an in-memory result');
    const names = outcome.snapshot.segmentNames;
    const expected = metrics.ids.map((_, index) => {
      const r = current.rScore[index];
      const f = current.fScore[index];
      return r >= 4 && f >= 4 ? 'Top' : f <= 3 ? 'Rest' : 'Others';
    });
    expect(Array.from(outcome.snapshot.segment, (segment) => names[segment])).toEqual(expected);
    expect(expected).toContain('Top');
    expect(outcome.snapshot.ids).toBe(metrics.ids);
  });

  it('rescores under another score method', () => {
    const settings = defaultSettings();
    settings.scoreMethod = { kind: 'fixed', cuts: { recency: [15, 25, 35, 45], frequency: [1, 2, 3, 4], monetary: [10, 20, 30, 40] } };
    const outcome = scenarioSnapshot(current, asOfDay, settings);
    if (!outcome.ok) throw new Error('expected an in-memory result');
    const direct = computeRfm(metrics, asOfDay, settings.segmentRules, settings.scoreMethod);
    expect(Array.from(outcome.snapshot.segment)).toEqual(Array.from(direct.segment));
  });

  it('says so when the scenario has another as-of date', () => {
    const settings = defaultSettings();
    settings.asOfDay = 150;
    expect(scenarioSnapshot(current, asOfDay, settings)).toEqual({ ok: false, reason: 'as_of', asOfDay: 150 });
    settings.asOfDay = null; // the default date, which here is the one shown
    expect(scenarioSnapshot(current, asOfDay, settings).ok).toBe(true);
    expect(scenarioSnapshot(current, 199, settings)).toEqual({ ok: false, reason: 'as_of', asOfDay: 199 });
  });

  it('scores a scenario under its own definitions, and says so when purchase days are not counted', () => {
    const settings = defaultSettings();
    settings.definitions = { frequency: 'orders', monetary: 'average' };
    const outcome = scenarioSnapshot(current, asOfDay, settings);
    if (!outcome.ok) throw new Error('expected an in-memory result');
    const direct = computeRfm(metrics, asOfDay, settings.segmentRules, settings.scoreMethod, settings.definitions);
    expect(Array.from(outcome.snapshot.segment)).toEqual(Array.from(direct.segment));
    settings.definitions = { frequency: 'days', monetary: 'total' };
    expect(scenarioSnapshot(current, asOfDay, settings)).toEqual({ ok: false, reason: 'purchase_days', asOfDay });
  });
});
