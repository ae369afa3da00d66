/** Formats whole cents as a plain decimal with two places, exactly: -1234 → "-12.34". */
export function formatCents(cents: number): string {
  const sign = cents < 0 ? '-' : '';
  const absolute = Math.abs(cents);
  const units = Math.floor(absolute / 100);
  const rest = absolute - units * 100;
  return `${sign}${units}.${rest < 10 ? '0' : ''}${rest}`;
}
