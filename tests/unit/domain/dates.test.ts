import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { dayFromParts, detectDateFormat, formatDay, parseDate, todayDay, type DateOrder } from '../../../src/lib/domain/dates';

const day = (iso: string) => Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))) / 86_400_000;
const read = (text: string, order: DateOrder | null = null) => {
  const parsed = parseDate(text, order);
  return parsed === null ? null : formatDay(parsed);
};

describe('parseDate', () => {
  it.each([
    { name: 'ISO date', text: '2024-01-05', expected: '2024-01-05' },
    { name: 'CDNOW YYYYMMDD', text: '19970101', expected: '1997-01-01' },
    { name: 'YYYYMMDD that went through a float column', text: '19970101.0', expected: '1997-01-01' },
    { name: 'ISO datetime in UTC keeps the written date', text: '2024-01-05T23:30:00Z', expected: '2024-01-05' },
    { name: 'ISO datetime with offset and fraction', text: '2024-01-05 08:26:00.123+08:00', expected: '2024-01-05' },
    { name: 'ISO datetime without seconds', text: '2024-01-05T08:26', expected: '2024-01-05' },
    { name: 'year first with slashes (GBK export)', text: '2024/3/5', expected: '2024-03-05' },
    { name: 'year first with slashes and time', text: '2024/1/5 8:26', expected: '2024-01-05' },
    { name: 'year first, single-digit parts with dashes', text: '2024-3-5', expected: '2024-03-05' },
    { name: 'Excel datetime (GB18030 export)', text: '2024-01-01 10:30', expected: '2024-01-01' },
    { name: 'Online Retail M/D/YYYY H:MM (day > 12 decides)', text: '12/13/2010 8:26', expected: '2010-12-13' },
    { name: 'D/M/YYYY with day > 12', text: '13/01/2024', expected: '2024-01-13' },
    { name: 'M/D/YYYY with day > 12', text: '01/13/2024', expected: '2024-01-13' },
    { name: 'a-b-YYYY with day > 12', text: '25-12-2023', expected: '2023-12-25' },
    { name: 'equal day and month read either way', text: '05/05/2024', expected: '2024-05-05' },
    { name: 'dotted D.M.YYYY is always day first', text: '5.1.2024', expected: '2024-01-05' },
    { name: 'Chinese date', text: '2024年3月5日', expected: '2024-03-05' },
    { name: 'Chinese date with time', text: '2024年3月5日 14:05', expected: '2024-03-05' },
    { name: 'English month first', text: 'Jan 5, 2024', expected: '2024-01-05' },
    { name: 'English day first', text: '5 Jan 2024', expected: '2024-01-05' },
    { name: 'full month name without comma', text: 'January 5 2024', expected: '2024-01-05' },
    { name: 'day-month-name-year with dashes', text: '05-Jan-2024', expected: '2024-01-05' },
    { name: 'RFC 2822 style', text: 'Fri, 05 Jan 2024 10:00:00 +0000', expected: '2024-01-05' },
    { name: 'surrounding spaces', text: '  2024-01-05 ', expected: '2024-01-05' },
    { name: 'leap day', text: '2024-02-29', expected: '2024-02-29' },
    { name: 'first year in range', text: '1900-01-01', expected: '1900-01-01' },
    { name: 'last year in range', text: '2200-12-31', expected: '2200-12-31' },
  ])('reads $name', ({ text, expected }) => {
    expect(read(text)).toBe(expected);
  });

  it.each([
    { name: 'blank', text: '' },
    { name: 'spaces only', text: '   ' },
    { name: 'text', text: 'yesterday' },
    { name: 'February 30', text: '2024-02-30' },
    { name: 'February 29 outside a leap year', text: '2023-02-29' },
    { name: 'month 13', text: '2024-13-01' },
    { name: 'day 0', text: '2024-01-00' },
    { name: 'compact month 13', text: '19971301' },
    { name: 'year before 1900', text: '1899-12-31' },
    { name: 'year after 2200', text: '2201-01-01' },
    { name: 'an 8-digit number that is no date', text: '12345678' },
    { name: 'both parts above 12', text: '13/13/2024' },
    { name: 'hour 25', text: '2024-01-05 25:00' },
    { name: 'dangling T', text: '2024-01-05T' },
    { name: 'two-digit year', text: '5/1/24' },
    { name: 'unknown month name', text: 'Foo 5, 2024' },
    { name: 'a plain amount', text: '11.77' },
  ])('returns null for $name', ({ text }) => {
    expect(parseDate(text, null)).toBeNull();
    expect(parseDate(text, 'MDY')).toBeNull();
  });

  it.each([
    { name: 'without an order when ambiguous', order: null, text: '05/01/2024', expected: null },
    { name: 'month first', order: 'MDY' as const, text: '05/01/2024', expected: '2024-05-01' },
    { name: 'day first', order: 'DMY' as const, text: '05/01/2024', expected: '2024-01-05' },
    { name: 'month first, Online Retail', order: 'MDY' as const, text: '12/1/2010 8:26', expected: '2010-12-01' },
    { name: 'month first with AM/PM', order: 'MDY' as const, text: '12/1/2010 8:26 PM', expected: '2010-12-01' },
    { name: 'day first with dashes', order: 'DMY' as const, text: '05-01-2024', expected: '2024-01-05' },
    { name: 'an order never overrides dotted day-first', order: 'MDY' as const, text: '5.1.2024', expected: '2024-01-05' },
    { name: 'an impossible reading under the order', order: 'MDY' as const, text: '13/01/2024', expected: null },
  ])('reads a/b/YYYY $name', ({ order, text, expected }: { order: DateOrder | null; text: string; expected: string | null }) => {
    expect(read(text, order)).toBe(expected);
  });

  it('gives the same day numbers as Date.UTC', () => {
    expect(parseDate('1970-01-01', null)).toBe(0);
    expect(parseDate('19970101', null)).toBe(day('1997-01-01'));
    expect(parseDate('2024-03-05', null)).toBe(day('2024-03-05'));
  });
});

