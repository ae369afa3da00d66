import { describe, expect, it } from 'vitest';
import { DEFAULT_HEALTH_BANDS, NO_HEALTH_BAND } from '../../../src/lib/domain/health';
import { BAND_KEYS, healthBandCounts, validThresholds } from '../../../src/views/value/health-bands';

describe('healthBandCounts', () => {
  it('counts each band and the unscored, with shares of all customers and each band’s index range', () => {
    const bands = Uint8Array.of(0, 1, 1, 2, 2, 2, NO_HEALTH_BAND, 0);
    expect(healthBandCounts(bands, DEFAULT_HEALTH_BANDS)).toEqual([
      { band: 'healthy', customers: 2, share: 0.25, from: 70, to: 100 },
      { band: 'watch', customers: 2, share: 0.25, from: 40, to: 70 },
      { band: 'at_risk', customers: 3, share: 0.375, from: 0, to: 40 },
      { band: 'unscored', customers: 1, share: 0.125, from: null, to: null },
    ]);
  });

  it('lists every band with zero shares when there are no customers', () => {
    const counts = healthBandCounts(new Uint8Array(), { healthyFrom: 80, watchFrom: 50 });
    expect(counts.map((count) => count.band)).toEqual([...BAND_KEYS]);
    expect(counts.every((count) => count.customers === 0 && count.share === 0)).toBe(true);
    expect(counts[1]).toMatchObject({ from: 50, to: 80 });
  });
});

describe('validThresholds', () => {
  it.each([
    { name: 'the defaults', thresholds: { healthyFrom: 70, watchFrom: 40 }, valid: true },
    { name: 'the widest bands', thresholds: { healthyFrom: 100, watchFrom: 0 }, valid: true },
    { name: 'watch equal to healthy (watch band empty)', thresholds: { healthyFrom: 60, watchFrom: 60 }, valid: false },
    { name: 'watch above healthy', thresholds: { healthyFrom: 50, watchFrom: 75 }, valid: false },
    { name: 'healthy above 100', thresholds: { healthyFrom: 101, watchFrom: 40 }, valid: false },
    { name: 'watch below 0', thresholds: { healthyFrom: 70, watchFrom: -1 }, valid: false },
    { name: 'an empty field (NaN)', thresholds: { healthyFrom: NaN, watchFrom: 40 }, valid: false },
  ])('$name → $valid', ({ thresholds, valid }) => {
    expect(validThresholds(thresholds)).toBe(valid);
  });
});
