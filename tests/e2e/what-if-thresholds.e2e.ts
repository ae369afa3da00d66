// Thresholds moved in place on CDNOW: a frequency cut point dragged with the keyboard on its slider rescored
// everyone (R × F grid and segment summary checked against scores and segments computed here from the raw
// file), a tier top-share slider, the lifecycle churn slider and the health band slider with their counts;
// Copy/CSV on the tables, SVG/PNG of the HTML bar list and of the canvas scatter; nothing leaves the origin.
import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { DOWNLOAD_DIR, closeBrowser, countOf, numberOf, openApp, openTab, parseCsv, parseCsvCells, screenshot, settle } from './harness';
import { customersOf, defaultAsOfDay, readCdnow, trailingYearCents } from './reference/raw-orders';
import { README_RULES, fixedCutScores, scoreSizes, segmentCounts, tieSharingScores } from './reference/rfm-reference';

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/** The four cuts on the value axis between tie-sharing bins: the smallest value of the bins above each. */
function cutsOf(values: number[], scores: number[], higherIsBetter: boolean): number[] {
  const lowest = [Infinity, Infinity, Infinity, Infinity, Infinity];
  values.forEach((value, index) => {
    const bin = higherIsBetter ? scores[index] - 1 : 5 - scores[index];
    lowest[bin] = Math.min(lowest[bin], value);
  });
  const cuts: number[] = [];
  for (let bin = 4, above = Infinity; bin >= 1; bin--) cuts.unshift((above = Math.min(above, lowest[bin])));
  return cuts;
}

/** Clicks `button` and returns the download's name and bytes. */
async function download(page: Page, button: Locator): Promise<{ name: string; bytes: Buffer }> {
  const [file] = await Promise.all([page.waitForEvent('download', { timeout: 300_000 }), button.click()]);
  mkdirSync(DOWNLOAD_DIR, { recursive: true });
  const copy = path.join(DOWNLOAD_DIR, `thresholds-${file.suggestedFilename()}`);
  await file.saveAs(copy);
  return { name: file.suggestedFilename(), bytes: readFileSync(copy) };
}

