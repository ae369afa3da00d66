import { HEALTH_BANDS, NO_HEALTH_BAND, type HealthBand, type HealthBandThresholds } from '../../lib/domain/health';
import type { HealthBandCount } from '../../lib/export/concentration-csv';

/** The bands as the view lists them: the domain's three, then the customers without an index. */
export type BandKey = HealthBand | 'unscored';
export const BAND_KEYS: readonly BandKey[] = [...HEALTH_BANDS, 'unscored'];

/** Green, amber, red and grey: the colour of each band in the chart and the counts. */
export const BAND_COLORS: Record<BandKey, string> = {
  healthy: '#2e8b57',
  watch: '#d69e00',
  at_risk: '#c8453b',
  unscored: '#9aa1ad',
};

/** Customers per band with their share of all customers and the score range of the band (null for unscored). */
export function healthBandCounts(bands: Uint8Array, thresholds: HealthBandThresholds): HealthBandCount[] {
  const counts = new Array<number>(HEALTH_BANDS.length + 1).fill(0);
  for (const band of bands) counts[band === NO_HEALTH_BAND ? HEALTH_BANDS.length : band]++;
  const ranges: Record<BandKey, [number, number] | null> = {
    healthy: [thresholds.healthyFrom, 100],
    watch: [thresholds.watchFrom, thresholds.healthyFrom],
    at_risk: [0, thresholds.watchFrom],
    unscored: null,
  };
  return BAND_KEYS.map((band, at) => ({
    band,
    customers: counts[at],
    share: bands.length ? counts[at] / bands.length : 0,
    from: ranges[band]?.[0] ?? null,
    to: ranges[band]?.[1] ?? null,
  }));
}

/** Thresholds the index can use: 0 ≤ watchFrom < healthyFrom ≤ 100, so every band keeps a range. */
export function validThresholds({ healthyFrom, watchFrom }: HealthBandThresholds): boolean {
  return Number.isFinite(healthyFrom) && Number.isFinite(watchFrom) && watchFrom >= 0 && healthyFrom <= 100 && watchFrom < healthyFrom;
}
