import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { type Serve, startServe } from '../../../bench/service/startServe.js';
import { launchBrowser } from './browser.js';

/** A real `drumbeat serve` on a fresh data folder, and Chromium to look at it. */
export interface Session {
  serve: Serve;
  browser: Browser;
  /** Where screenshots go: test-artifacts/e2e. */
  shots: string;
  /** An authorised request to the server's API. */
  api(path: string, init?: RequestInit): Promise<Response>;
  /** Opens a dashboard path with the token; the page must raise no uncaught error before it closes. */
  openPage(path: string, width?: number, height?: number): Promise<Page>;
  close(): Promise<void>;
}

/** Starts the compiled server (npm test builds it and the dashboard first) and the browser. */
export async function startSession(): Promise<Session> {
  const shots = resolve(import.meta.dirname, '../../../test-artifacts/e2e');
  mkdirSync(shots, { recursive: true });
  const serve = await startServe();
  const browser = await launchBrowser();
  return {
    serve,
    browser,
    shots,
    api: (path, init = {}) =>
      fetch(`${serve.url}${path}`, {
        ...init,
        headers: { authorization: `Bearer ${serve.token}`, ...(init.headers ?? {}) },
      }),
    openPage: async (path, width = 1280, height = 800) => {
      const context = await browser.newContext({ viewport: { width, height } });
      const page = await context.newPage();
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(e.message));
      await page.goto(`${serve.url}${path}#token=${encodeURIComponent(serve.token)}`);
      page.on('close', () => assert.deepEqual(errors, [], 'no uncaught errors in the page'));
      return page;
    },
    close: async () => {
      await browser.close();
      await serve.stop();
    },
  };
}
