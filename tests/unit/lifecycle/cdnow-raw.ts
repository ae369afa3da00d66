import Papa from 'papaparse';
import { sharedText } from '../../support/shared-files';

/** One CDNOW row as written in the file: date as YYYYMMDD text, money as text. */
export interface CdnowRow {
  id: string;
  year: number;
  month: number;
  date: string;
  day: number;
  cents: number;
}

/** The raw CDNOW master rows, parsed by papaparse, independent of the app's import path. */
export function cdnowRows(): CdnowRow[] {
  const parsed = Papa.parse<Record<string, string>>(sharedText('datasets/cdnow_master.csv'), { header: true, skipEmptyLines: true }).data;
  return parsed.map((row) => {
    const text = row.order_date;
    const year = Number(text.slice(0, 4));
    const month = Number(text.slice(4, 6));
    const date = Number(text.slice(6, 8));
    return {
      id: row.customer_id,
      year,
      month,
      date: `${text.slice(0, 4)}-${text.slice(4, 6)}-${text.slice(6, 8)}`,
      day: Date.UTC(year, month - 1, date) / 86_400_000,
      cents: Math.round(Number(row.dollar_value) * 100),
    };
  });
}
