/** One row of a bar list: its value and how wide its bar is, as a percentage of the track. */
export interface BarListRow {
  key: string;
  value: number;
  /** value ÷ the largest value (0 when all are 0). */
  share: number;
  widthPercent: number;
}

/**
 * Bar widths for a list of counts, the largest filling the track. A non-zero value keeps a sliver
 * (`minPercent`) so it never looks like zero; a zero stays empty.
 */
export function barListLayout(items: readonly { key: string; value: number }[], minPercent = 0.5): BarListRow[] {
  const largest = Math.max(0, ...items.map((item) => item.value));
  return items.map(({ key, value }) => {
    const share = largest > 0 ? Math.max(0, value) / largest : 0;
    return { key, value, share, widthPercent: share === 0 ? 0 : Math.max(minPercent, share * 100) };
  });
}
