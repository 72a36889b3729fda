import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { after, before, test } from 'node:test';
import type { Page } from 'playwright-core';
import { pdfText } from '../support/pdfText.js';
import { createWorkspaceWithLog } from './support/createWorkspaceWithLog.js';
import { fillForm } from './support/fillForm.js';
import { type Session, startSession } from './support/startSession.js';

// A leader writes the strategy of a simulated delivery stream whose constraint is known (QA,
// gt-1003) in the dashboard, against the real `drumbeat serve` (npm test builds it first).
const LOG = 'gt-1003';
let session: Session;
let workspaceId: string;

before(async () => {
  session = await startSession();
  workspaceId = await createWorkspaceWithLog(session, 'Delivery', LOG);
});

after(async () => {
  await session?.close();
});

const shot = async (page: Page, name: string) => {
  // The sticky header would float over the middle of a full-page screenshot.
  await page.addStyleTag({ content: '.app-header { position: static !important; }' });
  await page.screenshot({ path: resolve(session.shots, `strategy-${name}.png`), fullPage: true });
};

const tab = async (page: Page, name: string) => {
  await page
    .getByRole('navigation', { name: 'Strategy pages' })
    .getByRole('link', { name })
    .click();
  await page
    .getByRole('link', { name, exact: true })
    .and(page.locator('[aria-current="page"]'))
    .waitFor();
};

