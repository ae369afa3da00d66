import type { Mapping } from '../domain/column-detection';
import type { ReadOptions } from '../domain/order-rows';
import type { OpenedFile } from '../ingest/open-file';

/** Whether a mapping can be imported; `problem` is the i18n key of what is missing. */
export function checkMapping(file: OpenedFile, mapping: Mapping, read: ReadOptions): { problem: string | null } {
  if (!mapping.customer_id) return { problem: 'mapping.need_customer_id' };
  if (!mapping.order_date) return { problem: 'mapping.need_order_date' };
  if (!mapping.amount && !(mapping.quantity && mapping.unit_price)) return { problem: 'mapping.need_amount' };
  const used = Object.values(mapping).filter(Boolean);
  if (new Set(used).size !== used.length) return { problem: 'mapping.column_twice' };
  if (file.dateGuesses[mapping.order_date]?.needsChoice && !read.dateOrder) return { problem: 'mapping.need_date_order' };
  return { problem: null };
}
