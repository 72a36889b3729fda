import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, test } from 'node:test';
import { defaultAlertRules } from '../../src/core/alerts/defaultAlertRules.js';
import { type RunningServer, startServer } from '../../src/server/startServer.js';
import type { Alert } from '../../src/store/EventStore.js';
import { eventually } from '../alerts/support/webhookReceiver.js';
import { sharedPath } from '../support/sharedData.js';
import { MemoryEventStore } from './support/MemoryEventStore.js';

const token = 'test-token-0123456789';
let server: RunningServer;

before(async () => {
  server = await startServer({ store: new MemoryEventStore(), token, port: 0 });
});
after(() => server.close());

async function send(method: string, path: string, body?: unknown, raw?: Buffer) {
  const response = await fetch(`${server.url}${path}`, {
    method,
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    ...(raw !== undefined ? { body: raw } : body !== undefined && { body: JSON.stringify(body) }),
  });
  const text = await response.text();
  return { status: response.status, body: text ? (JSON.parse(text) as unknown) : undefined };
}

async function importLog(name: string, days: number): Promise<string> {
  const { id } = (await send('POST', '/api/workspaces', { name })).body as { id: string };
  // Only pattern-changed on, looking back `days` from the last event.
  const rules = defaultAlertRules().map((r) =>
    r.kind === 'pattern-changed' ? { ...r, days } : { ...r, enabled: false },
  );
  assert.equal(
    (await send('PUT', `/api/workspaces/${id}/alert-settings`, { rules, webhooks: [] })).status,
    200,
  );
  const file = readFileSync(sharedPath('ground-truth', 'gt-1010.csv.gz'));
  const imported = await send(
    'POST',
    `/api/workspaces/${id}/import?filename=gt-1010.csv.gz`,
    undefined,
    file,
  );
  assert.equal(imported.status, 200);
  return id;
}

test('the server raises pattern-changed when a stage’s people step up within the rule’s days', async () => {
  // gt-1010 ends on 2025-08-02; Demo went from 2 to 4 people on 2025-05-08, 86 days before.
  const id = await importLog('Sales (gt-1010)', 120);
  const alerts = await eventually(
    async () => {
      const list = (await send('GET', `/api/workspaces/${id}/alerts`)).body as Alert[];
      return list.length > 0 ? list : undefined;
    },
    'the pattern-changed alert',
    20_000,
  );
  assert.equal(alerts.length, 1);
  const [alert] = alerts;
  assert.equal(alert?.rule, 'pattern-changed');
  assert.equal(alert?.stage, 'Demo');
  assert.equal(alert?.details.kind, 'capacity');
  assert.equal(alert?.details.direction, 'up');
  assert.match(alert?.message ?? '', /Demo went from 2 to 4 people/);
});
