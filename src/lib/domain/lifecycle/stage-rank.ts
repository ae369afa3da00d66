import type { Stage } from './rules';

/**
 * Lifecycle stages best first, for ranking migrations (a move towards the front is an upgrade).
 * Why this order: engagement and value, most to least — several orders, a rising value tier, a
 * fresh start, a steady single order, a return after a lapse, lapsing, gone. Prospects have no
 * orders, so they never appear at an as-of date.
 */
export const STAGE_RANK: readonly Stage[] = ['repeat', 'converted', 'new', 'retained', 'won_back', 'churn_warning', 'churned'];
