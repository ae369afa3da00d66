import { clusterColor } from '../../components/charts/cluster-palette';
import type { TrendInput } from '../../components/charts/trend-lines-layout';
import type { SegmentTrends, TrendMetric, TrendSeries } from '../../lib/domain/lifecycle';

/** Key of the all-customers line; segment lines are keyed `segment:<name>`, so no name can collide with it. */
export const ALL_KEY = 'all';
const ALL_COLOR = '#1d2330';

/** The key of a series' line. */
export function seriesKey(series: TrendSeries): string {
  return series.segment === null ? ALL_KEY : `segment:${series.segment}`;
}

/** Lines shown before the user picks: all customers and the `largest` biggest segments today. */
export function defaultShownKeys(trends: SegmentTrends, largest = 4): string[] {
  const bySize = [...trends.segments].sort((a, b) => b.customers - a.customers).slice(0, largest);
  return [ALL_KEY, ...bySize.map(seriesKey)];
}

/** One toggle per series, all customers first, each with its fixed colour (by segment order, not by what is shown). */
export function seriesChoices(trends: SegmentTrends): { key: string; series: TrendSeries; color: string }[] {
  return [
    { key: ALL_KEY, series: trends.all, color: ALL_COLOR },
    ...trends.segments.map((series, index) => ({ key: seriesKey(series), series, color: clusterColor(index) })),
  ];
}

/** The lines to draw for `metric`, in toggle order; `allLabel` names the all-customers line. */
export function trendLines(trends: SegmentTrends, metric: TrendMetric, shown: readonly string[], allLabel: string): (TrendInput & { label: string })[] {
  return seriesChoices(trends)
    .filter((choice) => shown.includes(choice.key))
    .map(({ key, series, color }) => ({ key, color, label: series.segment ?? allLabel, values: series[metric] }));
}

/** `shown` with `key` switched on or off. */
export function toggledKeys(shown: readonly string[], key: string): string[] {
  return shown.includes(key) ? shown.filter((item) => item !== key) : [...shown, key];
}
