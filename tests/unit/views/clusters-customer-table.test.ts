import { describe, expect, it } from 'vitest';
import { directed, sortedIndices } from '../../../src/components/ui/table-order';
import { CLUSTER_TABLE_COLUMNS, clusterCellText, clusterComparator, clusterMatcher, isClusterColumn, type CustomerClusters } from '../../../src/views/clusters/customer-clusters';

const clusters: CustomerClusters = {
  labels: Int32Array.from([1, 0, 2, 0]),
  names: ['Active · high value', 'Low spend · lapsed', '<b>Active</b>'],
  finalLabel: ['Low spend · lapsed', 'VIP', '<b>Active</b>', 'Active · high value'],
  setBy: ['', 'manual', '', ''],
};

describe('clustering columns of the customer table', () => {
  it('come after segment, in customers.csv order', () => {
    expect(CLUSTER_TABLE_COLUMNS.map((column) => column.key)).toEqual(['cluster', 'segment_final']);
    expect(['cluster', 'segment_final', 'segment'].map(isClusterColumn)).toEqual([true, true, false]);
  });

  it('show the cluster 1-based with its name, and the final segment as text', () => {
    expect(clusterCellText(clusters, 0, 'cluster')).toBe('2 · Low spend · lapsed');
    expect(clusterCellText(clusters, 2, 'cluster')).toBe('3 · <b>Active</b>');
    expect(clusterCellText(clusters, 1, 'segment_final')).toBe('VIP');
  });

  it.each([
    { key: 'cluster' as const, direction: 'asc' as const, order: [1, 3, 0, 2] },
    { key: 'cluster' as const, direction: 'desc' as const, order: [2, 0, 1, 3] },
    { key: 'segment_final' as const, direction: 'asc' as const, order: [2, 3, 0, 1] },
  ])('sort by $key $direction', ({ key, direction, order }) => {
    expect(Array.from(sortedIndices(4, directed(clusterComparator(clusters, key), direction)))).toEqual(order);
  });

  it('search matches cluster names and final segments, case-insensitively', () => {
    const keep = clusterMatcher(clusters, ' vip ')!;
    expect([0, 1, 2, 3].filter(keep)).toEqual([1]);
    const lapsed = clusterMatcher(clusters, 'LAPSED')!;
    expect([0, 1, 2, 3].filter(lapsed)).toEqual([0]);
    expect(clusterMatcher(clusters, '   ')).toBeNull();
  });
});
