import { DROP_REASONS, type ImportReport, type ReportLine } from '../domain/import-report';
import { toCsv } from './csv';

/** The import report as CSV: one line per count, with example line numbers and values. */
export function importReportCsv(report: ImportReport, extra: { item: string; count: number }[] = []): string {
  const examples = (line: ReportLine) => line.examples.map((example) => `${example.line}: ${example.value}`).join(' | ');
  const rows: (string | number)[][] = [
    ['file', report.fileName, ''],
    ['format', `${report.format} ${report.encoding} ${report.delimiter === '\t' ? 'tab' : report.delimiter}`.trim(), ''],
    ['rows_read', report.rowsRead, ''],
    ['rows_used', report.rowsUsed, ''],
    ...DROP_REASONS.map((reason) => [`dropped_${reason}`, report.dropped[reason].count, examples(report.dropped[reason])]),
    ['returns_counted_in_monetary', report.returns.count, examples(report.returns)],
    ['duplicate_rows_found', report.duplicates.count, examples(report.duplicates)],
    ...extra.map(({ item, count }) => [item, count, '']),
    ...report.notes.map((note) => ['note', note, '']),
  ];
  return toCsv(['item', 'count', 'examples (line: value)'], rows);
}
