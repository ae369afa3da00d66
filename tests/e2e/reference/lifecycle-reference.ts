/**
 * The churn rules written out for the specs (independent of src/): churned after more than
 * `churnedAfterDays` without an order; a churn warning after more than max(90, 2 × the median gap between
 * distinct order days) days, 90 alone with one order day, unless already churned.
 */
import type { RawCustomer } from './raw-orders';

/** Median gap in days between a customer's distinct order days; NaN with one order day. */
export function medianGap(orderDays: readonly number[]): number {
  const gaps = orderDays.slice(1).map((day, index) => day - orderDays[index]).sort((a, b) => a - b);
  const middle = gaps.length >> 1;
  return gaps.length === 0 ? NaN : gaps.length % 2 ? gaps[middle] : (gaps[middle - 1] + gaps[middle]) / 2;
}

/** More than `churnedAfterDays` days since the last order. */
export const isChurned = (customer: RawCustomer, asOfDay: number, churnedAfterDays = 365): boolean => asOfDay - customer.lastDay > churnedAfterDays;

/** The churn-warning rule above, for a customer counted up to `asOfDay`. */
export function isChurnWarning(customer: RawCustomer, asOfDay: number, churnedAfterDays = 365): boolean {
  const since = asOfDay - customer.lastDay;
  const gap = medianGap(customer.orderDays);
  return !isChurned(customer, asOfDay, churnedAfterDays) && since > (Number.isNaN(gap) ? 90 : Math.max(90, 2 * gap));
}
