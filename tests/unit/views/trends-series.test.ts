import { describe, expect, it } from 'vitest';
import { CLUSTER_COLORS } from '../../../src/components/charts/cluster-palette';
import { segmentSizes, segmentTrends, type SegmentMonthCells } from '../../../src/lib/domain/lifecycle/segment-trends';
import { ALL_KEY, defaultShownKeys, seriesChoices, toggledKeys, trendLines } from '../../../src/views/lifecycle/trends-series';

// One order each in one month; segment sizes: A 1, B 3, C 2, D 4, E 5.
const sizes: Record<string, number> = { A: 1, B: 3, C: 2, D: 4, E: 5 };
const NAMES = Object.keys(sizes);
// One month; each segment's customers all ordered once.
const segment = Uint16Array.from(Object.entries(sizes).flatMap(([name, size]) => Array<number>(size).fill(NAMES.indexOf(name))));
const cells: SegmentMonthCells = {
  segment: Int32Array.from([-1, ...NAMES.map((_, index) => index)]),
  month: new Int32Array(NAMES.length + 1).fill(23_964),
  active: Int32Array.from([segment.length, ...Object.values(sizes)]),
  returning: new Int32Array(NAMES.length + 1),
  orders: Int32Array.from([segment.length, ...Object.values(sizes)]),
  revenueCents: Float64Array.from([segment.length * 100, ...Object.values(sizes).map((size) => size * 100)]),
};
const trends = segmentTrends(cells, segmentSizes(segment, NAMES.length), NAMES, NAMES);

describe('trend series choices', () => {
  it('shows all customers and the four largest segments by default', () => {
    expect(defaultShownKeys(trends)).toEqual([ALL_KEY, 'segment:E', 'segment:D', 'segment:B', 'segment:C']);
  });

  it('colours follow the segment order, whatever is shown', () => {
    expect(seriesChoices(trends).map((choice) => [choice.key, choice.color])).toEqual([
      [ALL_KEY, '#1d2330'],
      ...['A', 'B', 'C', 'D', 'E'].map((segment, index) => [`segment:${segment}`, CLUSTER_COLORS[index]]),
    ]);
  });

  it('draws the shown lines in toggle order with the chosen measure', () => {
    const lines = trendLines(trends, 'activeCustomers', ['segment:D', ALL_KEY], 'All customers');
    expect(lines.map((line) => [line.label, Array.from(line.values)])).toEqual([
      ['All customers', [15]],
      ['D', [4]],
    ]);
  });

  it.each([
    { name: 'switches a line off', shown: [ALL_KEY, 'segment:A'], key: 'segment:A', result: [ALL_KEY] },
    { name: 'switches a line on', shown: [ALL_KEY], key: 'segment:B', result: [ALL_KEY, 'segment:B'] },
  ])('$name', ({ shown, key, result }) => {
    expect(toggledKeys(shown, key)).toEqual(result);
  });
});
