/** English strings of the lifecycle views (spread into en.ts). */
export const enLifecycle = {
  'tab.lifecycle': 'Lifecycle',
  'tab.cohorts': 'Cohorts & trends',
  'tab.warnings': 'Churn warnings',
  'tab.migration': 'Migration',
  'lifecycle.stage.churned': 'Churned',
  'lifecycle.stage.churn_warning': 'Churn warning',
  'lifecycle.stage.won_back': 'Won back',
  'lifecycle.stage.new': 'New (activation)',
  'lifecycle.stage.converted': 'Converted',
  'lifecycle.stage.repeat': 'Repeat (repurchase)',
  'lifecycle.stage.retained': 'Retained',
  'lifecycle.stage.prospect': 'Prospect (acquisition)',
  'lifecycle.computing': 'Computing lifecycle stages…',
  'lifecycle.failed': 'Lifecycle stages could not be computed: {detail}. The other views are unaffected.',
} as const;
