import assert from 'node:assert/strict';
import { resolve } from 'node:path';
import { after, before, test } from 'node:test';
import { readTruth } from '../support/groundTruth.js';
import { createWorkspaceWithLog } from './support/createWorkspaceWithLog.js';
import { type Session, startSession } from './support/startSession.js';

// The what-if panel against the real `drumbeat serve` (npm test builds it and the dashboard
// first). gt-1002 has an internal constraint, Reproduction, with one server; with two, the
// ground truth's utilisations make Customer Confirmation the busiest stage.
const LOG = 'gt-1002';
let session: Session;
let workspaceId: string;
let truth: { constraint: string; rho: Record<string, number> };

before(async () => {
  session = await startSession();
  truth = readTruth(LOG);
  workspaceId = await createWorkspaceWithLog(session, 'Support (gt-1002)', LOG);
});

after(async () => {
  await session?.close();
});

for (const [width, height] of [
  [1280, 800],
  [390, 844],
] as const) {
  test(`what-if at ${width}×${height}: one more server at the constraint names the next constraint, first answer within 2 s, then refined`, async (t) => {
    const next = Object.entries({
      ...truth.rho,
      [truth.constraint]: truth.rho[truth.constraint]! / 2,
    }).sort((a, b) => b[1] - a[1])[0]![0];
    const page = await session.openPage(`/workspaces/${workspaceId}`, width, height);
    const panel = page.locator('#whatif');
    await panel.waitFor({ timeout: 30_000 });
    await panel.scrollIntoViewIfNeeded();
    await panel.locator('select[name="change"]').selectOption('add');
    await panel.locator('select[name="stage"]').selectOption(truth.constraint);
    await panel.locator('input[name="amount"]').fill('1');
    const clicked = performance.now();
    await panel.getByRole('button', { name: 'Simulate' }).click();
    const verdict = panel.getByTestId('whatif-verdict');
    await verdict.waitFor({ timeout: 10_000 });
    const firstAnswerMs = performance.now() - clicked;
    t.diagnostic(`first answer ${Math.round(firstAnswerMs)} ms after the click`);
    await panel.getByText(/30 replications of 52 weeks/).waitFor({ timeout: 120_000 });
    t.diagnostic(
      `all 30 replications ${Math.round(performance.now() - clicked)} ms after the click`,
    );
    const text = await verdict.innerText();
    assert.match(text, new RegExp(`from ${truth.constraint} to ${next}`));
    const table = await panel.locator('table').first().innerText();
    assert.match(table, /Throughput per week/);
    assert.match(table, /85th percentile/);
    await panel.screenshot({
      path: resolve(session.shots, `whatif-${LOG}-${width}x${height}.png`),
    });
    await page.context().close();
  });
}
