import { describe, expect, it } from 'vitest';
import { clusterNames, describeCluster } from '../../../src/lib/domain/clustering/cluster-names';
import { profileClusters, profileFeatures, type ClusterProfile } from '../../../src/lib/domain/clustering/profiles';
import { rfmOf } from './helpers';

// As of day 100: two recent big spenders, two lapsed one-time small buyers.
const rfm = rfmOf([
  { firstDay: 10, lastDay: 95, frequency: 10, monetaryCents: 50000 },
  { firstDay: 20, lastDay: 90, frequency: 6, monetaryCents: 30000 },
  { firstDay: 5, lastDay: 5, frequency: 1, monetaryCents: 1000 },
  { firstDay: 15, lastDay: 15, frequency: 1, monetaryCents: 3000 },
]);
const labels = Int32Array.from([1, 1, 0, 0]);

describe('profileClusters', () => {
  const [lapsed, loyal] = profileClusters(rfm, labels, 2, profileFeatures(['monetary', 'tenure_days']));

  it('always profiles R, F, M, then the extra clustered features', () => {
    expect(loyal.features.map((feature) => feature.name)).toEqual(['recency_days', 'frequency', 'monetary', 'tenure_days']);
  });

  it('sizes and shares of customers and of revenue', () => {
    expect(loyal).toMatchObject({ cluster: 1, size: 2, customerShare: 0.5, revenueShare: 800 / 840 });
    expect(lapsed).toMatchObject({ cluster: 0, size: 2, customerShare: 0.5, revenueShare: 40 / 840 });
  });

  it('mean, median and mean relative to the overall mean, in original units', () => {
    // recency: loyal 5 and 10 days, lapsed 95 and 85; overall mean 48.75
    expect(loyal.features[0]).toEqual({ name: 'recency_days', mean: 7.5, median: 7.5, relativeMean: 7.5 / 48.75 });
    expect(lapsed.features[2]).toMatchObject({ name: 'monetary', mean: 20, median: 20, relativeMean: 20 / 210 });
  });

  it('an empty cluster has size 0 and no revenue share', () => {
    const [, , empty] = profileClusters(rfm, labels, 3, profileFeatures([]));
    expect(empty).toMatchObject({ size: 0, customerShare: 0, revenueShare: 0 });
  });
});

const profileWith = (recency: number, frequency: number, monetary: number): ClusterProfile => ({
  cluster: 0,
  size: 1,
  customerShare: 1,
  revenueShare: 1,
  features: ([['recency_days', recency], ['frequency', frequency], ['monetary', monetary]] as const).map(([name, relativeMean]) => ({ name, mean: 0, median: 0, relativeMean })),
});

describe('cluster names from relative R, F, M', () => {
  it.each([
    { name: 'big recent spenders', profile: profileWith(0.4, 1.5, 3), expected: 'High value · active' },
    { name: 'long gone small buyers', profile: profileWith(2.5, 0.9, 0.5), expected: 'Lapsed · low spend' },
    { name: 'frequent buyers, average otherwise', profile: profileWith(1, 1.6, 1.1), expected: 'Frequent' },
    { name: 'nothing stands out', profile: profileWith(1.1, 0.9, 1.2), expected: 'Average' },
    { name: 'equal strength keeps the rule order (money first)', profile: profileWith(0.5, 1, 2), expected: 'High value · active' },
  ])('$name ⇒ $expected', ({ profile, expected }) => {
    expect(clusterNames([profile])).toEqual([expected]);
  });

  it('a repeated name is numbered, in cluster order', () => {
    expect(clusterNames([profileWith(1, 1, 1), profileWith(1, 1, 1), profileWith(0.2, 1, 1)])).toEqual(['Average', 'Average 2', 'Active']);
  });

  it('gives descriptor keys for translation', () => {
    expect(describeCluster(profileWith(0.5, 0.4, 3))).toEqual(['high_value', 'active']);
  });

  it('names one value word: money, or frequency when it stands out more', () => {
    expect(describeCluster(profileWith(1, 0.2, 0.7))).toEqual(['occasional']);
  });

  it('the labels of the real profiles read naturally', () => {
    const profiles = profileClusters(rfm, labels, 2, profileFeatures([]));
    expect(clusterNames(profiles)).toEqual(['Low spend · lapsed', 'Active · high value']);
  });
});
