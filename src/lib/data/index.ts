export type { SqlDb } from './sql-db';
export { DataError } from './errors';
export {
  commitStagedOrders,
  customerMetrics,
  loadOrders,
  metricsAsOf,
  orderDayRange,
  stageOrders,
  type AsOfExclusions,
  type OrderDayRange,
  type OrdersSource,
} from './queries/orders';
export { lifecycleInputs } from './queries/lifecycle';
export { cohortCells } from './queries/cohorts';
export { segmentMonths } from './queries/trends';
export { valueWindows, type ValueWindows } from './queries/value-windows';
export { customerOrders, type CustomerOrders } from './queries/customer-orders';
export {
  attributeColumns,
  attributeMatch,
  commitStagedAttributes,
  customerAttributes,
  loadAttributes,
  stageAttributes,
  type AttributeColumnsResult,
  type AttributeMatch,
} from './queries/attributes';
