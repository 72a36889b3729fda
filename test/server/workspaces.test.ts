import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { sampleEvents } from './support/sampleEvents.js';
import { startTestServer, type TestServer } from './support/startTestServer.js';

let server: TestServer;
before(async () => {
  server = await startTestServer();
});
after(() => server.close());

interface WorkspaceView {
  id: string;
  name: string;
  calendar: string | null;
  timezone: string;
  stageMap: unknown;
  createdAt: string;
  events: number;
}

test('workspaces: create, list, read, change, delete', async () => {
  const created = await server.send('POST', '/api/workspaces', {
    name: 'Claims',
    timezone: 'Europe/Amsterdam',
    calendar: 'Mon-Fri 09:00-17:00',
  });
  assert.equal(created.status, 201);
  const { id } = created.body as { id: string };
  assert.equal(typeof id, 'string');

  const one = await server.send('GET', `/api/workspaces/${id}`);
  assert.equal(one.status, 200);
  const w = one.body as WorkspaceView;
  assert.deepEqual(
    {
      name: w.name,
      calendar: w.calendar,
      timezone: w.timezone,
      stageMap: w.stageMap,
      events: w.events,
    },
    {
      name: 'Claims',
      calendar: 'Mon-Fri 09:00-17:00',
      timezone: 'Europe/Amsterdam',
      stageMap: null,
      events: 0,
    },
  );
  assert.ok(!Number.isNaN(Date.parse(w.createdAt)));

  const list = await server.send('GET', '/api/workspaces');
  assert.ok((list.body as WorkspaceView[]).some((x) => x.id === id));

  const stageMap = { stages: [{ name: 'Assess', activities: ['Check', 'Decide'] }] };
  const changed = await server.send('PATCH', `/api/workspaces/${id}`, {
    name: 'Claims NL',
    calendar: null,
    stageMap,
  });
  assert.equal(changed.status, 200);
  const c = changed.body as WorkspaceView;
  assert.deepEqual(
    [c.name, c.calendar, c.timezone, c.stageMap],
    ['Claims NL', null, 'Europe/Amsterdam', stageMap],
  );

  assert.equal((await server.send('DELETE', `/api/workspaces/${id}`)).status, 204);
  assert.equal((await server.send('GET', `/api/workspaces/${id}`)).status, 404);
  assert.equal((await server.send('DELETE', `/api/workspaces/${id}`)).status, 404);
  assert.equal((await server.send('PATCH', `/api/workspaces/${id}`, { name: 'x' })).status, 404);
});

test('bad settings are 400 with a message naming the field', async () => {
  const cases: Array<[unknown, RegExp]> = [
    [{}, /"name"/],
    [{ name: '' }, /"name"/],
    [{ name: 'x', timezone: 'Mars/Olympus' }, /"timezone".*unknown time zone/],
    [{ name: 'x', calendar: 'whenever' }, /"calendar"/],
    [{ name: 'x', stageMap: { stages: [{ name: 'A' }] } }, /"stageMap\.stages\.0\.activities"/],
    [{ name: 'x', colour: 'red' }, /colour/],
    [{ name: 'x', bufferTargetHours: 0 }, /"bufferTargetHours"/],
    [{ name: 'x', bufferTargetHours: 'eight' }, /"bufferTargetHours"/],
  ];
  for (const [body, message] of cases) {
    const answer = await server.send('POST', '/api/workspaces', body);
    assert.equal(answer.status, 400, JSON.stringify(body));
    const { error, details } = answer.body as { error: string; details: unknown[] };
    assert.match(error, message);
    assert.ok(Array.isArray(details) && details.length > 0);
  }
  const notJson = await server.api('/api/workspaces', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: '{"name":',
  });
  assert.equal(notJson.status, 400);
  assert.equal(typeof ((await notJson.json()) as { error: unknown }).error, 'string');
});

test('unknown workspaces and API routes are 404 JSON', async () => {
  for (const path of ['/api/workspaces/nope', '/api/workspaces/nope/analysis', '/api/nothing']) {
    const answer = await server.send('GET', path);
    assert.equal(answer.status, 404, path);
    assert.equal(typeof (answer.body as { error: unknown }).error, 'string');
  }
});

test('a buffer target kept with the workspace is the analysis target until set back to derived', async () => {
  const created = await server.send('POST', '/api/workspaces', { name: 'Buffered' });
  const { id } = created.body as { id: string };
  const events = sampleEvents(40);
  assert.equal((await server.send('POST', `/api/workspaces/${id}/events`, events)).status, 200);
  type Buffer = { buffer: { targetHours: number; targetSource: string } };
  const derived = (await server.send('GET', `/api/workspaces/${id}/analysis`)).body as Buffer;
  assert.equal(derived.buffer.targetSource, 'derived');

  const set = await server.send('PATCH', `/api/workspaces/${id}`, { bufferTargetHours: 7.5 });
  assert.equal(set.status, 200);
  assert.equal((set.body as { bufferTargetHours: number }).bufferTargetHours, 7.5);
  const given = (await server.send('GET', `/api/workspaces/${id}/analysis`)).body as Buffer;
  assert.deepEqual(
    [given.buffer.targetHours, given.buffer.targetSource],
    [7.5, 'given'],
    'the analysis is rebuilt with the target',
  );

  await server.send('PATCH', `/api/workspaces/${id}`, { bufferTargetHours: null });
  const back = (await server.send('GET', `/api/workspaces/${id}/analysis`)).body as Buffer;
  assert.equal(back.buffer.targetSource, 'derived');
  assert.equal(back.buffer.targetHours, derived.buffer.targetHours);
});
