// The Strategy playbook tab in the built app on CDNOW: one card per tier of the default Diamond / Gold / Silver
// scheme and of the RFM-segments scheme, with the counts the Value tiers tab shows; a card edited in place
// (goal, a new action typed from the keyboard) travels into the Markdown export and the card's customers CSV;
// edits stay per scheme while switching; reset; and the print layout shows the playbook alone.
import { readFileSync } from 'node:fs';
import type { Locator, Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { closeBrowser, importFile, openApp, openTab, pageText, parseCsv, screenshot, settle, shared } from './harness';

const card = (page: Page, tier: string) => page.locator(`[data-testid=strategy-card][data-tier="${tier}"]`);

async function waitForPlaybook(page: Page, schemeId: string): Promise<void> {
  await page.locator(`[data-testid=playbook][data-scheme=${schemeId}][data-status=ready]`).waitFor({ timeout: 120_000 });
  await settle(page);
}

/** Clicks `button`, waits for the download and returns its file name and text (BOM removed). */
async function download(page: Page, button: Locator): Promise<{ name: string; text: string }> {
  const [file] = await Promise.all([page.waitForEvent('download', { timeout: 60_000 }), button.click()]);
  return { name: file.suggestedFilename(), text: readFileSync(await file.path(), 'utf8').replace(/^\uFEFF/, '') };
}

/** Tier name → customers, as the Value tiers tab's segment analysis table shows them. */
async function tierCounts(page: Page): Promise<Record<string, number>> {
  const rows = await page.locator('[data-testid=tier-summary-row]').evaluateAll((all) => all.map((row) => [row.getAttribute('data-tier')!, Number(row.getAttribute('data-customers'))] as const));
  return Object.fromEntries(rows);
}

async function cardCounts(page: Page): Promise<[string, number][]> {
  return page.locator('[data-testid=strategy-card]').evaluateAll((all) => all.map((node) => [node.getAttribute('data-tier')!, Number(node.getAttribute('data-customers'))] as [string, number]));
}

describe('strategy playbook on CDNOW', () => {
  afterAll(closeBrowser);

  it('shows one card per tier, exports an edited card in Markdown and as a customer list, and prints the playbook alone', async () => {
    const session = await openApp('/');
    const { page } = session;
    await importFile(page, shared('datasets', 'cdnow_master.csv'));

    // The counts the Value tiers tab shows for the default scheme: its rule rows and its summary table agree.
    await openTab(page, 'tiers');
    await page.locator('[data-testid=tiers][data-scheme=service_levels][data-status=ready]').waitFor({ timeout: 120_000 });
    const ruleCounts = await page.locator('[data-testid=tier-rule]').evaluateAll((rows) => rows.map((row) => [row.getAttribute('data-tier')!, Number(row.getAttribute('data-count'))] as [string, number]));
    expect(ruleCounts.map(([tier]) => tier)).toEqual(['Diamond', 'Gold', 'Silver']);
    expect(ruleCounts.reduce((sum, [, count]) => sum + count, 0)).toBe(23_570);

    await openTab(page, 'playbook');
    await waitForPlaybook(page, 'service_levels');
    expect(await cardCounts(page)).toEqual(ruleCounts);
    const diamond = card(page, 'Diamond');
    const diamondCustomers = Number(await diamond.getAttribute('data-customers'));
    expect(diamondCustomers).toBe(1_178);
    expect(await diamond.getByTestId('card-reset').isDisabled()).toBe(true);
    expect(await diamond.getByTestId('card-kpi-target').inputValue()).toBe('≥ 95%');
    await screenshot(page, 'playbook-01-templates');

    // Edit in place: the goal, then a new action typed from the keyboard (Add action focuses the new input).
    const goal = 'Keep every Diamond customer; call back within 2 h';
    const action = 'Invite to the *VIP* evening';
    await diamond.getByTestId('card-goal').fill(goal);
    const actionsBefore = await diamond.getByTestId('card-action').count();
    await diamond.getByTestId('card-action-add').click();
    await settle(page);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('card-action');
    await page.keyboard.type(action);
    await settle(page);
    expect(await diamond.getByTestId('card-action').count()).toBe(actionsBefore + 1);
    expect(await diamond.getByTestId('card-action').last().inputValue()).toBe(action);
    expect(await diamond.getByTestId('card-reset').isDisabled()).toBe(false);
    // Other cards keep their templates.
    expect(await card(page, 'Gold').getByTestId('card-reset').isDisabled()).toBe(true);
    await screenshot(page, 'playbook-02-edited');

    // Markdown: every tier heading, the live numbers, the edited goal and the new action (Markdown escaped).
    const markdown = await download(page, page.getByTestId('playbook-markdown'));
    expect(markdown.name).toBe('playbook-service_levels.md');
    expect(markdown.text.startsWith('# Strategy playbook: Diamond / Gold / Silver\n')).toBe(true);
    for (const [tier, count] of ruleCounts) {
      expect(markdown.text).toContain(`\n## ${tier}\n\n${count.toLocaleString('en-US')} customers (`);
    }
    expect(markdown.text).toContain(`- **Goal:** ${goal}\n`);
    expect(markdown.text).toContain('- Invite to the \\*VIP\\* evening\n');
    expect(markdown.text).toContain('- **KPI:** Spend per customer, target +20%\n'); // Gold's template

    // The Diamond customers: one row per customer of the card, all Diamond, each with the card's actions.
    const csvFile = await download(page, diamond.getByTestId('card-customers-export'));
    expect(csvFile.name).toBe('customers-Diamond.csv');
    const csv = parseCsv(csvFile.text);
    expect(csv.fields).toEqual(['customer_id', 'name', 'segment', 'tier', 'health_index', 'actions']);
    expect(csv.rows.length).toBe(diamondCustomers);
    expect(new Set(csv.rows.map((row) => row.customer_id)).size).toBe(diamondCustomers);
    expect(csv.rows.every((row) => row.tier === 'Diamond' && row.name === '' && row.segment !== '')).toBe(true);
    expect(csv.rows.every((row) => row.actions.split(' | ').includes(action) && row.actions.startsWith('Assign a dedicated account manager'))).toBe(true);
    expect(csv.rows.every((row) => /^\d{1,3}\.\d$/.test(row.health_index))).toBe(true);

    // Settings stay in memory: another tab and back keeps the edit.
    await openTab(page, 'tiers');
    await openTab(page, 'playbook');
    await waitForPlaybook(page, 'service_levels');
    expect(await diamond.getByTestId('card-goal').inputValue()).toBe(goal);

    // The RFM-segments scheme: one card per segment with the segment counts, its own templates.
    await page.getByTestId('playbook-scheme').selectOption('rfm_segments');
    await waitForPlaybook(page, 'rfm_segments');
    await openTab(page, 'tiers');
    await page.locator('[data-testid=tiers][data-scheme=rfm_segments][data-status=ready]').waitFor({ timeout: 120_000 });
    const segmentCounts = await tierCounts(page);
    await openTab(page, 'playbook');
    await waitForPlaybook(page, 'rfm_segments');
    const segmentCards = await cardCounts(page);
    expect(segmentCards.map(([tier]) => tier)).toEqual(Object.keys(segmentCounts));
    expect(Object.fromEntries(segmentCards)).toEqual(segmentCounts);
    expect(segmentCards.reduce((sum, [, count]) => sum + count, 0)).toBe(23_570);
    expect(await card(page, 'Champions').getByTestId('card-goal').inputValue()).toBe('Reward and keep the best customers');
    const cantLose = card(page, "Can't Lose Them");
    await cantLose.getByTestId('card-kpi-target').fill('≥ 40%');
    const segmentsMarkdown = await download(page, page.getByTestId('playbook-markdown'));
    expect(segmentsMarkdown.name).toBe('playbook-rfm_segments.md');
    for (const [tier] of segmentCards) expect(segmentsMarkdown.text).toContain(`\n## ${tier}\n`);
    expect(segmentsMarkdown.text).toContain('- **KPI:** Win-back rate, target ≥ 40%\n');
    await screenshot(page, 'playbook-03-rfm-segments');

    // Back to Diamond / Gold / Silver: its edited card is still there; remove the action, then reset the card.
    await page.getByTestId('playbook-scheme').selectOption('service_levels');
    await waitForPlaybook(page, 'service_levels');
    expect(await diamond.getByTestId('card-goal').inputValue()).toBe(goal);
    await diamond.getByTestId('card-action-remove').last().click();
    expect(await diamond.getByTestId('card-action').count()).toBe(actionsBefore);
    await diamond.getByTestId('card-reset').click();
    await settle(page);
    expect(await diamond.getByTestId('card-goal').inputValue()).toBe('Keep the top 5% of spenders and deepen the relationship');
    expect(await diamond.getByTestId('card-reset').isDisabled()).toBe(true);

    // Print layout: the playbook alone, as plain text (what the browser's print-to-PDF gets).
    await page.emulateMedia({ media: 'print' });
    expect(await page.getByTestId('playbook-print-page').isVisible()).toBe(true);
    expect(await page.getByTestId('tab-playbook').isVisible()).toBe(false);
    expect(await page.getByTestId('playbook-markdown').isVisible()).toBe(false);
    expect(await page.getByTestId('playbook-print').isVisible()).toBe(false);
    expect(await page.getByTestId('playbook-print-page').innerText()).toContain('Strategy playbook: Diamond / Gold / Silver');
    await screenshot(page, 'playbook-04-print');
    await page.emulateMedia({ media: 'screen' });
    expect(await page.getByTestId('playbook-print-page').isVisible()).toBe(false);

    expect(await pageText(page)).not.toMatch(/\bNaN\b|\bundefined\b/);
    expect(session.foreignRequests).toEqual([]);
    expect(session.consoleErrors).toEqual([]);
  }, 600_000);
});
