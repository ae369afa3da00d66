import type { AttributeMatch } from '../data';
import type { AttributeMapping } from '../domain/attribute-detection';
import type { AttributeReadOptions, AttributeReport } from '../domain/attribute-rows';
import type { OpenedFile } from '../ingest/open-file';

/** The loaded customer table: what its import did and how it meets the orders as of `asOfDay`. */
export interface AttributeDataset {
  fileName: string;
  report: AttributeReport;
  /** Counts as of `asOfDay` (recomputed with every as-of change). */
  match: AttributeMatch;
  asOfDay: number;
}

/** Whether an attribute mapping can be imported; `problem` is the i18n key of what is missing. */
export function checkAttributeMapping(file: OpenedFile, mapping: AttributeMapping, read: AttributeReadOptions): { problem: string | null } {
  if (!mapping.customer_id) return { problem: 'mapping.need_customer_id' };
  const used = Object.values(mapping).filter(Boolean);
  if (new Set(used).size !== used.length) return { problem: 'mapping.column_twice' };
  if (mapping.since && file.dateGuesses[mapping.since]?.needsChoice && !read.dateOrder) return { problem: 'mapping.need_date_order' };
  return { problem: null };
}
