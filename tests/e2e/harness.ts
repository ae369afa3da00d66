/**
 * End-to-end helpers: one Chromium per spec file, one fresh context per app session, every request of the
 * context routed (same origin continues, anything else is aborted and recorded), downloads, screenshots and
 * waits on the app's `body[data-state]`.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import Papa from 'papaparse';
import type { Browser, BrowserContext, BrowserContextOptions, Locator, Page, Request } from 'playwright-core';
import { expect, inject } from 'vitest';
import { REPO_ROOT, SHARED_DIR, launchChromium } from './serve.mjs';

export { REPO_ROOT, SHARED_DIR };
export const RESULTS_DIR = path.join(REPO_ROOT, 'test-results');
export const SCREENSHOT_DIR = path.join(RESULTS_DIR, 'screenshots');
export const DOWNLOAD_DIR = path.join(RESULTS_DIR, 'downloads');

/** The states the app mirrors on <body data-state>. */
export type AppState = 'idle' | 'reading' | 'mapping' | 'loading' | 'ready' | 'error';

/** A path under ../shared (datasets, references, bad inputs); read in place, never copied into the repo. */
export function shared(...parts: string[]): string {
  return path.join(SHARED_DIR, ...parts);
}

/** The origin `vite preview` serves the build on (started by global-setup.ts). */
export function baseURL(): string {
  return inject('baseURL');
}

let browser: Browser | null = null;
const sessions = new Set<AppSession>();

/** The spec file's Chromium (Debian's, headless), launched on first use. */
export async function launchBrowser(): Promise<Browser> {
  browser ??= await launchChromium();
  return browser;
}

/** Closes every session and the browser; call it from the spec's afterAll. */
export async function closeBrowser(): Promise<void> {
  for (const session of [...sessions]) await session.close();
  await browser?.close();
  browser = null;
}

export interface RecordedRequest {
  url: string;
  resourceType: string;
  /** the URL of the frame or worker that made it, when known */
  from: string;
}

export interface AppSession {
  page: Page;
  context: BrowserContext;
  origin: string;
  /** every request the page, its workers and the context made (one entry per request) */
  requests: RecordedRequest[];
  /** requests to anywhere but the app's origin: each was aborted before it left the browser */
  foreignRequests: string[];
  /** console errors of the page and its workers, and uncaught exceptions */
  consoleErrors: string[];
  /** dialogs (alert, confirm, prompt) the page opened; they are dismissed */
  dialogs: string[];
  /** script URLs of the dedicated workers the page started */
  workers: string[];
  close(): Promise<void>;
}

export interface OpenOptions {
  /** extra context options (e.g. bypassCSP for the harness's own self-test) */
  context?: BrowserContextOptions;
  /** do not wait for the app to mount (body[data-state] set by the app) */
  noWait?: boolean;
}

/** Opens the built app in a fresh browser context with every request routed and recorded. */
export async function openApp(appPath = '/', options: OpenOptions = {}): Promise<AppSession> {
  const origin = new URL(baseURL()).origin;
  const context = await (await launchBrowser()).newContext({
    acceptDownloads: true,
    viewport: { width: 1280, height: 900 },
    locale: 'en-US',
    timezoneId: 'UTC',
    // No service worker unless a spec asks for one (offline.e2e.ts): requests it answers from its cache never
    // reach this context's routing, so the request record would miss them (Playwright's advice for routing).
    serviceWorkers: 'block',
    ...options.context,
  });
  const requests: RecordedRequest[] = [];
  const foreignRequests: string[] = [];
  const consoleErrors: string[] = [];
  const dialogs: string[] = [];
  const workers: string[] = [];

  await context.route('**/*', async (route) => {
    const url = route.request().url();
    if (isLocalUrl(url, origin)) {
      await route.continue().catch(() => undefined);
    } else {
      foreignRequests.push(url);
      await route.abort('blockedbyclient').catch(() => undefined);
    }
  });

  const seen = new WeakSet<Request>();
  const record = (request: Request) => {
    if (seen.has(request)) return;
    seen.add(request);
    let from = '';
    try {
      from = request.frame().url();
    } catch {
      from = 'worker'; // requests of workers have no frame
    }
    requests.push({ url: request.url(), resourceType: request.resourceType(), from });
  };
  context.on('request', record);

  const page = await context.newPage();
  page.on('request', record);
  page.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => consoleErrors.push(`uncaught: ${error.message}`));
  page.on('worker', (worker) => {
    workers.push(worker.url());
    worker.on('console', (message) => {
      if (message.type() === 'error') consoleErrors.push(`worker console: ${message.text()}`);
    });
  });
  page.on('dialog', (dialog) => {
    dialogs.push(`${dialog.type()}: ${dialog.message()}`);
    void dialog.dismiss().catch(() => undefined);
  });
  // Keep every value <body data-state> takes, so a wait can ask "did it reach X after this point".
  await page.addInitScript(() => {
    const log: string[] = [];
    (window as unknown as { __e2eStates: string[] }).__e2eStates = log;
    const push = (state: string | null | undefined) => {
      if (state && log[log.length - 1] !== state) log.push(state);
    };
    const start = () => {
      push(document.body.dataset.state);
      new MutationObserver((records) => {
        for (const r of records) push(r.oldValue);
        push(document.body.dataset.state);
      }).observe(document.body, { attributes: true, attributeFilter: ['data-state'], attributeOldValue: true });
    };
    if (document.body) start();
    else document.addEventListener('DOMContentLoaded', start, { once: true });
  });

  const session: AppSession = {
    page,
    context,
    origin,
    requests,
    foreignRequests,
    consoleErrors,
    dialogs,
    workers,
    async close() {
      sessions.delete(session);
      await context.close().catch(() => undefined);
    },
  };
  sessions.add(session);
  await page.goto(new URL(appPath, origin).href, { waitUntil: 'load' });
  if (!options.noWait) await page.waitForSelector('body[data-state]:not([data-state=""])', { state: 'attached' });
  await page.waitForSelector('#app > *', { state: 'attached', timeout: 30_000 }).catch(() => undefined);
  return session;
}

