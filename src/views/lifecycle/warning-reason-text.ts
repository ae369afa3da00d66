import type { WarningReason } from '../../lib/domain/lifecycle';

/** The i18n lookup (`t` from lib/i18n), passed in so this stays a plain function. */
export type Translate = (key: string, params?: Record<string, string | number>) => string;

/**
 * The plain reason of a warning row: "No order for 134 days; usually orders every 41 days." or,
 * for customers with a single order date, "No order for 134 days; a single order so far."
 * `formatCount` groups the numbers for display (the CSV keeps them plain).
 */
export function warningReasonText(reason: WarningReason, t: Translate, formatCount: (value: number) => string = String): string {
  const { daysSinceLastOrder: days, usualGapDays: usual } = reason;
  const silence = days === 1 ? t('warnings.reason.silent_one') : t('warnings.reason.silent', { days: formatCount(days) });
  const habit = usual === null ? t('warnings.reason.single_order') : usual === 1 ? t('warnings.reason.usual_one') : t('warnings.reason.usual', { days: formatCount(usual) });
  return t('warnings.reason.sentence', { silence, usual: habit });
}
