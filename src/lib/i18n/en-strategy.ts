/** English strings of the strategy views (spread into en.ts). Card templates are data, not strings here. */
export const enStrategy = {
  'strategy.title': 'Strategy playbook',
  'strategy.intro':
    'One card per tier of the active scheme: the goal, the actions, who owns them and how success is measured. Cards start from shipped templates; every field is editable and is kept with the settings.',
  'strategy.as_of': 'As of {date}',
  'strategy.updating': 'Updating…',
  'strategy.scheme': 'Scheme',
  'strategy.revenue_note': 'Revenue is the trailing-year spend up to the as-of date, as in the Value tiers tab.',
  'strategy.export_markdown': 'Download Markdown',
  'strategy.print': 'Print / save as PDF',

  'strategy.card.label': 'Strategy card: {tier}',
  'strategy.card.customers': '{customers} customers · {share}',
  'strategy.card.revenue': 'Revenue {revenue} · {share}',
  'strategy.card.edited': 'edited',
  'strategy.card.reset': 'Reset to template',
  'strategy.card.reset_label': 'Reset the {tier} card to its template',
  'strategy.card.export': 'Customers CSV',
  'strategy.card.export_label': 'Download the customers of {tier} with this card’s actions as CSV',

  'strategy.field.goal': 'Goal',
  'strategy.field.owner': 'Owner / department',
  'strategy.field.cadence': 'Deadline or cadence',
  'strategy.field.kpi': 'KPI',
  'strategy.field.kpi_name': 'KPI',
  'strategy.field.kpi_target': 'Target',
  'strategy.field.service_level': 'Service level (response time)',
  'strategy.field.channel': 'Channel',
  'strategy.field.contact_frequency': 'Contact frequency',
  'strategy.field.actions': 'Actions',

  'strategy.action.label': 'Action {position} of {tier}',
  'strategy.action.add': 'Add action',
  'strategy.action.remove': 'Remove',
  'strategy.action.remove_label': 'Remove action {position} of {tier}',
  'strategy.action.none': 'No actions yet.',

  // The Markdown export and the print page.
  'strategy.md.title': 'Strategy playbook: {scheme}',
  'strategy.md.as_of': 'As of {date} · {customers} customers',
  'strategy.md.tier_line': '{customers} customers ({customerShare} of customers) · revenue {revenue} ({revenueShare} of revenue)',
  'strategy.md.kpi_value': '{name}, target {target}',
  'strategy.md.none': '—',
  // After a field's label in the Markdown export (Chinese uses the full-width colon).
  'strategy.md.colon': ':',
} as const;
