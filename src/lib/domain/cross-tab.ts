/** A categorical column aligned per customer: a code per customer (−1 = unknown) and the code labels. */
export interface Categorical {
  codes: ArrayLike<number>;
  labels: readonly string[];
}

/** Customers and money by two categories; unknown codes are counted apart, not dropped silently. */
export interface CrossTabulation {
  rowLabels: readonly string[];
  columnLabels: readonly string[];
  /** customers[row][column] */
  customers: number[][];
  revenueCents: number[][];
  rowCustomers: number[];
  columnCustomers: number[];
  rowRevenueCents: number[];
  columnRevenueCents: number[];
  totalCustomers: number;
  totalRevenueCents: number;
  /** Customers with an unknown code on either side (in no cell). */
  unknown: number;
}

/** Cross-tabulates two categories over the same customers, with each customer's money. */
export function crossTabulate(rows: Categorical, columns: Categorical, revenueCents: ArrayLike<number>): CrossTabulation {
  const grid = () => rows.labels.map(() => new Array<number>(columns.labels.length).fill(0));
  const customers = grid();
  const revenue = grid();
  let unknown = 0;
  for (let index = 0; index < revenueCents.length; index++) {
    const row = rows.codes[index];
    const column = columns.codes[index];
    if (row < 0 || column < 0 || row >= rows.labels.length || column >= columns.labels.length) {
      unknown++;
      continue;
    }
    customers[row][column]++;
    revenue[row][column] += revenueCents[index];
  }
  const sumRows = (table: number[][]) => table.map((line) => line.reduce((sum, value) => sum + value, 0));
  const sumColumns = (table: number[][]) => columns.labels.map((_, column) => table.reduce((sum, line) => sum + line[column], 0));
  const rowCustomers = sumRows(customers);
  const rowRevenueCents = sumRows(revenue);
  return {
    rowLabels: rows.labels,
    columnLabels: columns.labels,
    customers,
    revenueCents: revenue,
    rowCustomers,
    columnCustomers: sumColumns(customers),
    rowRevenueCents,
    columnRevenueCents: sumColumns(revenue),
    totalCustomers: rowCustomers.reduce((sum, value) => sum + value, 0),
    totalRevenueCents: rowRevenueCents.reduce((sum, value) => sum + value, 0),
    unknown,
  };
}

const NUMERIC_ORDER = new Intl.Collator('en', { numeric: true, sensitivity: 'base' });

/**
 * Codes for a text column: its distinct non-empty values in natural order (so "1-49" comes before
 * "250-999" and "1000+"); '' is unknown (−1).
 */
export function categoricalFromText(values: readonly string[]): Categorical {
  const labels = [...new Set(values)].filter((value) => value !== '').sort(NUMERIC_ORDER.compare);
  const codeOf = new Map(labels.map((label, code) => [label, code]));
  return { codes: Int32Array.from(values, (value) => (value === '' ? -1 : codeOf.get(value)!)), labels };
}
