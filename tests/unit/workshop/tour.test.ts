import { describe, expect, it } from 'vitest';
import { TOUR_PHASES, TOUR_STEPS, TOUR_STEP_PARTS, tourIndexAfter } from '../../../src/lib/domain/tour-steps';
import { en } from '../../../src/lib/i18n/en';
import { enWorkshop } from '../../../src/lib/i18n/en-workshop';
import { zhCN } from '../../../src/lib/i18n/zh-CN';
import { zhCNWorkshop } from '../../../src/lib/i18n/zh-CN/workshop';
import { Tour } from '../../../src/lib/state/tour.svelte';
import { VIEW_TABS, ViewState } from '../../../src/lib/state/view-state.svelte';

const english: Record<string, string> = en;

describe('tour steps (data)', () => {
  it('walks the method in order: data → RFM → clusters → lifecycle → tiers → strategy cards', () => {
    const phases = TOUR_STEPS.map((step) => step.phase).filter((phase, index, all) => phase !== all[index - 1]);
    expect(phases).toEqual([...TOUR_PHASES]);
  });

  it('maps each step to its own existing tab', () => {
    expect(TOUR_STEPS.map((step) => step.tab)).toEqual(['report', 'distributions', 'rfm', 'segments', 'clusters', 'lifecycle', 'cohorts', 'warnings', 'tiers', 'health', 'playbook']);
    for (const step of TOUR_STEPS) expect(VIEW_TABS).toContain(step.tab);
    expect(new Set(TOUR_STEPS.map((step) => step.id)).size).toBe(TOUR_STEPS.length);
  });

  it.each(TOUR_STEPS.flatMap((step) => ['title', ...TOUR_STEP_PARTS].map((part) => ({ key: `tour.${step.id}.${part}` }))))('$key is written in English and Chinese', ({ key }) => {
    expect(english[key]?.length).toBeGreaterThan(10);
    expect(zhCN[key]).toMatch(/[\u4e00-\u9fff]/);
  });

  it('the pitfalls name the known traps: ties in quantiles, too many segments, silhouette vs elbow, the as-of date', () => {
    expect(english['tour.scores.pitfalls']).toMatch(/Ties in quantiles.*frequency score 2 is empty/);
    expect(english['tour.segments.pitfalls']).toMatch(/Too many segments/);
    expect(english['tour.clusters.pitfalls']).toMatch(/silhouette and K by elbow/);
    expect(english['tour.lifecycle.pitfalls']).toMatch(/as-of date/);
  });

  it('the workshop dictionaries have the same keys in both languages', () => {
    expect(Object.keys(zhCNWorkshop).sort()).toEqual(Object.keys(enWorkshop).sort());
  });

  it.each([
    { name: 'next moves on', index: 3, move: 'next', total: 11, expected: 4 },
    { name: 'previous moves back', index: 3, move: 'previous', total: 11, expected: 2 },
    { name: 'previous on the first step stays', index: 0, move: 'previous', total: 11, expected: 0 },
    { name: 'next on the last step stays', index: 10, move: 'next', total: 11, expected: 10 },
    { name: 'first', index: 7, move: 'first', total: 11, expected: 0 },
    { name: 'last', index: 2, move: 'last', total: 11, expected: 10 },
    { name: 'an empty tour has only index 0', index: 0, move: 'next', total: 0, expected: 0 },
  ] as const)('tourIndexAfter: $name', ({ index, move, total, expected }) => {
    expect(tourIndexAfter(index, move, total)).toBe(expected);
  });
});

describe('Tour (state)', () => {
  it.each([
    { name: 'start opens at step 1 and shows the import report', events: ['start'], open: true, index: 0, tab: 'report' },
    { name: 'next twice shows the R × F grid', events: ['start', 'next', 'next'], open: true, index: 2, tab: 'rfm' },
    { name: 'next then previous is back on distributions', events: ['start', 'next', 'next', 'previous'], open: true, index: 1, tab: 'distributions' },
    { name: 'previous before the first step stays on it', events: ['start', 'previous'], open: true, index: 0, tab: 'report' },
    { name: 'close keeps the tab the tour left', events: ['start', 'next', 'close'], open: false, index: 1, tab: 'distributions' },
    { name: 'start again begins at step 1', events: ['start', 'next', 'close', 'start'], open: true, index: 0, tab: 'report' },
    { name: 'walking past the end stays on the playbook', events: ['start', ...Array(15).fill('next')], open: true, index: 10, tab: 'playbook' },
  ])('$name', ({ events, open, index, tab }) => {
    const view = new ViewState();
    const tour = new Tour(view);
    for (const event of events) tour[event as 'start' | 'next' | 'previous' | 'close']();
    expect({ open: tour.open, index: tour.index, tab: view.tab, step: tour.step.tab }).toEqual({ open, index, tab, step: tab });
  });

  it('go jumps to a step and clamps outside the tour', () => {
    const view = new ViewState();
    const tour = new Tour(view);
    tour.go(8);
    expect(view.tab).toBe('tiers');
    tour.go(99);
    expect([tour.index, view.tab]).toEqual([10, 'playbook']);
    tour.go(-3);
    expect([tour.index, view.tab, tour.isFirst, tour.isLast]).toEqual([0, 'report', true, false]);
  });
});
