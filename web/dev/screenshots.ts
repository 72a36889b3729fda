/**
 * Dev-only: screenshots of every view at a laptop and a phone size, to look at by eye.
 * Run `npm run dev:web` (or `drumbeat serve`) first, then:
 *   [DRUMBEAT_TOKEN=…] node --import tsx web/dev/screenshots.ts [baseUrl] [outDir]
 */
import { mkdir } from 'node:fs/promises';
import { launchBrowser } from '../../test/e2e/support/browser.js';

const base = process.argv[2] ?? 'http://127.0.0.1:5173';
const out = process.argv[3] ?? '/tmp/shots';
const token = process.env.DRUMBEAT_TOKEN ?? 'dev-token';

interface Listed {
  id: string;
  events: number;
}

// Works against the mock (ids "helpdesk", "empty") and a real `drumbeat serve` alike.
const listed = (await (
  await fetch(`${base}/api/workspaces`, { headers: { Authorization: `Bearer ${token}` } })
).json()) as Listed[];
const full = listed.find((workspace) => workspace.events > 0)?.id ?? 'helpdesk';
const empty = listed.find((workspace) => workspace.events === 0)?.id;
const stage = process.env.SHOT_STAGE ?? 'Take in charge ticket';

const pages = [
  { name: 'workspaces', path: '/' },
  { name: 'dashboard', path: `/workspaces/${full}` },
  ...(empty === undefined ? [] : [{ name: 'empty', path: `/workspaces/${empty}` }]),
  { name: 'stage', path: `/workspaces/${full}/stages/${encodeURIComponent(stage)}` },
  { name: 'notfound', path: '/nowhere/at/all' },
  { name: 'missing-stage', path: `/workspaces/${full}/stages/Nope` },
];
const sizes = [
  { name: 'desktop', width: 1280, height: 800 },
  { name: 'phone', width: 390, height: 844 },
];

await mkdir(out, { recursive: true });
const browser = await launchBrowser();
try {
  for (const size of sizes) {
    const context = await browser.newContext({
      viewport: { width: size.width, height: size.height },
      deviceScaleFactor: 1,
      locale: 'en-GB',
      timezoneId: 'Europe/Amsterdam',
    });
    const page = await context.newPage();
    page.on('console', (message) => {
      if (message.type() === 'error' || message.type() === 'warning') {
        console.log(`[${size.name}] console ${message.type()}: ${message.text()}`);
      }
    });
    page.on('pageerror', (error) => console.log(`[${size.name}] page error: ${error.message}`));
    // The first visit carries the token in the fragment, as the link printed by `drumbeat serve` does.
    await page.goto(`${base}/#token=${token}`);
    for (const { name, path } of pages) {
      await page.goto(`${base}${path}`);
      await page.waitForLoadState('networkidle').catch(() => undefined);
      await page.waitForTimeout(Number(process.env.SHOT_WAIT_MS ?? 1500));
      await page.screenshot({ path: `${out}/${name}-${size.name}.png`, fullPage: true });
      await page.screenshot({ path: `${out}/${name}-${size.name}-fold.png` });
    }
    await context.close();
  }
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  await page.goto(`${base}/workspaces/${full}`);
  await page.waitForTimeout(800);
  await page.screenshot({ path: `${out}/no-token-desktop.png` });
  await context.close();
} finally {
  await browser.close();
}
console.log(`screenshots in ${out}`);
