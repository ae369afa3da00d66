import type { StrategyCard } from '../domain/strategy/cards';

/**
 * Strategy cards by scheme id, saved in the settings object. A scheme without an entry shows the
 * shipped templates; the first edit copies the whole list in (see cards-for-scheme.ts).
 */
export interface StrategySettings {
  cardsByScheme: Record<string, StrategyCard[]>;
}

export function defaultStrategySettings(): StrategySettings {
  return { cardsByScheme: {} };
}
