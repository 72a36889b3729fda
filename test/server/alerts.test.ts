import assert from 'node:assert/strict';
import { createHmac } from 'node:crypto';
import { after, before, test } from 'node:test';
import type { AlertRule } from '../../src/core/alerts/AlertRule.js';
import { defaultAlertRules } from '../../src/core/alerts/defaultAlertRules.js';
import { type RunningServer, startServer } from '../../src/server/startServer.js';
import type { Alert, AlertSettings, DeliveryAttempt } from '../../src/store/EventStore.js';
import { sampleReport } from '../alerts/support/sampleReport.js';
import { eventually, webhookReceiver } from '../alerts/support/webhookReceiver.js';
import { MemoryEventStore } from './support/MemoryEventStore.js';
import { readSse } from './support/readSse.js';
import { sampleEvents } from './support/sampleEvents.js';

const token = 'test-token-0123456789';
const secret = 'a-secret-of-24-characters';
let server: RunningServer;

before(async () => {
  // A 10 ms backoff base: the retry test waits 10 + 20 ms instead of 1 + 2 s.
  server = await startServer({
    store: new MemoryEventStore(),
    token,
    port: 0,
    alertDelivery: { baseDelayMs: 10 },
  });
});
after(() => server.close());

async function send(method: string, path: string, body?: unknown) {
  const response = await fetch(`${server.url}${path}`, {
    method,
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    ...(body !== undefined && { body: JSON.stringify(body) }),
  });
  const text = await response.text();
  return { status: response.status, body: text ? (JSON.parse(text) as unknown) : undefined };
}

async function workspace(name: string): Promise<string> {
  return ((await send('POST', '/api/workspaces', { name })).body as { id: string }).id;
}

/** Only `buffer-red` on: the sample events leave Build's buffer red, so one alert is raised. */
function onlyBufferRed(): AlertRule[] {
  return defaultAlertRules().map((r) => ({ ...r, enabled: r.kind === 'buffer-red' }));
}

async function deliveries(id: string): Promise<DeliveryAttempt[]> {
  return (await send('GET', `/api/workspaces/${id}/alert-deliveries`)).body as DeliveryAttempt[];
}

test('alert settings are the defaults until changed, and round-trip through the API', async () => {
  const id = await workspace('Settings');
  const initial = await send('GET', `/api/workspaces/${id}/alert-settings`);
  assert.equal(initial.status, 200);
  assert.deepEqual(initial.body, { rules: defaultAlertRules(), webhooks: [] });

  const settings: AlertSettings = {
    rules: [
      { kind: 'buffer-red', enabled: false },
      { kind: 'constraint-starved', enabled: true, minutes: 90 },
      { kind: 'wip-growing', enabled: true, days: 7 },
      { kind: 'constraint-moved', enabled: true },
    ],
    webhooks: [{ id: 'ops', url: 'https://example.com/hook', format: 'slack', secret }],
  };
  const saved = await send('PUT', `/api/workspaces/${id}/alert-settings`, settings);
  assert.equal(saved.status, 200);
  assert.deepEqual(saved.body, settings);
  assert.deepEqual((await send('GET', `/api/workspaces/${id}/alert-settings`)).body, settings);
});

test('alert settings are validated: http(s) URLs, secrets of 16 characters, known kinds', async () => {
  const id = await workspace('Invalid');
  const hook = { id: 'h', url: 'https://example.com/x', format: 'json', secret };
  const cases: Array<[unknown, RegExp]> = [
    [{ rules: [], webhooks: [{ ...hook, url: 'ftp://example.com/x' }] }, /webhooks\.0\.url/],
    [{ rules: [], webhooks: [{ ...hook, url: 'not a url' }] }, /webhooks\.0\.url/],
    [{ rules: [], webhooks: [{ ...hook, secret: 'short' }] }, /webhooks\.0\.secret/],
    [{ rules: [{ kind: 'sunny-day', enabled: true }], webhooks: [] }, /rules\.0\.kind/],
    [{ rules: [], webhooks: [hook, hook] }, /webhooks\.1\.id/],
    [{ rules: [] }, /webhooks/],
  ];
  for (const [body, message] of cases) {
    const answer = await send('PUT', `/api/workspaces/${id}/alert-settings`, body);
    assert.equal(answer.status, 400, JSON.stringify(body));
    assert.match((answer.body as { error: string }).error, message);
  }
  assert.equal((await send('GET', '/api/workspaces/nope/alert-settings')).status, 404);
  assert.equal((await send('GET', '/api/workspaces/nope/alerts')).status, 404);
  assert.equal((await send('GET', '/api/workspaces/nope/alert-deliveries')).status, 404);
});

test('an alert is posted to the webhook, signed with its secret, and logged', async () => {
  const receiver = await webhookReceiver();
  try {
    const id = await workspace('Signed');
    await send('PUT', `/api/workspaces/${id}/alert-settings`, {
      rules: onlyBufferRed(),
      webhooks: [{ id: 'ops', url: receiver.url, format: 'json', secret }],
    });
    // Nobody listens to the stream: the rules run all the same.
    await send('POST', `/api/workspaces/${id}/events`, sampleEvents(10));
    const [post] = await eventually(
      () => (receiver.received.length > 0 ? receiver.received : undefined),
      'the webhook post',
    );
    assert.ok(post);
    const expected = `sha256=${createHmac('sha256', secret).update(post.body).digest('hex')}`;
    assert.equal(post.headers['x-drumbeat-signature'], expected);
    assert.equal(post.headers['content-type'], 'application/json');
    const body = JSON.parse(post.body) as Alert & { workspace: { id: string; name: string } };
    assert.equal(body.rule, 'buffer-red');
    assert.equal(body.stage, 'Build');
    assert.deepEqual(body.workspace, { id, name: 'Signed' });

    const alerts = (await send('GET', `/api/workspaces/${id}/alerts`)).body as Alert[];
    assert.equal(alerts.length, 1);
    assert.deepEqual({ ...body, workspace: undefined }, { ...alerts[0], workspace: undefined });
    const log = await eventually(
      async () => ((await deliveries(id)).length > 0 ? deliveries(id) : undefined),
      'the delivery log',
    );
    assert.deepEqual(
      log.map((d) => ({ ...d, at: undefined })),
      [{ alertId: body.id, webhookId: 'ops', attempt: 1, at: undefined, status: 200 }],
    );
  } finally {
    await receiver.close();
  }
});

