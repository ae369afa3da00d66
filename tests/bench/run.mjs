// Benchmark (not a test): a seeded 1,000,000-row transactions CSV (100,000 customers) through the built app in
// headless Chromium. Expects dist/ (npm run bench builds first). Prints one JSON object and writes
// bench-results/bench.json.
//
//   node tests/bench/run.mjs [--rows 1000000] [--customers 100000] [--keep]
// PROFILE=file / PROFILE_UPLOAD=file / PROFILE_WHATIF=file write a Chrome CPU profile of the as-of change / of the
// upload / of the segment-rule change (and <file>.tier: of the tier threshold change; <file>.cut: of both cut point moves).
import { createWriteStream, mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { once } from 'node:events';
import { REPO_ROOT, launchChromium, startPreview } from '../e2e/serve.mjs';

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const index = args.indexOf(`--${name}`);
  return index >= 0 ? Number(args[index + 1]) : fallback;
};
const ROWS = option('rows', 1_000_000);
const CUSTOMERS = option('customers', 100_000);
const SEED = 20_261_123;
const KEEP = args.includes('--keep');
const log = (message) => process.stderr.write(`bench: ${message}\n`);

/** mulberry32: small, fast, seeded. */
function random(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** customer_id,order_id,order_date,amount; every customer has at least one order (the first CUSTOMERS rows). */
async function writeTransactions(file) {
  const next = random(SEED);
  const out = createWriteStream(file);
  const start = Date.UTC(2022, 0, 1);
  const days = 3 * 365;
  const pad = (value, width) => String(value).padStart(width, '0');
  let chunk = 'customer_id,order_id,order_date,amount\n';
  for (let row = 0; row < ROWS; row++) {
    // a skewed customer mix: some customers buy much more often than others
    const customer = row < CUSTOMERS ? row : Math.floor(CUSTOMERS * next() ** 2);
    const day = new Date(start + Math.floor(next() * days) * 86_400_000).toISOString().slice(0, 10);
    const amount = (Math.exp(3 + next() * 2.5) + next()).toFixed(2);
    chunk += `C${pad(customer, 6)},O${pad(row + 1, 7)},${day},${amount}\n`;
    if (chunk.length > 1 << 20) {
      if (!out.write(chunk)) await once(out, 'drain');
      chunk = '';
    }
  }
  out.end(chunk);
  await once(out, 'finish');
}

/** Samples Runtime.getHeapUsage of every dedicated worker through a browser-level CDP session. */
async function workerHeapSampler(browser) {
  const cdp = await browser.newBrowserCDPSession();
  const sessions = new Map(); // targetId → { sessionId, name }
  const waiting = new Map();
  const peaks = {};
  let id = 0;
  cdp.on('Target.receivedMessageFromTarget', (event) => {
    const message = JSON.parse(event.message);
    waiting.get(message.id)?.(message);
    waiting.delete(message.id);
  });
  const ask = (sessionId, method) => {
    const messageId = ++id;
    const reply = new Promise((resolve) => {
      waiting.set(messageId, resolve);
      setTimeout(() => resolve(null), 2_000);
    });
    return cdp.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id: messageId, method }) }).then(() => reply);
  };
  return {
    async sample() {
      const { targetInfos } = await cdp.send('Target.getTargets');
      for (const target of targetInfos.filter((info) => info.type === 'worker')) {
        if (!sessions.has(target.targetId)) {
          const { sessionId } = await cdp.send('Target.attachToTarget', { targetId: target.targetId, flatten: false });
          const name = target.url.split('/').pop().replace(/-[\w-]{8}\.js$/, '.js');
          sessions.set(target.targetId, { sessionId, name });
        }
        const { sessionId, name } = sessions.get(target.targetId);
        const reply = await ask(sessionId, 'Runtime.getHeapUsage').catch(() => null);
        const used = reply?.result?.usedSize;
        if (used) peaks[name] = Math.max(peaks[name] ?? 0, used);
      }
    },
    peaks() {
      return Object.fromEntries(Object.entries(peaks).map(([name, bytes]) => [name, Math.round((bytes / 2 ** 20) * 10) / 10]));
    },
  };
}

