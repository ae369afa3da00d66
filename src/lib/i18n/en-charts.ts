/** English strings of threshold sliders, table copy/CSV and picture export (spread into en.ts). */
export const enCharts = {
  'chart.threshold.typed': '{name}, typed value',
  'rfm.dist.slider_note': 'Drag a slider (or use the arrow keys on it) to move a cut point: the scores switch to fixed cut points and the grid, segments and every other view follow.',
  'rfm.dist.cut_between': 'Score {low} | {high}',
  'lifecycle.thresholds.title': 'Days since the last order, with the churn thresholds',
  'lifecycle.thresholds.note': 'Right of the churn line: churned. Between the lines: churn warning, once the days also exceed {multiple} × the customer’s usual gap between orders.',
  'tiers.threshold.title': 'Customers by {feature}, with the tier thresholds',
  'tiers.threshold.label': '{tier}: {bound}',
  'tiers.threshold.note': 'Drag a slider or type a value: the rule above changes and the tier counts follow. A top-share line sits at the lowest value inside that share.',
};
