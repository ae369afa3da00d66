// Plain ESM shared by the end-to-end harness (TypeScript, through Vitest) and the benchmark (node).
// Serves the built app with `vite preview` and launches Debian's Chromium through playwright-core.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const SHARED_DIR = path.resolve(REPO_ROOT, '../shared');
export const CHROMIUM_PATH = '/usr/bin/chromium';
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** A TCP port that was free a moment ago on 127.0.0.1. */
export function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = /** @type {net.AddressInfo} */ (server.address());
      server.close(() => resolve(port));
    });
  });
}

/** The build to serve: dist/ of the repository, or E2E_DIST when set (an absolute or repo-relative path). */
export function distDir() {
  return path.resolve(REPO_ROOT, process.env.E2E_DIST || 'dist');
}

/**
 * Starts `vite preview` on 127.0.0.1 (spawned directly with node, so the PID is the server's) and waits until
 * it answers. Throws a clear message when there is no build.
 */
export async function startPreview({ port, timeoutMs = 60_000 } = {}) {
  const dist = distDir();
  if (!existsSync(path.join(dist, 'index.html'))) {
    throw new Error(
      `No built app at ${dist} (index.html missing). Build it first: \`npm run build\` ` +
        '(npm test builds before the end-to-end tests).',
    );
  }
  const chosenPort = port ?? (await freePort());
  const vite = path.join(REPO_ROOT, 'node_modules/vite/bin/vite.js');
  const args = [vite, 'preview', '--host', '127.0.0.1', '--port', String(chosenPort), '--strictPort', '--outDir', dist];
  const child = spawn(process.execPath, args, { cwd: REPO_ROOT, stdio: ['ignore', 'pipe', 'pipe'], env: process.env });
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  const url = `http://127.0.0.1:${chosenPort}`;
  const exited = new Promise((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const status = await Promise.race([exited, sleep(0).then(() => null)]);
    if (status) throw new Error(`vite preview exited early (${JSON.stringify(status)}):\n${output}`);
    try {
      const response = await fetch(url + '/', { signal: AbortSignal.timeout(2_000) });
      if (response.ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`vite preview did not answer at ${url} within ${timeoutMs} ms:\n${output}`);
    }
    await sleep(200);
  }
  return {
    url,
    pid: child.pid,
    output: () => output,
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill('SIGTERM');
      const done = await Promise.race([exited, sleep(5_000).then(() => null)]);
      if (!done) {
        child.kill('SIGKILL');
        await exited;
      }
    },
  };
}

/** Debian's Chromium, headless, through playwright-core (which cannot download browsers here). */
export async function launchChromium(options = {}) {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(`${CHROMIUM_PATH} is missing: apt-get update && apt-get install -y chromium`);
  }
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS, headless: true, ...options });
}

function sleep(ms) {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
