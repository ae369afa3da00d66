import type { Browser, LaunchOptions } from 'playwright-core';

export const REPO_ROOT: string;
export const SHARED_DIR: string;
export const CHROMIUM_PATH: string;
export const CHROMIUM_ARGS: string[];

export interface PreviewServer {
  url: string;
  pid: number | undefined;
  output(): string;
  stop(): Promise<void>;
}

export function freePort(): Promise<number>;
export function distDir(): string;
export function startPreview(options?: { port?: number; timeoutMs?: number }): Promise<PreviewServer>;
export function launchChromium(options?: LaunchOptions): Promise<Browser>;