function isLocalUrl(url: string, origin: string): boolean {
  if (url.startsWith('data:') || url.startsWith('blob:')) return true;
  try {
    return new URL(url).origin === origin;
  } catch {
    return false;
  }
}

/** Saves a full-page screenshot to test-results/screenshots/<name>.png and returns its path. */
export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const file = path.join(SCREENSHOT_DIR, `${name.replace(/[^\w.-]+/g, '_')}.png`);
  await page.screenshot({ path: file, fullPage: true });
  return file;
}

let downloads = 0;
/** Clicks the element with this data-testid (or this locator), waits for the download and returns its text (a copy is kept). */
export async function downloadText(page: Page, target: string | Locator, timeout = 60_000): Promise<string> {
  const button = typeof target === 'string' ? page.getByTestId(target) : target;
  const [download] = await Promise.all([page.waitForEvent('download', { timeout }), button.click()]);
  mkdirSync(DOWNLOAD_DIR, { recursive: true });
  const test = (expect.getState().currentTestName ?? 'download').split(' > ').pop()!.replace(/[^\w.-]+/g, '_').slice(0, 60);
  const copy = path.join(DOWNLOAD_DIR, `${test}-${String(++downloads).padStart(2, '0')}-${download.suggestedFilename()}`);
  await download.saveAs(copy);
  return readFileSync(copy, 'utf8');
}

/* ---------- the app's flow: body[data-state] ---------- */

/** How many states the page has gone through so far (a point to wait from). */
export async function stateMark(page: Page): Promise<number> {
  return page.evaluate(() => (window as unknown as { __e2eStates: string[] }).__e2eStates.length);
}

/** Waits until the page reaches one of `targets` after `mark` (see stateMark); returns the state reached. */
export async function waitForStateAfter(page: Page, mark: number, targets: AppState[], timeout = 120_000): Promise<AppState> {
  const handle = await page.waitForFunction(
    ([from, wanted]) => {
      const log = (window as unknown as { __e2eStates: string[] }).__e2eStates.slice(from as number);
      return log.find((state) => (wanted as string[]).includes(state)) ?? false;
    },
    [mark, targets] as const,
    { timeout, polling: 50 },
  );
  return (await handle.jsonValue()) as AppState;
}

/**
 * Waits until the flow started after `mark` comes to rest: ready or error, or the mapping panel left waiting
 * for a person (mapping for `stableMs` without change). Samples go straight through when their mapping is clear.
 */
export async function waitForRest(page: Page, mark: number, timeout = 180_000, stableMs = 1_000): Promise<AppState> {
  const deadline = Date.now() + timeout;
  let mappingSince = 0;
  for (;;) {
    const log = await page.evaluate((from) => (window as unknown as { __e2eStates: string[] }).__e2eStates.slice(from), mark);
    const last = log[log.length - 1] as AppState | undefined;
    if (last === 'ready' || last === 'error') return last;
    if (last === 'mapping') {
      mappingSince ||= Date.now();
      if (Date.now() - mappingSince >= stableMs) return last;
    } else mappingSince = 0;
    if (Date.now() > deadline) throw new Error(`no rest within ${timeout} ms; states after the mark: ${log.join(' → ')}`);
    await page.waitForTimeout(100);
  }
}

/** The current body[data-state]. */
export async function appState(page: Page): Promise<string | undefined> {
  return page.evaluate(() => document.body.dataset.state);
}

/** Text of the visible error message, or '' when none is shown. */
export async function errorText(page: Page): Promise<string> {
  const error = page.getByTestId('error');
  if ((await error.count()) === 0 || !(await error.first().isVisible())) return '';
  return (await error.first().innerText()).trim();
}

