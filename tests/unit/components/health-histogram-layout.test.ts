import { describe, expect, it } from 'vitest';
import { bandOfScore, bandPieces, barIndexAt, healthHistogramLayout } from '../../../src/components/charts/health-histogram-layout';
import { DEFAULT_HEALTH_BANDS, healthHistogram } from '../../../src/lib/domain/health';

describe('bandOfScore', () => {
  it.each([
    { score: 100, band: 'healthy' },
    { score: 70, band: 'healthy' },
    { score: 69.999, band: 'watch' },
    { score: 40, band: 'watch' },
    { score: 39.9, band: 'at_risk' },
    { score: 0, band: 'at_risk' },
  ])('$score is $band with the default 70 / 40 (lower bounds inclusive)', ({ score, band }) => {
    expect(bandOfScore(score, DEFAULT_HEALTH_BANDS)).toBe(band);
  });
});

describe('bandPieces', () => {
  it.each([
    { name: 'a bin inside one band stays whole', from: 70, to: 80, thresholds: DEFAULT_HEALTH_BANDS, pieces: [{ from: 70, to: 80, band: 'healthy' }] },
    { name: 'a threshold on the lower edge does not split', from: 40, to: 50, thresholds: DEFAULT_HEALTH_BANDS, pieces: [{ from: 40, to: 50, band: 'watch' }] },
    {
      name: 'a threshold inside splits where it falls',
      from: 60,
      to: 70,
      thresholds: { healthyFrom: 65, watchFrom: 40 },
      pieces: [
        { from: 60, to: 65, band: 'watch' },
        { from: 65, to: 70, band: 'healthy' },
      ],
    },
    {
      name: 'both thresholds inside one bin give three pieces',
      from: 40,
      to: 50,
      thresholds: { healthyFrom: 47, watchFrom: 43 },
      pieces: [
        { from: 40, to: 43, band: 'at_risk' },
        { from: 43, to: 47, band: 'watch' },
        { from: 47, to: 50, band: 'healthy' },
      ],
    },
  ])('$name', ({ from, to, thresholds, pieces }) => {
    expect(bandPieces(from, to, thresholds)).toEqual(pieces);
  });
});

describe('healthHistogramLayout', () => {
  // Scores 5, 35, 35, 65, 95 and 100 (the last bar holds 100).
  const { bins } = healthHistogram(Float64Array.of(5, 35, 35, 65, 95, 100));
  // Width 162 → plot x 48…148, one pixel per index point; height 112 → y 12…88.
  const layout = healthHistogramLayout(bins, { healthyFrom: 65, watchFrom: 40 }, 162, 112);

  it('places ten bars of ten index points with a half-pixel gap each side', () => {
    layout.bars.forEach((bar, at) => {
      expect(bar.x).toBeCloseTo(48 + 10 * at + 0.5, 9);
      expect(bar.width).toBeCloseTo(9, 9);
    });
    expect(layout.bars.map((bar) => bar.bin.customers)).toEqual([1, 0, 0, 2, 0, 0, 1, 0, 0, 2]);
    expect(layout.bars[3]).toMatchObject({ y: 12, height: 76 });
    expect(layout.bars[0]).toMatchObject({ y: 50, height: 38 });
  });

  it('colours each piece by band, splitting the 60–70 bar at 65', () => {
    const pieces = layout.bars[6].pieces;
    expect(pieces.map((piece) => piece.band)).toEqual(['watch', 'healthy']);
    expect(pieces.map((piece) => [piece.x, piece.width].map((pixel) => Math.round(pixel * 1e6) / 1e6))).toEqual([
      [108.5, 4.5],
      [113, 4.5],
    ]);
    expect(layout.bars[3].pieces.map((piece) => piece.band)).toEqual(['at_risk']);
  });

  it('draws the threshold lines and 0–100 ticks', () => {
    expect(layout.thresholds).toEqual([
      { key: 'watchFrom', value: 40, position: 88 },
      { key: 'healthyFrom', value: 65, position: 113 },
    ]);
    expect(layout.xTicks.map((tick) => tick.value)).toEqual([0, 10, 20, 30, 40, 50, 60, 70, 80, 90, 100]);
    expect(layout.yTicks.every((tick) => Number.isInteger(tick.value))).toBe(true);
  });

  it('leaves out a threshold at 0 (no at-risk band to mark)', () => {
    expect(healthHistogramLayout(bins, { healthyFrom: 50, watchFrom: 0 }, 162, 112).thresholds.map((line) => line.key)).toEqual(['healthyFrom']);
  });

  it.each([
    { x: 48.5, index: 0 },
    { x: 113, index: 6 },
    { x: 147.5, index: 9 },
    { x: 20, index: null },
  ])('pixel $x is over bar $index', ({ x, index }) => {
    expect(barIndexAt(layout.bars, x)).toBe(index);
  });
});
