/** English strings of the cross-tab panel (spread into en.ts). */
export const enCrosstab = {
  'crosstab.title': 'Cross-tabs',
  'crosstab.rows': 'Rows',
  'crosstab.columns': 'Columns',
  'crosstab.customers': 'Customers',
  'crosstab.revenue': 'Revenue',
  'crosstab.total': 'Total',
  'crosstab.note':
    'Any two groupings side by side; each cell also shows its share of the row. Revenue is trailing-year spend, as in the segment analysis. With a customer table: value tier × need, industry × company size.',
  'crosstab.unknown': '{customers} customers have no value on one side and are in no cell.',
  'crosstab.dimension.tier': 'Value tier',
  'crosstab.dimension.segment': 'RFM segment',
  'crosstab.dimension.stage': 'Lifecycle stage',
  'crosstab.dimension.cluster': 'Cluster',
} as const;
