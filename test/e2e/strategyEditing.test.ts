import assert from 'node:assert/strict';
import { resolve } from 'node:path';
import { after, before, test } from 'node:test';
import type { Page } from 'playwright-core';
import { createWorkspaceWithLog } from './support/createWorkspaceWithLog.js';
import { fillForm } from './support/fillForm.js';
import { type Session, startSession } from './support/startSession.js';

// A leader corrects a strategy already written (through the API, as another leader would have)
// on the pages alone: objectives, key results, team metrics and initiatives edited and deleted
// in place, the register confirmed then overridden, against gt-1003 (constraint: QA).
const LOG = 'gt-1003';
let session: Session;
let workspaceId: string;

const post = async (path: string, body: unknown): Promise<string> => {
  const response = await session.api(`/api/workspaces/${workspaceId}/strategy/${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  assert.equal(response.status, 201, await response.clone().text());
  return ((await response.json()) as { id: string }).id;
};

let company: string;
let team: string;

before(async () => {
  session = await startSession();
  workspaceId = await createWorkspaceWithLog(session, 'Delivery', LOG);

  company = await post('objectives', {
    title: 'Ship more every week',
    level: 'company',
    owner: 'Ana',
  });
  team = await post('objectives', {
    title: 'QA never waits for work or tools',
    level: 'team',
    team: 'QA team',
    parentId: company,
    owner: 'Bo',
  });
  // QA finishes 189.75 items a week (docs/strategy.md): half way from 149.75 to 229.75.
  await post('key-results', {
    objectiveId: company,
    title: 'QA finishes 230 items a week',
    stage: 'QA',
    source: 'live',
    liveMetric: 'constraint-throughput-per-week',
    start: 149.75,
    target: 229.75,
  });
  const tests = await post('key-results', {
    objectiveId: team,
    title: 'Regression tests automated',
    stage: 'QA',
    source: 'check-in',
    start: 0,
    target: 100,
    unit: 'tests',
  });
  await post(`key-results/${tests}/check-ins`, {
    value: 40,
    confidence: 0.6,
    note: 'Two suites left',
    by: 'Bo',
  });
  await post('team-metrics', {
    team: 'Developers',
    stage: 'Development',
    name: 'Developer utilisation',
    target: '90 %',
  });
  await post('team-metrics', {
    team: 'QA team',
    stage: 'QA',
    name: 'Tickets touched',
    target: '300',
  });
  for (const [title, stage, effort] of [
    ['Second QA shift', 'QA', 3],
    ['Faster Development builds', 'Development', 2],
  ] as const) {
    await post('initiatives', {
      title,
      step: 'elevate',
      owner: 'Cy',
      stage,
      effort,
      status: 'active',
    });
  }
});

after(async () => {
  await session?.close();
});

const shot = async (page: Page, name: string) => {
  await page.addStyleTag({ content: '.app-header { position: static !important; }' });
  await page.screenshot({
    path: resolve(session.shots, `strategy-editing-${name}.png`),
    fullPage: true,
  });
};

/** Waits for the progress bar of `name` to read `percent` (null: no value yet, a dash). */
async function progressReads(page: Page, name: string, percent: string | null): Promise<void> {
  const bar = page.getByRole('progressbar', { name: `Progress of ${name}`, exact: true });
  let now: string | null = null;
  for (const deadline = Date.now() + 10_000; Date.now() < deadline; ) {
    now = await bar.getAttribute('aria-valuenow');
    if (now === percent) return;
    await page.waitForTimeout(100);
  }
  assert.equal(now, percent, `progress of ${name}`);
}

/** The text of the element holding the focus. */
const focusedText = (page: Page) => page.evaluate('document.activeElement?.textContent ?? null');

const phoneFits = async (page: Page, name: string) => {
  const overflow = Number(
    await page.evaluate('document.documentElement.scrollWidth - window.innerWidth'),
  );
  // On failure, name the widest offenders (innermost first) so the fix is obvious.
  const wide =
    overflow <= 1
      ? ''
      : await page.evaluate(`[...document.querySelectorAll('body *')]
          .filter((e) => e.getBoundingClientRect().right > window.innerWidth + 1)
          .slice(-5)
          .map((e) => e.tagName + '.' + e.className + ' ' + Math.round(e.getBoundingClientRect().right))
          .join(', ')`);
  assert.ok(overflow <= 1, `${name}: the page is ${overflow}px wider than the phone: ${wide}`);
};

test('a leader edits and deletes objectives and key results on the OKR page; the roll-up follows', async () => {
  const page = await session.openPage(`/workspaces/${workspaceId}/strategy/okrs`);
  await page
    .getByRole('heading', { name: 'Objectives and key results' })
    .waitFor({ timeout: 30_000 });
  await progressReads(page, 'QA finishes 230 items a week', '50');
  await progressReads(page, 'Regression tests automated', '40');
  await progressReads(page, 'Ship more every week', '45');

  // Keyboard: Enter on Edit opens the form with focus in its first field; Escape closes it.
  const editTests = page.getByRole('button', {
    name: 'Edit key result Regression tests automated',
  });
  await editTests.focus();
  await page.keyboard.press('Enter');
  const krForm = page.getByRole('form', { name: 'Edit key result Regression tests automated' });
  await krForm.waitFor();
  // The focus is inside the form (on its first field).
  assert.equal(await krForm.locator(':focus').count(), 1);
  await page.keyboard.press('Escape');
  await krForm.waitFor({ state: 'detached' });
  // Focus is back on the button that opened it.
  assert.equal(await focusedText(page), 'Edit');

  // Switching a check-in key result to a live metric says what becomes of its check-ins.
  await editTests.click();
  await fillForm(krForm, { 'Measured by': 'Live: Constraint throughput per week' });
  await krForm
    .getByText(
      'Its check-ins so far (1) stay in the history but do not count while it follows the live metric',
    )
    .waitFor();
  assert.equal(await krForm.getByRole('textbox', { name: 'Unit', exact: true }).count(), 0);
  await fillForm(krForm, { 'Measured by': 'Check-ins (value, confidence, note)' });

  // The server's refusal stays beside the form, with what was typed.
  await fillForm(krForm, { 'Key result': '   ', Target: '50' });
  await krForm.getByRole('button', { name: 'Save' }).click();
  const refused = krForm.getByRole('alert');
  await refused.waitFor();
  assert.match(
    (await refused.textContent()) ?? '',
    /Saving the key result failed.*"title".*must not be empty.*HTTP 400/,
  );
  assert.equal(
    await krForm.getByRole('spinbutton', { name: 'Target', exact: true }).inputValue(),
    '50',
  );

  // Target 100 → 50: 40 tests are now 80 % of the way; the team objective and the company follow.
  await fillForm(krForm, { 'Key result': 'Regression tests automated' });
  await krForm.getByRole('button', { name: 'Save' }).click();
  await krForm.waitFor({ state: 'detached' });
  await progressReads(page, 'Regression tests automated', '80');
  await progressReads(page, 'QA never waits for work or tools', '80');
  await progressReads(page, 'Ship more every week', '65');

  // The team objective renamed and handed to another team, in place.
  await page
    .getByRole('button', { name: 'Edit objective QA never waits for work or tools' })
    .click();
  const objForm = page.getByRole('form', {
    name: 'Edit objective QA never waits for work or tools',
  });
  assert.equal(
    await objForm.getByRole('combobox', { name: 'Parent objective', exact: true }).inputValue(),
    company,
  );
  // It cannot be put under itself: only the company objective (and none) are offered.
  assert.deepEqual(
    await objForm
      .getByRole('combobox', { name: 'Parent objective', exact: true })
      .locator('option')
      .allTextContents(),
    ['None (top level)', 'Ship more every week'],
  );
  await fillForm(objForm, { Objective: 'QA never waits for work', Team: 'QA guild' });
  await objForm.getByRole('button', { name: 'Save' }).click();
  await objForm.waitFor({ state: 'detached' });
  const teamNode = page
    .getByTestId('objective')
    .filter({ hasText: 'QA never waits for work' })
    .last();
  await teamNode.locator('.badge').getByText('QA guild', { exact: true }).waitFor();
  assert.equal(await page.getByText('QA never waits for work or tools').count(), 0);
  await shot(page, 'okrs-edited');

  // The company objective has children: the confirmation says so, and offers no delete.
  await page.getByRole('button', { name: 'Delete objective Ship more every week' }).click();
  const blocked = page.getByRole('region', {
    name: 'Delete the objective “Ship more every week”?',
  });
  assert.match(
    (await blocked.textContent()) ?? '',
    /cannot be deleted yet\. It still has 1 key result and 1 child objective\. .*delete them, or move them under another objective with Edit, first/,
  );
  assert.equal(await blocked.getByRole('button', { name: 'Delete' }).count(), 0);
  // Focus rests on the safe choice.
  assert.equal(await focusedText(page), 'Close');
  await page.keyboard.press('Escape');
  await blocked.waitFor({ state: 'detached' });
  assert.equal(await focusedText(page), 'Delete');

  // Deleting the key result: its check-in leaves the roll-up, and the confirmation said so.
  await page.getByRole('button', { name: 'Delete key result Regression tests automated' }).click();
  const krDelete = page.getByRole('region', {
    name: 'Delete the key result “Regression tests automated”?',
  });
  assert.match(
    (await krDelete.textContent()) ?? '',
    /“QA never waits for work” rolls up without it\. Its check-ins \(1\) stay in the check-in log/,
  );
  await shot(page, 'okrs-confirm-delete');
  await krDelete.getByRole('button', { name: 'Delete' }).click();
  await page
    .getByTestId('key-result')
    .filter({ hasText: 'Regression tests automated' })
    .waitFor({ state: 'detached' });
  await progressReads(page, 'QA never waits for work', null);
  await progressReads(page, 'Ship more every week', '50');

  // Meanwhile another leader adds a key result to the team objective: the delete is refused,
  // the reason shown beside the question, and the page reloads to show what was added.
  await page.getByRole('button', { name: 'Delete objective QA never waits for work' }).click();
  const teamDelete = page.getByRole('region', {
    name: 'Delete the objective “QA never waits for work”?',
  });
  assert.match(
    (await teamDelete.textContent()) ?? '',
    /Nothing hangs off it\. “Ship more every week” rolls up without it/,
  );
  const late = await post('key-results', {
    objectiveId: team,
    title: 'Flaky tests fixed',
    stage: 'QA',
    source: 'check-in',
    start: 0,
    target: 20,
  });
  await teamDelete.getByRole('button', { name: 'Delete' }).click();
  await teamDelete
    .getByRole('alert')
    .getByText(/has child objectives or key results.*HTTP 409/)
    .waitFor();
  await page.getByTestId('key-result').filter({ hasText: 'Flaky tests fixed' }).waitFor();
  await teamDelete.getByText('It still has 1 key result').waitFor();

  // Once it is removed too, the team objective goes, and the company rolls up without it.
  await page.getByRole('button', { name: 'Delete key result Flaky tests fixed' }).click();
  await page
    .getByRole('region', { name: 'Delete the key result “Flaky tests fixed”?' })
    .getByRole('button', { name: 'Delete' })
    .click();
  await page
    .getByTestId('key-result')
    .filter({ hasText: 'Flaky tests fixed' })
    .waitFor({ state: 'detached' });
  assert.ok(late.length > 0);
  await page
    .getByRole('region', { name: 'Delete the objective “QA never waits for work”?' })
    .getByRole('button', { name: 'Delete' })
    .click();
  await page
    .getByTestId('objective')
    .locator('strong')
    .getByText('QA never waits for work', { exact: true })
    .waitFor({ state: 'detached' });
  assert.equal(await page.getByTestId('objective').count(), 1);
  await progressReads(page, 'Ship more every week', '50');
  await page.close();
});

test('a leader edits and deletes team metrics; the verdicts and contributions follow', async () => {
  const page = await session.openPage(`/workspaces/${workspaceId}/strategy/incentives`);
  const rows = page.getByTestId('incentive');
  await rows.first().waitFor({ timeout: 30_000 });
  const verdictOf = async (metric: string) =>
    (await rows.filter({ hasText: metric }).locator('.badge').textContent()) ?? '';
  assert.equal(await verdictOf('Tickets touched'), 'Counts activity');
  assert.equal(await verdictOf('Developer utilisation'), 'Local efficiency only');

  // "Tickets touched" becomes an outcome at the constraint: it now raises throughput.
  await page.getByRole('button', { name: 'Edit team metric Tickets touched (QA team)' }).click();
  const form = page.getByRole('form', { name: 'Edit team metric Tickets touched (QA team)' });
  assert.equal(
    await form.getByRole('textbox', { name: 'Team', exact: true }).inputValue(),
    'QA team',
  );
  await fillForm(form, { Metric: 'Items completed at QA per week', Target: ' ' });
  await form.getByRole('button', { name: 'Save' }).click();
  await form
    .getByRole('alert')
    .getByText(/"target".*must not be empty.*HTTP 400/)
    .waitFor();
  await fillForm(form, { Target: '≥ 200 a week' });
  await shot(page, 'incentives-edit');
  await form.getByRole('button', { name: 'Save' }).click();
  await form.waitFor({ state: 'detached' });
  await rows.filter({ hasText: 'Items completed at QA per week' }).waitFor();
  assert.equal(await verdictOf('Items completed at QA per week'), 'Raises constraint throughput');
  assert.equal(await rows.filter({ hasText: 'Tickets touched' }).count(), 0);

  // Deleting the utilisation target takes the Developers out of the contribution table.
  const contribution = page.getByRole('table').filter({ hasText: 'Towards throughput' });
  await contribution.getByText('Developers (Development').waitFor();
  await page
    .getByRole('button', { name: 'Delete team metric Developer utilisation (Developers)' })
    .click();
  const confirm = page.getByRole('region', {
    name: 'Delete the team metric “Developer utilisation” of Developers?',
  });
  assert.match(
    (await confirm.textContent()) ?? '',
    /Its verdict leaves this page and Developers \(Development\) leaves the contribution table/,
  );
  await confirm.getByRole('button', { name: 'Delete' }).click();
  await rows.filter({ hasText: 'Developer utilisation' }).waitFor({ state: 'detached' });
  assert.equal(await rows.count(), 1);
  assert.equal(await contribution.getByText('Developers (Development').count(), 0);
  await contribution.getByText('QA team (QA, constraint)').waitFor();
  await page.close();
});

test('a leader edits an initiative in place; aimed at the constraint, the triage stops flagging it', async () => {
  const page = await session.openPage(`/workspaces/${workspaceId}/strategy`);
  await page.getByRole('heading', { name: 'Strategy statement' }).waitFor({ timeout: 30_000 });
  await page.getByRole('button', { name: 'Edit Faster Development builds' }).click();
  const form = page.getByRole('form', { name: 'Edit initiative Faster Development builds' });
  await fillForm(form, {
    Title: 'Automated QA environments',
    'Target stage': 'QA (constraint)',
    Owner: 'Di',
    'Expected effect on constraint throughput (items/week)': '12',
    'Effort (person-weeks)': '4',
  });
  await form.getByRole('button', { name: 'Save' }).click();
  await form.waitFor({ state: 'detached' });
  await page.getByText('Automated QA environments').waitFor();
  const item = page
    .getByRole('region', { name: '4. Elevate' })
    .locator('li', { hasText: 'Automated QA environments' });
  assert.match((await item.textContent()) ?? '', /QA · Di · 4 pw · \+12\/week/);
  assert.equal(await item.getAttribute('class'), 'at-constraint');
  await shot(page, 'plan-edited');

  // Removing asks first, and points to "stopped" for keeping a record.
  await page.getByRole('button', { name: 'Remove Second QA shift' }).click();
  const remove = page.getByRole('region', { name: 'Delete the initiative “Second QA shift”?' });
  assert.match((await remove.textContent()) ?? '', /set its status to stopped instead/);
  await remove.getByRole('button', { name: 'Cancel' }).click();
  await remove.waitFor({ state: 'detached' });
  await page.getByRole('button', { name: 'Remove Automated QA environments' }).click();
  await page
    .getByRole('region', { name: 'Delete the initiative “Automated QA environments”?' })
    .getByRole('button', { name: 'Delete' })
    .click();
  await page
    .locator('.initiative-list li', { hasText: 'Automated QA environments' })
    .waitFor({ state: 'detached' });
  assert.equal(await page.locator('.initiative-list li').count(), 1);
  await page
    .getByRole('navigation', { name: 'Strategy pages' })
    .getByRole('link', { name: 'Triage' })
    .click();
  await page.getByText('Nothing flagged: the plan is aimed at the constraint.').waitFor();
  assert.equal(await page.getByTestId('focus-share').textContent(), '100%');
  await page.close();
});

test('the register records type, permanence and owner with each entry, and shows its whole history', async () => {
  const page = await session.openPage(`/workspaces/${workspaceId}/strategy/register`);
  const form = page.getByRole('form', { name: 'Confirm or override the constraint' });
  await form.waitFor({ timeout: 30_000 });
  await fillForm(form, {
    Type: 'skill',
    'Temporary or structural': 'temporary',
    Owner: 'Bo',
    'Your name': 'Ana',
  });
  await form.getByRole('button', { name: 'Confirm' }).click();
  await page.getByTestId('register-status').filter({ hasText: 'confirmed' }).waitFor();
  // The radio is drawn as a segmented button: a person clicks its label.
  await form.locator('.segmented label', { hasText: 'Override' }).click();
  await fillForm(form, {
    Stage: 'Development',
    Type: 'policy',
    'Temporary or structural': 'structural',
    Owner: 'Cy',
    'Your name': 'Di',
    Reason: 'a merge freeze holds work in Development',
  });
  await form.getByRole('button', { name: 'Override' }).click();
  await page.getByTestId('register-status').filter({ hasText: 'overridden' }).waitFor();
  assert.equal(await page.getByTestId('register-stage').textContent(), 'Development');

  const history = page.getByTestId('register-history');
  const cells = async (i: number) =>
    (await history.nth(i).locator('td').allTextContents()).map((t) => t.trim());
  assert.equal(await history.count(), 3);
  const [start, confirmed, overridden] = [await cells(0), await cells(1), await cells(2)];
  assert.deepEqual(start.slice(1), ['detected', 'QA', '', 'analysis', '']);
  assert.deepEqual(confirmed.slice(1), ['confirm', 'QA', 'skill, temporary; owner Bo', 'Ana', '']);
  assert.deepEqual(overridden.slice(1), [
    'override',
    'Development',
    'policy, structural; owner Cy',
    'Di',
    'a merge freeze holds work in Development',
  ]);
  // A person's entry is timed to the minute: two in a day stay in order.
  assert.match(confirmed[0] ?? '', /\d{1,2}:\d{2}/);
  await shot(page, 'register-history');
  await page.close();
});

test('editing and confirming fit a phone', async () => {
  for (const [path, open] of [
    ['okrs', 'Edit key result QA finishes 230 items a week'],
    ['incentives', 'Edit team metric Items completed at QA per week (QA team)'],
    ['', 'Edit Second QA shift'],
    ['register', null],
  ] as const) {
    const page = await session.openPage(
      `/workspaces/${workspaceId}/strategy${path === '' ? '' : `/${path}`}`,
      390,
      844,
    );
    await page.locator('.panel').first().waitFor({ timeout: 30_000 });
    if (open !== null) {
      await page.getByRole('button', { name: open }).click();
      await page.locator('.edit-form').waitFor();
    }
    await phoneFits(page, path || 'plan');
    await shot(page, `${path || 'plan'}-phone`);
    await page.close();
  }
});
