/** English strings of the frequency and monetary definition switches (spread into en.ts). */
export const enDefinitions = {
  'definitions.title': 'What F and M measure',
  'definitions.frequency': 'Frequency (F)',
  'definitions.frequency.orders': 'Orders',
  'definitions.frequency.days': 'Distinct purchase days',
  'definitions.monetary': 'Monetary (M)',
  'definitions.monetary.total': 'Total spent',
  'definitions.monetary.average': 'Average per order',
  'definitions.why': 'Why the numbers differ',
  'definitions.dist.days': 'Frequency (distinct purchase days)',
  'definitions.dist.average': 'Monetary (net spend per order)',
  'definitions.why.frequency':
    'Several orders placed on the same day count once as a purchase day, so a customer who splits one shopping trip into several orders has fewer purchase days than orders.',
  'definitions.why.monetary':
    'Total spent rewards loyal spenders: it grows with every order, so it partly repeats F. Average per order (net total ÷ orders) rewards big baskets, however rarely they come.',
  'definitions.same_days': 'In this data every customer has as many purchase days as orders, so F does not change.',
  'definitions.fewer_days': '{customers} customers ({share}) have fewer purchase days than orders.',
  'definitions.follow':
    'Scores, segments, clusters and the tiers built on segments follow the choice; customers.csv keeps frequency and monetary as orders and total, and adds purchase_days and average_order_value at the end.',
  'method.definitions': 'Scores use frequency as {frequency} and monetary as {monetary} (switch under Distributions).',
  'method.definition.days': 'F is scored on distinct days with an order (the day of each order’s first row; returns not counted), never more than the orders.',
  'method.definition.average': 'M is scored on net monetary ÷ orders, in whole cents (halves rounded away from zero).',
} as const;
