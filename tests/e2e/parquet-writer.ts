/**
 * A minimal Parquet writer for test files: one row group, required columns, PLAIN encoding, no compression.
 * Column kinds: text (BYTE_ARRAY, UTF8), date (INT32, DATE = days since 1970-01-01), double (DOUBLE).
 * Metadata is Thrift compact protocol, written by hand (enough of it for FileMetaData).
 */

export type ParquetColumn =
  | { name: string; kind: 'text'; values: string[] }
  | { name: string; kind: 'date'; values: string[] } // YYYY-MM-DD
  | { name: string; kind: 'double'; values: number[] };

// Thrift compact type ids
const I32 = 5;
const I64 = 6;
const BINARY = 8;
const LIST = 9;
const STRUCT = 12;

class CompactWriter {
  bytes: number[] = [];
  #lastField: number[] = [0];

  varint(value: bigint): void {
    let v = value;
    while (v >= 0x80n) {
      this.bytes.push(Number((v & 0x7fn) | 0x80n));
      v >>= 7n;
    }
    this.bytes.push(Number(v));
  }
  zigzag(value: number | bigint): void {
    const v = BigInt(value);
    this.varint(v >= 0n ? v << 1n : ((-v) << 1n) - 1n);
  }
  fieldHeader(id: number, type: number): void {
    const last = this.#lastField[this.#lastField.length - 1];
    const delta = id - last;
    if (delta > 0 && delta <= 15) this.bytes.push((delta << 4) | type);
    else {
      this.bytes.push(type);
      this.zigzag(id);
    }
    this.#lastField[this.#lastField.length - 1] = id;
  }
  i32(id: number, value: number): void {
    this.fieldHeader(id, I32);
    this.zigzag(value);
  }
  i64(id: number, value: number): void {
    this.fieldHeader(id, I64);
    this.zigzag(value);
  }
  string(id: number, value: string): void {
    this.fieldHeader(id, BINARY);
    this.rawString(value);
  }
  rawString(value: string): void {
    const encoded = new TextEncoder().encode(value);
    this.varint(BigInt(encoded.length));
    this.bytes.push(...encoded);
  }
  listHeader(id: number, elementType: number, size: number): void {
    this.fieldHeader(id, LIST);
    if (size < 15) this.bytes.push((size << 4) | elementType);
    else {
      this.bytes.push(0xf0 | elementType);
      this.varint(BigInt(size));
    }
  }
  struct(id: number | null, body: () => void): void {
    if (id !== null) this.fieldHeader(id, STRUCT);
    this.#lastField.push(0);
    body();
    this.bytes.push(0); // stop
    this.#lastField.pop();
  }
}

const PHYSICAL = { text: 6, date: 1, double: 5 } as const; // BYTE_ARRAY, INT32, DOUBLE
const CONVERTED = { text: 0, date: 6 } as const; // UTF8, DATE

function plainValues(column: ParquetColumn): Uint8Array {
  const out: number[] = [];
  const view = new DataView(new ArrayBuffer(8));
  for (const value of column.values) {
    if (column.kind === 'text') {
      const encoded = new TextEncoder().encode(value as string);
      view.setUint32(0, encoded.length, true);
      out.push(...new Uint8Array(view.buffer, 0, 4), ...encoded);
    } else if (column.kind === 'date') {
      view.setInt32(0, Math.round(Date.parse(`${value as string}T00:00:00Z`) / 86_400_000), true);
      out.push(...new Uint8Array(view.buffer, 0, 4));
    } else {
      view.setFloat64(0, value as number, true);
      out.push(...new Uint8Array(view.buffer, 0, 8));
    }
  }
  return Uint8Array.from(out);
}

/** The bytes of a Parquet file holding these columns (all of the same length). */
export function writeParquet(columns: ParquetColumn[]): Uint8Array {
  const rows = columns[0]?.values.length ?? 0;
  const file: number[] = [...new TextEncoder().encode('PAR1')];
  const chunks: { column: ParquetColumn; offset: number; size: number }[] = [];
  for (const column of columns) {
    if (column.values.length !== rows) throw new Error(`column ${column.name}: ${column.values.length} values, expected ${rows}`);
    const data = plainValues(column);
    const header = new CompactWriter();
    header.struct(null, () => {
      header.i32(1, 0); // DATA_PAGE
      header.i32(2, data.length);
      header.i32(3, data.length);
      header.struct(5, () => {
        header.i32(1, rows);
        header.i32(2, 0); // PLAIN
        header.i32(3, 3); // RLE (no levels: required columns)
        header.i32(4, 3);
      });
    });
    const offset = file.length;
    file.push(...header.bytes, ...data);
    chunks.push({ column, offset, size: header.bytes.length + data.length });
  }

  const meta = new CompactWriter();
  meta.struct(null, () => {
    meta.i32(1, 1); // version
    meta.listHeader(2, STRUCT, columns.length + 1);
    meta.struct(null, () => {
      meta.string(4, 'schema');
      meta.i32(5, columns.length);
    });
    for (const column of columns) {
      meta.struct(null, () => {
        meta.i32(1, PHYSICAL[column.kind]);
        meta.i32(3, 0); // REQUIRED
        meta.string(4, column.name);
        if (column.kind !== 'double') meta.i32(6, CONVERTED[column.kind]);
      });
    }
    meta.i64(3, rows);
    meta.listHeader(4, STRUCT, 1);
    meta.struct(null, () => {
      meta.listHeader(1, STRUCT, chunks.length);
      for (const chunk of chunks) {
        meta.struct(null, () => {
          meta.i64(2, chunk.offset);
          meta.struct(3, () => {
            meta.i32(1, PHYSICAL[chunk.column.kind]);
            meta.listHeader(2, I32, 1);
            meta.zigzag(0); // PLAIN
            meta.listHeader(3, BINARY, 1);
            meta.rawString(chunk.column.name);
            meta.i32(4, 0); // UNCOMPRESSED
            meta.i64(5, rows);
            meta.i64(6, chunk.size);
            meta.i64(7, chunk.size);
            meta.i64(9, chunk.offset);
          });
        });
      }
      meta.i64(2, chunks.reduce((sum, chunk) => sum + chunk.size, 0));
      meta.i64(3, rows);
    });
    meta.string(6, 'stratify e2e parquet-writer');
  });
  const length = new DataView(new ArrayBuffer(4));
  length.setUint32(0, meta.bytes.length, true);
  file.push(...meta.bytes, ...new Uint8Array(length.buffer), ...new TextEncoder().encode('PAR1'));
  return Uint8Array.from(file);
}
