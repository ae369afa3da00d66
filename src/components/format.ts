import { locale } from '../lib/i18n';

// Intl formatters are costly to build and tables call these per cell, so keep one per locale and style.
const formatters = new Map<string, Intl.NumberFormat>();

function formatter(style: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${locale.current}|${style}`;
  let found = formatters.get(key);
  if (!found) {
    found = new Intl.NumberFormat(locale.current, options);
    formatters.set(key, found);
  }
  return found;
}

/** A count with grouping, e.g. 23,570. */
export function formatInteger(value: number): string {
  return formatter('integer', { maximumFractionDigits: 0 }).format(value);
}

/** A plain number with up to `digits` decimals, e.g. a median of 2.5. */
export function formatDecimal(value: number, digits = 1): string {
  return formatter(`decimal${digits}`, { maximumFractionDigits: digits }).format(value);
}

/** Whole cents as money with exactly two decimals and grouping: 123456 → "1,234.56". */
export function formatMoney(cents: number): string {
  // Round to whole cents first so averages never show a third decimal or a float artefact.
  return formatter('money', { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(Math.round(cents) / 100);
}

/** A fraction as a percentage with one decimal: 0.1234 → "12.3%". */
export function formatPercent(fraction: number): string {
  return formatter('percent', { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(fraction);
}

/** A compact axis label: 12000 → "12K". */
export function formatCompact(value: number): string {
  return formatter('compact', { notation: 'compact', maximumFractionDigits: 1 }).format(value);
}

/** A percentage for an axis tick, decimals only when needed: 0.1 → "10%", 0.125 → "12.5%". */
export function formatPercentTick(fraction: number): string {
  return formatter('percentTick', { style: 'percent', maximumFractionDigits: 1 }).format(fraction);
}
