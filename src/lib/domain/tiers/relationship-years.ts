/** Relationship in years as of `asOfDay`: from `since` where known, else from the first order. */
export function relationshipYearsColumn(asOfDay: number, sinceDay: Float64Array, firstOrderDay: ArrayLike<number>): Float64Array {
  const years = new Float64Array(firstOrderDay.length);
  for (let index = 0; index < years.length; index++) {
    const since = sinceDay[index];
    years[index] = relationshipYears(Number.isNaN(since) ? firstOrderDay[index] : since, asOfDay);
  }
  return years;
}

const DAY_MS = 86_400_000;

/** Day number of the `years`-th anniversary of a date; Feb 29 falls on Mar 1 in other years. */
function anniversaryDay(year: number, month: number, day: number, years: number): number {
  return new Date(0).setUTCFullYear(year + years, month, day) / DAY_MS;
}

/**
 * Calendar years from `startDay` to `asOfDay`: whole anniversaries plus the elapsed share of the
 * current anniversary year, so the 3rd anniversary is exactly 3 (days ÷ 365.25 would miss it by a
 * day on some dates). A start after the as-of date gives 0; an unknown day gives NaN.
 */
export function relationshipYears(startDay: number, asOfDay: number): number {
  if (!Number.isFinite(startDay) || !Number.isFinite(asOfDay)) return NaN;
  if (asOfDay <= startDay) return 0;
  const start = new Date(startDay * DAY_MS);
  const [year, month, day] = [start.getUTCFullYear(), start.getUTCMonth(), start.getUTCDate()];
  let whole = new Date(asOfDay * DAY_MS).getUTCFullYear() - year;
  if (anniversaryDay(year, month, day, whole) > asOfDay) whole--;
  const last = anniversaryDay(year, month, day, whole);
  const next = anniversaryDay(year, month, day, whole + 1);
  return whole + (asOfDay - last) / (next - last);
}
