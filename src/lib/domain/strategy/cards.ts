/** One strategy card (issue 5 §7); the playbook task fills in the fields. */
export interface StrategyCard {
  /** Tier (or segment) name of the scheme the card belongs to. */
  tier: string;
}
