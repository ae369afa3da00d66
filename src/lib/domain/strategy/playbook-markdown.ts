import { formatCents } from '../money';
import { CARD_TEXT_FIELDS, filledActions, type CardTextField, type StrategyCard } from './cards';
import { escapeMarkdown } from './markdown-escape';

/** Labels of the document; `{name}` placeholders are filled with numbers or escaped user text. */
export interface PlaybookLabels extends Record<CardTextField, string> {
  /** {scheme} */
  title: string;
  /** {date}, {customers} */
  asOf: string;
  /** {customers}, {customerShare}, {revenue}, {revenueShare} */
  tierLine: string;
  kpi: string;
  /** {name}, {target} */
  kpiValue: string;
  actions: string;
  /** Shown for an empty field or an empty action list. */
  none: string;
  /** After a field's label: ":" (the default), the full-width "：" in Chinese. */
  colon?: string;
}

export const PLAYBOOK_LABELS_EN: PlaybookLabels = {
  title: 'Strategy playbook: {scheme}',
  asOf: 'As of {date} · {customers} customers',
  tierLine: '{customers} customers ({customerShare} of customers) · revenue {revenue} ({revenueShare} of revenue)',
  goal: 'Goal',
  owner: 'Owner',
  cadence: 'Deadline or cadence',
  kpi: 'KPI',
  kpiValue: '{name}, target {target}',
  serviceLevel: 'Service level',
  channel: 'Channel',
  contactFrequency: 'Contact frequency',
  actions: 'Actions',
  none: '—',
  colon: ':',
};

/** Number formats of the document; the defaults are locale-free (1,234 · 12.3% · 1234.56). */
export interface PlaybookFormats {
  integer: (value: number) => string;
  percent: (fraction: number) => string;
  money: (cents: number) => string;
}

export const PLAYBOOK_FORMATS_PLAIN: PlaybookFormats = {
  integer: (value) => String(Math.round(value)).replace(/\B(?=(\d{3})+(?!\d))/g, ','),
  percent: (fraction) => `${(fraction * 100).toFixed(1)}%`,
  money: (cents) => formatCents(Math.round(cents)),
};

export interface PlaybookInput {
  schemeName: string;
  /** Already formatted, e.g. "1998-07-01". */
  asOfDate: string;
  cards: readonly StrategyCard[];
  /** Customers and revenue (cents) of each card's tier, aligned with `cards`. */
  counts: ArrayLike<number>;
  revenueCents: ArrayLike<number>;
  totalCustomers: number;
  labels?: PlaybookLabels;
  formats?: PlaybookFormats;
}

// One pass, so a value that itself holds "{name}" is never filled again.
const fill = (template: string, values: Record<string, string>) => template.replace(/\{(\w+)\}/g, (whole, name: string) => values[name] ?? whole);
const share = (part: number, total: number) => (total ? part / total : 0);

/** The playbook as Markdown: a title, then per card a heading, its customers and revenue, the fields and the actions. */
export function playbookMarkdown(input: PlaybookInput): string {
  const { cards, counts, revenueCents, totalCustomers, labels = PLAYBOOK_LABELS_EN, formats = PLAYBOOK_FORMATS_PLAIN } = input;
  const text = (value: string) => escapeMarkdown(value) || labels.none;
  const colon = labels.colon ?? ':';
  let totalRevenue = 0;
  for (let index = 0; index < cards.length; index++) totalRevenue += revenueCents[index] ?? 0;
  const lines = [
    `# ${fill(labels.title, { scheme: escapeMarkdown(input.schemeName) })}`,
    '',
    fill(labels.asOf, { date: escapeMarkdown(input.asOfDate), customers: formats.integer(totalCustomers) }),
  ];
  cards.forEach((card, index) => {
    const customers = counts[index] ?? 0;
    const revenue = revenueCents[index] ?? 0;
    const kpi = card.kpi.name.trim() || card.kpi.target.trim() ? fill(labels.kpiValue, { name: text(card.kpi.name), target: text(card.kpi.target) }) : labels.none;
    const actions = filledActions(card);
    lines.push(
      '',
      `## ${text(card.tier)}`,
      '',
      fill(labels.tierLine, {
        customers: formats.integer(customers),
        customerShare: formats.percent(share(customers, totalCustomers)),
        revenue: formats.money(revenue),
        revenueShare: formats.percent(share(revenue, totalRevenue)),
      }),
      '',
      ...CARD_TEXT_FIELDS.slice(0, 3).map((field) => `- **${labels[field]}${colon}** ${text(card[field])}`),
      `- **${labels.kpi}${colon}** ${kpi}`,
      ...CARD_TEXT_FIELDS.slice(3).map((field) => `- **${labels[field]}${colon}** ${text(card[field])}`),
      '',
      `### ${labels.actions}`,
      '',
      ...(actions.length ? actions.map((action) => `- ${text(action)}`) : [labels.none]),
    );
  });
  return `${lines.join('\n')}\n`;
}

/** playbook-<scheme>.md, with anything but letters, digits, _ and - replaced. */
export const playbookFileName = (scheme: string) => `playbook-${scheme.replace(/[^\p{L}\p{N}_-]+/gu, '_')}.md`;
