import { giniOfSorted, lorenzOfSorted, DEFAULT_LORENZ_POINTS, type LorenzCurve } from './lorenz';
import { topSharesOfSorted, DEFAULT_TOP_FRACTIONS, type TopShare } from './pareto';
import { sortedRevenue, total } from './revenue';

/** Every concentration measure of one set of customers. */
export interface Concentration {
  customers: number;
  /** Revenue with negative monetary counted as 0, the base of the shares. */
  revenueCents: number;
  topShares: TopShare[];
  gini: number;
  lorenz: LorenzCurve;
}

export interface ConcentrationOptions {
  fractions?: readonly number[];
  maxPoints?: number;
}

/** Top shares, Gini and Lorenz curve of all customers, sorting once. */
export function concentration(monetaryCents: ArrayLike<number>, options: ConcentrationOptions = {}): Concentration {
  return concentrationOfSorted(sortedRevenue(monetaryCents), options);
}

function concentrationOfSorted(sorted: Float64Array, { fractions = DEFAULT_TOP_FRACTIONS, maxPoints = DEFAULT_LORENZ_POINTS }: ConcentrationOptions): Concentration {
  return {
    customers: sorted.length,
    revenueCents: total(sorted),
    topShares: topSharesOfSorted(sorted, fractions),
    gini: giniOfSorted(sorted),
    lorenz: lorenzOfSorted(sorted, maxPoints),
  };
}

/**
 * The same measures within each group (value tiers, segments, clusters): `group[i]` indexes
 * `groupNames`, one result per name in that order, empty groups included (0 customers, NaN shares
 * and Gini). Customers whose index has no name (e.g. a "no tier" 255) are left out. `order` (from
 * revenueOrder of the same monetary column) avoids sorting.
 */
export function concentrationByGroup(
  monetaryCents: ArrayLike<number>,
  group: Uint16Array | Uint8Array,
  groupNames: readonly string[],
  options: ConcentrationOptions = {},
  order?: Uint32Array,
): (Concentration & { name: string })[] {
  const sorted = order ? groupsInOrder(monetaryCents, group, groupNames.length, order) : sortEachGroup(monetaryCents, group, groupNames.length);
  return groupNames.map((name, at) => ({ name, ...concentrationOfSorted(sorted[at], options) }));
}

function sortEachGroup(monetaryCents: ArrayLike<number>, group: Uint16Array | Uint8Array, groupCount: number): Float64Array[] {
  const members = Array.from({ length: groupCount }, () => [] as number[]);
  for (let index = 0; index < group.length; index++) members[group[index]]?.push(monetaryCents[index]);
  return members.map((values) => sortedRevenue(values));
}

/** Each group's revenue, ascending, by one walk over all customers in `order` (no sorting). */
function groupsInOrder(monetaryCents: ArrayLike<number>, group: Uint16Array | Uint8Array, groupCount: number, order: Uint32Array): Float64Array[] {
  const sizes = new Uint32Array(groupCount);
  for (const at of group) if (at < groupCount) sizes[at]++;
  const sorted = Array.from(sizes, (size) => new Float64Array(size));
  const filled = new Uint32Array(groupCount);
  for (const index of order) {
    const at = group[index];
    if (at < groupCount) sorted[at][filled[at]++] = countedRevenue(monetaryCents[index]);
  }
  return sorted;
}

/**
 * Customer indices in ascending order of the revenue concentration counts (negative as 0). Computed once per
 * set of customers, it lets concentrationByGroup skip its per-group sorts when the groups change (tier edits).
 */
export function revenueOrder(monetaryCents: ArrayLike<number>): Uint32Array {
  const revenue = Float64Array.from(monetaryCents, countedRevenue);
  return Uint32Array.from({ length: revenue.length }, (_, index) => index).sort((a, b) => revenue[a] - revenue[b]);
}

function countedRevenue(cents: number): number {
  return Number.isFinite(cents) && cents > 0 ? cents : 0;
}
