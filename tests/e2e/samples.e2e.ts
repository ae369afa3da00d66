// The R `rfm` example orders ship as a sample: one click loads them with the package's analysis date as the
// default as-of date, so a workshop can compare the app's numbers with the package's documented ones.
import { afterAll, describe, expect, it } from 'vitest';
import { closeBrowser, countOf, openApp, stateMark, waitForStateAfter } from './harness';

describe('built-in samples', () => {
  afterAll(closeBrowser);

  it('loads the R rfm example orders: 995 customers as of 2006-12-31', async () => {
    const session = await openApp('/');
    const { page } = session;
    const mark = await stateMark(page);
    await page.getByTestId('sample-rfm').click();
    expect(await waitForStateAfter(page, mark, ['ready', 'error'])).toBe('ready');
    expect(await countOf(page, 'customer-count')).toBe(995);
    expect(await page.getByTestId('as-of-date').inputValue()).toBe('2006-12-31');
    expect(session.foreignRequests).toEqual([]);
    expect(session.consoleErrors).toEqual([]);
  }, 180_000);
});
