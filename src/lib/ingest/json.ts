import { ReadError, type MalformedRecord, type RawTable } from './read-table';

type JsonRecord = Record<string, unknown>;

const isRecord = (value: unknown): value is JsonRecord => typeof value === 'object' && value !== null && !Array.isArray(value);

// Where the engine passes a number's source text to revivers (Chromium 114+, Node 21+), numbers
// are kept exactly as written: a 19-digit order id or 12.50 must not go through a double.
const sourceTextAccess = (() => {
  try {
    return JSON.parse('1.50', (_key, value, context?: { source?: string }) => context?.source ?? value) === '1.50';
  } catch {
    return false;
  }
})();

function keepNumberText(_key: string, value: unknown, context?: { source?: string }): unknown {
  return typeof value === 'number' && context?.source !== undefined ? context.source : value;
}

const parseJson = (text: string): unknown => (sourceTextAccess ? JSON.parse(text, keepNumberText) : JSON.parse(text));

function tryParse(text: string): unknown {
  try {
    return parseJson(text);
  } catch {
    return undefined;
  }
}

/** A JSON value as a table cell: numbers as written (or as String gives them), null as empty. */
function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint') return String(value);
  return JSON.stringify(value);
}

/** Lines (1-based) where each element of a top-level JSON array starts; a cheap scan, no parsing. */
function arrayElementLines(text: string): number[] {
  const lines: number[] = [];
  let line = 1;
  let depth = 0;
  let inString = false;
  let expectElement = false;
  for (let index = 0; index < text.length; index++) {
    const char = text.charCodeAt(index);
    if (char === 10) {
      line++;
      continue;
    }
    if (inString) {
      if (char === 92) index++;
      else if (char === 34) inString = false;
      continue;
    }
    if (char === 32 || char === 9 || char === 13) continue;
    if (depth === 1 && char === 44) {
      expectElement = true;
      continue;
    }
    if (depth === 1 && expectElement && char !== 93) {
      lines.push(line);
      expectElement = false;
    }
    if (char === 34) inString = true;
    else if (char === 91 || char === 123) {
      depth++;
      if (depth === 1) expectElement = true;
    } else if (char === 93 || char === 125) depth--;
  }
  return lines;
}

/** Builds the table: columns are the union of keys in order of first appearance. */
function toTable(records: JsonRecord[], lines: number[], malformed: MalformedRecord[], format: 'json' | 'ndjson'): RawTable {
  const columnIndex = new Map<string, number>();
  for (const record of records) {
    for (const key in record) if (!columnIndex.has(key)) columnIndex.set(key, columnIndex.size);
  }
  const columns = [...columnIndex.keys()];
  const rows = records.map((record) => columns.map((column) => cellText(record[column])));
  return { columns, rows, lineNumbers: Int32Array.from(lines), malformed, format, hasHeader: true };
}

function parseArray(text: string): RawTable {
  let parsed: unknown;
  try {
    parsed = parseJson(text);
  } catch (error) {
    throw new ReadError('invalid_json', error instanceof Error ? error.message : String(error));
  }
  return fromValue(parsed, text);
}

/** The table of a whole-file JSON value: an array of records, or one object. */
function fromValue(value: unknown, text: string): RawTable {
  let parsed = value;
  // A single object holding the records under one key ({"orders": [...]}) is read as that array.
  if (isRecord(parsed)) {
    const arrays = Object.values(parsed).filter(Array.isArray);
    parsed = arrays.length === 1 ? arrays[0] : [parsed];
  }
  if (!Array.isArray(parsed)) throw new ReadError('invalid_json', 'not an array of records');
  const starts = arrayElementLines(text);
  const lineOf = (index: number) => (starts.length === parsed.length ? starts[index] : index + 1);
  const records: JsonRecord[] = [];
  const lines: number[] = [];
  const malformed: MalformedRecord[] = [];
  (parsed as unknown[]).forEach((element, index) => {
    if (isRecord(element)) {
      records.push(element);
      lines.push(lineOf(index));
    } else malformed.push({ line: lineOf(index), reason: 'invalid_json' });
  });
  return toTable(records, lines, malformed, 'json');
}

function parseLines(text: string): RawTable {
  const records: JsonRecord[] = [];
  const lines: number[] = [];
  const malformed: MalformedRecord[] = [];
  let line = 0;
  for (let start = 0; start <= text.length; ) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    line++;
    const source = text.slice(start, end).trim();
    start = end + 1;
    if (!source) continue;
    const value = tryParse(source);
    if (isRecord(value)) {
      records.push(value);
      lines.push(line);
    } else malformed.push({ line, reason: 'invalid_json' });
  }
  return toTable(records, lines, malformed, 'ndjson');
}

/**
 * Reads JSON records: a JSON array of objects (invalid JSON throws ReadError 'invalid_json') or
 * one object per line (each unreadable line is reported as malformed). Values become strings.
 */
export function parseJsonRecords(text: string): RawTable {
  const start = /\S/.exec(text)?.index ?? 0;
  if (text[start] === '[') {
    const table = parseArray(text);
    if (table.rows.length === 0 && table.malformed.length > 0) throw new ReadError('invalid_json', 'no records');
    return table;
  }
  // One object for the whole file (pretty-printed, or wrapping the records); NDJSON fails this at line 2.
  const whole = tryParse(text);
  if (isRecord(whole)) return fromValue(whole, text);
  const lines = parseLines(text);
  if (lines.rows.length > 0) return lines;
  // Not one record per line after all: a single (pretty-printed) JSON object, or not JSON.
  const table = parseArray(text);
  if (table.rows.length === 0) throw new ReadError('invalid_json', 'no records');
  return table;
}
