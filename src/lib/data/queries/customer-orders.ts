import { float64Column, int32Column, stringColumn } from '../arrow';
import { runQuery } from '../run-query';
import type { SqlDb } from '../sql-db';
import { buildCustomerOrdersSql } from './build-customer-orders-sql';
import { ORDERS_TABLE } from './orders';

/** The rows of one customer, columnar, oldest first. Money in whole cents; returns are negative. */
export interface CustomerOrders {
  orderDay: Int32Array;
  /** Order id of each row; '' when the file has none. */
  orderKey: string[];
  amountCents: Float64Array;
  isReturn: Uint8Array;
}

/** Every order row of `customerId` (all dates: the timeline marks the as-of date itself). */
export async function customerOrders(db: SqlDb, customerId: string, table = ORDERS_TABLE): Promise<CustomerOrders> {
  const result = await runQuery(db, buildCustomerOrdersSql(table, customerId));
  return {
    orderDay: int32Column(result, 'order_day'),
    orderKey: stringColumn(result, 'order_key'),
    amountCents: float64Column(result, 'amount_cents'),
    isReturn: Uint8Array.from(int32Column(result, 'is_return')),
  };
}
