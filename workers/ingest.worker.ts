// Reads the user's file and turns it into clean order rows, off the main thread.
import { expose, transfer } from 'comlink';
import { DROP_REASONS, emptyLine, type ImportReport } from '../src/lib/domain/import-report';
import { toOrderRows, type ReadOptions } from '../src/lib/domain/order-rows';
import type { Mapping } from '../src/lib/domain/column-detection';
import { syntheticRetailCsv } from '../src/lib/domain/synthetic-retail';
import { b2bCustomersCsv, b2bOrdersCsv, syntheticB2b } from '../src/lib/domain/synthetic-b2b';
import type { AttributeMapping } from '../src/lib/domain/attribute-detection';
import { emptyAttributeReport, toAttributeRows, type AttributeReadOptions, type AttributeReport } from '../src/lib/domain/attribute-rows';
import { describeAttributesTable, type OpenedAttributesFile } from '../src/lib/ingest/open-attributes';
import { attributesToCsv } from '../src/lib/ingest/attributes-csv';
import { ReadError, readTable, type RawTable } from '../src/lib/ingest/read-table';
import { describeTable, type OpenedFile } from '../src/lib/ingest/open-file';
import { ordersToCsv } from '../src/lib/ingest/orders-csv';

/** A read file, or the reason it could not be read (a ReadError code). */
export type OpenResult = { ok: true; file: OpenedFile } | { ok: false; code: ReadError['code'] };
/** A read customer table, or the reason it could not be read. */
export type OpenAttributesResult = { ok: true; file: OpenedAttributesFile } | { ok: false; code: ReadError['code'] };

let opened: { file: OpenedFile; table: RawTable } | null = null;

/** Reads bytes into a table; a ReadError becomes its code (Error subclasses lose their fields across the worker boundary). */
async function read(name: string, source: Blob | Uint8Array): Promise<{ ok: true; table: RawTable } | { ok: false; code: ReadError['code'] }> {
  const bytes = source instanceof Uint8Array ? source : new Uint8Array(await source.arrayBuffer());
  try {
    return { ok: true, table: await readTable(bytes, name) };
  } catch (error) {
    if (error instanceof ReadError) return { ok: false, code: error.code };
    throw error;
  }
}

const api = {
  /** Reads and describes a file; keeps its rows here for `prepareOrders`. The file itself is only read. */
  async open(name: string, source: Blob | Uint8Array): Promise<OpenResult> {
    opened = null;
    const bytes = source instanceof Uint8Array ? source : new Uint8Array(await source.arrayBuffer());
    try {
      const table = await readTable(bytes, name);
      const file = describeTable(name, table);
      opened = { file, table };
      return { ok: true, file };
    } catch (error) {
      // Error subclasses lose their fields across the worker boundary: send the code as a value.
      if (error instanceof ReadError) return { ok: false, code: error.code };
      throw error;
    }
  },

  /** Generates the seeded synthetic retail sample and opens it like a dropped file. */
  async openSyntheticRetail(rows: number, seed: number): Promise<OpenResult> {
    const bytes = new TextEncoder().encode(syntheticRetailCsv({ rows, seed }));
    return api.open(`synthetic-retail-${rows}.csv`, bytes);
  },

  /** Reads and describes a customer table (attributes); keeps its rows here for `prepareAttributes`. */
  async openAttributes(name: string, source: Blob | Uint8Array): Promise<OpenAttributesResult> {
    opened = null;
    const result = await read(name, source);
    if (!result.ok) return result;
    const file = describeAttributesTable(name, result.table);
    opened = { file, table: result.table };
    return { ok: true, file };
  },

  /** Generates the seeded B2B sample and opens its transactions like a dropped file. */
  async openSyntheticB2bOrders(seed: number): Promise<OpenResult> {
    return api.open('synthetic-b2b-orders.csv', new TextEncoder().encode(b2bOrdersCsv(syntheticB2b({ seed }))));
  },

  /** Generates the seeded B2B sample and opens its customer table (the accounts behind those orders). */
  async openSyntheticB2bCustomers(seed: number): Promise<OpenAttributesResult> {
    return api.openAttributes('synthetic-b2b-customers.csv', new TextEncoder().encode(b2bCustomersCsv(syntheticB2b({ seed }))));
  },

  /**
   * Applies an attribute mapping to every row of the open customer table: the clean CSV for DuckDB
   * (free attributes as one JSON column, see attributes-csv.ts) and the import report.
   */
  prepareAttributes(mapping: AttributeMapping, options: AttributeReadOptions): { csv: Uint8Array; report: AttributeReport } {
    if (!opened) throw new Error('no file is open');
    const { file, table } = opened;
    const report = emptyAttributeReport(file);
    const rows = toAttributeRows(table, mapping, options, report);
    const csv = attributesToCsv(rows);
    return transfer({ csv, report }, [csv.buffer]);
  },

  /** Applies mapping and read options to every row: the clean orders CSV for DuckDB and the import report. */
  prepareOrders(mapping: Mapping, options: ReadOptions): { csv: Uint8Array; report: ImportReport } {
    if (!opened) throw new Error('no file is open');
    const { file, table } = opened;
    const report: ImportReport = {
      fileName: file.fileName,
      format: file.format,
      encoding: file.encoding,
      delimiter: file.delimiter,
      rowsRead: file.rowsRead,
      rowsUsed: 0,
      dropped: Object.fromEntries(DROP_REASONS.map((reason) => [reason, emptyLine()])) as ImportReport['dropped'],
      returns: emptyLine(),
      duplicates: { ...emptyLine(), removed: options.removeDuplicates },
      notes: [],
    };
    const rows = toOrderRows(table, mapping, options, report);
    report.rowsUsed = rows.length;
    const csv = ordersToCsv(rows);
    return transfer({ csv, report }, [csv.buffer]);
  },

  /** Forgets the open file once its rows are in the database. */
  release(): void {
    opened = null;
  },
};

expose(api);
export type IngestApi = typeof api;
