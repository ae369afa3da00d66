import { parquetMetadata, parquetRead, parquetSchema, type AsyncBuffer, type FileMetaData, type SchemaTree } from 'hyparquet';
import { formatDay } from '../domain/dates';
import { ReadError, type RawTable } from './read-table';

const MAGIC = [0x50, 0x41, 0x52, 0x31]; // "PAR1", at both ends of every Parquet file

function hasMagicAt(bytes: Uint8Array, offset: number): boolean {
  return MAGIC.every((byte, index) => bytes[offset + index] === byte);
}

function asAsyncBuffer(bytes: Uint8Array): AsyncBuffer {
  return {
    byteLength: bytes.byteLength,
    slice: (start, end) => bytes.buffer.slice(bytes.byteOffset + start, bytes.byteOffset + (end ?? bytes.byteLength)) as ArrayBuffer,
  };
}

/** An instant as written, without a zone suffix: the date part is what the order rules read. */
function timestampText(milliseconds: number): string {
  const date = new Date(milliseconds);
  if (Number.isNaN(date.getTime())) return '';
  const iso = date.toISOString();
  return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso.slice(0, 19).replace('T', ' ');
}

// Dates and timestamps are turned into text while decoding, so no time zone ever touches them.
const PARSERS = {
  dateFromDays: (days: number) => formatDay(days),
  timestampFromMilliseconds: (millis: bigint) => timestampText(Number(millis)),
  timestampFromMicroseconds: (micros: bigint) => timestampText(Number(micros / 1000n)),
  timestampFromNanoseconds: (nanos: bigint) => timestampText(Number(nanos / 1_000_000n)),
};

/** Decimal scale of a top-level column, or -1 when it is not a DECIMAL. */
function decimalScale(column: SchemaTree): number {
  const { element } = column;
  if (element.converted_type === 'DECIMAL') return element.scale ?? 0;
  if (element.logical_type?.type === 'DECIMAL') return element.logical_type.scale ?? 0;
  return -1;
}

function cellText(value: unknown, scale: number): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number') {
    // hyparquet hands DECIMALs over as unscaled × 10^-scale in a double; fixing the scale restores
    // the exact written digits (exact while the unscaled integer stays below 2^53).
    if (scale >= 0 && Number.isFinite(value)) return value.toFixed(Math.min(scale, 20));
    return String(value);
  }
  if (typeof value === 'bigint' || typeof value === 'boolean') return String(value);
  if (value instanceof Date) return timestampText(value.getTime());
  if (value instanceof Uint8Array) return new TextDecoder().decode(value);
  return JSON.stringify(value, (_key, inner: unknown) => (typeof inner === 'bigint' ? String(inner) : inner));
}

/**
 * Reads a Parquet file's top-level columns as text cells: dates as YYYY-MM-DD, timestamps as
 * `YYYY-MM-DD HH:MM:SS`, decimals with their declared scale, big integers in full. Throws
 * ReadError 'not_parquet' when the bytes are not Parquet and 'unreadable' when decoding fails.
 */
export async function readParquet(bytes: Uint8Array): Promise<RawTable> {
  if (bytes.length < 12 || !hasMagicAt(bytes, 0) || !hasMagicAt(bytes, bytes.length - 4)) throw new ReadError('not_parquet');
  let metadata: FileMetaData;
  let rows: unknown[][];
  try {
    metadata = parquetMetadata(bytes, { parsers: PARSERS });
    const file = asAsyncBuffer(bytes);
    rows = await new Promise<unknown[][]>((resolve, reject) => {
      parquetRead({ file, metadata, parsers: PARSERS, onComplete: resolve }).catch(reject);
    });
  } catch (error) {
    throw new ReadError('unreadable', error instanceof Error ? error.message : String(error));
  }
  const schema = parquetSchema(metadata).children;
  const columns = schema.map((column) => column.element.name);
  const scales = schema.map(decimalScale);
  const table: string[][] = new Array(rows.length);
  const lineNumbers = new Int32Array(rows.length);
  for (let index = 0; index < rows.length; index++) {
    const row = rows[index];
    table[index] = columns.map((_, column) => cellText(row[column], scales[column]));
    lineNumbers[index] = index + 1;
  }
  return { columns, rows: table, lineNumbers, malformed: [], format: 'parquet', hasHeader: true };
}
