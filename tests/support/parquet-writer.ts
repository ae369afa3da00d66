/**
 * A minimal Parquet writer for test files: one row group, PLAIN encoding, no compression,
 * metadata in Thrift's compact protocol. None of the installed packages writes Parquet
 * (DuckDB-WASM's parquet extension is not bundled), so tests build their own tiny files.
 */
class CompactWriter {
  readonly bytes: number[] = [];
  #lastField: number[] = [0];

  byte(value: number) {
    this.bytes.push(value & 0xff);
  }
  varint(value: bigint) {
    let rest = value;
    while (rest >= 0x80n) {
      this.byte(Number(rest & 0x7fn) | 0x80);
      rest >>= 7n;
    }
    this.byte(Number(rest));
  }
  zigzag(value: number | bigint) {
    const big = BigInt(value);
    this.varint(big >= 0n ? big << 1n : ((-big) << 1n) - 1n);
  }
  field(id: number, type: number) {
    const delta = id - this.#lastField[this.#lastField.length - 1];
    if (delta > 0 && delta <= 15) this.byte((delta << 4) | type);
    else {
      this.byte(type);
      this.zigzag(id);
    }
    this.#lastField[this.#lastField.length - 1] = id;
  }
  i32(id: number, value: number) {
    this.field(id, 5);
    this.zigzag(value);
  }
  i64(id: number, value: number | bigint) {
    this.field(id, 6);
    this.zigzag(value);
  }
  string(id: number, value: string) {
    this.field(id, 8);
    this.rawString(value);
  }
  rawString(value: string) {
    const bytes = new TextEncoder().encode(value);
    this.varint(BigInt(bytes.length));
    for (const byte of bytes) this.byte(byte);
  }
  struct(id: number, body: () => void) {
    this.field(id, 12);
    this.structBody(body);
  }
  structBody(body: () => void) {
    this.#lastField.push(0);
    body();
    this.byte(0);
    this.#lastField.pop();
  }
  list<T>(id: number, elementType: number, items: T[], write: (item: T) => void) {
    this.field(id, 9);
    this.byte((items.length << 4) | elementType);
    items.forEach(write);
  }
}

export interface FixtureColumn {
  name: string;
  type: number; // 1 INT32, 2 INT64, 6 BYTE_ARRAY
  converted?: number; // 0 UTF8, 5 DECIMAL, 6 DATE, 9 TIMESTAMP_MILLIS
  scale?: number;
  values: (number | bigint | string | null)[];
}

function plainValue(column: FixtureColumn, value: number | bigint | string): number[] {
  if (column.type === 6) {
    const bytes = [...new TextEncoder().encode(value as string)];
    return [...new Uint8Array(new Uint32Array([bytes.length]).buffer), ...bytes];
  }
  if (column.type === 1) return [...new Uint8Array(new Int32Array([Number(value)]).buffer)];
  return [...new Uint8Array(new BigInt64Array([BigInt(value)]).buffer)];
}

export function parquetFile(columns: FixtureColumn[]): Uint8Array {
  const rows = columns[0].values.length;
  const file: number[] = [0x50, 0x41, 0x52, 0x31];
  const chunks: { offset: number; size: number }[] = [];
  for (const column of columns) {
    const optional = column.values.some((value) => value === null);
    const data: number[] = [];
    if (optional) {
      // Definition levels, one RLE run per value: 1 = present, 0 = null.
      const levels: number[] = [];
      for (const value of column.values) levels.push(2, value === null ? 0 : 1);
      data.push(...new Uint8Array(new Uint32Array([levels.length]).buffer), ...levels);
    }
    for (const value of column.values) if (value !== null) data.push(...plainValue(column, value));
    const header = new CompactWriter();
    header.structBody(() => {
      header.i32(1, 0); // DATA_PAGE
      header.i32(2, data.length);
      header.i32(3, data.length);
      header.struct(5, () => {
        header.i32(1, rows);
        header.i32(2, 0); // PLAIN
        header.i32(3, 3); // RLE
        header.i32(4, 3);
      });
    });
    chunks.push({ offset: file.length, size: header.bytes.length + data.length });
    file.push(...header.bytes, ...data);
  }
  const meta = new CompactWriter();
  meta.structBody(() => {
    meta.i32(1, 1);
    meta.list(2, 12, [null, ...columns], (column) =>
      meta.structBody(() => {
        if (!column) {
          meta.string(4, 'schema');
          meta.i32(5, columns.length);
          return;
        }
        meta.i32(1, column.type);
        meta.i32(3, column.values.some((value) => value === null) ? 1 : 0);
        meta.string(4, column.name);
        if (column.converted !== undefined) meta.i32(6, column.converted);
        if (column.scale !== undefined) {
          meta.i32(7, column.scale);
          meta.i32(8, 18);
        }
      }),
    );
    meta.i64(3, rows);
    meta.list(4, 12, [0], () =>
      meta.structBody(() => {
        meta.list(1, 12, columns, (column) =>
          meta.structBody(() => {
            const chunk = chunks[columns.indexOf(column)];
            meta.i64(2, chunk.offset);
            meta.struct(3, () => {
              meta.i32(1, column.type);
              meta.list(2, 5, [0, 3], (encoding) => meta.zigzag(encoding));
              meta.list(3, 8, [column.name], (name) => meta.rawString(name));
              meta.i32(4, 0); // UNCOMPRESSED
              meta.i64(5, rows);
              meta.i64(6, chunk.size);
              meta.i64(7, chunk.size);
              meta.i64(9, chunk.offset);
            });
          }),
        );
        meta.i64(2, chunks.reduce((total, chunk) => total + chunk.size, 0));
        meta.i64(3, rows);
      }),
    );
  });
  file.push(...meta.bytes, ...new Uint8Array(new Uint32Array([meta.bytes.length]).buffer), 0x50, 0x41, 0x52, 0x31);
  return new Uint8Array(file);
}