describe('day numbers', () => {
  it('round-trips formatDay and dayFromParts over three centuries', () => {
    for (let value = day('1900-01-01'); value <= day('2200-12-31'); value += 37) {
      const text = formatDay(value);
      expect(text).toBe(new Date(value * 86_400_000).toISOString().slice(0, 10));
      expect(dayFromParts(Number(text.slice(0, 4)), Number(text.slice(5, 7)), Number(text.slice(8, 10)))).toBe(value);
    }
  });

  it.each([
    { name: 'February 30', parts: [2024, 2, 30] },
    { name: 'month 0', parts: [2024, 0, 1] },
    { name: 'month 13', parts: [2024, 13, 1] },
    { name: 'a fractional day', parts: [2024, 1, 1.5] },
    { name: '1900 is no leap year', parts: [1900, 2, 29] },
  ])('dayFromParts rejects $name', ({ parts }) => {
    expect(dayFromParts(parts[0], parts[1], parts[2])).toBeNull();
  });

  it('takes today from the local calendar, not UTC', () => {
    expect(formatDay(todayDay(new Date(2024, 0, 5, 23, 30)))).toBe('2024-01-05');
    expect(formatDay(todayDay(new Date(2024, 0, 5, 0, 5)))).toBe('2024-01-05');
  });
});

describe('detectDateFormat', () => {
  const column = (relative: string) =>
    readFileSync(new URL(`../../../../shared/${relative}`, import.meta.url), 'utf8')
      .split(/\r?\n/)
      .slice(1)
      .filter(Boolean)
      .map((line) => line.split(',')[1] ?? '');

  it.each([
    { name: 'only day-first evidence', samples: ['13/01/2024', '05/01/2024', '2024-01-05'], order: 'DMY', needsChoice: false },
    { name: 'only month-first evidence', samples: ['01/13/2024', '05/01/2024'], order: 'MDY', needsChoice: false },
    { name: 'conflicting evidence', samples: ['13/01/2024', '01/13/2024'], order: null, needsChoice: true },
    { name: 'only ambiguous values', samples: ['05/01/2024', '03/04/2024'], order: null, needsChoice: true },
    { name: 'equal parts are no evidence', samples: ['05/05/2024', '2024-01-01'], order: 'MDY', needsChoice: false },
    { name: 'no slash dates at all', samples: ['2024-01-05', '19970101'], order: 'MDY', needsChoice: false },
  ])('decides on $name', ({ samples, order, needsChoice }) => {
    const guess = detectDateFormat(samples);
    expect(guess.order).toBe(order);
    expect(guess.needsChoice).toBe(needsChoice);
  });

  it('asks about mixed_dates.csv, whose 05/01/2024 could be either', () => {
    const guess = detectDateFormat(column('bad-inputs/mixed_dates.csv'));
    expect(guess).toMatchObject({ order: null, needsChoice: true, slashEvidence: { dayFirst: 0, monthFirst: 0 } });
    expect(guess.slashEvidence.ambiguous).toBeGreaterThan(0);
    // ISO, YYYYMMDD, 2024/1/5, ISO datetime, D.M.YYYY and a/b/YYYY (read as MDY) parse; "yesterday" and the split "Jan 5" do not.
    expect(guess.parsedShare).toBeGreaterThan(0.6);
    expect(guess.parsedShare).toBeLessThan(1);
  });

  it('reads Online Retail dates as month first from their own evidence', () => {
    const lines = readFileSync(new URL('../../../../shared/bad-inputs/returns_cancellations.csv', import.meta.url), 'utf8').split(/\r?\n/);
    const dates = lines.slice(1).map((line) => /\d+\/\d+\/\d{4} \d+:\d\d/.exec(line)?.[0] ?? '');
    const guess = detectDateFormat(dates);
    expect(guess).toMatchObject({ order: 'MDY', needsChoice: false, parsedShare: 1 });
    expect(guess.slashEvidence.dayFirst).toBe(0);
  });

  it('measures parsedShare over non-blank samples only', () => {
    expect(detectDateFormat(['2024-01-05', '', '  ', 'nope']).parsedShare).toBe(0.5);
    expect(detectDateFormat([]).parsedShare).toBe(0);
  });
});
