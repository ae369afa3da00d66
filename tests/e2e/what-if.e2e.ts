// What-if on CDNOW in the built app: pin a baseline, tighten one segment rule, and check the diff (moved customers
// per matrix cell, per-segment counts and revenue-share points) against customers.csv exported before and after,
// counted here by a plain loop; undo and redo by button and keyboard; two named scenarios saved, compared, renamed
// and switched to.
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { closeBrowser, downloadText, numberOf, openApp, openTab, parseCsv, screenshot, settle, stateMark, waitForStateAfter } from './harness';

type Row = Record<string, string>;

/** Customers per "from>to" cell between two exports (matched by customer id); "new"/"gone" for one-sided ids. */
function cellCounts(before: Row[], after: Row[]): Map<string, number> {
  const afterSegment = new Map(after.map((row) => [row.customer_id, row.segment]));
  const beforeIds = new Set(before.map((row) => row.customer_id));
  const cells = new Map<string, number>();
  const add = (key: string) => cells.set(key, (cells.get(key) ?? 0) + 1);
  for (const row of before) add(`${row.segment}>${afterSegment.get(row.customer_id) ?? 'gone'}`);
  for (const row of after) if (!beforeIds.has(row.customer_id)) add(`new>${row.segment}`);
  return cells;
}

/** Customers and share of net revenue per segment in one export. */
function segmentTotals(rows: Row[]): Map<string, { customers: number; share: number }> {
  const cents = new Map<string, number>();
  const customers = new Map<string, number>();
  let total = 0;
  for (const row of rows) {
    const value = Math.round(Number(row.monetary) * 100);
    cents.set(row.segment, (cents.get(row.segment) ?? 0) + value);
    customers.set(row.segment, (customers.get(row.segment) ?? 0) + 1);
    total += value;
  }
  return new Map([...customers].map(([segment, count]) => [segment, { customers: count, share: cents.get(segment)! / total }]));
}

/** The matrix a diff view shows: "from>to" → count, non-zero cells only. */
async function shownCells(page: Page, testId: string): Promise<Map<string, number>> {
  const cells = await page.locator(`[data-testid=${testId}-matrix] [data-testid=migration-cell]`).evaluateAll((buttons) =>
    buttons.map((button) => [`${button.getAttribute('data-from')}>${button.getAttribute('data-to')}`, Number(button.getAttribute('data-count'))] as const),
  );
  return new Map(cells.filter(([, count]) => count > 0));
}

/** The per-segment rows a diff view shows. */
async function shownRows(page: Page, testId: string) {
  return page.locator(`[data-testid=${testId}-table] tbody tr`).evaluateAll((rows) =>
    rows.map((row) => ({
      segment: row.getAttribute('data-segment')!,
      before: Number(row.getAttribute('data-before')),
      after: Number(row.getAttribute('data-after')),
      points: Number(row.getAttribute('data-share-points')),
    })),
  );
}

const movedOf = (cells: Map<string, number>) => [...cells].reduce((sum, [key, count]) => (key.split('>')[0] !== key.split('>')[1] ? sum + count : sum), 0);
const movedShown = async (page: Page, testId = 'baseline-diff') => Number(await page.getByTestId(`${testId}-moved`).getAttribute('data-count'));

/** Checks a diff view against two exports: every cell, every segment's counts and revenue-share change. */
async function expectDiff(page: Page, testId: string, before: Row[], after: Row[]): Promise<void> {
  const expectedCells = cellCounts(before, after);
  expect(Object.fromEntries(await shownCells(page, testId))).toEqual(Object.fromEntries(expectedCells));
  expect(await movedShown(page, testId)).toBe(movedOf(expectedCells));
  const totalsBefore = segmentTotals(before);
  const totalsAfter = segmentTotals(after);
  for (const row of await shownRows(page, testId)) {
    expect([row.segment, row.before, row.after]).toEqual([row.segment, totalsBefore.get(row.segment)?.customers ?? 0, totalsAfter.get(row.segment)?.customers ?? 0]);
    const points = ((totalsAfter.get(row.segment)?.share ?? 0) - (totalsBefore.get(row.segment)?.share ?? 0)) * 100;
    expect(row.points).toBeCloseTo(points, 6);
  }
}

