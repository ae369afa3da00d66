// The strategy playbook in Chinese on CDNOW: after switching the interface to 简体中文 the unedited cards show the
// shipped Chinese templates (goal, actions, KPI), the Markdown download and the print page are in Chinese with the
// same numbers as in English, and a card edited in Chinese keeps its text when switching back to English while
// the cards nobody edited turn English again. Stored tier names (data-tier, the link) never change.
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { closeBrowser, downloadText, openApp, openTab, pageText, screenshot, settle } from './harness';

const TIERS = ['Diamond', 'Gold', 'Silver'];
const card = (page: Page, tier: string) => page.locator(`[data-testid=strategy-card][data-tier="${tier}"]`);

// The shipped texts, written out here so a changed template shows up as a failing test.
const DIAMOND_ZH = {
  heading: '钻石',
  goal: '留住消费前 5% 的客户，深化合作关系',
  actions: ['配备专属客户经理', '新品抢先购及专享预览', '大额订单后亲自致谢', '每年一次回访通话'],
  kpiName: '留存率（一年后仍在购买）',
  kpiTarget: '≥ 95%',
  serviceLevel: '2 小时内响应，优先专线',
};
const GOALS_ZH = { Diamond: DIAMOND_ZH.goal, Gold: '提升消费，向钻石等级迈进', Silver: '高效服务，推动活跃客户升级' };
const GOALS_EN = { Diamond: 'Keep the top 5% of spenders and deepen the relationship', Gold: 'Grow spend towards Diamond', Silver: 'Serve efficiently and move the active customers up' };

async function waitForPlaybook(page: Page): Promise<void> {
  await page.locator('[data-testid=playbook][data-scheme=service_levels][data-status=ready]').waitFor({ timeout: 180_000 });
  await settle(page);
}

const goals = async (page: Page) => Object.fromEntries(await Promise.all(TIERS.map(async (tier) => [tier, await card(page, tier).getByTestId('card-goal').inputValue()])));
/** The playbook Markdown the button downloads, without its byte-order mark. */
const markdownOf = async (page: Page) => (await downloadText(page, 'playbook-markdown')).replace(/^\uFEFF/, '');
const resetEnabled = async (page: Page) => Promise.all(TIERS.map(async (tier) => !(await card(page, tier).getByTestId('card-reset').isDisabled())));

/** The numbers of each tier line of a playbook Markdown (the line after each `## ` heading), as written. */
function tierLineNumbers(markdown: string): string[][] {
  const lines = markdown.split('\n');
  return lines.flatMap((line, index) => (line.startsWith('## ') ? [lines[index + 2].match(/\d[\d,.]*%?/g) ?? []] : []));
}

