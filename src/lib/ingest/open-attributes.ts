import { detectAttributeMapping, type AttributeMapping } from '../domain/attribute-detection';
import { detectDateFormat } from '../domain/dates';
import { detectDecimalSeparator } from '../domain/numbers';
import { describeTable, type OpenedFile } from './open-file';
import type { RawTable } from './read-table';

/** A read customer table: what the mapping panel needs, with attribute roles proposed. */
export interface OpenedAttributesFile extends OpenedFile {
  attributeSuggestion: AttributeMapping;
}

const DETECTION_ROWS = 5000;

/**
 * Describes a read table as a customer table: the same reading as a transactions file, with the
 * decimal separator guessed from the numeric attribute columns and the `since` column's date order.
 */
export function describeAttributesTable(fileName: string, table: RawTable): OpenedAttributesFile {
  const file = describeTable(fileName, table);
  const suggestion = detectAttributeMapping(table.columns);
  const rows = table.rows.slice(0, DETECTION_ROWS);
  const valuesOf = (column: string | undefined) => (column ? rows.map((row) => row[table.columns.indexOf(column)] ?? '') : []);
  const numeric = [suggestion.satisfaction, suggestion.nps, suggestion.margin, suggestion.complaints].flatMap(valuesOf);
  const dateGuesses = { ...file.dateGuesses };
  if (suggestion.since && !dateGuesses[suggestion.since]) dateGuesses[suggestion.since] = detectDateFormat(valuesOf(suggestion.since));
  return { ...file, dateGuesses, decimal: detectDecimalSeparator(numeric), attributeSuggestion: suggestion };
}
