import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { after, before, test } from 'node:test';
import type { Page } from 'playwright-core';
import { PARTLY, RIGHT, STATEMENT, WRONG } from '../alignment/support.js';
import { readTruth } from '../support/groundTruth.js';
import { createWorkspaceWithLog } from './support/createWorkspaceWithLog.js';
import { type Session, startSession } from './support/startSession.js';

// The alignment audit end to end, against the real `drumbeat serve` (npm test builds it and the
// dashboard first): the leader creates an audit in the dashboard; three people without the
// token answer through their own links, each in a browser context of their own; the leader's
// page shows them right → partly right → wrong, with the gaps; a second submit is refused.
const LOG = 'gt-1002';
let session: Session;
let workspaceId: string;
let constraint: string;

before(async () => {
  session = await startSession();
  constraint = readTruth(LOG).constraint;
  workspaceId = await createWorkspaceWithLog(session, 'Support (gt-1002)', LOG);
  // An earlier audit with one (partly right) response, so that the page has a trend to draw.
  const earlier = await session.api(`/api/workspaces/${workspaceId}/audits`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      title: 'Q1 alignment',
      statement: STATEMENT,
      respondents: [{ team: 'Support', level: 'staff' }],
    }),
  });
  assert.equal(earlier.status, 201, await earlier.clone().text());
  const link = ((await earlier.json()) as { respondents: { link: string }[] }).respondents[0]!.link;
  const answered = await fetch(`${session.serve.url}${link.replace('/survey/', '/survey-api/')}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(PARTLY),
  });
  assert.equal(answered.status, 201);
});

after(async () => {
  await session?.close();
});

const PEOPLE = [
  { name: 'Ann', team: 'Support', level: 'lead', answers: RIGHT },
  { name: 'Bob', team: 'Engineering', level: 'staff', answers: PARTLY },
  { name: 'Cy', team: 'Engineering', level: 'staff', answers: WRONG },
];

/** A phone-sized or desktop context with no token anywhere: a respondent's browser. */
async function openSurvey(link: string, width: number, height: number): Promise<Page> {
  const context = await session.browser.newContext({ viewport: { width, height } });
  const page = await context.newPage();
  await page.goto(`${session.serve.url}${link}`);
  return page;
}

async function answer(page: Page, answers: typeof RIGHT): Promise<void> {
  await page.locator('textarea[name="constraint"]').fill(answers.constraint);
  await page.locator('textarea[name="strategy"]').fill(answers.strategy);
  await page.locator('textarea[name="success"]').fill(answers.success);
  await page.locator('textarea[name="contribution"]').fill(answers.contribution);
  await page.getByRole('button', { name: 'Send my answers' }).click();
}

test('a leader audits alignment: three respondents answer through their links, the page ranks them right, partly right, wrong', async () => {
  // The leader creates the audit in the dashboard, constraint left to the detected one.
  const leader = await session.openPage(`/workspaces/${workspaceId}/audits`);
  await leader.getByRole('heading', { name: 'Alignment audits' }).waitFor();
  await leader.getByLabel('Title').fill('Q2 alignment');
  await leader.locator('textarea[name="statement"]').fill(STATEMENT);
  for (const [i, p] of PEOPLE.entries()) {
    if (i > 0) await leader.getByRole('button', { name: 'Add respondent' }).click();
    await leader.getByLabel(`Name ${i + 1}`).fill(p.name);
    await leader.getByLabel(`Team ${i + 1}`).fill(p.team);
    await leader.getByLabel(`Level ${i + 1}`).fill(p.level);
  }
  await leader.getByRole('button', { name: 'Create audit and links' }).click();
  // The new audit is selected once created (the earlier one was shown before).
  await leader
    .locator('.audit-results h2', { hasText: 'Q2 alignment' })
    .waitFor({ timeout: 30_000 });
  const links = leader.locator('.survey-links input.link-field');
  assert.equal(await links.count(), 3);
  const urls = await Promise.all(PEOPLE.map((_, i) => links.nth(i).inputValue()));
  const paths = urls.map((u) => new URL(u).pathname);
  for (const p of paths) assert.match(p, /^\/survey\/[A-Za-z0-9_-]{43}$/);
  assert.match(
    (await leader.locator('.audit-results').textContent()) ?? '',
    new RegExp(`Constraint: ${constraint}`),
  );

  // Each respondent, in a context of their own without the token; Ann on a phone.
  const viewports = [
    [390, 844],
    [1280, 800],
    [1280, 800],
  ] as const;
  let twin: Page | undefined;
  for (const [i, p] of PEOPLE.entries()) {
    const [w, h] = viewports[i]!;
    const page = await openSurvey(paths[i]!, w, h);
    await page.locator('textarea[name="strategy"]').waitFor({ timeout: 15_000 });
    assert.doesNotMatch((await page.textContent('body')) ?? '', /Sign in|token/i);
    if (i === 0) {
      await page.screenshot({
        path: resolve(session.shots, 'audit-survey-phone.png'),
        fullPage: true,
      });
      // The same link open twice: the second tab's submit must be refused.
      twin = await openSurvey(paths[0]!, 1280, 800);
      await twin.locator('textarea[name="strategy"]').waitFor();
    }
    if (i === 1)
      await page.screenshot({
        path: resolve(session.shots, 'audit-survey-desktop.png'),
        fullPage: true,
      });
    await answer(page, p.answers);
    await page.getByText('Thank you — your answers are in.').waitFor();
    await page.context().close();
  }

  // A second submit through Ann's link is refused, and said so.
  await answer(twin!, WRONG);
  await twin!.getByText('This link has already been used to answer').waitFor();
  // Reopening the link shows it is used; the API says 409 too.
  await twin!.reload();
  await twin!.getByText('This link has already been used to answer. Thank you.').waitFor();
  await twin!.context().close();
  const again = await fetch(
    `${session.serve.url}${paths[0]!.replace('/survey/', '/survey-api/')}`,
    {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(RIGHT),
    },
  );
  assert.equal(again.status, 409);

  // The leader's page: right, partly right, wrong, with the gaps and the misunderstandings.
  for (const [name, width, height] of [
    ['desktop', 1280, 800],
    ['phone', 390, 844],
  ] as const) {
    const page = await session.openPage(`/workspaces/${workspaceId}/audits`, width, height);
    await page.addStyleTag({ content: '.app-header { position: static !important; }' });
    const rows = page.locator('.responses-table tbody tr');
    await rows.nth(2).waitFor({ timeout: 15_000 });
    assert.deepEqual(await page.locator('.responses-table .response-name').allTextContents(), [
      'Ann',
      'Bob',
      'Cy',
    ]);
    const scores = (await page.locator('.responses-table .response-score').allTextContents()).map(
      (s) => Number.parseFloat(s),
    );
    assert.ok(scores[0]! > scores[1]! && scores[1]! > scores[2]!, `scores ${scores}`);
    assert.match((await rows.nth(2).textContent()) ?? '', /Wrong: Triage/);
    assert.match((await rows.nth(2).textContent()) ?? '', /Maximise utilisation everywhere/);

    // Gaps: Engineering (partly right and wrong) is further from the statement than Support.
    const teams = page.locator('.group-table').first().locator('tbody tr');
    assert.deepEqual(await teams.locator('th').allTextContents(), ['Engineering', 'Support']);
    const gaps = (
      await page.locator('.group-table').first().locator('.group-gap').allTextContents()
    ).map((s) => Number.parseFloat(s));
    assert.ok(gaps[0]! > gaps[1]!, `gaps ${gaps}`);
    const misunderstandings = (await page.locator('.misunderstandings').textContent()) ?? '';
    assert.match(
      misunderstandings,
      new RegExp(`1 named Triage as the constraint instead of ${constraint}`),
    );
    assert.match(misunderstandings, /missed/);
    assert.match((await page.locator('.audit-facts').textContent()) ?? '', /3 of 3/);
    // The trend over the earlier audit and this one is drawn.
    await page.locator('.audit-trend canvas').first().waitFor({ timeout: 10_000 });
    const overflow = Number(
      await page.evaluate('document.documentElement.scrollWidth - window.innerWidth'),
    );
    assert.ok(overflow <= 1, `page is ${overflow}px wider than the ${name} screen`);
    await page.screenshot({
      path: resolve(session.shots, `audit-results-${name}.png`),
      fullPage: true,
    });
    await page.context().close();
  }
});

test('the strategy review carries the audit: score, naming, gap by team, the wrong stage named; exported with it', async () => {
  const page = await session.openPage(`/workspaces/${workspaceId}/strategy/review`);
  const section = page.locator('#review-alignment');
  await section.getByText('Q2 alignment: 3 of 3 answered').waitFor({ timeout: 15_000 });
  const text = (await section.textContent()) ?? '';
  assert.match(text, new RegExp(`named the constraint \\(${constraint}\\)`));
  assert.match(text, /Named instead of the constraint: Triage \(1\)/);
  assert.deepEqual(await section.locator('tbody tr td:first-child').allTextContents(), [
    'Engineering',
    'Support',
  ]);
  await page.screenshot({ path: resolve(session.shots, 'audit-in-review.png'), fullPage: true });
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Export HTML' }).click(),
  ]);
  const html = readFileSync((await file.path())!, 'utf8');
  assert.match(html, /Alignment/);
  assert.match(html, /Q2 alignment: 3 of 3 answered/);
  await page.context().close();
});
