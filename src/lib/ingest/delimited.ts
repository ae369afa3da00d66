import Papa from 'papaparse';
import { parseDate } from '../domain/dates';
import { parseDecimal } from '../domain/numbers';
import type { MalformedRecord, RawTable } from './read-table';

/** A field separator, or `whitespace`: runs of spaces/tabs between fields, as in CDNOW's .txt. */
export type Delimiter = ',' | ';' | '\t' | '|' | 'whitespace';

const CANDIDATES = [',', '\t', ';', '|'] as const;
const SNIFF_LINES = 50;
const SNIFF_CHARS = 64 * 1024;
/** Share of lines that must agree on the field count before whitespace beats a real delimiter. */
const CONSISTENT = 0.9;
/** Rows after the first that header detection looks at. */
const HEADER_EVIDENCE_ROWS = 20;
/** Unterminated quotes are recovered from this many times; beyond, the rest of the file is one bad record. */
const MAX_QUOTE_RECOVERIES = 100;

/** The first SNIFF_LINES lines, cut at SNIFF_CHARS unless the first line alone is longer. */
function sniffSample(text: string): { sample: string; complete: boolean } {
  let end = 0;
  let firstLineEnd = 0;
  for (let line = 0; line < SNIFF_LINES && end < text.length; line++) {
    const next = text.indexOf('\n', end);
    end = next < 0 ? text.length : next + 1;
    if (line === 0) firstLineEnd = end;
  }
  end = Math.max(firstLineEnd, Math.min(end, SNIFF_CHARS));
  return { sample: text.slice(0, end), complete: end >= text.length };
}

/** Fields per non-empty record for one delimiter, honouring quotes the way papaparse does. */
function fieldCounts(sample: string, delimiter: string): number[] {
  const code = delimiter.charCodeAt(0);
  const counts: number[] = [];
  let fields = 1;
  let empty = true;
  let inQuotes = false;
  let fieldStart = true;
  for (let index = 0; index < sample.length; index++) {
    const char = sample.charCodeAt(index);
    if (inQuotes) {
      if (char === 34) {
        if (sample.charCodeAt(index + 1) === 34) index++;
        else inQuotes = false;
      }
      continue;
    }
    if (char === 10 || char === 13) {
      if (!empty) counts.push(fields);
      fields = 1;
      empty = true;
      fieldStart = true;
      continue;
    }
    empty = false;
    if (char === code) {
      fields++;
      fieldStart = true;
      continue;
    }
    // Only a quote at the start of a field opens a quoted field; elsewhere it is a literal (5" screen).
    if (char === 34 && fieldStart) inQuotes = true;
    fieldStart = false;
  }
  if (!empty) counts.push(fields);
  return counts;
}

function whitespaceCounts(sample: string): number[] {
  const counts: number[] = [];
  for (const line of sample.split('\n')) {
    const trimmed = line.trim();
    if (trimmed) counts.push(trimmed.split(/\s+/).length);
  }
  return counts;
}

/** The most common count and the share of records that have it. */
function consensus(counts: number[]): { fields: number; share: number } {
  if (counts.length === 0) return { fields: 0, share: 0 };
  const tally = new Map<number, number>();
  let fields = 0;
  let best = 0;
  for (const count of counts) {
    const seen = (tally.get(count) ?? 0) + 1;
    tally.set(count, seen);
    if (seen > best || (seen === best && count > fields)) {
      best = seen;
      fields = count;
    }
  }
  return { fields, share: best / counts.length };
}

/**
 * Picks the field separator from the first ~50 lines: the candidate whose records most often
 * agree on a field count above one; whitespace only when it is more consistent than any of them.
 */
