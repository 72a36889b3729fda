import assert from 'node:assert/strict';
import { resolve } from 'node:path';
import { after, before, test } from 'node:test';
import { type GroundTruth, readTruth } from '../support/groundTruth.js';
import { createWorkspaceWithLog } from './support/createWorkspaceWithLog.js';
import { type Session, startSession } from './support/startSession.js';

// The constraint timeline and the forecast panel against the real `drumbeat serve` (npm test
// builds it and the dashboard first), on a ground-truth log whose constraint moved.
const LOG = 'gt-1009';
const DAY = 86_400_000;
let session: Session;
let workspaceId: string;
/** gt-1009 is a shift log: its truth has the move's date and the constraint after it. */
let truth: Required<GroundTruth>;

before(async () => {
  session = await startSession();
  truth = readTruth(LOG) as Required<GroundTruth>;
  workspaceId = await createWorkspaceWithLog(session, 'Marketplace onboarding (gt-1009)', LOG);
});

after(async () => {
  await session?.close();
});

test('the timeline shows the move from the old to the new constraint on the right date, with the people added, on desktop and phone', async () => {
  for (const [name, width, height] of [
    ['desktop', 1280, 800],
    ['phone', 390, 844],
  ] as const) {
    const page = await session.openPage(`/workspaces/${workspaceId}`, width, height);
    await page.addStyleTag({ content: '.app-header { position: static !important; }' });
    const panel = page.locator('.constraint-timeline');
    await panel.locator('.timeline-move').first().waitFor({ timeout: 30_000 });
    assert.equal((await panel.locator('canvas').count()) > 0, true, 'the Gantt chart is drawn');

    // The two periods: the old constraint up to the move, the new one after it.
    const periods = await panel.locator('.timeline-periods li').allInnerTexts();
    assert.equal(periods.length, 2, periods.join('\n'));
    assert.match(periods[0]!, new RegExp(`^${truth.constraint} was the constraint`));
    assert.match(periods[1]!, new RegExp(`^${truth.constraint_after} was the constraint`));

    // The move, explained, on the day the truth says (within 7 days).
    const move = panel.locator('.timeline-move').first();
    assert.match(
      await move.innerText(),
      new RegExp(`${truth.constraint} → ${truth.constraint_after}`),
    );
    assert.ok((await move.locator('.evidence li').count()) >= 2, 'the move is explained');
    const movedAt = await move.locator('time').getAttribute('datetime');
    assert.ok(
      Math.abs(Date.parse(movedAt ?? '') - Date.parse(truth.shift_at)) <= 7 * DAY,
      `moved at ${movedAt}, truth ${truth.shift_at}`,
    );

    // The new pattern behind it: people added to the old constraint, on that day too.
    const change = panel.locator('.timeline-change', { hasText: `${truth.constraint}: people up` });
    assert.equal(await change.count(), 1, await panel.innerText());
    const changedAt = await change.locator('time').getAttribute('datetime');
    assert.ok(Math.abs(Date.parse(changedAt ?? '') - Date.parse(truth.shift_at)) <= 7 * DAY);

    await panel.scrollIntoViewIfNeeded();
    await panel.screenshot({ path: resolve(session.shots, `timeline-${LOG}-${name}.png`) });
    await page.context().close();
  }
});

test('a forecast asked in the panel shows its 85 % figures, the same as the API gives, and its distribution', async () => {
  for (const [name, width, height] of [
    ['desktop', 1280, 800],
    ['phone', 390, 844],
  ] as const) {
    const page = await session.openPage(`/workspaces/${workspaceId}`, width, height);
    await page.addStyleTag({ content: '.app-header { position: static !important; }' });
    const panel = page.locator('.forecast-panel');
    await panel.locator('.forecast-table').waitFor({ timeout: 30_000 });

    // Ask: the next 120 items, and how many by 30 days after the last event.
    const end = (
      (await (await session.api(`/api/workspaces/${workspaceId}/analysis`)).json()) as {
        log: { end: string };
      }
    ).log.end;
    const date = new Date(Math.floor(Date.parse(end) / DAY) * DAY + 30 * DAY)
      .toISOString()
      .slice(0, 10);
    await panel.getByLabel('Items to finish').fill('120');
    await panel.getByLabel('Finished by').fill(date);
    await panel.getByRole('button', { name: 'Forecast' }).click();
    const howManyRow = panel.locator('tr[data-row="how-many"]').first();
    await howManyRow.waitFor({ timeout: 30_000 });

    const expected = (await (
      await session.api(`/api/workspaces/${workspaceId}/forecast?items=120&date=${date}`)
    ).json()) as {
      days: number;
      stream: { when: { p85Date: string }; howMany: { p85: number } };
    };
    assert.equal(expected.days, 30);
    const whenRow = panel.locator('tr[data-row="when"]').first();
    assert.match(await whenRow.innerText(), /the next 120 done by/);
    // Columns: question, 50 %, 85 %, 95 %.
    assert.match(
      await whenRow.locator('td').nth(1).innerText(),
      new RegExp(expected.stream.when.p85Date),
    );
    assert.equal(
      (await howManyRow.locator('td').nth(1).innerText()).trim(),
      String(expected.stream.howMany.p85),
    );
    assert.match(await howManyRow.innerText(), new RegExp(`by ${date}`));
    // One histogram per question, drawn.
    assert.equal(await panel.locator('canvas').count(), 2);

    await panel.scrollIntoViewIfNeeded();
    await panel.screenshot({ path: resolve(session.shots, `forecast-${LOG}-${name}.png`) });
    await page.screenshot({ path: resolve(session.shots, `timeline-forecast-${name}.png`) });

    // A shorter history: the panel asks for it and shows the server's figures for it.
    await panel.getByLabel('History drawn from').selectOption('30');
    await panel.getByRole('button', { name: 'Forecast' }).click();
    await panel
      .getByTestId('forecast-history')
      .filter({ hasText: 'last 30 days' })
      .waitFor({ timeout: 30_000 });
    const recent = (await (
      await session.api(`/api/workspaces/${workspaceId}/forecast?items=120&date=${date}&history=30`)
    ).json()) as { stream: { howMany: { p85: number } } };
    assert.equal(
      (await howManyRow.locator('td').nth(1).textContent())?.trim(),
      String(recent.stream.howMany.p85),
    );

    // A question the server refuses is said in words, not swallowed.
    await panel.getByLabel('Items to finish').fill('');
    await panel.getByLabel('Finished by').fill('2020-01-01');
    await panel.getByRole('button', { name: 'Forecast' }).click();
    await panel
      .getByRole('alert')
      .filter({ hasText: /date.*after the last event/ })
      .waitFor();
    // An empty one is refused before it is sent.
    await panel.getByLabel('Finished by').fill('');
    await panel.getByRole('button', { name: 'Forecast' }).click();
    await panel
      .getByRole('alert')
      .filter({ hasText: /items, a date, or both/ })
      .waitFor();
    await page.context().close();
  }
});
