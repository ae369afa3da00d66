import { CARD_CUSTOMER_HEADER, cardCustomerRows, type CardCustomerColumns, type StrategyCard } from '../domain/strategy';
import { toCsv } from './csv';

/**
 * The customers of one strategy card as CSV for a CRM import: customer_id, name, segment, tier,
 * health_index, actions (joined by " | "). Formula-like text is neutralized by toCsv.
 */
export function cardCustomersCsv(columns: CardCustomerColumns, tierIndex: number, card: StrategyCard): string {
  return toCsv(CARD_CUSTOMER_HEADER, cardCustomerRows(columns, tierIndex, card));
}

/** customers-<tier>.csv, with anything but letters, digits, _ and - replaced. */
export const cardCustomersFileName = (tier: string) => `customers-${tier.replace(/[^\p{L}\p{N}_-]+/gu, '_')}.csv`;