test('a leader sets up the strategy, register and two levels of OKRs; triage flags the non-constraint initiative; the review exports', async () => {
  const page = await session.openPage(`/workspaces/${workspaceId}`);
  await page.getByRole('link', { name: /Strategy: plan, OKRs/ }).click();
  await page.getByRole('heading', { name: 'Strategy statement' }).waitFor({ timeout: 30_000 });

  // The plan: the statement.
  const statement = page.getByRole('form', { name: 'Strategy statement' });
  await fillForm(statement, {
    Statement: 'Exploit QA: no tester idle while work waits, and release work at QA’s pace.',
    'Your name': 'Ana',
  });
  await statement.getByRole('button', { name: 'Save statement' }).click();
  await page.getByTestId('statement').filter({ hasText: 'Exploit QA' }).waitFor();

  // The register: confirm the detected constraint.
  await tab(page, 'Constraint register');
  assert.equal(await page.getByTestId('register-stage').textContent(), 'QA');
  assert.equal(await page.getByTestId('register-status').textContent(), 'detected');
  const register = page.getByRole('form', { name: 'Confirm or override the constraint' });
  await fillForm(register, {
    Owner: 'Bo',
    'Your name': 'Ana',
    'Reason (optional)': 'QA is 96 % busy',
  });
  await register.getByRole('button', { name: 'Confirm' }).click();
  await page.getByTestId('register-status').filter({ hasText: 'confirmed' }).waitFor();
  await shot(page, 'register');

  // Two levels of OKRs: a company objective with a live key result, a team one with check-ins.
  await tab(page, 'OKRs');
  const objective = page.getByRole('form', { name: 'Add an objective' });
  await fillForm(objective, { Objective: 'Ship more every week', Owner: 'Ana' });
  await objective.getByRole('button', { name: 'Add objective' }).click();
  await page.getByTestId('objective').filter({ hasText: 'Ship more every week' }).waitFor();
  await fillForm(objective, {
    Objective: 'QA never waits for work or tools',
    'Parent objective': 'Ship more every week',
  });
  await fillForm(objective, { Team: 'QA team', Owner: 'Bo' });
  await objective.getByRole('button', { name: 'Add objective' }).click();
  await page
    .getByTestId('objective')
    .getByText('QA never waits for work or tools', { exact: true })
    .waitFor();

  const keyResult = page.getByRole('form', { name: 'Add a key result' });
  await fillForm(keyResult, {
    Objective: 'Ship more every week',
    'Key result': 'QA finishes 230 items a week',
    'Stage it works on': 'QA (constraint)',
    'Measured by': 'Live: Constraint throughput per week',
    Start: '149.75',
    Target: '229.75',
  });
  await keyResult.getByRole('button', { name: 'Add key result' }).click();
  await page.getByText('QA finishes 230 items a week').waitFor();
  await fillForm(keyResult, {
    Objective: 'QA never waits for work or tools',
    'Key result': 'Regression tests automated',
    'Measured by': 'Check-ins (value, confidence, note)',
  });
  await fillForm(keyResult, { Start: '0', Target: '100', Unit: 'tests' });
  await keyResult.getByRole('button', { name: 'Add key result' }).click();
  await page.getByRole('button', { name: 'Check in (0)' }).click();
  const checkIn = page.getByRole('form', { name: 'Check in on Regression tests automated' });
  await fillForm(checkIn, {
    'Value (tests)': '40',
    'Confidence (0–1)': '0.6',
    'Your name': 'Bo',
    'What happened': 'Two suites left',
  });
  await checkIn.getByRole('button', { name: 'Save check-in' }).click();
  await page.getByRole('list', { name: 'Check-in history' }).getByText('Two suites left').waitFor();
  // The live key result is half way (189.75 a week now); the team's 40 %; the company the mean.
  const progress = async (name: string) =>
    page.getByRole('progressbar', { name: `Progress of ${name}` }).getAttribute('aria-valuenow');
  assert.equal(await progress('QA finishes 230 items a week'), '50');
  assert.equal(await progress('Regression tests automated'), '40');
  assert.equal(await progress('QA never waits for work or tools'), '40');
  assert.equal(await progress('Ship more every week'), '45');
  await shot(page, 'okrs');

  // Initiatives: one at the constraint, one at Development (a non-constraint).
  await tab(page, 'Plan');
  const initiative = page.getByRole('form', { name: 'Add an initiative' });
  for (const [title, stage, effort] of [
    ['Second QA shift', 'QA (constraint)', '3'],
    ['Faster Development builds', 'Development', '2'],
  ] as const) {
    await fillForm(initiative, {
      Title: title,
      'Focusing step': 'elevate',
      'Target stage': stage,
      Owner: 'Cy',
      'Effort (person-weeks)': effort,
    });
    await initiative.getByRole('button', { name: 'Add initiative' }).click();
    await page.getByRole('region', { name: '4. Elevate' }).getByText(title).waitFor();
  }
  await shot(page, 'plan');

  // Triage flags the initiative aimed at the non-constraint, with why.
  await tab(page, 'Triage');
  const flags = page.getByTestId('triage-flag');
  await flags.first().waitFor();
  assert.equal(await flags.count(), 1);
  const flag = (await flags.first().textContent()) ?? '';
  assert.match(flag, /Scaling trap/);
  assert.match(flag, /Faster Development builds/);
  assert.match(flag, /aimed at Development, not the constraint, while QA is overloaded/);
  assert.equal(await page.getByTestId('focus-share').textContent(), '60%');
  await shot(page, 'triage');

  // Incentives: a developer-utilisation target is local efficiency.
  await tab(page, 'Incentives');
  const metric = page.getByRole('form', { name: 'Register a team metric' });
  await fillForm(metric, {
    Team: 'Developers',
    Stage: 'Development',
    Metric: 'Developer utilisation',
    Target: '90 %',
  });
  await metric.getByRole('button', { name: 'Add team metric' }).click();
  const verdict = page.getByTestId('incentive').first();
  await verdict.waitFor();
  assert.match(
    (await verdict.textContent()) ?? '',
    /Local efficiency only.*pile up as work in front of QA/,
  );
  await shot(page, 'incentives');

  // The review: every section, a decision, and both exports.
  await tab(page, 'Review');
  const decision = page.getByRole('form', { name: 'Log a decision' });
  await fillForm(decision, {
    Decision: 'Stop the build-speed project until QA is elevated',
    'Decided by': 'Ana',
  });
  await decision.getByRole('button', { name: 'Log decision' }).click();
  const log = page.locator('#review-decisions');
  await log.getByText('Stop the build-speed project until QA is elevated').waitFor();
  for (const title of [
    'Constraint status and moves',
    'Buffer health',
    'Throughput trend',
    'OKR progress',
    'Flagged initiatives and metrics',
    'Incentives and team contribution',
    'Decision log',
  ]) {
    await page.getByRole('heading', { name: title }).waitFor();
  }
  await shot(page, 'review');

  const download = async (label: string) => {
    const [file] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: label }).click(),
    ]);
    const path = resolve(
      session.shots,
      `strategy-review${file
        .suggestedFilename()
        .slice(-5)
        .replace(/^[^.]*/, '')}`,
    );
    await file.saveAs(path);
    return readFileSync(path);
  };
  const html = (await download('Export HTML')).toString('utf8');
  assert.match(html, /^<!doctype html>/);
  assert.match(html, /Stop the build-speed project until QA is elevated/);
  assert.match(html, /Faster Development builds/);
  assert.doesNotMatch(html, /<script|<link|<img|src=|url\(|@import/i);
  assert.doesNotMatch(html.replace('http://www.w3.org/2000/svg', ''), /https?:\/\//);
  const pdf = await download('Export PDF');
  assert.equal(pdf.subarray(0, 5).toString('latin1'), '%PDF-');
  const text = await pdfText(new Uint8Array(pdf));
  assert.match(text, /Strategy review - Delivery/);
  assert.match(text, /The constraint in force is QA \(confirmed/);
  assert.match(text, /Stop the build-speed project until QA is elevated/);

  // As decided: the build-speed initiative is stopped, and the triage no longer flags it.
  await tab(page, 'Plan');
  await Promise.all([
    page.waitForResponse((r) => r.request().method() === 'PUT' && r.ok()),
    page.getByLabel('Status of Faster Development builds').selectOption('stopped'),
  ]);
  await tab(page, 'Triage');
  await page.getByText('Nothing flagged: the plan is aimed at the constraint.').waitFor();
  assert.equal(await page.getByTestId('focus-share').textContent(), '100%');
  await page.close();

  // The exported HTML opens offline in the browser, with nothing requested from anywhere.
  const offline = await session.browser.newContext({ viewport: { width: 1280, height: 800 } });
  const viewer = await offline.newPage();
  const requests: string[] = [];
  viewer.on('request', (r) => requests.push(r.url()));
  await viewer.setContent(html);
  await viewer.getByRole('heading', { name: 'Decision log' }).waitFor();
  assert.deepEqual(requests, []);
  await viewer.screenshot({
    path: resolve(session.shots, 'strategy-review-export.png'),
    fullPage: true,
  });
  await offline.close();
});

test('the strategy pages fit a phone', async () => {
  for (const name of ['plan', 'okrs', 'review']) {
    const page = await session.openPage(
      `/workspaces/${workspaceId}/strategy${name === 'plan' ? '' : `/${name}`}`,
      390,
      844,
    );
    await page.getByRole('navigation', { name: 'Strategy pages' }).waitFor({ timeout: 30_000 });
    await page.locator('.panel').first().waitFor();
    const overflow = Number(
      await page.evaluate('document.documentElement.scrollWidth - window.innerWidth'),
    );
    assert.ok(overflow <= 1, `${name}: the page is ${overflow}px wider than the phone`);
    await shot(page, `${name}-phone`);
    await page.close();
  }
});
