import { describe, expect, it } from 'vitest';
import { t } from '../../../src/lib/i18n';
import { warningReasonText } from '../../../src/views/lifecycle/warning-reason-text';

const grouped = (value: number) => value.toLocaleString('en-US');

describe('warningReasonText', () => {
  it.each([
    { name: 'the issue’s example', reason: { daysSinceLastOrder: 134, usualGapDays: 41 }, expected: 'No order for 134 days; usually orders every 41 days.' },
    { name: 'a single order date', reason: { daysSinceLastOrder: 134, usualGapDays: null }, expected: 'No order for 134 days; a single order so far.' },
    { name: 'a usual gap of one day', reason: { daysSinceLastOrder: 91, usualGapDays: 1 }, expected: 'No order for 91 days; usually orders every day.' },
    { name: 'one day without an order (a trigger with 0 days)', reason: { daysSinceLastOrder: 1, usualGapDays: 3 }, expected: 'No order for 1 day; usually orders every 3 days.' },
    { name: 'grouped numbers through formatCount', reason: { daysSinceLastOrder: 1234, usualGapDays: 1001 }, format: grouped, expected: 'No order for 1,234 days; usually orders every 1,001 days.' },
    { name: 'plain numbers by default (CSV)', reason: { daysSinceLastOrder: 1234, usualGapDays: null }, expected: 'No order for 1234 days; a single order so far.' },
  ])('$name', ({ reason, format, expected }) => {
    expect(warningReasonText(reason, t, format)).toBe(expected);
  });
});
