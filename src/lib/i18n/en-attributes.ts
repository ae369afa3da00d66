/** English strings of the customer table (attributes): import, mapping, report, profile (spread into en.ts). */
export const enAttributes = {
  'import.sample.b2b': 'Synthetic B2B (customers + orders)',
  'import.attributes.add': 'Add a customer table…',
  'import.attributes.hint': 'A second file with one row per customer (industry, size, since, satisfaction, …), joined on customer id',

  'attributes.mapping.title': 'Check the columns of the customer table {file}',
  'attributes.mapping.intro': '{rows} data rows. Each customer is joined to the transactions by customer id; every role but the id is optional.',
  'attributes.mapping.rules':
    '* Required. Satisfaction is read on 1–5, complaints as a whole count, NPS on −100…100 or 0–10, margin as a rate (20%, 0.2, or 20 when the column is mostly above 1). Unreadable values are emptied and counted in the import report.',
  'attributes.mapping.free': 'Kept as free attributes: {columns}',
  'attributes.mapping.free_none': 'No other columns.',
  'attributes.mapping.confirm': 'Load the customer table',

  'attributes.role.customer_id': 'Customer id',
  'attributes.role.customer_name': 'Customer name',
  'attributes.role.industry': 'Industry',
  'attributes.role.company_size': 'Company size',
  'attributes.role.region': 'Region',
  'attributes.role.since': 'Customer since',
  'attributes.role.satisfaction': 'Satisfaction (1–5)',
  'attributes.role.complaints': 'Complaints',
  'attributes.role.nps': 'NPS',
  'attributes.role.margin': 'Margin',
  'attributes.role.preferred_channel': 'Preferred channel',

  'attributes.report.title': 'Customer table: {file}',
  'attributes.report.match': '{both} customers in both files; {ordersOnly} only in the transactions; {attributesOnly} only in the customer table (prospects)',
  'attributes.report.match_as_of': '(as of {date})',
  'attributes.report.dropped.malformed_row': 'Malformed row (wrong number of fields, broken quotes)',
  'attributes.report.dropped.missing_customer_id': 'Missing customer id',
  'attributes.report.dropped.duplicate_customer_id': 'Customer id repeated (the first row is kept)',
  'attributes.report.invalid': 'Values not readable (emptied, the row is kept)',
  'attributes.report.invalid.since': 'Customer since: not a date',
  'attributes.report.invalid.satisfaction': 'Satisfaction: not a number from 1 to 5',
  'attributes.report.invalid.complaints': 'Complaints: not a whole number ≥ 0',
  'attributes.report.invalid.nps': 'NPS: not a number from −100 to 100',
  'attributes.report.invalid.margin': 'Margin: not a rate between −100% and 100%',
  'attributes.report.note.margin_percent': 'Margin values are mostly above 1, so they were read as percent (20 → 20%).',

  'attributes.profile.not_in_table': 'Not in the customer table',
  'attributes.profile.failed': 'Could not read the customer table: {detail}',

  'error.attributes_need_orders': 'Load a transactions file before a customer table.',
} as const;
