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

/** Line of the first visible character. */
function firstLine(text: string): number {
  const start = /\S/.exec(text)?.index ?? 0;
  return countNewlines(text, start) + 1;
}

function countNewlines(text: string, end: number): number {
  let count = 0;
  for (let at = text.indexOf('\n'); at >= 0 && at < end; at = text.indexOf('\n', at + 1)) count++;
  return count;
}

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

/**
 * Lines (1-based) where each element of the arrays at `depth` starts (1: a top-level array,
 * 2: an array under a key of a top-level object). A cheap character scan; nothing is parsed.
 */
function elementLines(text: string, depth: number): number[] {
  const lines: number[] = [];
  const inArray: boolean[] = [];
  let line = 1;
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
    const collecting = inArray.length === depth && inArray[depth - 1];
    if (collecting && char === 44) {
      expectElement = true;
      continue;
    }
    if (collecting && expectElement && char !== 93) lines.push(line);
    expectElement = false;
    if (char === 34) inString = true;
    else if (char === 91 || char === 123) {
      inArray.push(char === 91);
      expectElement = char === 91;
    } else if (char === 93 || char === 125) inArray.pop();
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

function parseWhole(text: string): RawTable {
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
  // An object whose only key holds an array ({"orders": [...]}) wraps the records; any other object is one record.
  if (isRecord(parsed)) {
    const values = Object.values(parsed);
    parsed = values.length === 1 && Array.isArray(values[0]) ? values[0] : [parsed];
  }
  if (!Array.isArray(parsed)) throw new ReadError('invalid_json', 'not an array of records');
  const starts = Array.isArray(value) ? elementLines(text, 1) : parsed[0] === value ? [firstLine(text)] : elementLines(text, 2);
  const lineOf = (index: number) => (starts.length === parsed.length ? starts[index] : index + 1);
  const records: JsonRecord[] = [];
  const lines: number[] = [];
  const malformed: MalformedRecord[] = [];
  parsed.forEach((element: unknown, index: number) => {
    if (isRecord(element)) {
      records.push(element);
      lines.push(lineOf(index));
    } else malformed.push({ line: lineOf(index), reason: 'invalid_json' });
  });
  // A lone record on one line is the smallest JSON-lines file.
  const oneLine = parsed[0] === value && !text.trim().includes('\n');
  return toTable(records, lines, malformed, oneLine ? 'ndjson' : 'json');
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
    const table = parseWhole(text);
    if (table.rows.length === 0 && table.malformed.length > 0) throw new ReadError('invalid_json', 'no records');
    return table;
  }
  // One object for the whole file (pretty-printed, or wrapping the records); NDJSON fails this at line 2.
  const whole = tryParse(text);
  if (isRecord(whole)) return fromValue(whole, text);
  const lines = parseLines(text);
  if (lines.rows.length === 0) throw new ReadError('invalid_json', 'no line holds a JSON object');
  return lines;
}
