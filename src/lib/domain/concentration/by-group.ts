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
 * and Gini). Customers whose index has no name (e.g. a "no tier" 255) are left out.
 */
export function concentrationByGroup(
  monetaryCents: ArrayLike<number>,
  group: Uint16Array | Uint8Array,
  groupNames: readonly string[],
  options: ConcentrationOptions = {},
): (Concentration & { name: string })[] {
  const members = groupNames.map(() => [] as number[]);
  for (let index = 0; index < group.length; index++) members[group[index]]?.push(monetaryCents[index]);
  return groupNames.map((name, at) => ({ name, ...concentrationOfSorted(sortedRevenue(members[at]), options) }));
}
