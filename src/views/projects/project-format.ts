import { locale } from '../../lib/i18n';

/** A stored timestamp as a short local date and time in the interface language. */
export function formatSavedAt(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? '' : new Intl.DateTimeFormat(locale.current, { dateStyle: 'medium', timeStyle: 'short' }).format(date);
}

/** A size in bytes as kB or MB (decimal units, as browsers and file managers show file sizes). */
export function formatBytes(bytes: number): string {
  const megabytes = bytes >= 1_000_000;
  const value = megabytes ? bytes / 1_000_000 : Math.max(bytes / 1_000, 0.1);
  return new Intl.NumberFormat(locale.current, { style: 'unit', unit: megabytes ? 'megabyte' : 'kilobyte', maximumFractionDigits: 1 }).format(value);
}
