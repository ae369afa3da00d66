import type { RfmResult } from '../rfm';

/** Customer features the clustering can use, named as they appear in exports and charts. */
export const FEATURE_NAMES = ['recency_days', 'frequency', 'monetary', 'avg_order_value', 'tenure_days'] as const;
export type FeatureName = (typeof FEATURE_NAMES)[number];

/** One feature per customer in original units (days, orders, currency units), aligned with the RFM result. */
export function featureColumn(rfm: RfmResult, name: FeatureName): Float64Array {
  const { metrics } = rfm;
  const n = metrics.ids.length;
  switch (name) {
    case 'recency_days':
      return Float64Array.from(rfm.recencyDays);
    // F and M follow the chosen definitions (orders or purchase days, total or per order), as the scores do.
    case 'frequency':
      return Float64Array.from(rfm.inputs.frequency);
    case 'monetary':
      // Cents are exact integers; the feature is in currency units so profiles read naturally.
      return rfm.inputs.monetaryCents.map((cents) => cents / 100);
    case 'avg_order_value': {
      const values = new Float64Array(n);
      for (let i = 0; i < n; i++) {
        const orders = metrics.frequency[i];
        values[i] = orders > 0 ? metrics.monetaryCents[i] / 100 / orders : 0; // no orders: nothing spent per order
      }
      return values;
    }
    case 'tenure_days': {
      const values = new Float64Array(n);
      for (let i = 0; i < n; i++) values[i] = rfm.asOfDay - metrics.firstDay[i];
      return values;
    }
  }
}
