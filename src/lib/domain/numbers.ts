/**
 * Exact reading of money and quantities from text. Values stay decimal strings from start to end:
 * binary floating point would turn 0.1 + 0.2 into 0.30000000000000004 in someone's revenue.
 */

/** The character between whole units and the fraction: `1234.50` or `1234,50`. */
export type DecimalSeparator = '.' | ',';

/** Why a cell is not a usable number. */
export type NumberError = 'empty' | 'not_a_number' | 'out_of_range';

/** A canonical decimal string (`-1234.5`, `12`, `0.0001`), or why there is none. */
export type ParsedDecimal = { value: string } | { error: NumberError };

/** Digits kept after the point; money needs 2, unit prices sometimes 3 or 4. */
const MAX_FRACTION_DIGITS = 4;
/** |value| must stay below 1e14: whole-cent sums of millions of such rows still fit a DECIMAL(18+). */
const MAX_INTEGER_DIGITS = 14;

const PLAIN_DOT = /^-?\d+(?:\.\d+)?$/;
const PLAIN_COMMA = /^-?\d+(?:,\d+)?$/;

// Currency signs and codes around the number; the sign may come before or after them (-$12, $-12).
const CURRENCY_PREFIX = /^(?:US\$|HK\$|[¥￥$€£₩₹]|RMB|CNY|USD|EUR|GBP|JPY|HKD)\s*/i;
const CURRENCY_SUFFIX = /\s*(?:[¥￥$€£₩₹元]|RMB|CNY|USD|EUR|GBP|JPY|HKD)$/i;

