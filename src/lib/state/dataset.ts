import type { AsOfExclusions, OrderDayRange } from '../data';
import type { CustomerMetrics } from '../domain/customer-metrics';
import type { ImportReport } from '../domain/import-report';

/** One imported transactions file, as it stands in the database and in memory. */
export interface Dataset {
  fileName: string;
  report: ImportReport;
  range: OrderDayRange;
  /** Day the data says is "today" unless the user picks another as-of date. */
  defaultAsOfDay: number;
  asOfDay: number;
  exclusions: AsOfExclusions;
  metrics: CustomerMetrics;
  hasOrderIds: boolean;
}

/** The default as-of date: the day after the latest order that is not in the future. */
export function defaultAsOf(range: OrderDayRange): number {
  return (range.maxPastDay ?? range.maxDay) + 1;
}
