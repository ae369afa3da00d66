import type { StrategyCard } from '../domain/strategy/cards';

/** Strategy cards by scheme id, saved in the settings object. */
export interface StrategySettings {
  cardsByScheme: Record<string, StrategyCard[]>;
}

export function defaultStrategySettings(): StrategySettings {
  return { cardsByScheme: {} };
}
