import { customerAttributes, customerOrders, type CustomerOrders } from '../data';
import { freeAttributes } from '../domain/attribute-text';
import { CustomerLoad } from './customer-load.svelte';
import { loadDb } from './db';

/** One customer's row of the customer table: column → text as stored ('' unknown), free attributes parsed. */
export interface CustomerAttributeRow {
  values: Record<string, string>;
  free: Record<string, string>;
}

/** The order rows of the customer whose profile is open. */
export const profileOrders = () => new CustomerLoad<CustomerOrders>(async (customerId) => customerOrders(await loadDb(), customerId));

/** The customer-table row of the customer whose profile is open; null when the id is not in the table. */
export const profileAttributes = () =>
  new CustomerLoad<CustomerAttributeRow | null>(async (customerId) => {
    const found = await customerAttributes(await loadDb(), customerId);
    return found ? { values: found, free: freeAttributes(found.extra) } : null;
  });
