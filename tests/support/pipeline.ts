import { customerMetrics, loadOrders, orderDayRange } from '../../src/lib/data';
import type { SqlDb } from '../../src/lib/data/sql-db';
import { DROP_REASONS, emptyLine, type ImportReport } from '../../src/lib/domain/import-report';
import { toOrderRows, type ReadOptions } from '../../src/lib/domain/order-rows';
import { computeRfm } from '../../src/lib/domain/rfm';
import { DEFAULT_SEGMENT_RULES } from '../../src/lib/domain/segments';
import { describeTable } from '../../src/lib/ingest/open-file';
import { ordersToCsv } from '../../src/lib/ingest/orders-csv';
import { readTable } from '../../src/lib/ingest/read-table';
import { defaultAsOf } from '../../src/lib/state/dataset';

/** The app's import path without the browser: read, detect, clean, load, query, score. */
export async function runPipeline(db: SqlDb, fileName: string, bytes: Uint8Array, read: Partial<ReadOptions> = {}, today = 30000) {
  const table = await readTable(bytes, fileName);
  const opened = describeTable(fileName, table);
  const report: ImportReport = {
    fileName,
    format: opened.format,
    encoding: opened.encoding,
    delimiter: opened.delimiter,
    rowsRead: opened.rowsRead,
    rowsUsed: 0,
    dropped: Object.fromEntries(DROP_REASONS.map((reason) => [reason, emptyLine()])) as ImportReport['dropped'],
    returns: emptyLine(),
    duplicates: { ...emptyLine(), removed: false },
    notes: [],
  };
  const options: ReadOptions = { dateOrder: null, decimal: opened.decimal, removeDuplicates: false, ...read };
  const rows = toOrderRows(table, opened.suggestion, options, report);
  report.rowsUsed = rows.length;
  await loadOrders(db, ordersToCsv(rows));
  const range = await orderDayRange(db, today);
  const asOfDay = defaultAsOf(range);
  const metrics = await customerMetrics(db, asOfDay, !!opened.suggestion.order_id);
  return { opened, report, range, asOfDay, rfm: computeRfm(metrics, asOfDay, DEFAULT_SEGMENT_RULES) };
}
