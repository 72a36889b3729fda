import assert from 'node:assert/strict';
import { resolve } from 'node:path';
import { after, before, test } from 'node:test';
import { readTruth } from '../support/groundTruth.js';
import { createWorkspaceWithLog } from './support/createWorkspaceWithLog.js';
import { type Session, startSession } from './support/startSession.js';

// The "Subordinate everything to the constraint" section against the real `drumbeat serve`
// (npm test builds it and the dashboard first) and a simulated log whose constraint is known.
const LOG = 'gt-1002';
let session: Session;
let SHOTS: string;
let workspaceId: string;
let constraint: string;

before(async () => {
  session = await startSession();
  SHOTS = session.shots;
  constraint = readTruth(LOG).constraint;
  workspaceId = await createWorkspaceWithLog(session, 'Support (gt-1002)', LOG);
});

after(async () => {
  await session?.close();
});

const api = (path: string, init?: RequestInit) => session.api(path, init);
const openDashboard = (width: number, height: number) =>
  session.openPage(`/workspaces/${workspaceId}`, width, height);

test('the subordination section shows the buffer fever chart and the starved time of the known constraint, on desktop and phone', async () => {
  for (const [name, width, height] of [
    ['desktop', 1280, 800],
    ['phone', 390, 844],
  ] as const) {
    const page = await openDashboard(width, height);
    const section = page.locator('section.subordination');
    await section.waitFor({ timeout: 30_000 });
    // The sticky header would cover part of each element screenshot.
    await page.addStyleTag({ content: '.app-header { position: static !important; }' });
    await page.getByRole('heading', { name: 'Subordinate everything to the constraint' }).waitFor();

    // The fever chart: drawn (a canvas), about the constraint, with the zone in words.
    const fever = section.locator('.buffer-fever');
    await fever.locator('canvas').first().waitFor({ timeout: 10_000 });
    const feverText = (await fever.textContent()) ?? '';
    assert.match(feverText, new RegExp(`ready for ${constraint}`));
    assert.match(feverText, /(Green|Yellow|Red) zone/);
    assert.match(feverText, /Expedite the items closest to the constraint/);

    // Idle and starved time of the same stage, with both totals in hours.
    const starvation = section.locator('.starvation-panel');
    assert.equal(await starvation.locator('.starvation-stage').textContent(), constraint);
    const starvationText = (await starvation.textContent()) ?? '';
    assert.match(starvationText, /Idle\s*[\d,.]+ h/);
    assert.match(starvationText, /Starved\s*[\d,.]+ h/);

    // Spare capacity, release against the rope, and the alerts panel (live routes or the note).
    await section.locator('.spare-capacity canvas').first().waitFor();
    assert.match(
      (await section.locator('.release-panel').textContent()) ?? '',
      /Work-in-progress caps/,
    );
    const alerts = section.locator('.alerts-panel');
    await alerts
      .getByText(/Alerts are not available on this server|Recent alerts/)
      .first()
      .waitFor({ timeout: 10_000 });

    // Where the server has the alert routes (docs/api.md, "Alerts"), a webhook added in the
    // editor is stored; where it has not, the panel says so instead of showing an error.
    if (name === 'desktop' && (await alerts.getByText('Rules and webhooks').count()) > 0) {
      await alerts.getByRole('button', { name: 'Add webhook' }).click();
      await alerts.getByLabel('URL').last().fill('https://hooks.example.com/drumbeat-e2e');
      await alerts.getByRole('button', { name: 'Save alert settings' }).click();
      await alerts.getByText('Saved').waitFor({ timeout: 10_000 });
      const stored = (await (
        await api(`/api/workspaces/${workspaceId}/alert-settings`)
      ).json()) as { webhooks: Array<{ url: string; secret: string }> };
      const hook = stored.webhooks.find((w) => w.url === 'https://hooks.example.com/drumbeat-e2e');
      assert.ok(hook, 'the webhook added in the editor is stored');
      assert.ok(hook.secret.length >= 16, 'a signing secret was generated');
      await alerts.screenshot({ path: resolve(SHOTS, `${LOG}-alerts-${name}.png`) });
    }

    const overflow = Number(
      await page.evaluate('document.documentElement.scrollWidth - window.innerWidth'),
    );
    assert.ok(overflow <= 1, `page is ${overflow}px wider than the ${name} screen`);
    await section.screenshot({ path: resolve(SHOTS, `${LOG}-subordination-${name}.png`) });

    // The buffer target is kept with the workspace: set it, see the chart follow, derive it again.
    if (name === 'desktop') {
      const form = fever.getByRole('form', { name: 'Buffer target' });
      await form.getByLabel(/Target \(hours of/).fill('12');
      await form.getByRole('button', { name: 'Set target' }).click();
      await fever.getByText('Target 12 h, set for this workspace').waitFor({ timeout: 15_000 });
      const stored = (await (await api(`/api/workspaces/${workspaceId}`)).json()) as {
        bufferTargetHours: number | null;
      };
      assert.equal(stored.bufferTargetHours, 12);
      await form.getByRole('button', { name: 'Derive it from the log' }).click();
      await fever.getByText(/derived from how late upstream work/).waitFor({ timeout: 15_000 });
    }
    await page.context().close();
  }
});
