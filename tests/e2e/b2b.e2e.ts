// The synthetic B2B sample in the built app: transactions and customer table loaded by ?sample=b2b, the match
// line, the Platinum / Gold / Loyal base / Churn risk preset counted from the regenerated sample with the
// preset's rule (TIERS.md), a threshold edit, an edited Platinum card exported as Markdown and as a customer
// list with names, the funnel's prospects, the profile's attributes, and a second customer table picked by
// hand through the mapping panel (duplicate id, unreadable value, free column).
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { B2B_SAMPLE_SEED, b2bCustomersCsv, syntheticB2b } from '../../src/lib/domain/synthetic-b2b';
import { relationshipYears } from '../../src/lib/domain/tiers/relationship-years';
import { RESULTS_DIR, closeBrowser, countOf, openApp, openTab, pageText, parseCsv, screenshot, settle, stateMark, waitForStateAfter } from './harness';

const sample = syntheticB2b({ seed: B2B_SAMPLE_SEED });
const customerIds = new Set(sample.customers.map((customer) => customer.id));
const buyers = new Set(sample.orders.map((order) => order.customerId));
// The app's default as-of date: the day after the last order (the sample has no future dates).
const asOfDay = Math.max(...sample.orders.map((order) => order.day)) + 1;

/** Trailing-year spend in cents: orders with 0 ≤ as-of − day ≤ 365 (the sample has no returns). */
const yearSpend = new Map<string, number>();
const firstDay = new Map<string, number>();
for (const order of sample.orders) {
  firstDay.set(order.customerId, Math.min(firstDay.get(order.customerId) ?? Infinity, order.day));
  const age = asOfDay - order.day;
  if (age >= 0 && age <= 365) yearSpend.set(order.customerId, (yearSpend.get(order.customerId) ?? 0) + order.cents);
}
const sinceDay = new Map(sample.customers.map((customer) => [customer.id, customer.sinceDay]));

/** Platinum as the preset defines it: relationship ≥ 3 years (from `since`, else the first order) and year spend ≥ the bound. */
function platinumIds(spendFromUnits = 1_000_000): string[] {
  return [...buyers].filter((id) => {
    const years = relationshipYears(sinceDay.get(id) ?? firstDay.get(id)!, asOfDay);
    return years >= 3 && (yearSpend.get(id) ?? 0) >= spendFromUnits * 100;
  });
}

const expectedMatch = {
  both: [...buyers].filter((id) => customerIds.has(id)).length,
  ordersOnly: [...buyers].filter((id) => !customerIds.has(id)).length,
  attributesOnly: [...customerIds].filter((id) => !buyers.has(id)).length,
};

const tierRule = (page: Page, tier: string) => page.locator(`[data-testid=tier-rule][data-tier="${tier}"]`);
const card = (page: Page, tier: string) => page.locator(`[data-testid=strategy-card][data-tier="${tier}"]`);

async function download(page: Page, button: Locator): Promise<{ name: string; text: string }> {
  const [file] = await Promise.all([page.waitForEvent('download', { timeout: 60_000 }), button.click()]);
  return { name: file.suggestedFilename(), text: readFileSync(await file.path(), 'utf8').replace(/^\uFEFF/, '') };
}

async function matchOf(page: Page): Promise<{ both: number; ordersOnly: number; attributesOnly: number }> {
  const match = page.getByTestId('attributes-match');
  return {
    both: Number(await match.getAttribute('data-both')),
    ordersOnly: Number(await match.getAttribute('data-orders-only')),
    attributesOnly: Number(await match.getAttribute('data-attributes-only')),
  };
}

