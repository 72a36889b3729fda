import assert from 'node:assert/strict';
import { resolve } from 'node:path';
import { after, before, test } from 'node:test';
import { type AnalyzeOptions, analyzeLog } from '../../src/core/analysis/analyzeLog.js';
import { parseCalendar } from '../../src/core/calendar/parseCalendar.js';
import { timeZone } from '../../src/core/calendar/zoneOffset.js';
import { EventLogBuilder } from '../../src/core/model/EventLogBuilder.js';
import { readEventLog } from '../../src/readers/readEventLog.js';
import { type PostedEvent, sampleEvents } from './support/sampleEvents.js';
import { startTestServer, type TestServer } from './support/startTestServer.js';

const example = resolve(import.meta.dirname, '../../examples/helpdesk.xes.gz');

let server: TestServer;
before(async () => {
  server = await startTestServer();
});
after(() => server.close());

interface IngestAnswer {
  accepted: number;
  duplicates: number;
  rejected: Array<{ index: number; reason: string }>;
}

async function workspace(settings: Record<string, unknown> = {}): Promise<string> {
  const { body } = await server.send('POST', '/api/workspaces', { name: 'W', ...settings });
  return (body as { id: string }).id;
}

async function post(id: string, events: unknown[]): Promise<IngestAnswer> {
  const answer = await server.send('POST', `/api/workspaces/${id}/events`, events);
  assert.equal(answer.status, 200, JSON.stringify(answer.body));
  return answer.body as IngestAnswer;
}

async function eventCount(id: string): Promise<number> {
  return ((await server.send('GET', `/api/workspaces/${id}`)).body as { events: number }).events;
}

/** The analysis `drumbeat analyze` would make of these events, as JSON would carry it. */
function expectedReport(events: PostedEvent[], options: AnalyzeOptions) {
  const b = new EventLogBuilder();
  for (const e of events) {
    b.add({
      case: e.case,
      activity: e.activity,
      time: Date.parse(e.timestamp),
      lifecycle: e.lifecycle,
      resource: e.resource,
    });
  }
  return JSON.parse(JSON.stringify(analyzeLog(b.build(), options)));
}

test('a JSON batch: good events accepted, bad ones rejected with index and reason, ids never twice', async () => {
  const id = await workspace();
  const answer = await post(id, [
    { id: 'a', case: 'C1', activity: 'Review', timestamp: '2025-03-03T09:00:00Z' },
    { id: 'b', case: 'C1', activity: 'Build', timestamp: '2025-03-03T11:00:00+01:00' },
    { id: 'a', case: 'C1', activity: 'Review', timestamp: '2025-03-03T09:00:00Z' },
    { case: 'C2', activity: 'Review', timestamp: 'last Tuesday' },
    { case: 'C2', timestamp: '2025-03-03T09:00:00Z' },
    'not an event',
    { case: 7, activity: 'Review', timestamp: '2025-03-03T10:00:00Z', resource: null },
  ]);
  assert.deepEqual([answer.accepted, answer.duplicates], [3, 1]);
  assert.deepEqual(
    answer.rejected.map((r) => r.index),
    [3, 4, 5],
  );
  assert.match(answer.rejected[0]!.reason, /"timestamp"/);
  assert.match(answer.rejected[1]!.reason, /"activity"/);
  assert.equal(await eventCount(id), 3);

  const again = await post(id, [
    { id: 'a', case: 'C1', activity: 'Review', timestamp: '2025-03-03T09:00:00Z' },
    { id: 'b', case: 'C1', activity: 'Build', timestamp: '2025-03-03T11:00:00+01:00' },
  ]);
  assert.deepEqual([again.accepted, again.duplicates, again.rejected], [0, 2, []]);
  assert.equal(await eventCount(id), 3);
});

test('NDJSON: one event per line, blank lines ignored, a broken line rejected alone', async () => {
  const id = await workspace();
  const body = [
    '{"id":"n1","case":"C1","activity":"Review","timestamp":"2025-03-03T09:00:00Z"}',
    '',
    '{"id":"n2","case":"C1","activity":"Bu',
    '{"id":"n3","case":"C1","activity":"Build","timestamp":"2025-03-03T12:00:00Z"}',
    '{"id":"n1","case":"C1","activity":"Review","timestamp":"2025-03-03T09:00:00Z"}',
  ].join('\n');
  const response = await server.api(`/api/workspaces/${id}/events`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-ndjson' },
    body,
  });
  assert.equal(response.status, 200);
  const answer = (await response.json()) as IngestAnswer;
  assert.deepEqual([answer.accepted, answer.duplicates], [2, 1]);
  assert.deepEqual(
    answer.rejected.map((r) => r.index),
    [1],
  );
  assert.match(answer.rejected[0]!.reason, /JSON/);
});

test('timestamps without offset are read in the workspace time zone', async () => {
  const id = await workspace({ timezone: 'Europe/Amsterdam' });
  await post(id, [
    { case: 'C1', activity: 'A', timestamp: '2025-07-01T10:00:00' },
    { case: 'C1', activity: 'B', timestamp: '2025-07-01T10:00:00Z' },
  ]);
  const report = (await server.send('GET', `/api/workspaces/${id}/analysis`)).body as {
    log: { start: string; end: string };
  };
  assert.equal(report.log.start, '2025-07-01T08:00:00.000Z');
  assert.equal(report.log.end, '2025-07-01T10:00:00.000Z');
});

