import type { CardTemplate } from './cards';

// Shipped card templates for the tier presets (English data; a user's edits replace them).
// They follow common account-management practice and the examples of issue 5 §7.

/** Diamond / Gold / Silver: service levels by trailing-year spend rank (consumer business). */
export const SERVICE_LEVEL_TEMPLATES: Record<string, CardTemplate> = {
  Diamond: {
    goal: 'Keep the top 5% of spenders and deepen the relationship',
    actions: ['Assign a dedicated account manager', 'Early access to new products and exclusive previews', 'Personal thank-you after large orders', 'Yearly review call'],
    owner: 'Key account team',
    cadence: 'Monthly review',
    kpi: { name: 'Retention (still buying a year later)', target: '≥ 95%' },
    serviceLevel: 'Response ≤ 2 h, priority line',
    channel: 'Phone and personal e-mail',
    contactFrequency: 'Monthly',
  },
  Gold: {
    goal: 'Grow spend towards Diamond',
    actions: ['Tiered volume discount', 'Free trial of new products', 'Recommend related products after each order'],
    owner: 'Sales',
    cadence: 'Quarterly',
    kpi: { name: 'Spend per customer', target: '+20%' },
    serviceLevel: 'Response ≤ 24 h',
    channel: 'E-mail and app',
    contactFrequency: 'Every two weeks',
  },
  Silver: {
    goal: 'Serve efficiently and move the active customers up',
    actions: ['Standard service', 'Automated e-mail / WeChat official account touch points', 'Quarterly check-in campaign'],
    owner: 'Customer service and marketing automation',
    cadence: 'Quarterly check-in',
    kpi: { name: 'Repeat purchase rate', target: '+5 points' },
    serviceLevel: 'Response ≤ 48 h',
    channel: 'E-mail, WeChat official account',
    contactFrequency: 'Monthly newsletter',
  },
};

/** Platinum / Gold / Loyal base / Churn risk / Other: business accounts, with the examples. */
export const ACCOUNT_TIER_TEMPLATES: Record<string, CardTemplate> = {
  Platinum: {
    goal: 'Renew every contract and grow the account',
    actions: ['Dedicated account manager', 'Monthly tailored report', 'Yearly executive meeting'],
    owner: 'Key account management',
    cadence: 'Monthly report, yearly executive meeting',
    kpi: { name: 'Contract renewal rate', target: '≥ 98%' },
    serviceLevel: 'Response ≤ 2 h',
    channel: 'Account manager (phone, on site)',
    contactFrequency: 'Monthly',
  },
  Gold: {
    goal: 'Grow spend towards Platinum',
    actions: ['Tiered volume discount', 'Free trial of new products', 'Quarterly business review'],
    owner: 'Sales',
    cadence: 'Quarterly business review',
    kpi: { name: 'Annual spend', target: '+20%' },
    serviceLevel: 'Response ≤ 8 h',
    channel: 'Account manager and e-mail',
    contactFrequency: 'Monthly',
  },
  'Loyal base': {
    goal: 'Keep loyal accounts at low cost to serve',
    actions: ['Standard service', 'Automated e-mail / WeChat official account touch points', 'Quarterly check-in'],
    owner: 'Customer success',
    cadence: 'Quarterly check-in',
    kpi: { name: 'Retention rate', target: '≥ 90%' },
    serviceLevel: 'Response ≤ 48 h',
    channel: 'E-mail, WeChat official account',
    contactFrequency: 'Quarterly',
  },
  'Churn risk': {
    goal: 'Win back accounts that went quiet or are unhappy',
    actions: ['Reason survey within 7 days', 'Win-back coupon', 'Follow-up after 30 days'],
    owner: 'Customer success',
    cadence: 'Survey within 7 days, follow-up at 30 days',
    kpi: { name: 'Win-back rate', target: '≥ 30%' },
    serviceLevel: 'Response ≤ 24 h',
    channel: 'Phone and e-mail',
    contactFrequency: 'Within 7 days, then after 30 days',
  },
  Other: {
    goal: 'Find out which accounts can grow into a tier',
    actions: ['Standard service', 'Review the account’s potential once a year'],
    owner: 'Sales',
    cadence: 'Yearly review',
    kpi: { name: 'Accounts moving into a tier', target: '≥ 10%' },
    serviceLevel: 'Response ≤ 48 h',
    channel: 'E-mail',
    contactFrequency: 'Quarterly',
  },
};

const VALUE_LEVEL_BASE: Record<string, CardTemplate> = {
  High: {
    goal: 'Keep high-value customers and raise their loyalty',
    actions: ['Priority service', 'Loyalty rewards and early access', 'Personal recommendations'],
    owner: 'CRM team',
    cadence: 'Monthly',
    kpi: { name: 'Retention rate', target: '≥ 90%' },
    serviceLevel: 'Response ≤ 4 h',
    channel: 'Phone and e-mail',
    contactFrequency: 'Every two weeks',
  },
  Mid: {
    goal: 'Move mid-value customers up',
    actions: ['Bundle and cross-sell offers', 'Volume-based discount', 'Reminder before the usual reorder date'],
    owner: 'Marketing',
    cadence: 'Quarterly',
    kpi: { name: 'Customers moving to High', target: '≥ 10% a year' },
    serviceLevel: 'Response ≤ 24 h',
    channel: 'E-mail and app',
    contactFrequency: 'Monthly',
  },
  Low: {
    goal: 'Serve at low cost and find the customers with potential',
    actions: ['Automated e-mail touch points', 'Welcome and onboarding series', 'Entry-level promotions'],
    owner: 'Marketing automation',
    cadence: 'Quarterly',
    kpi: { name: 'Repeat purchase rate', target: '+5 points' },
    serviceLevel: 'Response ≤ 48 h',
    channel: 'E-mail, WeChat official account',
    contactFrequency: 'Monthly newsletter',
  },
  'No data': {
    goal: 'Complete the missing data before acting',
    actions: ['Check which attribute is missing', 'Add it with a customer table'],
    owner: 'CRM data team',
    cadence: 'Once, then at each import',
    kpi: { name: 'Customers with complete data', target: '100%' },
    serviceLevel: 'Response ≤ 48 h',
    channel: 'E-mail',
    contactFrequency: 'Quarterly',
  },
};

/** The value-level templates with each level's KPI measured on the scheme's own measure. */
function valueLevelTemplates(kpis: Record<'High' | 'Mid' | 'Low', CardTemplate['kpi']>): Record<string, CardTemplate> {
  const templates = { ...VALUE_LEVEL_BASE };
  for (const [level, kpi] of Object.entries(kpis)) templates[level] = { ...templates[level], kpi };
  return templates;
}

export const VALUE_LEVEL_SPEND_TEMPLATES = VALUE_LEVEL_BASE;
export const VALUE_LEVEL_FREQUENCY_TEMPLATES = valueLevelTemplates({
  High: { name: 'Orders per year', target: '≥ 12' },
  Mid: { name: 'Orders per year', target: '+2' },
  Low: { name: 'Orders per year', target: '≥ 4' },
});
export const VALUE_LEVEL_MARGIN_TEMPLATES = valueLevelTemplates({
  High: { name: 'Margin rate', target: '≥ 20%' },
  Mid: { name: 'Margin rate', target: '+2 points' },
  Low: { name: 'Margin rate', target: '≥ 10%' },
});