describe('synthetic B2B sample: customers + orders', () => {
  afterAll(closeBrowser);

  it('joins the customer table, tiers accounts by relationship and spend, and fills names into the playbook', async () => {
    // The numbers at the time of writing, so a change in the generator cannot hide behind the same change here.
    expect({ ...expectedMatch, platinum: platinumIds().length, orders: sample.orders.length }).toEqual({
      both: 711,
      ordersOnly: 15,
      attributesOnly: 89,
      platinum: 150,
      orders: 32_600,
    });

    const session = await openApp('/?sample=b2b');
    const { page } = session;
    // Both files load without a question: the match line appears once the customer table is in.
    await page.getByTestId('customer-count').waitFor({ timeout: 120_000 });
    await openTab(page, 'report');
    await page.getByTestId('attributes-match').waitFor({ timeout: 120_000 });
    expect(await countOf(page, 'customer-count')).toBe(buyers.size);
    expect(await matchOf(page)).toEqual(expectedMatch);
    expect(await page.getByTestId('attributes-match').innerText()).toContain(
      `${expectedMatch.both} customers in both files; ${expectedMatch.ordersOnly} only in the transactions; ${expectedMatch.attributesOnly} only in the customer table (prospects)`,
    );
    expect(await countOf(page, 'attributes-rows-used')).toBe(sample.customers.length);
    expect(await page.getByTestId('attributes-report').innerText()).toContain('Kept as free attributes: account_manager');
    await screenshot(page, 'b2b-01-report');

    // The preset, counted from the regenerated data with its rule.
    await openTab(page, 'tiers');
    await page.getByTestId('tiers-scheme').selectOption({ label: 'Platinum / Gold / Loyal base / Churn risk' });
    await page.locator('[data-testid=tiers][data-scheme=b2b_account_tiers][data-status=ready]').waitFor({ timeout: 120_000 });
    await tierRule(page, 'Platinum').and(page.locator(`[data-count="${platinumIds().length}"]`)).waitFor();
    await screenshot(page, 'b2b-02-tiers');

    // Edit the Platinum spend threshold (currency units): 2,000,000 a year.
    const spendBound = tierRule(page, 'Platinum').locator('[data-testid=tier-value][data-condition="1"][data-bound=value]');
    expect(await spendBound.inputValue()).toBe('1000000');
    await spendBound.fill('2000000');
    const platinum = platinumIds(2_000_000);
    expect(platinum.length).toBeGreaterThan(0);
    expect(platinum.length).toBeLessThan(platinumIds().length);
    await tierRule(page, 'Platinum').and(page.locator(`[data-count="${platinum.length}"]`)).waitFor();
    await screenshot(page, 'b2b-03-threshold');

    // Cross-tabs default to industry × company size once a customer table is in: every cell counted from the sample.
    const expectedCells = new Map<string, number>();
    for (const customer of sample.customers) {
      if (!buyers.has(customer.id)) continue;
      const key = `${customer.industry}|${customer.size}`;
      expectedCells.set(key, (expectedCells.get(key) ?? 0) + 1);
    }
    const shownCells = await page
      .locator('[data-testid=crosstab-cell]')
      .evaluateAll((cells) => cells.map((cell) => [`${cell.getAttribute('data-row')}|${cell.getAttribute('data-column')}`, Number(cell.getAttribute('data-value'))] as const));
    expect(new Map(shownCells.filter(([, count]) => count > 0))).toEqual(expectedCells);
    await page.getByTestId('crosstabs').screenshot({ path: path.join(RESULTS_DIR, 'screenshots', 'b2b-03b-crosstab.png') });

    // The playbook: the Platinum card counts the edited tier; edit its goal; export Markdown and its customers.
    await openTab(page, 'playbook');
    await page.locator('[data-testid=playbook][data-scheme=b2b_account_tiers][data-status=ready]').waitFor({ timeout: 120_000 });
    const platinumCard = card(page, 'Platinum');
    expect(Number(await platinumCard.getAttribute('data-customers'))).toBe(platinum.length);
    const goal = 'Protect every Platinum account: quarterly business review';
    await platinumCard.getByTestId('card-goal').fill(goal);
    await settle(page);
    await screenshot(page, 'b2b-04-playbook');

    const markdown = await download(page, page.getByTestId('playbook-markdown'));
    expect(markdown.name).toBe('playbook-b2b_account_tiers.md');
    expect(markdown.text.startsWith('# Strategy playbook: Platinum / Gold / Loyal base / Churn risk\n')).toBe(true);
    expect(markdown.text).toContain(`\n## Platinum\n\n${platinum.length.toLocaleString('en-US')} customers (`);
    expect(markdown.text).toContain(`- **Goal:** ${goal}\n`);

    const list = await download(page, platinumCard.getByTestId('card-customers-export'));
    expect(list.name).toBe('customers-Platinum.csv');
    const csv = parseCsv(list.text);
    expect(csv.fields).toEqual(['customer_id', 'name', 'segment', 'tier', 'health_index', 'actions']);
    expect(csv.rows.map((row) => row.customer_id).sort()).toEqual([...platinum].sort());
    const names = new Map(sample.customers.map((customer) => [customer.id, customer.name]));
    expect(csv.rows.every((row) => row.tier === 'Platinum' && row.name !== '' && row.name === names.get(row.customer_id))).toBe(true);

    // Lifecycle: prospects are a stage of their own and part of the acquired step.
    await openTab(page, 'lifecycle');
    await page.getByTestId('funnel-acquired').waitFor({ timeout: 120_000 });
    expect(await countOf(page, 'funnel-acquired')).toBe(buyers.size + expectedMatch.attributesOnly);
    expect(await countOf(page, 'funnel-activated')).toBe(buyers.size);
    expect(await countOf(page, 'stage-prospect')).toBe(expectedMatch.attributesOnly);
    await screenshot(page, 'b2b-05-lifecycle');

    // The profile lists the customer's attributes.
    const first = sample.customers.find((customer) => buyers.has(customer.id))!;
    await page.evaluate(() => window.scrollTo(0, 0));
    await openTab(page, 'customers');
    await page.getByTestId('customer-search').fill(first.id);
    await page.getByTestId('customer-search').press('Enter');
    await page.locator(`[data-testid=customer-profile][data-customer="${first.id}"]`).waitFor({ state: 'visible' });
    const attributes = page.getByTestId('profile-attributes');
    await attributes.and(page.locator('[data-status=ready]')).waitFor({ timeout: 60_000 });
    expect(await attributes.getAttribute('data-name')).toBe(first.name);
    const text = await attributes.innerText();
    for (const expected of [first.industry, first.region, first.size, first.accountManager, `${(first.marginRate * 100).toFixed(1)}%`]) expect(text).toContain(expected);
    await screenshot(page, 'b2b-06-profile');
    await page.getByTestId('profile-close').click();

    // A customer table picked by hand: the mapping panel proposes the roles; a repeated id and an
    // unreadable satisfaction are counted; the prospects follow the new table.
    const lines = b2bCustomersCsv(sample).trim().split('\n');
    const [header, ...rows] = lines;
    const kept = rows.slice(0, 100);
    const broken = kept[1].split(',');
    broken[6] = 'very good';
    const handTable = [header, kept[0], broken.join(','), ...kept.slice(2), kept[5]].join('\n') + '\n';
    mkdirSync(RESULTS_DIR, { recursive: true });
    const file = path.join(RESULTS_DIR, 'b2b-customers-by-hand.csv');
    writeFileSync(file, handTable);
    const mark = await stateMark(page);
    await page.setInputFiles('[data-testid=attributes-file-input]', file);
    expect(await waitForStateAfter(page, mark, ['mapping', 'error'])).toBe('mapping');
    expect(await page.getByTestId('map-attr-customer_id').inputValue()).toBe('customer_id');
    expect(await page.getByTestId('map-attr-since').inputValue()).toBe('customer_since');
    expect(await page.getByTestId('map-attr-margin').inputValue()).toBe('margin');
    await screenshot(page, 'b2b-07-mapping');
    const loaded = await stateMark(page);
    await page.getByTestId('attributes-confirm').click();
    expect(await waitForStateAfter(page, loaded, ['ready', 'error'])).toBe('ready');
    await openTab(page, 'report');
    const keptIds = new Set(kept.map((line) => line.split(',')[0]));
    await page.locator(`[data-testid=attributes-match][data-both="${[...keptIds].filter((id) => buyers.has(id)).length}"]`).waitFor();
    expect(await matchOf(page)).toEqual({
      both: [...keptIds].filter((id) => buyers.has(id)).length,
      ordersOnly: [...buyers].filter((id) => !keptIds.has(id)).length,
      attributesOnly: [...keptIds].filter((id) => !buyers.has(id)).length,
    });
    expect(await countOf(page, 'attributes-dropped-duplicate_customer_id')).toBe(1);
    expect(await countOf(page, 'attributes-invalid-satisfaction')).toBe(1);
    expect(await countOf(page, 'attributes-rows-used')).toBe(100);
    await screenshot(page, 'b2b-08-second-table');

    expect(await pageText(page)).not.toMatch(/\bNaN\b|\bundefined\b/);
    expect(session.foreignRequests).toEqual([]);
    expect(session.consoleErrors).toEqual([]);
  }, 600_000);
});