test('the same ids posted concurrently are stored once', async () => {
  const id = await workspace();
  const events = sampleEvents(20);
  const answers = await Promise.all([post(id, events), post(id, events), post(id, events)]);
  assert.equal(
    answers.reduce((n, a) => n + a.accepted, 0),
    events.length,
  );
  assert.equal(
    answers.reduce((n, a) => n + a.duplicates, 0),
    2 * events.length,
  );
  assert.equal(await eventCount(id), events.length);
});

test('GET /analysis equals analyzeLog over the same events, also after settings change', async () => {
  const id = await workspace({ timezone: 'Europe/Amsterdam' });
  const events = sampleEvents(60);
  for (let i = 0; i < events.length; i += 97) await post(id, events.slice(i, i + 97));
  const zone = timeZone('Europe/Amsterdam');
  const got = (await server.send('GET', `/api/workspaces/${id}/analysis`)).body;
  assert.deepEqual(got, expectedReport(events, { timezone: zone }));

  const stageMap = { stages: [{ name: 'Delivery', activities: ['Test', 'Release'] }] };
  const calendar = 'Mon-Fri 08:00-18:00';
  await server.send('PATCH', `/api/workspaces/${id}`, { stageMap, calendar });
  const after = (await server.send('GET', `/api/workspaces/${id}/analysis`)).body;
  assert.deepEqual(
    after,
    expectedReport(events, { timezone: zone, stageMap, calendar: parseCalendar(calendar, zone) }),
  );

  // from/to: the events at or after `from` and before `to`.
  const from = '2025-03-05T00:00:00Z';
  const to = '2025-03-08T00:00:00Z';
  const between = (await server.send('GET', `/api/workspaces/${id}/analysis?from=${from}&to=${to}`))
    .body;
  const inRange = events.filter((e) => e.timestamp >= from && e.timestamp < to);
  assert.deepEqual(
    between,
    expectedReport(inRange, { timezone: zone, stageMap, calendar: parseCalendar(calendar, zone) }),
  );
  const bad = await server.send('GET', `/api/workspaces/${id}/analysis?from=soon`);
  assert.equal(bad.status, 400);
  assert.match((bad.body as { error: string }).error, /"from"/);
});

test('views: live output, flow charts and a stage drill-down; 409 before any event', async () => {
  const id = await workspace();
  for (const view of ['analysis', 'flow', 'stages/Build']) {
    assert.equal((await server.send('GET', `/api/workspaces/${id}/${view}`)).status, 409, view);
  }
  assert.equal((await server.send('GET', `/api/workspaces/${id}/live`)).body, null);
  await post(id, sampleEvents(30));
  const live = (await server.send('GET', `/api/workspaces/${id}/live`)).body as { stage: string };
  assert.equal(typeof live.stage, 'string');
  const flow = (await server.send('GET', `/api/workspaces/${id}/flow`)).body as { days: unknown[] };
  assert.ok(flow.days.length > 0);
  const stage = await server.send('GET', `/api/workspaces/${id}/stages/Build`);
  assert.equal((stage.body as { stage: string }).stage, 'Build');
  assert.equal((await server.send('GET', `/api/workspaces/${id}/stages/Nope`)).status, 404);
});

test('file import reads with the CLI readers; importing it again adds nothing', async () => {
  const id = await workspace();
  const upload = async (name: string, body: Uint8Array | string) => {
    const response = await server.api(
      `/api/workspaces/${id}/import?filename=${encodeURIComponent(name)}`,
      { method: 'POST', headers: { 'content-type': 'application/octet-stream' }, body },
    );
    return { status: response.status, body: (await response.json()) as Record<string, unknown> };
  };
  const { readFile } = await import('node:fs/promises');
  const file = await readFile(example);
  const first = await upload('helpdesk.xes.gz', file);
  assert.equal(first.status, 200, JSON.stringify(first.body));
  assert.deepEqual([first.body.accepted, first.body.duplicates], [21348, 0]);
  const second = await upload('helpdesk.xes.gz', file);
  assert.deepEqual([second.body.accepted, second.body.duplicates], [0, 21348]);

  const { log } = await readEventLog(example);
  const expected = JSON.parse(JSON.stringify(analyzeLog(log, { timezone: timeZone('UTC') })));
  assert.deepEqual((await server.send('GET', `/api/workspaces/${id}/analysis`)).body, expected);

  const broken = await upload('broken.csv', 'case,activity\n1,A\n');
  assert.equal(broken.status, 400);
  assert.match(String(broken.body.error), /^broken\.csv/);
  assert.doesNotMatch(String(broken.body.error), /drumbeat-import/);
});

test('an events body over 20 MB is refused with 413', async () => {
  const id = await workspace();
  const big = `[${'{"case":"C","activity":"A","timestamp":"2025-03-03T09:00:00Z"},'.repeat(340_000)}1]`;
  assert.ok(big.length > 20_000_000);
  const response = await server.api(`/api/workspaces/${id}/events`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: big,
  });
  assert.equal(response.status, 413);
  assert.match(((await response.json()) as { error: string }).error, /20 MB/);
  assert.equal(await eventCount(id), 0);
});

test('an import over 50 MB is refused with 413 and nothing is stored', async () => {
  const id = await workspace();
  const response = await server.api(`/api/workspaces/${id}/import?filename=big.csv`, {
    method: 'POST',
    headers: { 'content-type': 'application/octet-stream' },
    body: new Uint8Array(50_000_001).fill(65),
  });
  assert.equal(response.status, 413);
  assert.match(((await response.json()) as { error: string }).error, /50 MB/);
  assert.equal(await eventCount(id), 0);
});