async function main() {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'stratify-bench-'));
  const csv = path.join(dir, `transactions_${ROWS}.csv`);
  let generated = Date.now();
  await writeTransactions(csv);
  generated = Date.now() - generated;
  log(`generated ${csv} (${(statSync(csv).size / 1e6).toFixed(1)} MB) in ${generated} ms`);

  const server = await startPreview();
  const browser = await launchChromium();
  try {
    // No service worker: its precache download (both DuckDB builds) would run during the measurements.
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, serviceWorkers: 'block' });
    const foreign = [];
    await context.route('**/*', (route) => {
      const url = route.request().url();
      if (url.startsWith(server.url) || url.startsWith('data:') || url.startsWith('blob:')) return route.continue();
      foreign.push(url);
      return route.abort('blockedbyclient');
    });
    const page = await context.newPage();
    const consoleErrors = [];
    page.on('console', (message) => message.type() === 'error' && consoleErrors.push(message.text()));
    page.on('pageerror', (error) => consoleErrors.push(error.message));
    await page.addInitScript(() => {
      const tasks = [];
      window.__benchLongTasks = tasks;
      try {
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries()) tasks.push({ start: Math.round(entry.startTime), duration: Math.round(entry.duration) });
        }).observe({ type: 'longtask', buffered: true });
      } catch {
        // longtask entries not supported
      }
    });

    // JS heap of the page's main thread (page CDP session) and of each dedicated worker (browser CDP session,
    // attached to worker targets; Playwright gives no CDP session for workers). WebAssembly memory is not included.
    const workerHeaps = await workerHeapSampler(browser);
    // main-thread JS heap, sampled through the DevTools protocol
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable');
    let peakHeap = 0;
    let sampling = true;
    const sampler = (async () => {
      while (sampling) {
        try {
          const { metrics } = await cdp.send('Performance.getMetrics');
          const used = metrics.find((metric) => metric.name === 'JSHeapUsedSize')?.value ?? 0;
          peakHeap = Math.max(peakHeap, used);
          await workerHeaps.sample();
        } catch {
          // page navigating
        }
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    })();

    const now = () => page.evaluate(() => Math.round(performance.now()));
    const waitState = (states, timeout) =>
      page.waitForFunction((wanted) => wanted.includes(document.body.dataset.state), states, { timeout, polling: 50 });

    await page.goto(`${server.url}/`, { waitUntil: 'load' });
    await page.waitForSelector('[data-testid=file-input]', { state: 'attached' });
    const appShown = await now();

    if (process.env.PROFILE_UPLOAD) await cdp.send('Profiler.enable'), await cdp.send('Profiler.start');
    const uploadAt = await now();
    await page.setInputFiles('[data-testid=file-input]', csv);
    await waitState(['mapping', 'error'], 600_000);
    const mappingAt = await now();
    if ((await page.evaluate(() => document.body.dataset.state)) === 'error') {
      throw new Error(`reading failed: ${await page.getByTestId('error').innerText()}`);
    }
    const mapping = {};
    for (const role of ['customer_id', 'order_id', 'order_date', 'amount']) {
      const select = page.getByTestId(`map-${role}`);
      if (await select.count()) mapping[role] = await select.inputValue();
    }

    const confirmAt = await now();
    await page.getByTestId('import-confirm').click();
    await waitState(['ready', 'error'], 900_000);
    if ((await page.evaluate(() => document.body.dataset.state)) === 'error') {
      throw new Error(`import failed: ${await page.getByTestId('error').innerText()}`);
    }
    const readyAt = await now();
    await page.getByTestId('rfm-grid').waitFor({ state: 'visible', timeout: 120_000 });
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
    const gridVisibleAt = await now();
    if (process.env.PROFILE_UPLOAD) {
      await new Promise((resolve) => setTimeout(resolve, 3000)); // the lifecycle and value work that follows the grid
      writeFileSync(process.env.PROFILE_UPLOAD, JSON.stringify((await cdp.send('Profiler.stop')).profile));
    }
    await new Promise((resolve) => setTimeout(resolve, 500)); // let the last long task and heap sample land

    sampling = false;
    await sampler;
    const customers = Number((await page.getByTestId('customer-count').innerText()).replace(/\D/g, ''));
    const appTimings = await page.evaluate(() => ({ ...(window.__stratifyTimings ?? {}) }));
    const longTasks = await page.evaluate(() => window.__benchLongTasks ?? []);
    const memory = await page.evaluate(() => performance.memory?.usedJSHeapSize ?? null);

    // Clustering with the default settings: sweep K 3–8 and fit the recommended K, in the worker.
    await page.getByTestId('tab-clusters').click();
    const clusterStartAt = await now();
    await page.getByTestId('cluster-run').click();
    const clusterSelector = '[data-testid=clusters][data-status=ready], [data-testid=clusters][data-status=failed]';
    await page.waitForSelector(clusterSelector, { timeout: 300_000 });
    const clusterDoneAt = await now();
    const clusterStatus = await page.getByTestId('clusters').getAttribute('data-status');
    await new Promise((resolve) => setTimeout(resolve, 300));
    const clusterLongTasks = (await page.evaluate(() => window.__benchLongTasks ?? [])).slice(longTasks.length);

    // Time travel: the as-of date moves back 90 days; every lifecycle view recomputes. The lifecycle tab (stages,
    // funnel; the warnings tab shares its result) is timed from the change, then the cohort heatmap's own query.
    await page.getByTestId('tab-lifecycle').click();
    await page.waitForSelector('[data-testid=lifecycle][data-status=ready]', { timeout: 300_000 });
    const defaultAsOf = await page.getByTestId('as-of-date').inputValue();
    const movedAsOf = new Date(Date.parse(defaultAsOf) - 90 * 86_400_000).toISOString().slice(0, 10);
    const tasksBeforeAsOf = (await page.evaluate(() => window.__benchLongTasks ?? [])).length;
    if (process.env.PROFILE) await cdp.send('Profiler.enable'), await cdp.send('Profiler.start');
    const asOfAt = await now();
    await page.getByTestId('as-of-date').fill(movedAsOf);
    await page.getByTestId('as-of-date').dispatchEvent('change');
    await page.locator('[data-testid=lifecycle][data-status=ready]', { hasText: movedAsOf }).waitFor({ timeout: 300_000 });
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
    const lifecycleAt = await now();
    const cohortsClickAt = await now();
    await page.getByTestId('tab-cohorts').click();
    await page.waitForSelector('[data-testid=cohorts][data-status=ready]', { timeout: 300_000 });
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
    const cohortsAt = await now();
    await page.waitForSelector('[data-testid=trends][data-status=ready]', { timeout: 300_000 });
    const trendsAt = await now();
    await new Promise((resolve) => setTimeout(resolve, 300));
    const asOfLongTasks = (await page.evaluate(() => window.__benchLongTasks ?? [])).slice(tasksBeforeAsOf);
    if (process.env.PROFILE) writeFileSync(process.env.PROFILE, JSON.stringify((await cdp.send('Profiler.stop')).profile));
    const asOfTimings = await page.evaluate(() => ({ ...(window.__stratifyTimings ?? {}) }));
    const sinceAsOf = (name) => (asOfTimings[name] === undefined ? null : asOfTimings[name] - asOfTimings.asOfRequested);
    // What-if: a rule threshold changed through the UI, timed in the page from the change event until the views
    // show the new numbers and a frame has been painted (requestAnimationFrame after), plus the longest task then.
    // 1. Segments tab (segment summary and score cube visible): Potential Loyalist R 3–5 → 4–5.
    await page.getByTestId('tab-segments').click();
    await page.getByTestId('rules-table').waitFor({ timeout: 60_000 });
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
    if (process.env.PROFILE_WHATIF) await cdp.send('Profiler.enable'), await cdp.send('Profiler.start');
    const segmentRuleChange = await page.evaluate(async () => {
      const summaryCount = (name) => {
        const row = [...document.querySelectorAll('[data-testid=segment-summary] tbody tr')].find((tr) => tr.querySelector('th')?.textContent?.trim() === name);
        return row?.querySelector('td')?.textContent?.trim() ?? '';
      };
      const cubeSegment = () => document.querySelector('[data-testid=cube-cell-355]')?.getAttribute('data-segment');
      const before = { summary: summaryCount('Potential Loyalist'), cube: cubeSegment() };
      const select = document.querySelector('[data-testid=rule-r-low-1]');
      const start = performance.now();
      select.value = '4';
      select.dispatchEvent(new Event('change', { bubbles: true }));
      const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
      while (summaryCount('Potential Loyalist') === before.summary || cubeSegment() === before.cube) {
        if (performance.now() - start > 60_000) throw new Error('the segment rule change never showed');
        await frame();
      }
      await frame();
      return { start, ms: Math.round(performance.now() - start), before, after: { summary: summaryCount('Potential Loyalist'), cube: cubeSegment() } };
    });
    if (process.env.PROFILE_WHATIF) writeFileSync(process.env.PROFILE_WHATIF, JSON.stringify((await cdp.send('Profiler.stop')).profile));
    await new Promise((resolve) => setTimeout(resolve, 300));
    const tasksIn = async (start, end) =>
      (await page.evaluate(() => window.__benchLongTasks ?? [])).filter((task) => task.start + task.duration > start && task.start < end).map((task) => task.duration);
    const segmentRuleTasks = await tasksIn(segmentRuleChange.start, segmentRuleChange.start + segmentRuleChange.ms);

    // 2. Tiers tab visible: Diamond's top share 5% → 10%; tiers are recomputed in the model worker.
    await page.getByTestId('tab-tiers').click();
    await page.waitForSelector('[data-testid=tiers][data-status=ready] [data-testid=tier-rule][data-tier=Diamond]', { timeout: 120_000 });
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
    if (process.env.PROFILE_WHATIF) await cdp.send('Profiler.start');
    const tierChange = await page.evaluate(async () => {
      const rule = () => document.querySelector('[data-testid=tier-rule][data-tier=Diamond]');
      const summary = () => document.querySelector('[data-testid=tier-summary-row][data-tier=Diamond]')?.getAttribute('data-customers');
      const before = { rule: rule()?.getAttribute('data-count'), summary: summary() };
      const input = rule().querySelector('[data-testid=tier-value][data-bound=topShare]');
      const start = performance.now();
      input.value = '10';
      input.dispatchEvent(new Event('input', { bubbles: true }));
      const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
      const shown = () => rule()?.getAttribute('data-count');
      while (shown() === before.rule || summary() !== shown()) {
        if (performance.now() - start > 60_000) throw new Error('the tier threshold change never showed');
        await frame();
      }
      await frame();
      return { start, ms: Math.round(performance.now() - start), before, after: { rule: shown(), summary: summary() } };
    });
    if (process.env.PROFILE_WHATIF) writeFileSync(`${process.env.PROFILE_WHATIF}.tier`, JSON.stringify((await cdp.send('Profiler.stop')).profile));
    await new Promise((resolve) => setTimeout(resolve, 300));
    const tierTasks = await tasksIn(tierChange.start, tierChange.start + tierChange.ms);

    // 3. Distributions tab visible: a monetary cut point typed into its number box (Enter), twice. The first move
    // switches from tie-sharing to fixed cut points; the second moves a fixed cut (what a drag's end does).
    await page.getByTestId('tab-distributions').click();
    await page.getByTestId('rfm-monetary-input-2').waitFor({ timeout: 60_000 });
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
    const moveCut = (toward) =>
      page.evaluate(async (toward) => {
        const box = (key) => document.querySelector(`[data-testid=rfm-monetary-input-${key}]`);
        const sizes = () => [1, 2, 3, 4, 5].map((score) => document.querySelector(`[data-testid=bin-size-monetary-${score}]`)?.textContent?.trim()).join('|');
        const cut = (key) => Number(box(key).value);
        // halfway between cut 2 and its neighbour, in whole cents: some customers always change score
        const value = Math.round(((cut(2) + cut(toward)) / 2) * 100) / 100;
        const before = { cut: cut(2), sizes: sizes() };
        const input = box(2);
        const start = performance.now();
        input.value = String(value);
        input.dispatchEvent(new Event('change', { bubbles: true }));
        const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
        while (sizes() === before.sizes || cut(2) !== value) {
          if (performance.now() - start > 60_000) throw new Error('the cut point move never showed');
          await frame();
        }
        const shown = performance.now();
        await frame();
        return { start, ms: Math.round(performance.now() - start), shownMs: Math.round(shown - start), before, after: { cut: cut(2), sizes: sizes() } };
      }, toward);
    if (process.env.PROFILE_WHATIF) await cdp.send('Profiler.start');
    const firstCut = await moveCut(3);
    await new Promise((resolve) => setTimeout(resolve, 1500)); // the lifecycle and value work that follows
    const secondCut = await moveCut(1);
    if (process.env.PROFILE_WHATIF) writeFileSync(`${process.env.PROFILE_WHATIF}.cut`, JSON.stringify((await cdp.send('Profiler.stop')).profile));
    await new Promise((resolve) => setTimeout(resolve, 300));
    const firstCutTasks = await tasksIn(firstCut.start, firstCut.start + firstCut.ms);
    const secondCutTasks = await tasksIn(secondCut.start, secondCut.start + secondCut.ms);
    const cutEntry = (move, tasks) => ({
      ms: move.ms,
      // the new numbers were first seen in this frame's requestAnimationFrame (ms counts one frame more)
      shownMs: move.shownMs,
      longestMainThreadTaskMs: Math.max(0, ...tasks),
      cut: [move.before.cut, move.after.cut],
      monetaryBinSizes: [move.before.sizes, move.after.sizes],
    });

    mkdirSync(path.join(REPO_ROOT, 'bench-results'), { recursive: true });
    await page.screenshot({ path: path.join(REPO_ROOT, 'bench-results', 'bench-grid.png'), fullPage: true }).catch(() => undefined);

    const result = {
      date: new Date().toISOString(),
      browser: `Chromium ${browser.version()}`,
      machine: { cpus: os.cpus().length, node: process.version },
      input: { rows: ROWS, customers: CUSTOMERS, bytes: statSync(csv).size, seed: SEED, generatedMs: generated },
      mapping,
      customersShown: customers,
      // marks the app records with performance.now() (ms since navigation start)
      appTimings,
      // measured by the benchmark, ms since navigation start
      marks: { appShown, uploadAt, mappingAt, confirmAt, readyAt, gridVisibleAt },
      durationsMs: {
        readToMapping: mappingAt - uploadAt,
        confirmToReady: readyAt - confirmAt,
        confirmToGrid: gridVisibleAt - confirmAt,
        uploadToGridExcludingMappingWait: mappingAt - uploadAt + (gridVisibleAt - confirmAt),
        ...(appTimings.duckdbReady !== undefined ? { duckdbReadySinceNavigation: appTimings.duckdbReady } : {}),
      },
      peakJsHeapMB: Math.round((Math.max(peakHeap, memory ?? 0) / 2 ** 20) * 10) / 10,
      peakWorkerJsHeapMB: workerHeaps.peaks(),
      longestMainThreadTaskMs: longTasks.reduce((max, task) => Math.max(max, task.duration), 0),
      longTasks: { count: longTasks.length, totalMs: longTasks.reduce((sum, task) => sum + task.duration, 0) },
      clustering: {
        status: clusterStatus,
        sweepAndFitMs: clusterDoneAt - clusterStartAt,
        longestMainThreadTaskMs: clusterLongTasks.reduce((max, task) => Math.max(max, task.duration), 0),
      },
      asOfChange: {
        from: defaultAsOf,
        to: movedAsOf,
        toLifecycleViewsMs: lifecycleAt - asOfAt,
        thenCohortHeatmapMs: cohortsAt - lifecycleAt,
        thenSegmentTrendsMs: trendsAt - cohortsAt,
        totalMs: trendsAt - asOfAt,
        longestMainThreadTaskMs: asOfLongTasks.reduce((max, task) => Math.max(max, task.duration), 0),
        longTasks: asOfLongTasks.map((task) => task.duration),
        // when each long task started, ms after the change (the cohort tab was clicked at cohortsClickMs)
        longTasksAtMs: asOfLongTasks.map((task) => task.start - asOfAt),
        cohortsClickMs: cohortsClickAt - asOfAt,
        // app marks, ms after the app took the request
        appMs: { metrics: sinceAsOf('asOfMetrics'), rfm: sinceAsOf('asOfRfm'), lifecycleQueried: sinceAsOf('lifecycleQueried'), lifecycleComputed: sinceAsOf('lifecycleComputed') },
      },
      // threshold change → the visible views show the new numbers (then a frame), at the as-of date above
      whatIf: {
        targetMs: 100,
        segmentRule: {
          change: 'Potential Loyalist R 3–5 → 4–5, Segments tab (summary + score cube)',
          ms: segmentRuleChange.ms,
          longestMainThreadTaskMs: Math.max(0, ...segmentRuleTasks),
          potentialLoyalists: [segmentRuleChange.before.summary, segmentRuleChange.after.summary],
        },
        tierThreshold: {
          change: 'Diamond top share 5% → 10%, Tiers tab',
          ms: tierChange.ms,
          longestMainThreadTaskMs: Math.max(0, ...tierTasks),
          diamond: [tierChange.before.rule, tierChange.after.rule],
        },
        cutPoint: {
          change: 'monetary cut 2 typed halfway to cut 3 (tie-sharing → fixed), then halfway to cut 1, Distributions tab (score bins)',
          ms: firstCut.ms,
          longestMainThreadTaskMs: Math.max(0, ...firstCutTasks),
          first: cutEntry(firstCut, firstCutTasks),
          second: cutEntry(secondCut, secondCutTasks),
        },
      },
      foreignRequests: foreign,
      consoleErrors,
    };
    const json = JSON.stringify(result, null, 2);
    writeFileSync(path.join(REPO_ROOT, 'bench-results', 'bench.json'), json + '\n');
    process.stdout.write(json + '\n');
    if (customers !== CUSTOMERS) log(`warning: ${customers} customers shown, ${CUSTOMERS} expected`);
  } finally {
    await browser.close().catch(() => undefined);
    await server.stop();
    if (!KEEP) rmSync(dir, { recursive: true, force: true });
    else log(`kept ${dir}`);
  }
}

main().catch((error) => {
  process.stderr.write(`bench failed: ${error.stack ?? error}\n`);
  process.exit(1);
});