/** Picks a file (as the file input does) and waits for the mapping panel or an error. */
export async function uploadFile(page: Page, file: string | string[], timeout = 120_000): Promise<AppState> {
  const mark = await stateMark(page);
  await page.setInputFiles('[data-testid=file-input]', file);
  return waitForStateAfter(page, mark, ['mapping', 'error'], timeout);
}

/** Clicks import-confirm and waits for the results or an error; throws with the error text when not ready. */
export async function confirmImport(page: Page, timeout = 180_000): Promise<void> {
  const mark = await stateMark(page);
  await page.getByTestId('import-confirm').click();
  const state = await waitForStateAfter(page, mark, ['ready', 'error'], timeout);
  if (state !== 'ready') throw new Error(`import ended in state "${state}": ${await errorText(page)}`);
  await page.getByTestId('customer-count').waitFor({ state: 'visible' });
}

export type Role = 'customer_id' | 'order_date' | 'amount' | 'order_id' | 'quantity' | 'unit_price';

/** The source column each mapping select holds ('' = not mapped; null = no such select). */
export async function mappingOf(page: Page, roles: Role[]): Promise<Record<string, string | null>> {
  const result: Record<string, string | null> = {};
  for (const role of roles) {
    const select = page.getByTestId(`map-${role}`);
    result[role] = (await select.count()) ? await select.inputValue() : null;
  }
  return result;
}

export interface ImportOptions {
  /** mapping selects to set before confirming ('' = not mapped) */
  mapping?: Partial<Record<Role, string>>;
  /** answer to the day/month question */
  dateOrder?: 'MDY' | 'DMY';
}

/** Uploads a file, applies the mapping choices, confirms and waits for the results. */
export async function importFile(page: Page, file: string, options: ImportOptions = {}): Promise<void> {
  const state = await uploadFile(page, file);
  if (state !== 'mapping') throw new Error(`opening ${path.basename(file)} ended in "${state}": ${await errorText(page)}`);
  await applyMapping(page, options);
  await confirmImport(page);
}

export async function applyMapping(page: Page, options: ImportOptions): Promise<void> {
  for (const [role, column] of Object.entries(options.mapping ?? {})) {
    await page.getByTestId(`map-${role}`).selectOption(column);
  }
  if (options.dateOrder) await page.getByTestId(`date-order-${options.dateOrder}`).check();
}

/** The number shown in customer-count (thousands separators ignored). */
export async function customerCount(page: Page): Promise<number> {
  return numberOf(await page.getByTestId('customer-count').innerText());
}

/** Reads an integer shown with or without thousands separators ("23,570", "23 570", "23570"). */
export function numberOf(text: string): number {
  const digits = text.replace(/[\s,.\u00a0\u202f']/g, '');
  if (!/^-?\d+$/.test(digits)) throw new Error(`not a count: "${text}"`);
  return Number(digits);
}

/** The count in an element with this data-testid. */
export async function countOf(page: Page, testId: string): Promise<number> {
  return numberOf(await page.getByTestId(testId).innerText());
}

/** Opens a results tab and waits until the browser has painted it. */
export async function openTab(page: Page, tab: 'rfm' | 'segments' | 'whatif' | 'distributions' | 'clusters' | 'lifecycle' | 'cohorts' | 'warnings' | 'migration' | 'tiers' | 'health' | 'playbook' | 'customers' | 'report'): Promise<void> {
  await page.getByTestId(`tab-${tab}`).click();
  await settle(page);
}

/** Waits two animation frames (Svelte updates and a paint). */
export async function settle(page: Page): Promise<void> {
  await page.evaluate(() => new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve()))));
}

/** Parses CSV text into records keyed by header (no type conversion). */
export function parseCsv(text: string): { fields: string[]; rows: Record<string, string>[] } {
  const parsed = Papa.parse<Record<string, string>>(text.replace(/^\uFEFF/, ''), { header: true, skipEmptyLines: true });
  if (parsed.errors.length) throw new Error(`CSV parse errors: ${JSON.stringify(parsed.errors.slice(0, 3))}`);
  return { fields: parsed.meta.fields ?? [], rows: parsed.data };
}

/** Parses CSV text into rows of cells, header included. */
export function parseCsvCells(text: string): string[][] {
  const parsed = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { header: false, skipEmptyLines: true });
  if (parsed.errors.length) throw new Error(`CSV parse errors: ${JSON.stringify(parsed.errors.slice(0, 3))}`);
  return parsed.data;
}

/** The exact column order of customers.csv (later features may append columns after these). */
export const CUSTOMER_COLUMNS = [
  'customer_id',
  'first_order',
  'last_order',
  'recency_days',
  'frequency',
  'monetary',
  'r_score',
  'f_score',
  'm_score',
  'rfm_cell',
  'segment',
] as const;

/** The whole visible text of the page. */
export async function pageText(page: Page): Promise<string> {
  return page.evaluate(() => document.body.innerText);
}
