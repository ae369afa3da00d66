// Picture and table exports in the built app on the CDNOW sample: a histogram as SVG and as PNG, and the
// segment summary copied to the clipboard as tab-separated text; the HTML R × F grid and the cluster centroids as pictures.
import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { DOWNLOAD_DIR, closeBrowser, openApp, openTab, screenshot } from './harness';

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/** Clicks `button`, waits for its download and returns the saved bytes and suggested name. */
async function download(page: Page, button: Locator): Promise<{ name: string; bytes: Buffer }> {
  const [file] = await Promise.all([page.waitForEvent('download', { timeout: 30_000 }), button.click()]);
  mkdirSync(DOWNLOAD_DIR, { recursive: true });
  const copy = path.join(DOWNLOAD_DIR, `chart-export-${file.suggestedFilename()}`);
  await file.saveAs(copy);
  return { name: file.suggestedFilename(), bytes: readFileSync(copy) };
}

describe('chart and table exports', () => {
  afterAll(closeBrowser);

  it('downloads a histogram as SVG and PNG and copies the segment summary', async () => {
    const session = await openApp('/?sample=cdnow');
    const { page, context } = session;
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: session.origin });
    await page.waitForSelector('body[data-state=ready]', { timeout: 180_000 });

    await openTab(page, 'distributions');
    const histogram = page.locator('[data-testid=distributions] figure.histogram').first();
    await histogram.locator('svg').first().waitFor({ state: 'visible' });
    const barsOnPage = await histogram.locator('svg rect').count();

    const svg = await download(page, histogram.getByTestId('chart-export-svg'));
    const text = svg.bytes.toString('utf8');
    expect(svg.name).toMatch(/\.svg$/);
    expect(text.startsWith('<svg')).toBe(true);
    expect(text).toContain('xmlns="http://www.w3.org/2000/svg"');
    expect(text).toMatch(/viewBox="0 0 \d+ \d+"/);
    expect(text).not.toMatch(/class=|https?:\/\/(?!www\.w3\.org)/);
    expect((text.match(/<rect /g) ?? []).length).toBe(barsOnPage);
    // The bars keep their colour without the page's stylesheet.
    expect(text).toMatch(/<rect [^>]*style="[^"]*fill: rgb\(/);

    const png = await download(page, histogram.getByTestId('chart-export-png'));
    expect(png.name).toMatch(/\.png$/);
    expect([...png.bytes.subarray(0, 8)]).toEqual(PNG_SIGNATURE);
    expect(png.bytes.length).toBeGreaterThan(1_000);

    await openTab(page, 'segments');
    const summary = page.getByTestId('segment-summary');
    await summary.getByTestId('table-export-copy').click();
    await summary.locator('[data-testid=table-export-status][data-status=copied]').waitFor({ state: 'attached', timeout: 10_000 });
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    const lines = copied.trimEnd().split('\n');
    const rowCount = await summary.locator('tbody tr').count();
    expect(lines).toHaveLength(rowCount + 1);
    expect(lines[0].split('\t')).toHaveLength(10);
    expect(lines[0].split('\t')[0]).toBe((await summary.locator('thead th').first().innerText()).trim());
    expect(lines[1].split('\t')[0]).toBe((await summary.locator('tbody th').first().innerText()).trim());
    await screenshot(page, 'chart-export-segments');

    // The R × F grid is HTML buttons: its picture carries every cell's count as the page shows it.
    await openTab(page, 'rfm');
    const grid = page.locator('.heatmap');
    const countsOnPage = (await grid.locator('button.cell .count').allInnerTexts()).map((value) => value.trim());
    expect(countsOnPage).toHaveLength(25);
    const gridSvg = (await download(page, grid.getByTestId('chart-export-svg'))).bytes.toString('utf8');
    expect(gridSvg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    expect(gridSvg).not.toMatch(/href|url\(/);
    const countsInPicture = [...gridSvg.matchAll(/font-weight="600"[^>]*>([\d,]+)<\/text>/g)].map((match) => match[1]);
    expect(countsInPicture).toEqual(countsOnPage);
    const gridPng = await download(page, grid.getByTestId('chart-export-png'));
    expect([...gridPng.bytes.subarray(0, 8)]).toEqual(PNG_SIGNATURE);

    // The cluster centroids (parallel coordinates) are an SVG chart like the others.
    await openTab(page, 'clusters');
    await page.getByTestId('cluster-run').click();
    await page.locator('[data-testid=clusters][data-status=ready]').waitFor({ state: 'attached', timeout: 300_000 });
    const parallel = page.locator('figure.parallel');
    await parallel.locator('svg').waitFor({ state: 'visible', timeout: 180_000 });
    const parallelSvg = (await download(page, parallel.getByTestId('chart-export-svg'))).bytes.toString('utf8');
    expect((parallelSvg.match(/<path /g) ?? []).length).toBe(await parallel.locator('svg g.series path').count());

    expect(session.foreignRequests).toEqual([]);
    expect(session.consoleErrors).toEqual([]);
  });
});
