import { parseDate } from './dates';
import { matchHeaders, vocabulary } from './header-matching';
import { detectDecimalSeparator, parseDecimal } from './numbers';

/** What a source column means to the order rules. */
export type Role = 'customer_id' | 'order_date' | 'amount' | 'order_id' | 'quantity' | 'unit_price';

/** Every role, in the order the mapping panel lists them. */
export const ROLES: readonly Role[] = ['customer_id', 'order_date', 'amount', 'order_id', 'quantity', 'unit_price'];

/** Roles an import cannot do without (amount may instead come from quantity × unit price). */
export const REQUIRED_ROLES: readonly Role[] = ['customer_id', 'order_date', 'amount'];

/** Role → source column name. */
export type Mapping = Partial<Record<Role, string>>;

// Header names per role, best first. Compared after normalizeHeader, so spelling variants
// (Customer ID, customer_id, customer-id) need one entry.
const SYNONYMS: Record<Role, string[]> = {
  customer_id: [
    'customer id', 'customerid', 'customer', 'cust', 'cust id', 'client id', 'clientid', 'client', 'member id', 'memberid',
    'user id', 'userid', 'buyer', 'buyer id', 'customer number', 'customer no', 'customer code', 'customer key', 'account id',
    '客户编号', '客户id', '客户', '会员卡号', '会员编号', '会员id', '用户id', '客户代码', '顾客编号', '买家', '会员',
  ],
  order_date: [
    'order date', 'date', 'invoicedate', 'invoice date', 'purchase date', 'ts', 'timestamp', 'time', 'order time', 'order datetime',
    'transaction date', 'sale date', 'sales date', 'created at', 'order created',
    '订单日期', '消费时间', '日期', '下单时间', '交易日期', '购买日期', '交易时间', '订单时间', '消费日期', '支付时间',
  ],
  amount: [
    'amount', 'total', 'revenue', 'sales', 'dollar value', 'value', 'spend', 'price total', 'order value', 'total amount',
    'order total', 'line total', 'total price', 'amount paid', 'sales amount', 'net amount', 'gross amount', 'payment',
    '金额', '实付金额', '销售额', '消费金额', '订单金额', '支付金额', '交易金额', '实收金额', '总金额', '总价',
  ],
  order_id: [
    'order id', 'invoice', 'invoiceno', 'invoice no', 'order', 'order number', 'order no', 'transaction id', 'invoice number',
    'invoice id', 'receipt id', 'receipt no', 'transaction no',
    '订单号', '订单编号', '单号', '订单id', '交易单号', '流水号',
  ],
  quantity: ['quantity', 'qty', 'number of cds', 'units', 'count', 'items', 'pieces', '数量', '件数', '购买数量'],
  unit_price: ['unit price', 'unitprice', 'price', 'price each', 'item price', '单价', '商品单价'],
};

// Words that name a role only on their own: "Order Status" is not an order id, "Lifetime Value" not an amount.
const EXACT_ONLY = ['order', 'value', 'count', 'time', 'ts', 'price', 'total', 'sales', 'client', 'buyer', 'payment', 'items', 'units', '会员', '客户'];

const VOCABULARY = vocabulary(ROLES, SYNONYMS, EXACT_ONLY);

const MOSTLY = 0.8;

interface ColumnProfile {
  nonBlank: number;
  dateShare: number;
  numberShare: number;
  withFraction: number;
  distinct: number;
}

function profileColumn(values: string[]): ColumnProfile {
  const decimal = detectDecimalSeparator(values);
  const seen = new Set<string>();
  let nonBlank = 0;
  let dates = 0;
  let numbers = 0;
  let withFraction = 0;
  for (const raw of values) {
    const value = raw.trim();
    if (!value) continue;
    nonBlank++;
    seen.add(value);
    if (parseDate(value, 'MDY') !== null || parseDate(value, 'DMY') !== null) dates++;
    const parsed = parseDecimal(value, decimal);
    if ('value' in parsed) {
      numbers++;
      if (parsed.value.includes('.')) withFraction++;
    }
  }
  const share = (count: number) => (nonBlank === 0 ? 0 : count / nonBlank);
  return { nonBlank, dateShare: share(dates), numberShare: share(numbers), withFraction, distinct: seen.size };
}

/**
 * Proposes a column for each role: exact header synonyms first, then headers containing a
 * synonym, then (for still-missing required roles) what the sample values look like. A column
 * is never given two roles. The user confirms or changes the result.
 */
export function detectMapping(headers: string[], sampleRows: string[][]): Mapping {
  const { mapping, used } = matchHeaders<Role>(headers, VOCABULARY);
  const assign = (role: Role, column: number) => {
    mapping[role] = headers[column];
    used.add(column);
  };
  fillFromValues(headers, sampleRows, mapping, used, assign);
  return mapping;
}

function fillFromValues(
  headers: string[],
  sampleRows: string[][],
  mapping: Mapping,
  used: Set<number>,
  assign: (role: Role, column: number) => void,
): void {
  const needsAmount = !mapping.amount && !(mapping.quantity && mapping.unit_price);
  if (mapping.customer_id && mapping.order_date && !needsAmount) return;
  if (sampleRows.length === 0) return;
  const profiles = headers.map((_, column) => (used.has(column) ? null : profileColumn(sampleRows.map((row) => row[column] ?? ''))));
  const free = (column: number) => !used.has(column) && profiles[column] !== null && profiles[column]!.nonBlank > 0;

  if (!mapping.order_date) {
    let best = -1;
    profiles.forEach((profile, column) => {
      if (free(column) && profile!.dateShare >= MOSTLY && (best < 0 || profile!.dateShare > profiles[best]!.dateShare)) best = column;
    });
    if (best >= 0) assign('order_date', best);
  }
  if (needsAmount) {
    let best = -1;
    profiles.forEach((profile, column) => {
      if (!free(column) || profile!.numberShare < MOSTLY || profile!.withFraction === 0 || profile!.dateShare >= MOSTLY) return;
      if (best < 0 || profile!.withFraction > profiles[best]!.withFraction) best = column;
    });
    if (best >= 0) assign('amount', best);
  }
  if (!mapping.customer_id) {
    // Ids come first in nearly every export, so the leftmost column that repeats like an id wins.
    const column = profiles.findIndex((profile, index) => {
      if (!free(index)) return false;
      const { nonBlank, dateShare, withFraction, distinct } = profile!;
      return dateShare < 0.5 && withFraction === 0 && distinct >= 2 && distinct < nonBlank && nonBlank >= sampleRows.length * MOSTLY;
    });
    if (column >= 0) assign('customer_id', column);
  }
}

