import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { after, before, test } from 'node:test';
import { sharedPath } from '../support/sharedData.js';
import { type Session, startSession } from './support/startSession.js';

// The real thing: the compiled `drumbeat serve`, a real DuckDB store in a temp folder, and
// Debian's Chromium driving the built dashboard.
const ROOT = resolve(import.meta.dirname, '../..');
let session: Session;
let SHOTS: string;

before(async () => {
  session = await startSession();
  SHOTS = session.shots;
});

after(async () => {
  await session?.close();
});

const api = (path: string, init?: RequestInit) => session.api(path, init);
const openPage = (path: string, width?: number, height?: number) =>
  session.openPage(path, width, height);

test('a real log uploaded through the dashboard shows its constraint, and a live event appears without a reload', async () => {
  const page = await openPage('/');
  await page.getByLabel('Name').fill('Software delivery');
  await page.getByRole('button', { name: 'Create workspace' }).click();
  await page
    .locator('input[type=file]')
    .setInputFiles(sharedPath('ground-truth', 'gt-1003.csv.gz'));
  await page.getByRole('button', { name: 'Upload' }).click();
  await page
    .getByText(/22,670 events stored/)
    .first()
    .waitFor({ timeout: 30_000 });
  await page.screenshot({ path: resolve(SHOTS, 'workspaces-after-upload.png'), fullPage: true });
  await page.getByRole('link', { name: 'Software delivery' }).first().click();
  // gt-1003 is a simulated stream whose constraint is known to be QA.
  await page.locator('.constraint-card .constraint-name').waitFor({ timeout: 30_000 });
  assert.match(await page.locator('.constraint-card .constraint-name').innerText(), /QA/);
  assert.match(page.url(), /\/workspaces\/[\w-]+/, 'the dashboard has its own address');
  await page.screenshot({ path: resolve(SHOTS, 'gt-1003-dashboard.png'), fullPage: true });

  const id = /\/workspaces\/([\w-]+)/.exec(page.url())![1]!;
  const before = await page.locator('main').innerText();
  assert.match(before, /22,670 events/);
  // Browser-side code as strings: the test's own types know nothing of the DOM.
  await page.evaluate('window.notReloaded = true');
  const posted = await api(`/api/workspaces/${id}/events`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify([
      {
        id: 'live-1',
        case: 'C-live',
        activity: 'QA',
        timestamp: '2025-12-01T10:00:00Z',
        resource: 'qa-1',
      },
    ]),
  });
  assert.deepEqual(await posted.json(), { accepted: 1, duplicates: 0, rejected: [] });
  await page.getByText('22,671 events').first().waitFor({ timeout: 10_000 });
  assert.equal(await page.evaluate('window.notReloaded === true'), true);
  await page.screenshot({ path: resolve(SHOTS, 'gt-1003-after-live-event.png'), fullPage: true });
  await page.context().close();
});

test('the bundled real help-desk log, imported from the command line, reads as demand-constrained on desktop and phone', async () => {
  const created = await api('/api/workspaces', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ name: 'Help desk' }),
  });
  const { id } = (await created.json()) as { id: string };
  const run = spawnSync(
    process.execPath,
    [
      resolve(ROOT, 'bin/drumbeat.js'),
      'import',
      '--workspace',
      id,
      '--data-dir',
      session.serve.dataDir,
      resolve(ROOT, 'examples/helpdesk.xes.gz'),
    ],
    { encoding: 'utf8', env: { ...process.env, DRUMBEAT_TOKEN: session.serve.token } },
  );
  assert.equal(run.status, 0, run.stderr);
  assert.match(run.stdout, /imported 21,?348 events/);
  for (const [name, width, height] of [
    ['desktop', 1280, 800],
    ['phone', 390, 844],
  ] as const) {
    const page = await openPage(`/workspaces/${id}`, width, height);
    const headline = page.locator('.constraint-card .constraint-name');
    await headline.waitFor({ timeout: 30_000 });
    assert.match(await headline.innerText(), /Demand/);
    // Nothing is wider than the screen.
    const overflow = Number(
      await page.evaluate('document.documentElement.scrollWidth - window.innerWidth'),
    );
    assert.ok(overflow <= 1, `page is ${overflow}px wider than the ${name} screen`);
    // A real log has dozens of new patterns: the latest five are listed, the rest folded away.
    const timeline = page.locator('.constraint-timeline');
    const earlier = timeline.locator('.timeline-earlier summary');
    await earlier.waitFor({ timeout: 30_000 });
    assert.equal(await timeline.locator('.timeline-change').filter({ visible: true }).count(), 5);
    const folded = Number(
      /^(\d+) earlier patterns?$/.exec((await earlier.textContent()) ?? '')?.[1],
    );
    assert.equal(await timeline.locator('.timeline-change').count(), 5 + folded);
    await page.screenshot({ path: resolve(SHOTS, `helpdesk-${name}.png`), fullPage: true });
    await page.context().close();
  }
});

test('a stage has its own bookmarkable drill-down page', async () => {
  const list = (await (await api('/api/workspaces')).json()) as Array<{ id: string; name: string }>;
  const ws = list.find((w) => w.name === 'Software delivery')!;
  const page = await openPage(`/workspaces/${ws.id}/stages/QA`);
  await page.getByText(/qa-\d/).first().waitFor({ timeout: 30_000 });
  await page.screenshot({ path: resolve(SHOTS, 'gt-1003-stage-qa.png'), fullPage: true });
  await page.context().close();
});

test('without the token the dashboard says how to get in instead of failing silently', async () => {
  const context = await session.browser.newContext();
  const page = await context.newPage();
  await page.goto(`${session.serve.url}/`);
  await page
    .getByText(/drumbeat serve/)
    .first()
    .waitFor({ timeout: 10_000 });
  await context.close();
});

test('when the constraint moved inside the log, the dashboard says from where, to where and since when', async () => {
  const created = await api('/api/workspaces', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ name: 'Onboarding' }),
  });
  const { id } = (await created.json()) as { id: string };
  // gt-1009: Identity Check was given more people on 2025-05-10; Application took over.
  const imported = await api(`/api/workspaces/${id}/import?filename=gt-1009.csv.gz`, {
    method: 'POST',
    body: readFileSync(sharedPath('ground-truth', 'gt-1009.csv.gz')),
  });
  assert.equal(imported.status, 200);
  const page = await openPage(`/workspaces/${id}`);
  const card = page.locator('.constraint-card');
  await card.locator('.constraint-name').waitFor({ timeout: 30_000 });
  const text = await card.innerText();
  assert.match(text, /Application/);
  assert.match(text, /Identity Check → Application/);
  assert.match(text, /moved here from Identity Check/);
  await card.screenshot({ path: resolve(SHOTS, 'gt-1009-constraint-moved.png') });
  await page.context().close();
});