async function expectPictures(page: Page, scope: Locator, name: string): Promise<string> {
  const svg = await download(page, scope.getByTestId('chart-export-svg').first());
  const text = svg.bytes.toString('utf8');
  expect(svg.name).toMatch(/\.svg$/);
  expect(text.startsWith('<svg')).toBe(true);
  expect(text).toContain('xmlns="http://www.w3.org/2000/svg"');
  expect(text).not.toMatch(/<image|https?:\/\/(?!www\.w3\.org)|url\(/);
  const png = await download(page, scope.getByTestId('chart-export-png').first());
  expect(png.name).toMatch(/\.png$/);
  expect([...png.bytes.subarray(0, 8)]).toEqual(PNG_SIGNATURE);
  expect(png.bytes.length, name).toBeGreaterThan(2_000);
  return text;
}

/** Presses `key` on a slider `times` times, letting each step land. */
async function press(page: Page, testId: string, key: string, times: number): Promise<void> {
  const slider = page.getByTestId(testId);
  await slider.focus();
  for (let step = 0; step < times; step++) {
    await slider.press(key);
    await settle(page);
  }
}

describe('what-if thresholds on CDNOW', () => {
  afterAll(closeBrowser);

  it('moves cut points, tier, lifecycle and health thresholds with sliders; every table copies and exports', async () => {
    const orders = readCdnow();
    const asOfDay = defaultAsOfDay(orders);
    const customers = customersOf(orders);
    const count = customers.length;
    const recency = customers.map((customer) => asOfDay - customer.lastDay);
    const frequency = customers.map((customer) => customer.orders);
    const monetary = customers.map((customer) => customer.netCents / 100);

    const session = await openApp('/?sample=cdnow');
    const { page, context } = session;
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: session.origin });
    await page.waitForSelector('body[data-state=ready]', { timeout: 180_000 });
    expect(await countOf(page, 'customer-count')).toBe(count);

    // --- RFM: the default tie-sharing cuts, then frequency cut 4 dragged two values up with the arrow key.
    const rCuts = cutsOf(recency, tieSharingScores(recency, false), false);
    const mCuts = cutsOf(monetary, tieSharingScores(monetary, true), true);
    const fTies = cutsOf(frequency, tieSharingScores(frequency, true), true);
    expect(fTies).toEqual([2, 2, 3, 5]); // ties: more than half bought once, so two cuts coincide
    await openTab(page, 'distributions');
    expect(await page.getByTestId('cuts-recency').innerText()).toContain(rCuts.join(', '));
    await press(page, 'rfm-frequency-slider-4', 'ArrowRight', 2);
    // Switching to fixed makes the cuts strictly ascending (2, 2, 3, 5 → 2, 3, 4, 5); the slider then moved 5 → 7.
    const fCuts = [2, 3, 4, 7];
    await page.locator('[data-testid=cuts-frequency]', { hasText: fCuts.join(', ') }).waitFor({ timeout: 30_000 });
    expect(await page.getByTestId('score-method-fixed').isChecked()).toBe(true);
    expect(await page.getByTestId('rfm-frequency-input-4').inputValue()).toBe('7');
    expect(await page.getByTestId('cut-frequency-4').inputValue()).toBe('7');
    await screenshot(page, 'thresholds-01-frequency-cut-dragged');

    const r = fixedCutScores(recency, rCuts, false);
    const f = fixedCutScores(frequency, fCuts, true);
    const m = fixedCutScores(monetary, mCuts, true);
    const binSizes = scoreSizes(f);
    for (const score of [1, 2, 3, 4, 5]) expect(await countOf(page, `bin-size-frequency-${score}`)).toBe(binSizes[score - 1]);
    // The score table copies and exports as shown.
    const bins = page.getByTestId('binning-frequency');
    const binsCsv = parseCsvCells((await download(page, bins.getByTestId('table-export-csv'))).bytes.toString('utf8'));
    expect(binsCsv).toHaveLength(6);
    expect(binsCsv.slice(1).map((row) => numberOf(row[2]))).toEqual(binSizes);

    await openTab(page, 'rfm');
    for (const rScore of [1, 2, 3, 4, 5]) {
      for (const fScore of [1, 2, 3, 4, 5]) {
        const expected = r.filter((score, index) => score === rScore && f[index] === fScore).length;
        const label = (await page.getByTestId(`rfm-cell-${rScore}${fScore}`).getAttribute('aria-label')) ?? '';
        const shown = /: ([\d,]+) customers/.exec(label)?.[1];
        expect(shown === undefined ? 0 : numberOf(shown), `R ${rScore} F ${fScore}: ${label}`).toBe(expected);
      }
    }
    await screenshot(page, 'thresholds-02-grid');

    await openTab(page, 'segments');
    const bySegment = segmentCounts(README_RULES, r, f, m);
    const summary = page.getByTestId('segment-summary');
    const summaryCsv = parseCsvCells((await download(page, summary.getByTestId('table-export-csv'))).bytes.toString('utf8'));
    const shownCounts = new Map(summaryCsv.slice(1).map((row) => [row[0], numberOf(row[1])]));
    for (const { name } of README_RULES) expect(shownCounts.get(name) ?? 0, name).toBe(bySegment[name]);
    expect([...shownCounts.values()].reduce((sum, value) => sum + value, 0)).toBe(count);

    // --- Tiers (service levels, ranked on trailing-year spend): Diamond's top share 5 % → 6 % in two steps.
    const yearCents = trailingYearCents(orders, asOfDay);
    const positive = customers.filter((customer) => yearCents.get(customer.id)! > 0).length;
    const top = (percent: number) => Math.min(positive, Math.floor((percent / 100) * count + 1e-9));
    await openTab(page, 'tiers');
    const tierCount = async (name: string) => Number(await page.locator(`[data-testid=tier-rule][data-tier="${name}"]`).getAttribute('data-count'));
    await page.locator('[data-testid=tier-rule][data-tier=Diamond][data-count]').waitFor();
    expect(await tierCount('Diamond')).toBe(top(5));
    await press(page, 'tier-annualSpendCents-top-slider-0-0-topShare', 'ArrowRight', 2);
    await page.locator(`[data-testid=tier-rule][data-tier=Diamond][data-count="${top(6)}"]`).waitFor({ timeout: 30_000 });
    expect(await tierCount('Gold')).toBe(top(20) - top(6));
    expect(await tierCount('Silver')).toBe(count - top(20));
    expect(await page.getByTestId('tier-value').first().inputValue()).toBe('6');
    // The bar list of tiers exports as pictures, with the new count in its text.
    const tierSvg = await expectPictures(page, page.getByTestId('tiers-chart'), 'tiers');
    expect(tierSvg).toContain(top(6).toLocaleString('en'));
    expect((tierSvg.match(/<rect x=/g) ?? []).length).toBe(3);
    await screenshot(page, 'thresholds-03-tiers');

    // --- Lifecycle: churned after 365 days → 360 with five steps left; churned = more than 360 days without an order.
    await openTab(page, 'lifecycle');
    expect(await countOf(page, 'stage-churned')).toBe(recency.filter((days) => days > 365).length);
    await press(page, 'lifecycle-slider-churnedAfterDays', 'ArrowLeft', 5);
    const churned = recency.filter((days) => days > 360).length;
    await page.locator('[data-testid=stage-churned]', { hasText: churned.toLocaleString('en') }).waitFor({ timeout: 30_000 });
    expect(await page.getByTestId('rule-churnedAfterDays').inputValue()).toBe('360');
    await expectPictures(page, page.getByTestId('stage-chart'), 'stages');

    // --- Health: healthy from 70 → 75; healthy = customers whose index (customers.csv, one decimal) is at least 75.
    await openTab(page, 'health');
    const healthyAt70 = Number(await page.getByTestId('health-band-healthy').getAttribute('data-count'));
    await press(page, 'health-slider-healthyFrom', 'ArrowRight', 5);
    await page.waitForFunction(() => (document.querySelector('[data-testid=health-healthy-from]') as HTMLInputElement | null)?.value === '75', null, { timeout: 30_000 });
    const customersCsv = parseCsv((await download(page, page.getByTestId('export-customers'))).bytes.toString('utf8'));
    const index = customersCsv.rows.map((row) => Number(row.health_index));
    const atLeast = (floor: number) => index.filter((value) => value >= floor).length;
    expect(atLeast(70 - 0.05)).toBeGreaterThanOrEqual(healthyAt70);
    await page.waitForFunction(() => document.querySelector('[data-testid=health-band-healthy]')?.getAttribute('data-count') !== null);
    await page.locator(`[data-testid=health-band-healthy]:not([data-count="${healthyAt70}"])`).waitFor({ timeout: 30_000 });
    const healthy = Number(await page.getByTestId('health-band-healthy').getAttribute('data-count'));
    // The file rounds to one decimal: 74.95–74.99 print as 75.0.
    expect(healthy).toBeGreaterThanOrEqual(atLeast(75.05));
    expect(healthy).toBeLessThanOrEqual(atLeast(74.95));
    expect(healthy).toBeLessThan(healthyAt70);
    await screenshot(page, 'thresholds-04-health');

    // --- Every table of these tabs carries Copy and CSV; the customer list exports all rows, not the window.
    for (const tab of ['distributions', 'segments', 'tiers', 'health', 'lifecycle', 'warnings', 'report'] as const) {
      await openTab(page, tab);
      const tables = await page.locator('[role=tabpanel] table').count();
      const buttons = await page.locator('[role=tabpanel] [data-testid=table-export-csv]').count();
      expect(buttons, tab).toBeGreaterThanOrEqual(tables);
      expect(await page.locator('[role=tabpanel] [data-testid=table-export-copy]').count(), tab).toBe(buttons);
    }
    await openTab(page, 'customers');
    const all = parseCsvCells((await download(page, page.getByTestId('customer-table').getByTestId('table-export-csv'))).bytes.toString('utf8'));
    expect(all).toHaveLength(count + 1);
    expect(new Set(all.slice(1).map((row) => row[0])).size).toBe(count);
    await page.getByTestId('customer-table').getByTestId('table-export-copy').click();
    await page.locator('[data-testid=customer-table] [data-testid=table-export-status][data-status=copied]').waitFor({ state: 'attached', timeout: 10_000 });
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied.trimEnd().split('\n')).toHaveLength(count + 1);

    // --- A mouse drag: during it only the line and the number move; on release the monetary bins follow.
    await openTab(page, 'distributions');
    const mSlider = page.getByTestId('rfm-monetary-slider-3');
    await mSlider.scrollIntoViewIfNeeded();
    const box = (await mSlider.boundingBox())!;
    const thumb = await mSlider.evaluate((input: HTMLInputElement) => {
      const rect = input.getBoundingClientRect();
      return rect.left + 8 + (rect.width - 16) * (input.valueAsNumber / Number(input.max));
    });
    const cutsBefore = await page.getByTestId('cuts-monetary').innerText();
    await page.mouse.move(thumb, box.y + box.height / 2);
    await page.mouse.down();
    for (let step = 1; step <= 10; step++) await page.mouse.move(thumb + step * 4, box.y + box.height / 2);
    await settle(page);
    const typedDuring = Number(await page.getByTestId('rfm-monetary-input-3').inputValue());
    expect(typedDuring).toBeGreaterThan(mCuts[2]);
    expect(await page.getByTestId('cuts-monetary').innerText()).toBe(cutsBefore);
    await page.mouse.up();
    await page.locator('[data-testid=cuts-monetary]', { hasText: String(typedDuring) }).waitFor({ timeout: 30_000 });
    const mDragged = [mCuts[0], mCuts[1], typedDuring, mCuts[3]];
    const mBins = scoreSizes(fixedCutScores(monetary, mDragged, true));
    for (const score of [1, 2, 3, 4, 5]) expect(await countOf(page, `bin-size-monetary-${score}`)).toBe(mBins[score - 1]);
    await screenshot(page, 'thresholds-05-monetary-dragged');

    // --- The canvas scatter of the clusters exports as SVG (points drawn as paths) and PNG.
    await openTab(page, 'clusters');
    await page.getByTestId('cluster-run').click();
    await page.locator('[data-testid=clusters][data-status=ready]').waitFor({ state: 'attached', timeout: 300_000 });
    await page.getByTestId('cluster-scatter').waitFor({ state: 'visible' });
    const scatter = page.locator('figure.scatter');
    const scatterSvg = await expectPictures(page, scatter, 'scatter');
    expect((scatterSvg.match(/<path d="M/g) ?? []).length).toBeGreaterThanOrEqual(2);
    expect((scatterSvg.match(/a1\.8 1\.8 0 1 0 3\.6 0/g) ?? []).length).toBe(Math.min(count, 10_000));
    await screenshot(page, 'thresholds-06-clusters');

    expect(session.foreignRequests).toEqual([]);
    expect(session.consoleErrors).toEqual([]);
  }, 600_000);
});
