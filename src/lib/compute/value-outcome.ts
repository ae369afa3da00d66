import type { CustomerValue } from '../domain/customer-value';
import type { TierFeatures } from '../domain/tiers';

/**
 * A CustomerValue as the model worker sends it: without the RFM result and the ids the page already holds,
 * and without the features when they are the ones it sent for the same customers before (null).
 */
export type ValueOutcome = Omit<CustomerValue, 'rfm' | 'features'> & { features: Omit<TierFeatures, 'ids'> | null };
