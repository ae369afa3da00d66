export type { SqlDb } from './sql-db';
export { DataError } from './errors';
export {
  asOfExclusions,
  commitStagedOrders,
  customerMetrics,
  loadOrders,
  orderDayRange,
  stageOrders,
  type AsOfExclusions,
  type OrderDayRange,
  type OrdersSource,
} from './queries/orders';
