/** A choice of a filter select: the value it stands for and how many listed customers have it. */
export interface FilterOption {
  value: number;
  name: string;
  count: number;
}

/**
 * The options of a filter over `rows` (customer indices): every group (segment or cluster) that at
 * least one listed customer belongs to, in the groups' own order, with its count.
 */
export function filterOptions(rows: ArrayLike<number>, groupOf: ArrayLike<number>, names: readonly string[]): FilterOption[] {
  const counts = new Int32Array(names.length);
  for (let position = 0; position < rows.length; position++) counts[groupOf[rows[position]]]++;
  return names.map((name, value) => ({ value, name, count: counts[value] })).filter((option) => option.count > 0);
}

/** One filter: the group of each customer and the group kept (null keeps everyone). */
export interface GroupFilter {
  groupOf: ArrayLike<number>;
  keep: number | null;
}

/** The customers of `rows` that pass every filter, in the order of `rows`. */
export function filterRows(rows: ArrayLike<number>, filters: readonly GroupFilter[]): Int32Array {
  const active = filters.filter((filter) => filter.keep !== null);
  const kept = new Int32Array(rows.length);
  let size = 0;
  for (let position = 0; position < rows.length; position++) {
    const index = rows[position];
    if (active.every((filter) => filter.groupOf[index] === filter.keep)) kept[size++] = index;
  }
  return kept.slice(0, size);
}

/** `rows` ordered by `compare`; equal customers keep customer order (the query's id order), whatever the direction. */
export function orderRows(rows: ArrayLike<number>, compare: (a: number, b: number) => number): Int32Array {
  return Int32Array.from(rows).sort((a, b) => compare(a, b) || a - b);
}

/** The value a filter select holds: the chosen group while it is still an option, else everyone (null). */
export function activeChoice(choice: number | null, options: readonly FilterOption[]): number | null {
  return choice !== null && options.some((option) => option.value === choice) ? choice : null;
}
