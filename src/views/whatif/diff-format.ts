import { formatInteger, formatPercent } from '../../components/format';
import type { SegmentDiff } from '../../lib/domain/what-if';
import { locale, t } from '../../lib/i18n';
import { displayName } from '../../lib/i18n/names';

const signed = new Map<string, Intl.NumberFormat>();
function signedFormat(digits: number): Intl.NumberFormat {
  const key = `${locale.current}|${digits}`;
  let found = signed.get(key);
  if (!found) signed.set(key, (found = new Intl.NumberFormat(locale.current, { signDisplay: 'exceptZero', minimumFractionDigits: digits, maximumFractionDigits: digits })));
  return found;
}

/** A change in customers with its sign: +12, −3, 0. */
export const signedCount = (value: number): string => signedFormat(0).format(value);

/** A change in percentage points with one decimal and its sign: +1.5, −0.3, 0.0 (a tiny change reads 0.0, not −0.0). */
export const signedPoints = (points: number): string => signedFormat(1).format(Math.abs(points) < 0.05 ? 0 : points);

/** Text of matrix row `row` (the extra row holds customers only in the second segmentation). */
export function diffRowText(diff: SegmentDiff, row: number): string {
  return row === diff.matrix.labels.length ? t('whatif.new') : displayName(diff.matrix.labels[row]);
}

/** Text of matrix column `column` (the extra column holds customers only in the first). */
export function diffColumnText(diff: SegmentDiff, column: number): string {
  return column === diff.matrix.labels.length ? t('whatif.gone') : displayName(diff.matrix.labels[column]);
}

/** The per-segment table as shown (translated headers, formatted cells), for the view, Copy and CSV. */
export function diffTable(diff: SegmentDiff, before: string, after: string): { header: string[]; rows: string[][] } {
  return {
    header: [
      t('whatif.col.segment'),
      t('whatif.col.customers', { label: before }),
      t('whatif.col.customers', { label: after }),
      t('whatif.col.customer_change'),
      t('whatif.col.share', { label: before }),
      t('whatif.col.share', { label: after }),
      t('whatif.col.share_change'),
    ],
    rows: diff.rows.map((row) => [
      displayName(row.segment),
      formatInteger(row.customersBefore),
      formatInteger(row.customersAfter),
      signedCount(row.customerChange),
      formatPercent(row.revenueShareBefore),
      formatPercent(row.revenueShareAfter),
      signedPoints(row.revenueSharePoints),
    ]),
  };
}
