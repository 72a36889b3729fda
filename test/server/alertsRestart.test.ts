import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { startServer } from '../../src/server/startServer.js';
import type { Alert } from '../../src/store/EventStore.js';
import { openEventStore } from '../../src/store/openEventStore.js';
import { eventually } from '../alerts/support/webhookReceiver.js';
import { sampleEvents } from './support/sampleEvents.js';

const root = mkdtempSync(join(tmpdir(), 'drumbeat-alerts-restart-'));
after(() => rmSync(root, { recursive: true, force: true }));

test('rules run on start-up, and a restart does not raise again what was just raised', async () => {
  const store = await openEventStore(root);
  try {
    // Events stored while no server ran (as `drumbeat import` does without one).
    const w = await store.createWorkspace({ name: 'Offline' });
    await store.appendEvents(
      w.id,
      sampleEvents(10).map((e) => ({ ...e, time: Date.parse(e.timestamp) })),
    );
    const token = 'test-token-0123456789';
    const list = async (url: string) =>
      (await (
        await fetch(`${url}/api/workspaces/${w.id}/alerts`, {
          headers: { authorization: `Bearer ${token}` },
        })
      ).json()) as Alert[];

    const first = await startServer({ store, token, port: 0 });
    const raised = await eventually(async () => {
      const alerts = await list(first.url);
      return alerts.length > 0 ? alerts : undefined;
    }, 'alerts raised on start-up');
    await first.close();

    const second = await startServer({ store, token, port: 0 });
    try {
      // The start-up evaluation runs within about a second; give it three.
      await new Promise((resolve) => setTimeout(resolve, 3_000));
      assert.deepEqual(await list(second.url), raised);
    } finally {
      await second.close();
    }
  } finally {
    await store.close();
  }
});