describe('what-if on CDNOW', () => {
  afterAll(closeBrowser);

  it('diffs a rule change against the baseline, undoes and redoes it, and compares two scenarios', async () => {
    const session = await openApp('/?sample=cdnow');
    const { page } = session;
    await page.waitForSelector('body[data-state=ready]', { timeout: 180_000 });
    expect(await page.getByTestId('undo').isDisabled()).toBe(true);
    expect(await page.getByTestId('redo').isDisabled()).toBe(true);

    const before = parseCsv(await downloadText(page, 'export-customers')).rows;
    expect(before).toHaveLength(23_570);
    await page.getByTestId('pin-baseline').click();

    // Potential Loyalist R 3–5 → 4–5: its R3 customers fall through to later rules.
    await openTab(page, 'segments');
    await page.getByTestId('rule-r-low-1').selectOption('4');
    await settle(page);
    expect(await page.getByTestId('undo').isEnabled()).toBe(true);
    const after = parseCsv(await downloadText(page, 'export-customers')).rows;
    const moved = movedOf(cellCounts(before, after));
    expect(moved).toBeGreaterThan(0);
    expect(before.filter((row, index) => row.segment !== after[index].segment && row.segment === 'Potential Loyalist')).toHaveLength(moved);

    await openTab(page, 'whatif');
    await expectDiff(page, 'baseline-diff', before, after);
    expect(await page.getByTestId('baseline-diff-new').getAttribute('data-count')).toBe('0');
    expect(await page.getByTestId('baseline-diff-gone').getAttribute('data-count')).toBe('0');
    await screenshot(page, 'what-if-01-baseline-diff');

    // Undo by button: the rules and counts of the baseline are back; redo re-applies the change.
    await page.getByTestId('undo').click();
    await settle(page);
    expect(await movedShown(page)).toBe(0);
    expect(await page.getByTestId('redo').isEnabled()).toBe(true);
    await page.getByTestId('redo').click();
    await settle(page);
    expect(await movedShown(page)).toBe(moved);
    await expectDiff(page, 'baseline-diff', before, after);

    // The same by keyboard, away from text fields: Ctrl+Z, Ctrl+Shift+Z, Ctrl+Z, Ctrl+Y.
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await page.keyboard.press('Control+z');
    await settle(page);
    expect(await movedShown(page)).toBe(0);
    await page.keyboard.press('Control+Shift+Z');
    await settle(page);
    expect(await movedShown(page)).toBe(moved);
    await page.keyboard.press('Control+z');
    await settle(page);
    expect(await movedShown(page)).toBe(0);
    await page.keyboard.press('Control+y');
    await settle(page);
    expect(await movedShown(page)).toBe(moved);
    // Inside a text field Ctrl+Z stays the browser's own undo of the typing.
    await page.getByTestId('scenario-name').fill('Stricter loyalists');
    await page.getByTestId('scenario-name').press('Control+z');
    await settle(page);
    expect(await movedShown(page)).toBe(moved);

    // Two scenarios: the edited rules, then (after undo) the default ones.
    await page.getByTestId('scenario-name').fill('Stricter loyalists');
    await page.getByTestId('scenario-save').click();
    await page.getByTestId('undo').click();
    await settle(page);
    expect(await movedShown(page)).toBe(0);
    await page.getByTestId('scenario-name').fill('Default rules');
    await page.getByTestId('scenario-save').click();
    await settle(page);
    expect(await page.getByTestId('scenario-1').getAttribute('data-active')).toBe('true');
    expect(await page.getByTestId('scenario-0').getAttribute('data-active')).toBe('false');

    // A = stricter, B = default: the moves are the reverse of the baseline diff's.
    expect(await page.getByTestId('compare-a').inputValue()).toBe('scenario-1');
    expect(await page.getByTestId('compare-b').inputValue()).toBe('scenario-2');
    await expectDiff(page, 'compare-diff', after, before);
    await screenshot(page, 'what-if-02-scenarios');

    // Rename, then switch to the stricter scenario: the rule editor and the segment summary follow.
    await page.getByTestId('scenario-rename-1').fill('Package default');
    await page.getByTestId('scenario-rename-1').press('Enter');
    await page.getByTestId('scenario-rename-1').blur();
    expect(await page.getByTestId('compare-b').locator('option:checked').innerText()).toBe('Package default');
    await page.getByTestId('scenario-switch-0').click();
    await settle(page);
    expect(await movedShown(page)).toBe(moved);
    expect(await page.getByTestId('scenario-0').getAttribute('data-active')).toBe('true');
    await openTab(page, 'segments');
    expect(await page.getByTestId('rule-r-low-1').inputValue()).toBe('4');
    const loyalists = page.locator('[data-testid=segment-summary] tbody tr').filter({ has: page.locator('th', { hasText: /^Potential Loyalist$/ }) });
    expect(numberOf(await loyalists.locator('td').first().innerText())).toBe(after.filter((row) => row.segment === 'Potential Loyalist').length);

    // Delete one; clear the baseline.
    await openTab(page, 'whatif');
    await page.getByTestId('scenario-delete-1').click();
    expect(await page.locator('[data-testid^=scenario-switch-]').count()).toBe(1);
    await page.getByTestId('baseline-clear').click();
    expect(await page.getByTestId('baseline-pin').isVisible()).toBe(true);

    // Another file means other customers: its rule history and baseline start afresh.
    await page.getByTestId('baseline-pin').click();
    expect(await page.getByTestId('undo').isDisabled()).toBe(false);
    const mark = await stateMark(page);
    await page.getByTestId('sample-retail-1k').click();
    expect(await waitForStateAfter(page, mark, ['ready', 'error'])).toBe('ready');
    await settle(page);
    expect(await page.getByTestId('undo').isDisabled()).toBe(true);
    expect(await page.getByTestId('redo').isDisabled()).toBe(true);
    expect(await page.getByTestId('baseline-pin').isVisible()).toBe(true);

    expect(session.consoleErrors).toEqual([]);
    expect(session.foreignRequests).toEqual([]);
  });
});
