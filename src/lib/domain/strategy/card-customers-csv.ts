import { filledActions, type StrategyCard } from './cards';

/** Per-customer columns the customer list of a card reads, aligned by customer index. */
export interface CardCustomerColumns {
  ids: readonly string[];
  /** Customer names when a customer table provides them; absent: the column stays empty. */
  names?: readonly string[];
  /** RFM segment index and names. */
  segment: ArrayLike<number>;
  segmentNames: readonly string[];
  /** Tier index and names of the active scheme. */
  tier: ArrayLike<number>;
  tierNames: readonly string[];
  /** Health index 0–100, NaN when unscored. */
  healthIndex: ArrayLike<number>;
}

export const CARD_CUSTOMER_HEADER = ['customer_id', 'name', 'segment', 'tier', 'health_index', 'actions'] as const;

/** Joins a card's actions in one cell; CRM imports split on it. */
export const ACTION_SEPARATOR = ' | ';

/**
 * One row per customer of tier `tierIndex`, in customer order: id, name ('' when unknown), RFM
 * segment, tier, health index with one decimal ('' when unscored) and the card's actions joined.
 */
export function cardCustomerRows(columns: CardCustomerColumns, tierIndex: number, card: StrategyCard): string[][] {
  const actions = filledActions(card).join(ACTION_SEPARATOR);
  const tierName = columns.tierNames[tierIndex] ?? card.tier;
  const rows: string[][] = [];
  for (let index = 0; index < columns.ids.length; index++) {
    if (columns.tier[index] !== tierIndex) continue;
    const health = columns.healthIndex[index];
    rows.push([
      columns.ids[index],
      columns.names?.[index] ?? '',
      columns.segmentNames[columns.segment[index]] ?? '',
      tierName,
      Number.isFinite(health) ? health.toFixed(1) : '',
      actions,
    ]);
  }
  return rows;
}