// Number bodies after sign and currency are gone. Thousands separators must group digits in
// threes (or Indian 2-2-3 with commas): `12,5` is not read as 125 in a file with decimal points.
// Groups: whole part, fraction, exponent.
const BODY_DOT = /^(\d{1,3}(?:,\d{3})+|\d{1,2}(?:,\d{2})+,\d{3}|\d{1,3}(?:'\d{3})+|\d{1,3}(?:[ \u00a0\u202f]\d{3})+|\d*)(?:\.(\d*))?(?:[eE]([+-]?\d+))?$/;
const BODY_COMMA = /^(\d{1,3}(?:\.\d{3})+|\d{1,3}(?:'\d{3})+|\d{1,3}(?:[ \u00a0\u202f]\d{3})+|\d*)(?:,(\d*))?(?:[eE]([+-]?\d+))?$/;
const SEPARATORS = /[,.' \u00a0\u202f]/g;

const isMinus = (character: string) => character === '-' || character === '\u2212';

/** Adds one unit in the last place of a digit string: "0999" → "1000", "99" → "100". */
function incrementDigits(digits: string): string {
  const out = digits.split('');
  for (let index = out.length - 1; index >= 0; index--) {
    if (out[index] !== '9') {
      out[index] = String.fromCharCode(out[index].charCodeAt(0) + 1);
      return out.join('');
    }
    out[index] = '0';
  }
  return '1' + out.join('');
}

/**
 * Builds the canonical string from a sign and the digits before and after the point: no leading
 * or trailing zeros, at most four decimals rounded half away from zero, never `-0`.
 */
function canonical(negative: boolean, whole: string, fraction: string): ParsedDecimal {
  let start = 0;
  while (start < whole.length && whole.charCodeAt(start) === 48) start++;
  let integer = start === 0 ? whole : whole.slice(start);
  let decimals = fraction;
  if (decimals.length > MAX_FRACTION_DIGITS) {
    const roundUp = decimals.charCodeAt(MAX_FRACTION_DIGITS) >= 53;
    decimals = decimals.slice(0, MAX_FRACTION_DIGITS);
    if (roundUp) {
      // Rounding the magnitude up is "half away from zero" for both signs.
      const bumped = incrementDigits(integer + decimals);
      integer = bumped.slice(0, bumped.length - MAX_FRACTION_DIGITS);
      decimals = bumped.slice(bumped.length - MAX_FRACTION_DIGITS);
      let lead = 0;
      while (lead < integer.length && integer.charCodeAt(lead) === 48) lead++;
      integer = integer.slice(lead);
    }
  }
  let end = decimals.length;
  while (end > 0 && decimals.charCodeAt(end - 1) === 48) end--;
  if (end !== decimals.length) decimals = decimals.slice(0, end);
  if (integer.length > MAX_INTEGER_DIGITS) return { error: 'out_of_range' };
  if (integer === '') integer = '0';
  const zero = integer === '0' && decimals === '';
  return { value: `${negative && !zero ? '-' : ''}${integer}${decimals ? '.' : ''}${decimals}` };
}

/** Moves the decimal point by an exponent, on the digit strings themselves. */
function applyExponent(negative: boolean, whole: string, fraction: string, exponent: number): ParsedDecimal {
  let digits = whole + fraction;
  let point = whole.length + exponent;
  let lead = 0;
  while (lead < digits.length && digits.charCodeAt(lead) === 48) lead++;
  if (lead === digits.length) return { value: '0' };
  digits = digits.slice(lead);
  point -= lead;
  // The first digit is not zero, so the value is at least 10^(point - 1).
  if (point > MAX_INTEGER_DIGITS) return { error: 'out_of_range' };
  // Below 0.00001 even rounding cannot reach the fourth decimal.
  if (point < -MAX_FRACTION_DIGITS) return { value: '0' };
  if (point <= 0) return canonical(negative, '', '0'.repeat(-point) + digits);
  if (point >= digits.length) return canonical(negative, digits + '0'.repeat(point - digits.length), '');
  return canonical(negative, digits.slice(0, point), digits.slice(point));
}

function parseGeneral(text: string, decimal: DecimalSeparator): ParsedDecimal {
  let rest = text.trim();
  if (rest === '') return { error: 'empty' };
  let negative = false;
  // Accounting negatives: (12.00) means -12.00.
  if (rest.length > 2 && rest[0] === '(' && rest[rest.length - 1] === ')') {
    negative = true;
    rest = rest.slice(1, -1).trim();
  }
  let signed = false;
  if (isMinus(rest[0]) || rest[0] === '+') {
    negative ||= isMinus(rest[0]);
    signed = true;
    rest = rest.slice(1).trimStart();
  }
  const prefix = CURRENCY_PREFIX.exec(rest);
  if (prefix) rest = rest.slice(prefix[0].length);
  if (!signed && rest.length > 0 && (isMinus(rest[0]) || rest[0] === '+')) {
    negative ||= isMinus(rest[0]);
    rest = rest.slice(1).trimStart();
  }
  const suffix = CURRENCY_SUFFIX.exec(rest);
  if (suffix) rest = rest.slice(0, rest.length - suffix[0].length);
  const match = (decimal === '.' ? BODY_DOT : BODY_COMMA).exec(rest);
  if (!match) return { error: 'not_a_number' };
  const whole = match[1].replace(SEPARATORS, '');
  const fraction = match[2] ?? '';
  if (whole === '' && fraction === '') return { error: 'not_a_number' };
  if (match[3] !== undefined) return applyExponent(negative, whole, fraction, Number(match[3]));
  return canonical(negative, whole, fraction);
}

/**
 * Reads an amount as a canonical decimal string. Understands currency signs and codes, thousands
 * separators, a leading sign, accounting negatives `(12.00)` and exponents; |value| ≥ 1e14 is out of range.
 */
export function parseDecimal(text: string, decimal: DecimalSeparator): ParsedDecimal {
  // Plain numbers are nearly every cell of a large file: read them without the general machinery.
  if ((decimal === '.' ? PLAIN_DOT : PLAIN_COMMA).test(text)) {
    const negative = text.charCodeAt(0) === 45;
    const point = text.indexOf(decimal);
    const start = negative ? 1 : 0;
    if (point < 0) return canonical(negative, start === 0 ? text : text.slice(start), '');
    return canonical(negative, text.slice(start, point), text.slice(point + 1));
  }
  return parseGeneral(text, decimal);
}

/** Reads a quantity the same way as an amount: it may be negative (returns) or fractional (kilograms). */
export function parseCount(text: string, decimal: DecimalSeparator = '.'): ParsedDecimal {
  return parseDecimal(text, decimal);
}

// Shapes that only one separator convention can produce. Currency and spaces are removed first.
const COMMA_DECIMAL = /^-?(?:\d{1,3}(?:\.\d{3})+,\d+|\d+,\d{1,2}|\d+,\d{4,})$/;
const DOT_THOUSANDS = /^-?\d{1,3}(?:,\d{3})+\.\d+$/;
const DOT_DECIMAL = /^-?(?:\d+\.\d{1,2}|\d+\.\d{4,})$/;
const DECORATION = /[\s¥￥$€£₩₹元()+]|RMB|CNY|USD|EUR|GBP|JPY|HKD/gi;

/**
 * Guesses the decimal separator of numeric samples: `,` when values look like `1037,05` or
 * `1.234,50`, outnumber plain `12.50` values, and none look like `1,234.50`; otherwise `.`.
 */
export function detectDecimalSeparator(samples: string[]): DecimalSeparator {
  let comma = 0;
  let dot = 0;
  for (const sample of samples) {
    if (!sample) continue;
    const value = sample.replace(DECORATION, '');
    if (DOT_THOUSANDS.test(value)) return '.';
    if (COMMA_DECIMAL.test(value)) comma++;
    else if (DOT_DECIMAL.test(value)) dot++;
  }
  return comma > 0 && comma > dot ? ',' : '.';
}