test('a receiver failing twice with 500 gets the alert on the third attempt, all three logged', async () => {
  const receiver = await webhookReceiver([500, 500]);
  try {
    const id = await workspace('Retried');
    await send('PUT', `/api/workspaces/${id}/alert-settings`, {
      rules: onlyBufferRed(),
      webhooks: [{ id: 'flaky', url: receiver.url, format: 'json', secret }],
    });
    await send('POST', `/api/workspaces/${id}/events`, sampleEvents(10));
    const log = await eventually(async () => {
      const attempts = await deliveries(id);
      return attempts.length >= 3 ? attempts : undefined;
    }, 'three delivery attempts');
    // Newest first.
    assert.deepEqual(
      log.map((d) => [d.attempt, d.status, d.error]),
      [
        [3, 200, undefined],
        [2, 500, 'HTTP 500'],
        [1, 500, 'HTTP 500'],
      ],
    );
    assert.equal(new Set(log.map((d) => d.alertId)).size, 1);
    await server.registry.find(id).alerts.idle();
    assert.equal(receiver.received.length, 3);
    assert.equal(new Set(receiver.received.map((r) => r.body)).size, 1, 'the same body each time');
  } finally {
    await receiver.close();
  }
});

test('a flapping rule does not send a storm', async () => {
  const receiver = await webhookReceiver();
  try {
    const id = await workspace('Flapping');
    await send('PUT', `/api/workspaces/${id}/alert-settings`, {
      rules: onlyBufferRed(),
      webhooks: [{ id: 'chat', url: receiver.url, format: 'slack', secret }],
    });
    const alerts = server.registry.find(id).alerts;
    const green = sampleReport();
    const red = sampleReport();
    red.buffer = { ...red.buffer, zone: 'red', currentHours: 1, currentItems: 1 };
    // Red and green by turns, one analysis a minute for 20 minutes.
    const start = Date.now();
    for (let i = 0; i < 20; i++)
      alerts.evaluate(i % 2 ? green : red, 'Flapping', start + i * 60_000);
    await alerts.idle();
    assert.equal(((await send('GET', `/api/workspaces/${id}/alerts`)).body as Alert[]).length, 1);
    assert.equal(receiver.received.length, 1);
    const slack = JSON.parse(receiver.received[0]!.body) as Record<string, unknown>;
    assert.deepEqual(Object.keys(slack), ['text']);
    assert.match(
      String(slack.text),
      /^Drumbeat, Flapping: The buffer in front of Build is in the red/,
    );
  } finally {
    await receiver.close();
  }
});

test('a new alert is sent on the workspace stream as `event: alert`', async () => {
  const id = await workspace('Streamed');
  await send('PUT', `/api/workspaces/${id}/alert-settings`, {
    rules: onlyBufferRed(),
    webhooks: [],
  });
  const stream = await readSse(`${server.url}/api/workspaces/${id}/stream?token=${token}`);
  try {
    await stream.connected();
    await send('POST', `/api/workspaces/${id}/events`, sampleEvents(10));
    const message = (await stream.next('alert')).data as Alert;
    assert.equal(message.rule, 'buffer-red');
    assert.match(message.message, /Build/);
    const stored = await eventually(async () => {
      const list = (await send('GET', `/api/workspaces/${id}/alerts`)).body as Alert[];
      return list.length > 0 ? list : undefined;
    }, 'the stored alert');
    assert.deepEqual(stored, [message]);
  } finally {
    stream.close();
  }
});

test('a 4xx answer is not retried; an unreachable receiver is tried 5 times', async () => {
  const refusing = await webhookReceiver([404]);
  const gone = await webhookReceiver();
  await gone.close();
  try {
    const id = await workspace('Failing');
    await send('PUT', `/api/workspaces/${id}/alert-settings`, {
      rules: onlyBufferRed(),
      webhooks: [
        { id: 'refusing', url: refusing.url, format: 'json', secret },
        { id: 'gone', url: gone.url, format: 'json', secret },
      ],
    });
    await send('POST', `/api/workspaces/${id}/events`, sampleEvents(10));
    const log = await eventually(async () => {
      const attempts = await deliveries(id);
      return attempts.length >= 6 ? attempts : undefined;
    }, 'six delivery attempts');
    const refused = log.filter((d) => d.webhookId === 'refusing');
    assert.deepEqual(
      refused.map((d) => [d.attempt, d.status, d.error]),
      [[1, 404, 'HTTP 404']],
    );
    const unreachable = log.filter((d) => d.webhookId === 'gone');
    assert.deepEqual(
      unreachable.map((d) => [d.attempt, d.status]),
      [
        [5, null],
        [4, null],
        [3, null],
        [2, null],
        [1, null],
      ],
    );
    assert.match(unreachable[0]?.error ?? '', /fetch failed/);
  } finally {
    await refusing.close();
  }
});
