import { decodeText } from './decode';
import { parseDelimited, sniffDelimiter } from './delimited';
import { parseJsonRecords } from './json';
import { readParquet } from './parquet';

/** A record that was not put in the rows, with the physical line it starts on. */
export interface MalformedRecord {
  line: number;
  reason: 'field_count' | 'unterminated_quote' | 'invalid_json';
}

/**
 * A file read as a table of strings, before any meaning is given to the columns. Cells are as in
 * the file (untrimmed, except in the whitespace format). `lineNumbers[i]` is the 1-based line where
 * row i starts (the header is line 1; for Parquet, the 1-based record number).
 */
export interface RawTable {
  columns: string[];
  rows: string[][];
  lineNumbers: Int32Array | number[];
  malformed: MalformedRecord[];
  format: 'csv' | 'tsv' | 'whitespace' | 'json' | 'ndjson' | 'parquet';
  delimiter?: string;
  hasHeader: boolean;
  encoding?: string;
}

/** Why a file could not be read; `code` picks the message shown (error.read.<code>). */
export type ReadErrorCode = 'empty' | 'binary' | 'no_rows' | 'invalid_json' | 'not_parquet' | 'unreadable';

/** A file that cannot become a table, with a code the UI turns into words. */
export class ReadError extends Error {
  constructor(
    readonly code: ReadErrorCode,
    detail?: string,
  ) {
    super(detail ?? code);
    this.name = 'ReadError';
  }
}

const JSON_EXTENSIONS = new Set(['json', 'ndjson', 'jsonl']);

const extensionOf = (fileName: string) => {
  const dot = fileName.lastIndexOf('.');
  return dot < 0 ? '' : fileName.slice(dot + 1).toLowerCase();
};

/** Whether the bytes start with the Parquet magic `PAR1`. */
export function hasParquetMagic(bytes: Uint8Array): boolean {
  return bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x41 && bytes[2] === 0x52 && bytes[3] === 0x31;
}

function firstVisibleCharacter(text: string): string {
  const match = /\S/.exec(text.length > 4096 ? text.slice(0, 4096) : text);
  return match ? match[0] : '';
}

function readDelimited(text: string): RawTable {
  return parseDelimited(text, sniffDelimiter(text));
}

/**
 * Reads any supported file into a RawTable: Parquet by name or magic bytes, JSON by name or by a
 * leading `[`/`{`, everything else as delimited text. Throws ReadError when there is no table.
 */
export async function readTable(bytes: Uint8Array, fileName: string): Promise<RawTable> {
  if (bytes.length === 0) throw new ReadError('empty');
  const extension = extensionOf(fileName);
  if (extension === 'parquet' || hasParquetMagic(bytes)) return withRows(await readParquet(bytes));

  const decoded = decodeText(bytes);
  if (!decoded.ok) throw new ReadError(decoded.error);
  const { text, encoding } = decoded;
  const first = firstVisibleCharacter(text);
  if (first === '') throw new ReadError('empty');

  let table: RawTable;
  if (JSON_EXTENSIONS.has(extension)) table = parseJsonRecords(text);
  else if (first === '[' || first === '{') {
    // Looks like JSON but is not named so: if it does not read as JSON, it may still be a table.
    try {
      table = parseJsonRecords(text);
      if (table.rows.length === 0) table = readDelimited(text);
    } catch (error) {
      if (!(error instanceof ReadError)) throw error;
      table = readDelimited(text);
    }
  } else table = readDelimited(text);
  table.encoding = encoding;
  return withRows(table);
}

/** A table with nothing in it is an error; one whose records were all malformed is reported instead. */
function withRows(table: RawTable): RawTable {
  if (table.columns.length === 0 || (table.rows.length === 0 && table.malformed.length === 0)) throw new ReadError('no_rows');
  return table;
}
