import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { readSse } from './support/readSse.js';
import { sampleEvents } from './support/sampleEvents.js';
import { startTestServer, type TestServer } from './support/startTestServer.js';

let server: TestServer;
before(async () => {
  server = await startTestServer();
});
after(() => server.close());

test('the stream announces an acknowledged batch, then the analysis brought up to date', async () => {
  const { body } = await server.send('POST', '/api/workspaces', {
    name: 'Live',
    stageMap: { stages: [{ name: 'Ship', activities: ['Test', 'Release'] }] },
  });
  const { id } = body as { id: string };
  const stream = await readSse(`${server.url}/api/workspaces/${id}/stream`, {
    headers: { authorization: `Bearer ${server.token}` },
  });
  try {
    await stream.connected();
    const events = sampleEvents(10);
    const posted = await server.send('POST', `/api/workspaces/${id}/events`, events);
    assert.equal(posted.status, 200);

    const announced = (await stream.next('events')).data as Record<string, unknown>;
    assert.equal(announced.accepted, events.length);
    assert.equal(announced.total, events.length);
    assert.equal(
      announced.lastEventAt,
      events
        .map((e) => e.timestamp)
        .sort()
        .at(-1),
    );
    assert.ok(!Number.isNaN(Date.parse(String(announced.at))));
    // Completions are counted per stage: Test and Release are one stage here.
    assert.deepEqual(announced.completions, { Intake: 10, Review: 10, Build: 10, Ship: 20 });

    const analysis = (await stream.next('analysis')).data as {
      events: number;
      constraint: { stage: string };
      at: string;
    };
    assert.equal(analysis.events, events.length);
    const report = (await server.send('GET', `/api/workspaces/${id}/analysis`)).body as {
      constraint: unknown;
    };
    assert.deepEqual(analysis.constraint, report.constraint);
  } finally {
    stream.close();
  }
});

test('a burst of batches costs few recomputations, and the last one covers every event', async () => {
  const { body } = await server.send('POST', '/api/workspaces', { name: 'Burst' });
  const { id } = body as { id: string };
  const stream = await readSse(`${server.url}/api/workspaces/${id}/stream`, {
    headers: { authorization: `Bearer ${server.token}` },
  });
  try {
    await stream.connected();
    const events = sampleEvents(20);
    for (let i = 0; i < events.length; i += 10) {
      await server.send('POST', `/api/workspaces/${id}/events`, events.slice(i, i + 10));
    }
    let analyses = 1;
    let last = (await stream.next('analysis')).data as { events: number };
    while (last.events < events.length) {
      last = (await stream.next('analysis')).data as { events: number };
      analyses++;
    }
    assert.equal(last.events, events.length);
    assert.ok(analyses <= 3, `${analyses} analysis messages for 20 batches`);
  } finally {
    stream.close();
  }
});

test('deleting a workspace ends its stream', async () => {
  const { body } = await server.send('POST', '/api/workspaces', { name: 'Gone' });
  const { id } = body as { id: string };
  const stream = await readSse(`${server.url}/api/workspaces/${id}/stream?token=${server.token}`);
  await stream.connected();
  await server.send('DELETE', `/api/workspaces/${id}`);
  await assert.rejects(stream.next('events', 2_000), /stream ended/);
});
