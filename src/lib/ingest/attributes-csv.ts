import type { AttributeRows } from '../domain/attribute-rows';
import { ByteWriter } from './byte-writer';

const HEADER = 'customer_id,customer_name,industry,company_size,region,preferred_channel,since_day,satisfaction,complaints,nps,margin_rate,extra\n';
const COMMA = 0x2c;
const NEWLINE = 0x0a;

/** A number field: empty (NULL in DuckDB) when unknown. */
const numberText = (value: number) => (Number.isNaN(value) ? '' : String(value));

/**
 * Writes clean customer rows as the CSV that DuckDB loads with fixed column types (columns and
 * order: ATTRIBUTE_FILE_COLUMNS in src/lib/data/queries/build-attributes-sql.ts). Free attributes
 * travel as one JSON object per row in `extra` ({"column": "value"}, blanks left out): any number
 * of columns with any names fits one fixed schema, and the profile shows them as they were written.
 */
export function attributesToCsv(rows: AttributeRows): Uint8Array {
  const out = new ByteWriter(Math.max(1 << 16, rows.length * 128));
  out.text(HEADER);
  const { text } = rows;
  for (let index = 0; index < rows.length; index++) {
    out.quoted(rows.customerId[index]).byte(COMMA);
    for (const column of [text.customer_name, text.industry, text.company_size, text.region, text.preferred_channel]) {
      if (column[index]) out.quoted(column[index]);
      out.byte(COMMA);
    }
    out.text(numberText(rows.sinceDay[index])).byte(COMMA).text(numberText(rows.satisfaction[index])).byte(COMMA);
    out.text(numberText(rows.complaints[index])).byte(COMMA).text(numberText(rows.nps[index])).byte(COMMA);
    out.text(numberText(rows.marginRate[index])).byte(COMMA);
    const extra: Record<string, string> = {};
    rows.freeColumns.forEach((name, at) => {
      if (rows.free[index][at]) extra[name] = rows.free[index][at];
    });
    out.quoted(JSON.stringify(extra)).byte(NEWLINE);
  }
  return out.toBytes();
}
