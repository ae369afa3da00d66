import type { RfmResult } from '../rfm';
import { median } from '../stats';
import { featureColumn, type FeatureName } from './feature-columns';

/** A feature summarised over some customers, in original units. */
export interface FeatureSummary {
  name: FeatureName;
  mean: number;
  median: number;
  /** Mean ÷ overall mean (1 = average); null when the overall mean is 0. */
  relativeMean: number | null;
}

/** What one cluster looks like. Empty clusters have size 0 and NaN means/medians. */
export interface ClusterProfile {
  cluster: number;
  size: number;
  customerShare: number;
  /** Share of the net revenue total; 0 when that total is not positive (shares of it would mislead). */
  revenueShare: number;
  features: FeatureSummary[];
}

/** R, F and M are always profiled (the names are built from them), then any other clustered feature. */
export function profileFeatures(clustered: readonly FeatureName[]): FeatureName[] {
  const base: FeatureName[] = ['recency_days', 'frequency', 'monetary'];
  return [...base, ...clustered.filter((name) => !base.includes(name))];
}

function summarize(name: FeatureName, values: Float64Array, overallMean: number): FeatureSummary {
  let sum = 0;
  for (const value of values) sum += value;
  const mean = sum / values.length;
  return { name, mean, median: median(values), relativeMean: overallMean === 0 ? null : mean / overallMean };
}

/** Size, shares, and mean/median of each feature per cluster, from the labels of a fit. */
export function profileClusters(rfm: RfmResult, labels: Int32Array, k: number, names: readonly FeatureName[]): ClusterProfile[] {
  const n = labels.length;
  const members = Array.from({ length: k }, () => [] as number[]);
  for (let i = 0; i < n; i++) members[labels[i]].push(i);
  const revenue = featureColumn(rfm, 'monetary');
  const totalRevenue = revenue.reduce((sum, value) => sum + value, 0);
  const columns = names.map((name) => {
    const values = featureColumn(rfm, name);
    return { name, values, overallMean: values.reduce((sum, value) => sum + value, 0) / n };
  });
  return members.map((rows, cluster) => {
    const clusterRevenue = rows.reduce((sum, row) => sum + revenue[row], 0);
    return {
      cluster,
      size: rows.length,
      customerShare: n > 0 ? rows.length / n : 0,
      revenueShare: totalRevenue > 0 ? clusterRevenue / totalRevenue : 0,
      features: columns.map(({ name, values, overallMean }) => summarize(name, Float64Array.from(rows, (row) => values[row]), overallMean)),
    };
  });
}
