/**
 * Vitest global setup of the end-to-end run: serves the already-built dist/ with `vite preview` on a free port
 * of 127.0.0.1 for all spec files, and stops it afterwards. The build is the npm script's job (npm test builds first).
 */
import type { TestProject } from 'vitest/node';
import { startPreview } from './serve.mjs';

declare module 'vitest' {
  export interface ProvidedContext {
    baseURL: string;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const server = await startPreview();
  process.stdout.write(`e2e: vite preview (pid ${server.pid}) serving ${server.url}\n`);
  project.provide('baseURL', server.url);
  return async () => {
    await server.stop();
  };
}