describe('strategy playbook in Chinese on CDNOW', () => {
  afterAll(closeBrowser);

  it('shows and exports the Chinese templates, keeps a card edited in Chinese, and turns the unedited cards back to English', async () => {
    const session = await openApp('/?sample=cdnow');
    const { page } = session;
    await page.waitForSelector('body[data-state=ready]', { timeout: 180_000 });
    await openTab(page, 'playbook');
    await waitForPlaybook(page);

    // English first: the English templates and the numbers to compare with.
    expect(await goals(page)).toEqual(GOALS_EN);
    const counts = await page.locator('[data-testid=strategy-card]').evaluateAll((all) => all.map((node) => Number(node.getAttribute('data-customers'))));
    expect(counts.reduce((sum, count) => sum + count, 0)).toBe(23_570);
    const english = await markdownOf(page);
    expect(english.startsWith('# Strategy playbook: Diamond / Gold / Silver\n')).toBe(true);

    // 简体中文: every unedited card shows its Chinese template; the tier links stay the stored names.
    await page.getByTestId('language').selectOption('zh-CN');
    await settle(page);
    expect(await page.locator('[data-testid=strategy-card]').evaluateAll((all) => all.map((node) => node.getAttribute('data-tier')))).toEqual(TIERS);
    expect(await goals(page)).toEqual(GOALS_ZH);
    const diamond = card(page, 'Diamond');
    expect(await diamond.locator('h3').innerText()).toBe(DIAMOND_ZH.heading);
    expect(await diamond.getByTestId('card-action').evaluateAll((inputs) => inputs.map((input) => (input as HTMLInputElement).value))).toEqual(DIAMOND_ZH.actions);
    expect(await diamond.getByTestId('card-kpi-name').inputValue()).toBe(DIAMOND_ZH.kpiName);
    expect(await diamond.getByTestId('card-kpi-target').inputValue()).toBe(DIAMOND_ZH.kpiTarget);
    expect(await diamond.getByTestId('card-service-level').inputValue()).toBe(DIAMOND_ZH.serviceLevel);
    expect(await resetEnabled(page)).toEqual([false, false, false]);
    await screenshot(page, 'playbook-zh-01-templates');

    // The Markdown in Chinese: Chinese title, headings and cards, the same numbers as the English one.
    const chinese = await markdownOf(page);
    expect(chinese.startsWith('# 策略手册：钻石 / 黄金 / 白银\n')).toBe(true);
    expect(chinese).toContain(`\n## 钻石\n\n${counts[0].toLocaleString('en-US')} 位客户（占客户 `);
    expect(chinese).toContain(`- **目标：** ${DIAMOND_ZH.goal}\n`);
    expect(chinese).toContain(`- **KPI：** ${DIAMOND_ZH.kpiName}，目标值 ${DIAMOND_ZH.kpiTarget}\n`);
    for (const action of DIAMOND_ZH.actions) expect(chinese).toContain(`\n- ${action}\n`);
    for (const goal of Object.values(GOALS_ZH)) expect(chinese).toContain(goal);
    for (const goal of Object.values(GOALS_EN)) expect(chinese).not.toContain(goal);
    const numbers = tierLineNumbers(english);
    expect(numbers.map((line) => line[0])).toEqual(counts.map((count) => count.toLocaleString('en-US')));
    expect(tierLineNumbers(chinese)).toEqual(numbers);

    // The print page shows the same Chinese cards.
    await page.emulateMedia({ media: 'print' });
    const printed = await page.getByTestId('playbook-print-page').innerText();
    expect(printed).toContain('策略手册：钻石 / 黄金 / 白银');
    for (const goal of Object.values(GOALS_ZH)) expect(printed).toContain(goal);
    await page.emulateMedia({ media: 'screen' });

    // An edit in Chinese: only that card counts as edited.
    const typed = '钻石客户一个都不能少：两小时内回电';
    await diamond.getByTestId('card-goal').fill(typed);
    await settle(page);
    expect(await resetEnabled(page)).toEqual([true, false, false]);
    await screenshot(page, 'playbook-zh-02-edited');

    // Back to English: the edited card stays as typed (in Chinese), the others turn English and stay unedited.
    await page.getByTestId('language').selectOption('en');
    await settle(page);
    expect(await goals(page)).toEqual({ ...GOALS_EN, Diamond: typed });
    expect(await diamond.getByTestId('card-action').evaluateAll((inputs) => inputs.map((input) => (input as HTMLInputElement).value))).toEqual(DIAMOND_ZH.actions);
    expect(await card(page, 'Gold').getByTestId('card-kpi-name').inputValue()).toBe('Spend per customer');
    expect(await resetEnabled(page)).toEqual([true, false, false]);
    const mixed = await markdownOf(page);
    expect(mixed).toContain(`- **Goal:** ${typed}\n`);
    expect(mixed).toContain(`- **Goal:** ${GOALS_EN.Gold}\n`);
    expect(tierLineNumbers(mixed)).toEqual(numbers);
    await screenshot(page, 'playbook-zh-03-back-to-english');

    // Reset in English brings the English template back.
    await diamond.getByTestId('card-reset').click();
    await settle(page);
    expect(await goals(page)).toEqual(GOALS_EN);

    expect(await pageText(page)).not.toMatch(/\bNaN\b|\bundefined\b/);
    expect(session.foreignRequests).toEqual([]);
    expect(session.consoleErrors).toEqual([]);
  }, 600_000);
});