export function sniffDelimiter(text: string): Delimiter {
  const { sample, complete } = sniffSample(text);
  const dropLast = (counts: number[]) => (complete || counts.length < 2 ? counts : counts.slice(0, -1));
  let best: { delimiter: Delimiter; fields: number; share: number } | null = null;
  for (const delimiter of CANDIDATES) {
    const { fields, share } = consensus(dropLast(fieldCounts(sample, delimiter)));
    if (fields < 2) continue;
    if (!best || share > best.share || (share === best.share && fields > best.fields)) best = { delimiter, fields, share };
  }
  const spaced = consensus(dropLast(whitespaceCounts(sample)));
  if (spaced.fields >= 2 && spaced.share >= CONSISTENT && (!best || spaced.share > best.share)) return 'whitespace';
  return best?.delimiter ?? ',';
}

function looksLikeValue(cell: string): boolean {
  return (
    'value' in parseDecimal(cell, '.') ||
    'value' in parseDecimal(cell, ',') ||
    parseDate(cell, 'MDY') !== null ||
    parseDate(cell, 'DMY') !== null
  );
}

/**
 * Whether the first row names the columns. It does not when one of its cells is a number or a
 * date in a column whose later cells are numbers or dates too; otherwise a header is assumed.
 */
export function detectHeader(firstRow: string[], nextRows: string[][]): boolean {
  if (firstRow.every((cell) => cell.trim() === '')) return false;
  const evidence = nextRows.slice(0, HEADER_EVIDENCE_ROWS);
  return !firstRow.some((raw, column) => {
    const cell = raw.trim();
    if (!cell || !looksLikeValue(cell)) return false;
    const below = evidence.map((row) => (row[column] ?? '').trim()).filter(Boolean);
    // A number over a column of names ("2023" above customer names) is still a header.
    return below.length === 0 || below.filter(looksLikeValue).length * 2 >= below.length;
  });
}

/** Column names that are all present and distinct, since a mapping refers to columns by name. */
function uniqueNames(cells: string[]): string[] {
  const taken = new Set<string>();
  return cells.map((cell, index) => {
    let name = cell.trim() || `column_${index + 1}`;
    if (taken.has(name)) {
      let suffix = 2;
      while (taken.has(`${name}_${suffix}`)) suffix++;
      name = `${name}_${suffix}`;
    }
    taken.add(name);
    return name;
  });
}

const isBlankRecord = (cells: string[]) => cells.every((cell) => cell.trim() === '');

/** Records as found, each with the line it starts on, before the header is known. */
interface Records {
  cells: string[][];
  lines: Int32Array;
  malformed: MalformedRecord[];
}

/** Physical line breaks inside a record's fields (quoted newlines), so later records keep true line numbers. */
function breaksInside(cells: string[], newline: string): number {
  let breaks = 0;
  for (const cell of cells) {
    for (let at = cell.indexOf(newline); at >= 0; at = cell.indexOf(newline, at + 1)) breaks++;
  }
  return breaks;
}

function countLineBreaks(text: string, from: number, to: number): number {
  let breaks = 0;
  for (let at = text.indexOf('\n', from); at >= 0 && at < to; at = text.indexOf('\n', at + 1)) breaks++;
  return breaks;
}

/**
 * Splits text into records with papaparse. An unterminated quote would swallow the rest of the
 * file into one field; instead that record is reported and reading resumes on the next line.
 */
function papaRecords(text: string, delimiter: string): Records {
  const segments: { cells: string[][]; lines: Int32Array }[] = [];
  const malformed: MalformedRecord[] = [];
  let offset = 0;
  let line = 1;
  for (let recoveries = 0; ; recoveries++) {
    const segmentLine = line;
    const segment = offset === 0 ? text : text.slice(offset);
    const parsed = Papa.parse<string[]>(segment, { delimiter, quoteChar: '"', escapeChar: '"', header: false, skipEmptyLines: false, dynamicTyping: false });
    const unterminated = parsed.errors.find((error) => error.code === 'MissingQuotes');
    const newline = parsed.meta.linebreak === '\r' ? '\r' : '\n';
    // Without any quote no field can hold a line break: skip the per-cell scan.
    const quoted = segment.includes('"');
    const cells = parsed.data;
    if (unterminated) cells.length = Math.min(cells.length, unterminated.row ?? cells.length);
    const lines = new Int32Array(cells.length);
    for (let index = 0; index < cells.length; index++) {
      lines[index] = line;
      line += quoted ? 1 + breaksInside(cells[index], newline) : 1;
    }
    segments.push({ cells, lines });
    if (!unterminated) break;
    malformed.push({ line, reason: 'unterminated_quote' });
    const resume = segment.indexOf('\n', unterminated.index ?? 0);
    if (resume < 0 || recoveries >= MAX_QUOTE_RECOVERIES) break;
    line = segmentLine + countLineBreaks(segment, 0, resume) + 1;
    offset += resume + 1;
  }
  if (segments.length === 1) return { ...segments[0], malformed };
  const lines = new Int32Array(segments.reduce((total, part) => total + part.lines.length, 0));
  let at = 0;
  for (const part of segments) {
    lines.set(part.lines, at);
    at += part.lines.length;
  }
  return { cells: segments.flatMap((part) => part.cells), lines, malformed };
}

