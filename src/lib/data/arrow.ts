import type { Table } from 'apache-arrow';

function vector(table: Table, name: string) {
  const column = table.getChild(name);
  if (!column) throw new Error(`query result has no column ${name}`);
  return column;
}

/** An INTEGER result column as its own Int32Array (copied: a view would pin the whole batch). */
export function int32Column(table: Table, name: string): Int32Array {
  return Int32Array.from(vector(table, name).toArray() as ArrayLike<number>);
}

/** A DOUBLE result column as its own Float64Array. */
export function float64Column(table: Table, name: string): Float64Array {
  return Float64Array.from(vector(table, name).toArray() as ArrayLike<number>);
}

/** A VARCHAR result column as strings (null becomes ''). */
export function stringColumn(table: Table, name: string): string[] {
  const column = vector(table, name);
  const values: string[] = new Array(column.length);
  for (let index = 0; index < column.length; index++) values[index] = (column.get(index) as string | null) ?? '';
  return values;
}

/** The first row of a small result as a plain object. */
export function firstRow<T>(table: Table): T {
  const row = table.get(0);
  if (!row) throw new Error('query returned no rows');
  return row.toJSON() as T;
}
