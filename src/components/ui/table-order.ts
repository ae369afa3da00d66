/** Which way a column is sorted. */
export type SortDirection = 'asc' | 'desc';

/** 0, 1, …, count − 1. */
export function identityIndices(count: number): Uint32Array {
  const indices = new Uint32Array(count);
  for (let index = 0; index < count; index++) indices[index] = index;
  return indices;
}

/**
 * Row indices 0…count − 1 ordered by `compare`; rows that compare equal keep their original
 * order (ties are broken by index, so the result is stable whatever the engine's sort).
 */
export function sortedIndices(count: number, compare: (a: number, b: number) => number): Uint32Array {
  return identityIndices(count).sort((a, b) => compare(a, b) || a - b);
}

/** `compare` for ascending order, or reversed for descending; ties stay equal, so order stays stable. */
export function directed(compare: (a: number, b: number) => number, direction: SortDirection): (a: number, b: number) => number {
  return direction === 'asc' ? compare : (a, b) => compare(b, a);
}

/** The rows of `order` (by default 0…count − 1) that `keep` accepts, in the same order. */
export function filterIndices(count: number, keep: (index: number) => boolean, order?: ArrayLike<number>): Uint32Array {
  const source = order ?? identityIndices(count);
  const kept = new Uint32Array(source.length);
  let size = 0;
  for (let position = 0; position < source.length; position++) {
    const index = source[position];
    if (keep(index)) kept[size++] = index;
  }
  return kept.slice(0, size);
}

/** The next sort after clicking `key`: a new column sorts ascending, the same column flips. */
export function nextSort(current: { key: string; direction: SortDirection } | null, key: string): { key: string; direction: SortDirection } {
  if (current?.key !== key) return { key, direction: 'asc' };
  return { key, direction: current.direction === 'asc' ? 'desc' : 'asc' };
}
