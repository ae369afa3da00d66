import { detectMapping, type Mapping } from '../domain/column-detection';
import { detectDateFormat, type DateFormatGuess } from '../domain/dates';
import { detectDecimalSeparator, type DecimalSeparator } from '../domain/numbers';
import type { RawTable } from './read-table';

/** What the mapping panel needs to know about a freshly read file. */
export interface OpenedFile {
  fileName: string;
  format: RawTable['format'];
  encoding: string;
  delimiter: string;
  hasHeader: boolean;
  columns: string[];
  /** The first rows, as read, for the preview. */
  sampleRows: string[][];
  rowsRead: number;
  malformedCount: number;
  suggestion: Mapping;
  /** Date reading per column, for every column that looks like dates. */
  dateGuesses: Record<string, DateFormatGuess>;
  decimal: DecimalSeparator;
}

const SAMPLE_ROWS = 200;
/** Spread the sample over the whole file so a format change halfway through is noticed. */
const DETECTION_SAMPLES = 5000;

function spreadSample(rows: string[][], size: number): string[][] {
  if (rows.length <= size) return rows;
  const step = rows.length / size;
  return Array.from({ length: size }, (_, index) => rows[Math.floor(index * step)]);
}

/** Summarizes a read table: detected roles, date reading per column, decimal separator. */
export function describeTable(fileName: string, table: RawTable): OpenedFile {
  const detection = spreadSample(table.rows, DETECTION_SAMPLES);
  const suggestion = detectMapping(table.columns, detection.slice(0, 500));
  const dateGuesses: Record<string, DateFormatGuess> = {};
  table.columns.forEach((column, index) => {
    const guess = detectDateFormat(detection.map((row) => row[index] ?? ''));
    if (guess.parsedShare > 0.5 || column === suggestion.order_date) dateGuesses[column] = guess;
  });
  const numericColumns = [suggestion.amount, suggestion.unit_price, suggestion.quantity]
    .filter((column): column is string => !!column)
    .map((column) => table.columns.indexOf(column));
  const decimal = detectDecimalSeparator(detection.flatMap((row) => numericColumns.map((index) => row[index] ?? '')));
  return {
    fileName,
    format: table.format,
    encoding: table.encoding ?? '',
    delimiter: table.delimiter ?? '',
    hasHeader: table.hasHeader,
    columns: table.columns,
    sampleRows: table.rows.slice(0, SAMPLE_ROWS),
    rowsRead: table.rows.length + table.malformed.length,
    malformedCount: table.malformed.length,
    suggestion,
    dateGuesses,
    decimal,
  };
}
