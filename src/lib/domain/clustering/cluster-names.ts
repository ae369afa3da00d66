import type { ClusterProfile } from './profiles';

/** The words a cluster name is made of; keys so the UI can translate them. */
export type Descriptor = 'high_value' | 'low_spend' | 'frequent' | 'occasional' | 'active' | 'lapsed' | 'average';

/** English labels; the first word of a name is capitalised, the second is not. */
export const DESCRIPTOR_LABELS: Record<Descriptor, string> = {
  high_value: 'high value',
  low_spend: 'low spend',
  frequent: 'frequent',
  occasional: 'occasional',
  active: 'active',
  lapsed: 'lapsed',
  average: 'average',
};

// A mean 25 % above or below the overall mean is notable; the ratio is symmetric on a log scale (1.25 vs 0.8).
const NOTABLE = Math.log(1.25);

// Two axes, at most one word each: value (money, else frequency: they move together, naming both says little)
// and activity (recency is days since the last order, so a low ratio means recently active).
// Within an axis and between equally strong words, the listed order decides.
const AXES = [
  [
    { feature: 'monetary', above: 'high_value', below: 'low_spend' },
    { feature: 'frequency', above: 'frequent', below: 'occasional' },
  ],
  [{ feature: 'recency_days', above: 'lapsed', below: 'active' }],
] as const;

/** Up to two notable descriptors of a cluster, one per axis, strongest first; ['average'] when none is. */
export function describeCluster(profile: ClusterProfile): Descriptor[] {
  const words = AXES.flatMap((rules) => {
    const notable = rules.flatMap(({ feature, above, below }) => {
      const ratio = profile.features.find((summary) => summary.name === feature)?.relativeMean;
      if (ratio == null || !(ratio > 0)) return [];
      const strength = Math.abs(Math.log(ratio));
      return strength >= NOTABLE ? [{ descriptor: ratio > 1 ? above : below, strength }] : [];
    });
    return notable.sort((a, b) => b.strength - a.strength).slice(0, 1);
  });
  return words.length > 0 ? words.sort((a, b) => b.strength - a.strength).map((word) => word.descriptor) : ['average'];
}

/** Readable names, e.g. "High value · active"; a repeated name gets " 2", " 3" in cluster order. */
export function clusterNames(profiles: ClusterProfile[], labels: Record<Descriptor, string> = DESCRIPTOR_LABELS): string[] {
  const seen = new Map<string, number>();
  return profiles.map((profile) => {
    const words = describeCluster(profile).map((descriptor) => labels[descriptor]);
    const name = words.map((word, at) => (at === 0 ? word.charAt(0).toUpperCase() + word.slice(1) : word)).join(' · ');
    const count = (seen.get(name) ?? 0) + 1;
    seen.set(name, count);
    return count === 1 ? name : `${name} ${count}`;
  });
}
