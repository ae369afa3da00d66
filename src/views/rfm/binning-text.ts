import { formatDecimal, formatPercent } from '../../components/format';
import type { BinningWarning } from '../../lib/domain/binning-warnings';
import type { BinRow } from '../../lib/domain/binning-ranges';
import type { RfmMetric, ScoreMethodKind } from '../../lib/domain/score-methods';
import { t } from '../../lib/i18n';

/** The metric with its unit, as a heading or label. */
export function metricName(metric: RfmMetric): string {
  return { recency: t('rfm.metric.recency'), frequency: t('rfm.metric.frequency'), monetary: t('rfm.metric.monetary') }[metric];
}

/** The metric as a word inside a sentence. */
export function metricWord(metric: RfmMetric): string {
  return { recency: t('rfm.metric_word.recency'), frequency: t('rfm.metric_word.frequency'), monetary: t('rfm.metric_word.monetary') }[metric];
}

/** A cut point or value in display units (days, orders, currency units); none when no value is that high. */
export function formatCut(value: number): string {
  return Number.isFinite(value) ? formatDecimal(value, 2) : t('rfm.bins.none');
}

/** The four cut points, comma separated. */
export function cutsText(cuts: readonly number[]): string {
  return cuts.map(formatCut).join(', ');
}

/** The [from, to) range of one score in words. */
export function rangeText(row: BinRow): string {
  if (row.customers === 0 && row.from !== null && row.to !== null && row.from >= row.to) return t('rfm.bins.none');
  if (row.from === null) return row.to === null ? '' : t('rfm.bins.below', { to: formatCut(row.to) });
  if (row.to === null) return t('rfm.bins.from', { from: formatCut(row.from) });
  return t('rfm.bins.between', { from: formatCut(row.from), to: formatCut(row.to) });
}

/** One binning warning in plain words. */
export function warningText(warning: BinningWarning): string {
  const metric = metricWord(warning.metric);
  if (warning.kind === 'crowded') {
    return t('rfm.bins.warn.crowded', { metric, score: warning.score, share: formatPercent(warning.share), valueShare: formatPercent(warning.valueShare), value: formatCut(warning.value) });
  }
  if (warning.cause) return t('rfm.bins.warn.empty_cause', { metric, score: warning.score, share: formatPercent(warning.cause.share), value: formatCut(warning.cause.value) });
  return t('rfm.bins.warn.empty', { metric, score: warning.score });
}

/** The name of a score method. */
export function methodName(kind: ScoreMethodKind): string {
  return { 'tie-sharing': t('rfm.score.tie_sharing'), 'r-rfm': t('rfm.score.r_rfm'), fixed: t('rfm.score.fixed') }[kind];
}
