/**
 * Calendar dates as day numbers: whole days since 1970-01-01, the same numbers Date.UTC gives
 * divided by 86,400,000. There are no time zones here: a datetime's date part is taken as written.
 */

/** How to read `a/b/YYYY`: month first (US) or day first (most other places). */
export type DateOrder = 'MDY' | 'DMY';

/** What a column's values say about their date format; the UI asks the user when `needsChoice`. */
export interface DateFormatGuess {
  order: DateOrder | null;
  needsChoice: boolean;
  /** Share of non-blank samples that parse with `order` (with MDY when the order is still open). */
  parsedShare: number;
  slashEvidence: { dayFirst: number; monthFirst: number; ambiguous: number };
}

const MIN_YEAR = 1900;
const MAX_YEAR = 2200;

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

const isLeapYear = (year: number) => (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;

/** Days since 1970-01-01 of a proleptic Gregorian date; integer arithmetic only, valid for any year. */
function daysFromCivil(year: number, month: number, day: number): number {
  // Counting years from March puts the leap day last, so month lengths follow a fixed pattern.
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const monthFromMarch = (month + 9) % 12;
  const dayOfYear = Math.floor((153 * monthFromMarch + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146_097 + dayOfEra - 719_468;
}

/** Day number of a calendar date, or null when the date does not exist (Feb 30, month 13). */
export function dayFromParts(year: number, month: number, day: number): number | null {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return null;
  if (month < 1 || month > 12 || day < 1) return null;
  const length = month === 2 && isLeapYear(year) ? 29 : DAYS_IN_MONTH[month - 1];
  if (day > length) return null;
  return daysFromCivil(year, month, day);
}

/** The date as `YYYY-MM-DD`. */
export function formatDay(day: number): string {
  const shifted = day + 719_468;
  const era = Math.floor(shifted / 146_097);
  const dayOfEra = shifted - era * 146_097;
  const yearOfEra = Math.floor((dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36_524) - Math.floor(dayOfEra / 146_096)) / 365);
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const monthFromMarch = Math.floor((5 * dayOfYear + 2) / 153);
  const dayOfMonth = dayOfYear - Math.floor((153 * monthFromMarch + 2) / 5) + 1;
  const month = monthFromMarch < 10 ? monthFromMarch + 3 : monthFromMarch - 9;
  const year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
  const yearText = year < 0 ? `-${String(-year).padStart(4, '0')}` : String(year).padStart(4, '0');
  return `${yearText}-${month < 10 ? '0' : ''}${month}-${dayOfMonth < 10 ? '0' : ''}${dayOfMonth}`;
}

/** Today's calendar date on this machine (its local time zone), as a day number. */
export function todayDay(now: Date = new Date()): number {
  return daysFromCivil(now.getFullYear(), now.getMonth() + 1, now.getDate());
}

/** A date inside the years files plausibly hold; anything else is a misread number. */
function dayInRange(year: number, month: number, day: number): number | null {
  if (year < MIN_YEAR || year > MAX_YEAR) return null;
  return dayFromParts(year, month, day);
}

// A time of day after the date, read only to check it is a time: the date part is what counts.
// Groups: hour, minute, second, AM/PM letter.
const TIME = String.raw`(?:(?:T|\s+)(\d{1,2}):(\d{2})(?::(\d{2})(?:[.,]\d{1,9})?)?(?:\s*([AaPp])\.?[Mm]\.?)?(?:\s*(?:Z|UTC|GMT|[+-]\d{2}(?::?\d{2})?))?)?`;

/** `2024-01-05`, `2024/1/5`, `2024.1.5`, each with an optional time; ISO datetimes with zone. */
const YEAR_FIRST = new RegExp(String.raw`^(\d{4})([-/.])(\d{1,2})\2(\d{1,2})${TIME}$`);
/** `a/b/YYYY`, `a-b-YYYY` and `D.M.YYYY`, with an optional time. */
const YEAR_LAST = new RegExp(String.raw`^(\d{1,2})([-/.])(\d{1,2})\2(\d{4})${TIME}$`);
/** `2024年3月5日`, optionally with a time. */
const CHINESE = new RegExp(String.raw`^(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*[日号]?${TIME}$`);
/** `19970101.0`: a YYYYMMDD date that went through a float column. */
const COMPACT_FLOAT = /^(\d{8})\.0+$/;
/** `Jan 5, 2024`, `January 5th 2024`, `Fri, Jan 5, 2024`. */
const NAME_MONTH_FIRST = new RegExp(String.raw`^(?:[A-Za-z]{3,9}\.?,?\s+)?([A-Za-z]{3,9})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})${TIME}$`);
/** `5 Jan 2024`, `5-Jan-2024`, `Fri, 05 Jan 2024 10:00:00 +0000`. */
const NAME_DAY_FIRST = new RegExp(String.raw`^(?:[A-Za-z]{3,9}\.?,?\s+)?(\d{1,2})(?:st|nd|rd|th)?[\s-]+([A-Za-z]{3,9})\.?,?[\s-]+(\d{4})${TIME}$`);

const MONTH_NAMES: Record<string, number> = {
  jan: 1, january: 1, feb: 2, february: 2, mar: 3, march: 3, apr: 4, april: 4, may: 5, jun: 6, june: 6,
  jul: 7, july: 7, aug: 8, august: 8, sep: 9, sept: 9, september: 9, oct: 10, october: 10,
  nov: 11, november: 11, dec: 12, december: 12,
};

const isDigitCode = (code: number) => code >= 48 && code <= 57;

function allDigits(text: string, start: number, end: number): boolean {
  for (let index = start; index < end; index++) if (!isDigitCode(text.charCodeAt(index))) return false;
  return true;
}

/** Two digits at `index` as a number; the caller has checked they are digits. */
const twoDigits = (text: string, index: number) => (text.charCodeAt(index) - 48) * 10 + text.charCodeAt(index + 1) - 48;
const fourDigits = (text: string, index: number) => twoDigits(text, index) * 100 + twoDigits(text, index + 2);

/** Whether the time groups of a match (starting at `first`) hold a real time of day, or no time. */
function validTime(match: RegExpExecArray, first: number): boolean {
  const hourText = match[first];
  if (hourText === undefined) return true;
  const hour = Number(hourText);
  const minute = Number(match[first + 1]);
  const second = match[first + 2] === undefined ? 0 : Number(match[first + 2]);
  if (minute > 59 || second > 60) return false;
  return match[first + 3] === undefined ? hour <= 23 : hour >= 1 && hour <= 12;
}

function parseYearFirst(text: string): number | null {
  const match = YEAR_FIRST.exec(text);
  if (!match || !validTime(match, 5)) return null;
  return dayInRange(Number(match[1]), Number(match[3]), Number(match[4]));
}

function parseYearLast(text: string, order: DateOrder | null): number | null {
  const match = YEAR_LAST.exec(text);
  if (!match || !validTime(match, 5)) return null;
  const first = Number(match[1]);
  const second = Number(match[3]);
  const year = Number(match[4]);
  // Dotted dates are European: always day first.
  if (match[2] === '.') return dayInRange(year, second, first);
  if (order === 'MDY') return dayInRange(year, first, second);
  if (order === 'DMY') return dayInRange(year, second, first);
  // Without an order only a reading that cannot be wrong is returned.
  if (first === second || second > 12) return dayInRange(year, first, second);
  if (first > 12) return dayInRange(year, second, first);
  return null;
}

function parseChinese(text: string): number | null {
  const match = CHINESE.exec(text);
  if (!match || !validTime(match, 4)) return null;
  return dayInRange(Number(match[1]), Number(match[2]), Number(match[3]));
}

function parseMonthName(text: string): number | null {
  let match = NAME_MONTH_FIRST.exec(text);
  if (match && validTime(match, 4)) {
    const month = MONTH_NAMES[match[1].toLowerCase()];
    if (month) return dayInRange(Number(match[3]), month, Number(match[2]));
  }
  match = NAME_DAY_FIRST.exec(text);
  if (match && validTime(match, 4)) {
    const month = MONTH_NAMES[match[2].toLowerCase()];
    if (month) return dayInRange(Number(match[3]), month, Number(match[1]));
  }
  return null;
}

/**
 * Reads a calendar date as a day number, or null when blank, unreadable, not a real date, or
 * outside 1900–2200. `a/b/YYYY` follows `order`; with no order it is read only when unambiguous.
 */
export function parseDate(text: string, order: DateOrder | null): number | null {
  let value = text;
  let length = value.length;
  if (length === 0) return null;
  if (isSpaceCode(value.charCodeAt(0)) || isSpaceCode(value.charCodeAt(length - 1))) {
    value = value.trim();
    length = value.length;
    if (length === 0) return null;
  }
  const first = value.charCodeAt(0);
  if (!isDigitCode(first)) return isAsciiLetter(first) ? parseMonthName(value) : null;

  if (length >= 8 && allDigits(value, 0, 4)) {
    const fifth = value.charCodeAt(4);
    // The two shapes of nearly every large file, read without a regular expression.
    if (length === 10 && fifth === 45 && value.charCodeAt(7) === 45 && allDigits(value, 5, 7) && allDigits(value, 8, 10)) {
      return dayInRange(fourDigits(value, 0), twoDigits(value, 5), twoDigits(value, 8));
    }
    if (length === 8 && allDigits(value, 4, 8)) {
      return dayInRange(fourDigits(value, 0), twoDigits(value, 4), twoDigits(value, 6));
    }
    if (fifth === 45 || fifth === 47 || fifth === 46) return parseYearFirst(value);
    if (fifth === 0x5e74 /* 年 */) return parseChinese(value);
    const compact = COMPACT_FLOAT.exec(value);
    if (compact) return parseDate(compact[1], order);
    return null;
  }
  const separatorAt = isDigitCode(value.charCodeAt(1)) ? 2 : 1;
  const separator = value.charCodeAt(separatorAt);
  // `5-Jan-2024` shares the separator with `5-1-2024`; the next character tells them apart.
  if ((separator === 47 || separator === 45 || separator === 46) && isDigitCode(value.charCodeAt(separatorAt + 1))) {
    return parseYearLast(value, order);
  }
  return parseMonthName(value);
}

const isAsciiLetter = (code: number) => (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
const isSpaceCode = (code: number) => code <= 32 || code === 0xa0 || code === 0xfeff || code === 0x3000;

/** `a/b/YYYY` or `a-b-YYYY` (not dotted: those are always day first). */
const SLASH_SHAPE = /^\s*(\d{1,2})([/-])(\d{1,2})\2(\d{4})(?:[T\s]|$)/;

/**
 * Decides how a column's `a/b/YYYY` values are to be read. One-sided evidence (a day > 12 in
 * one position only) decides; conflicting or only ambiguous values leave the choice to the user.
 */
export function detectDateFormat(samples: string[]): DateFormatGuess {
  const slashEvidence = { dayFirst: 0, monthFirst: 0, ambiguous: 0 };
  for (const sample of samples) {
    const match = SLASH_SHAPE.exec(sample);
    if (!match) continue;
    const first = Number(match[1]);
    const second = Number(match[3]);
    // Equal parts read the same either way, so they are no evidence for either order.
    if (first === second) continue;
    if (first > 12 && second <= 12) slashEvidence.dayFirst++;
    else if (second > 12 && first <= 12) slashEvidence.monthFirst++;
    else if (first <= 12 && second <= 12) slashEvidence.ambiguous++;
  }
  let order: DateOrder | null = 'MDY';
  let needsChoice = false;
  if (slashEvidence.dayFirst > 0 && slashEvidence.monthFirst === 0) order = 'DMY';
  else if (slashEvidence.monthFirst > 0 && slashEvidence.dayFirst === 0) order = 'MDY';
  else if (slashEvidence.dayFirst > 0 || slashEvidence.ambiguous > 0) {
    order = null;
    needsChoice = true;
  }
  const readWith: DateOrder = order ?? 'MDY';
  let nonBlank = 0;
  let parsed = 0;
  for (const sample of samples) {
    if (sample.trim() === '') continue;
    nonBlank++;
    if (parseDate(sample, readWith) !== null) parsed++;
  }
  return { order, needsChoice, parsedShare: nonBlank === 0 ? 0 : parsed / nonBlank, slashEvidence };
}
