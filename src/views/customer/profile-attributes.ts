import type { AttributeRole } from '../../lib/domain/attribute-detection';
import type { CustomerAttributeRow } from '../../lib/state/profile-loads';

/** One line of the profile's attribute list: a role (translated label) or a free column (its own name). */
export interface AttributeItem {
  key: string;
  role: AttributeRole | null;
  /** The free column's name as written in the file ('' for roles). */
  label: string;
  text: string;
}

export interface AttributeFormats {
  integer: (value: number) => string;
  decimal: (value: number, digits: number) => string;
  percent: (value: number) => string;
  day: (day: number) => string;
}

// Stored column → role, in the order the profile lists them.
const ROLE_COLUMNS: [string, AttributeRole, 'text' | 'day' | 'decimal' | 'integer' | 'percent'][] = [
  ['customer_name', 'customer_name', 'text'],
  ['industry', 'industry', 'text'],
  ['company_size', 'company_size', 'text'],
  ['region', 'region', 'text'],
  ['since_day', 'since', 'day'],
  ['satisfaction', 'satisfaction', 'decimal'],
  ['complaints', 'complaints', 'integer'],
  ['nps', 'nps', 'decimal'],
  ['margin_rate', 'margin', 'percent'],
  ['preferred_channel', 'preferred_channel', 'text'],
];

/** The known attributes of one customer, formatted; unknown ones are left out. */
export function attributeItems(row: CustomerAttributeRow, formats: AttributeFormats): AttributeItem[] {
  const items: AttributeItem[] = [];
  for (const [column, role, kind] of ROLE_COLUMNS) {
    const raw = row.values[column] ?? '';
    if (!raw) continue;
    const value = Number(raw);
    const text =
      kind === 'text' ? raw
      : kind === 'day' ? formats.day(value)
      : kind === 'integer' ? formats.integer(value)
      : kind === 'percent' ? formats.percent(value)
      : Number.isInteger(value) ? formats.integer(value) : formats.decimal(value, 1);
    items.push({ key: column, role, label: '', text });
  }
  for (const [name, text] of Object.entries(row.free)) if (text) items.push({ key: `free:${name}`, role: null, label: name, text });
  return items;
}