/** Records of the whitespace format: one per line, fields split on runs of blanks, no quoting. */
function whitespaceRecords(text: string): Records {
  const cells: string[][] = [];
  const lines: number[] = [];
  let line = 0;
  for (let start = 0; start <= text.length; ) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    line++;
    const trimmed = text.slice(start, end).trim();
    start = end + 1;
    if (!trimmed) continue;
    cells.push(trimmed.split(BLANKS));
    lines.push(line);
  }
  return { cells, lines: Int32Array.from(lines), malformed: [] };
}

const BLANKS = /\s+/;

/**
 * Reads delimited text. The first record is the header when it looks like one (otherwise columns
 * are named column_1…column_n). Records with another field count than the header are malformed,
 * except that extra empty fields at the end (a trailing delimiter) are dropped; blank records are skipped.
 */
export function parseDelimited(text: string, delimiter: Delimiter): RawTable {
  const whitespace = delimiter === 'whitespace';
  const records = whitespace ? whitespaceRecords(text) : papaRecords(text, delimiter);
  const { cells, lines } = records;
  const malformed = records.malformed;

  let first = 0;
  while (first < cells.length && isBlankRecord(cells[first])) first++;
  const format: RawTable['format'] = whitespace ? 'whitespace' : delimiter === '\t' ? 'tsv' : 'csv';
  if (first === cells.length) return { columns: [], rows: [], lineNumbers: [], malformed, format, delimiter, hasHeader: false };

  const evidence: string[][] = [];
  for (let index = first + 1; index < cells.length && evidence.length < HEADER_EVIDENCE_ROWS; index++) {
    if (!isBlankRecord(cells[index])) evidence.push(cells[index]);
  }
  const header = cells[first];
  const hasHeader = detectHeader(header, evidence);
  const width = header.length;
  const columns = hasHeader ? uniqueNames(header) : Array.from({ length: width }, (_, index) => `column_${index + 1}`);
  // A header ending in unnamed columns (`a,b,c,`) may sit over rows that end without them.
  let minimumWidth = width;
  if (hasHeader) while (minimumWidth > 1 && header[minimumWidth - 1].trim() === '') minimumWidth--;

  // Good records are moved down in place: a million-row file is not copied into a second array.
  let kept = 0;
  for (let index = hasHeader ? first + 1 : first; index < cells.length; index++) {
    let row = cells[index];
    if (row.length !== width) {
      // An empty line is no record at all; a line of empty fields is no data.
      if (row.length === 1 && row[0] === '') continue;
      if (row.length >= minimumWidth && row.length < width) row = row.concat(new Array<string>(width - row.length).fill(''));
      else if (row.length > width && row.slice(width).every((cell) => cell.trim() === '')) row = row.slice(0, width);
      else {
        if (!isBlankRecord(row)) malformed.push({ line: lines[index], reason: 'field_count' });
        continue;
      }
    }
    if (isBlankRecord(row)) continue;
    lines[kept] = lines[index];
    cells[kept++] = row;
  }
  cells.length = kept;
  malformed.sort((a, b) => a.line - b.line);
  return { columns, rows: cells, lineNumbers: lines.slice(0, kept), malformed, format, delimiter, hasHeader };
}
