/// <reference types="vitest/config" />
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { defineConfig, type Plugin } from 'vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { SERVICE_WORKER_FILE, buildManifest, type ShippedFile } from './src/lib/offline/build-manifest.js';
import { serviceWorkerSource } from './src/lib/offline/sw-template.js';

/**
 * Writes sw.js into the build: a service worker that precaches every emitted file and every file of public/
 * (the samples), under a cache named after the build, so the app opens and works offline after one visit.
 * Registered by src/lib/offline/register.ts in production builds only.
 */
function offlinePlugin(): Plugin {
  let publicDir = '';
  return {
    name: 'stratify-offline',
    apply: 'build',
    // after Vite's own plugins, so index.html and the workers' files are already in the bundle
    enforce: 'post',
    configResolved(config) {
      publicDir = config.publicDir;
    },
    generateBundle(_options, bundle) {
      const emitted: ShippedFile[] = Object.values(bundle).map((output) => ({
        path: output.fileName,
        content: output.type === 'chunk' ? output.code : output.source,
      }));
      const manifest = buildManifest([...emitted, ...filesUnder(publicDir)]);
      this.emitFile({ type: 'asset', fileName: SERVICE_WORKER_FILE, source: serviceWorkerSource(manifest) });
    },
  };
}

/** Every file under `folder` (public/ is copied as is), paths relative to it; none when there is no folder. */
function filesUnder(folder: string): ShippedFile[] {
  if (!folder) return [];
  try {
    return readdirSync(folder, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => {
        const full = path.join(entry.parentPath, entry.name);
        return { path: path.relative(folder, full), content: readFileSync(full) };
      });
  } catch {
    return [];
  }
}

export default defineConfig({
  plugins: [svelte(), offlinePlugin()],
  // DuckDB-WASM ships its own worker and wasm files; pre-bundling would break their asset URLs.
  optimizeDeps: { exclude: ['@duckdb/duckdb-wasm'] },
  worker: { format: 'es' },
  build: { target: 'es2022', chunkSizeWarningLimit: 2000 },
  server: { host: '127.0.0.1' },
  preview: { host: '127.0.0.1' },
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/sql/**/*.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
  },
});
