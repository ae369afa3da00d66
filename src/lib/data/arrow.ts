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

/**
 * A VARCHAR result column as strings (null becomes ''). Each batch's UTF-8 buffer is decoded
 * once and sliced at the offsets when it is plain ASCII (ids usually are); otherwise value by
 * value. Decoding 100k strings one at a time costs tens of milliseconds on the main thread.
 */
export function stringColumn(table: Table, name: string): string[] {
  const column = vector(table, name);
  const values: string[] = [];
  const decoder = new TextDecoder();
  for (const data of column.data) {
    const bytes = data.values as Uint8Array;
    const offsets = data.valueOffsets as Int32Array;
    const start = offsets[0];
    const end = offsets[data.length];
    let ascii = true;
    for (let index = start; index < end; index++) {
      if (bytes[index] > 0x7f) {
        ascii = false;
        break;
      }
    }
    const text = ascii ? decoder.decode(bytes.subarray(start, end)) : '';
    for (let row = 0; row < data.length; row++) {
      if (!data.getValid(row)) values.push('');
      else if (ascii) values.push(text.slice(offsets[row] - start, offsets[row + 1] - start));
      else values.push(decoder.decode(bytes.subarray(offsets[row], offsets[row + 1])));
    }
  }
  return values;
}

/** The first row of a small result as a plain object. */
export function firstRow<T>(table: Table): T {
  const row = table.get(0);
  if (!row) throw new Error('query returned no rows');
  return row.toJSON() as T;
}
