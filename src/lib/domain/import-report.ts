/** Why a row of the user's file was not used. */
export type DropReason = 'malformed_row' | 'missing_customer_id' | 'unparseable_date' | 'unparseable_amount' | 'duplicate_row';

/** A few lines of the file that show a problem, with the offending value. */
export interface Example {
  line: number;
  value: string;
}

export interface ReportLine {
  count: number;
  examples: Example[];
}

/** Everything the import did with the user's rows; nothing is dropped without being counted here. */
export interface ImportReport {
  fileName: string;
  format: string;
  encoding: string;
  delimiter: string;
  /** Data records in the file (header excluded), malformed ones included. */
  rowsRead: number;
  rowsUsed: number;
  dropped: Record<DropReason, ReportLine>;
  /** Used rows that count as returns: in monetary, not as orders. */
  returns: ReportLine;
  /** Rows identical to an earlier row (all columns); dropped only when the user chose to remove them. */
  duplicates: ReportLine & { removed: boolean };
  /** Notes in words, e.g. the cancellation rule was switched off because most ids start with C. */
  notes: string[];
}

export const DROP_REASONS: readonly DropReason[] = [
  'malformed_row',
  'missing_customer_id',
  'unparseable_date',
  'unparseable_amount',
  'duplicate_row',
];

const MAX_EXAMPLES = 5;

/** An empty tally for one reason. */
export function emptyLine(): ReportLine {
  return { count: 0, examples: [] };
}

/** Counts one row against a reason, keeping the first few as examples. */
export function tally(line: ReportLine, lineNumber: number, value: string): void {
  line.count++;
  if (line.examples.length < MAX_EXAMPLES) line.examples.push({ line: lineNumber, value: value.slice(0, 80) });
}

/** Rows dropped for any reason. */
export function droppedTotal(report: ImportReport): number {
  return DROP_REASONS.reduce((sum, reason) => sum + report.dropped[reason].count, 0);
}
