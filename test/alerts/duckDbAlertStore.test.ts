import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { DuckDBInstance } from '@duckdb/node-api';
import type { Alert, AlertSettings, DeliveryAttempt } from '../../src/store/EventStore.js';
import { openEventStore } from '../../src/store/openEventStore.js';

const root = mkdtempSync(join(tmpdir(), 'drumbeat-alerts-'));
after(() => rmSync(root, { recursive: true, force: true }));

function alert(n: number): Alert {
  return {
    id: `a${n}`,
    rule: 'buffer-red',
    at: new Date(Date.UTC(2025, 2, 3, 9, n)).toISOString(),
    stage: 'Build',
    message: `alert ${n}`,
    details: { currentHours: n / 10, zone: 'red', known: true, missing: null },
  };
}

test('the DuckDB store keeps alert settings, alerts and deliveries across a restart', async () => {
  const dir = join(root, 'kept');
  let store = await openEventStore(dir);
  const w = await store.createWorkspace({ name: 'A' });
  const other = await store.createWorkspace({ name: 'B' });
  assert.equal(await store.getAlertSettings(w.id), undefined);
  const first: AlertSettings = { rules: [{ kind: 'buffer-red', enabled: true }], webhooks: [] };
  const second: AlertSettings = {
    rules: [{ kind: 'constraint-starved', enabled: true, minutes: 45 }],
    webhooks: [{ id: 'h', url: 'https://example.com/x', format: 'slack', secret: 'x'.repeat(16) }],
  };
  await store.saveAlertSettings(w.id, first);
  await store.saveAlertSettings(w.id, second);
  await store.appendAlerts(w.id, [alert(1), alert(2)]);
  await store.appendAlerts(w.id, [alert(3)]);
  await store.appendAlerts(other.id, [alert(9)]);
  const attempts: DeliveryAttempt[] = [
    { alertId: 'a1', webhookId: 'h', attempt: 1, at: alert(1).at, status: null, error: 'refused' },
    { alertId: 'a1', webhookId: 'h', attempt: 2, at: alert(2).at, status: 200 },
  ];
  await store.appendDeliveries(w.id, attempts);
  await store.close();

  store = await openEventStore(dir);
  try {
    assert.deepEqual(await store.getAlertSettings(w.id), second);
    assert.deepEqual(await store.listAlerts(w.id, 200), [alert(3), alert(2), alert(1)]);
    assert.deepEqual(await store.listAlerts(w.id, 2), [alert(3), alert(2)]);
    assert.deepEqual(await store.listAlerts(other.id, 200), [alert(9)]);
    assert.deepEqual(await store.listDeliveries(w.id, 500), [...attempts].reverse());

    await store.deleteWorkspace(w.id);
    assert.equal(await store.getAlertSettings(w.id), undefined);
    assert.deepEqual(await store.listAlerts(w.id, 200), []);
    assert.deepEqual(await store.listDeliveries(w.id, 500), []);
    assert.deepEqual(await store.listAlerts(other.id, 200), [alert(9)]);
  } finally {
    await store.close();
  }
});

test('a store from before alerts is migrated and keeps its events', async () => {
  const dir = join(root, 'old');
  let store = await openEventStore(dir);
  const w = await store.createWorkspace({ name: 'Old' });
  await store.appendEvents(w.id, [{ id: 'e1', case: 'c', activity: 'Step', time: 1_000 }]);
  await store.close();
  // Back to schema 2, as a Drumbeat without alerts left it.
  const db = await DuckDBInstance.create(join(dir, 'drumbeat.duckdb'));
  const connection = await db.connect();
  await connection.run(
    'DROP TABLE alert_settings; DROP TABLE alerts; DROP TABLE alert_deliveries; DROP SEQUENCE alert_log_seq; DELETE FROM schema_version WHERE version > 2',
  );
  // Later steps' tables go too, or migrating again would find them already there.
  await connection.run(
    'DROP TABLE strategy_statements; DROP TABLE strategy_items; DROP TABLE strategy_log; DROP SEQUENCE strategy_seq',
  );
  connection.disconnectSync();
  db.closeSync();

  store = await openEventStore(dir);
  try {
    assert.equal((await store.getWorkspace(w.id))?.events, 1);
    assert.deepEqual(await store.listAlerts(w.id, 200), []);
    await store.appendAlerts(w.id, [alert(1)]);
    assert.deepEqual(await store.listAlerts(w.id, 200), [alert(1)]);
  } finally {
    await store.close();
  }
});
