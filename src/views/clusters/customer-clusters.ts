/** The clustering columns the customer table adds once clustering is ready (after `segment`, as in customers.csv). */
export const CLUSTER_TABLE_COLUMNS = [
  { key: 'cluster', width: 190 },
  { key: 'segment_final', width: 200 },
] as const;

export type ClusterColumnKey = (typeof CLUSTER_TABLE_COLUMNS)[number]['key'];

/** Per-customer clustering results the table reads, aligned with the RFM result's customers. */
export interface CustomerClusters {
  labels: Int32Array;
  names: readonly string[];
  finalLabel: readonly string[];
  /** `manual` for a hand override, a rule label, or '' when the cluster name stands. */
  setBy: readonly string[];
}

export function isClusterColumn(key: string): key is ClusterColumnKey {
  return key === 'cluster' || key === 'segment_final';
}

/** "1 · High value · active" for the cluster column; the final segment as it is. */
export function clusterCellText(clusters: CustomerClusters, index: number, key: ClusterColumnKey): string {
  if (key === 'segment_final') return clusters.finalLabel[index] ?? '';
  const label = clusters.labels[index];
  return `${label + 1} · ${clusters.names[label] ?? ''}`;
}

const collator = new Intl.Collator(undefined, { numeric: true, sensitivity: 'base' });

/** Ascending comparison by cluster number, or by final segment name (ranked once, not collated per comparison). */
export function clusterComparator(clusters: CustomerClusters, key: ClusterColumnKey): (a: number, b: number) => number {
  if (key === 'cluster') return (a, b) => clusters.labels[a] - clusters.labels[b];
  const distinct = [...new Set(clusters.finalLabel)].sort(collator.compare);
  const rank = new Map(distinct.map((label, position) => [label, position]));
  return (a, b) => rank.get(clusters.finalLabel[a])! - rank.get(clusters.finalLabel[b])!;
}

/** Matches the search text against the cluster name and the final segment; null for an empty query. */
export function clusterMatcher(clusters: CustomerClusters, query: string): ((index: number) => boolean) | null {
  const needle = query.trim().toLocaleLowerCase();
  if (!needle) return null;
  const nameMatches = clusters.names.map((name) => name.toLocaleLowerCase().includes(needle));
  return (index) => nameMatches[clusters.labels[index]] || (clusters.finalLabel[index] ?? '').toLocaleLowerCase().includes(needle);
}
