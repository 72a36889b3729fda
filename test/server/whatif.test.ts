import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { after, before, test } from 'node:test';
import { sharedPath } from '../support/sharedData.js';
import { startTestServer, type TestServer } from './support/startTestServer.js';

let server: TestServer;
let id: string;
before(async () => {
  server = await startTestServer();
  const { body } = await server.send('POST', '/api/workspaces', { name: 'Support' });
  id = (body as { id: string }).id;
  const imported = await server.api(`/api/workspaces/${id}/import?filename=gt-1002.csv.gz`, {
    method: 'POST',
    headers: { 'content-type': 'application/octet-stream' },
    body: await readFile(sharedPath('ground-truth', 'gt-1002.csv.gz')),
  });
  assert.equal(imported.status, 200);
});
after(() => server.close());

interface Job {
  id: string;
  status: string;
  done: number;
  replications: number;
  firstAnswerSeconds: number | null;
  result: {
    baseline: { constraint: string; replications: number; throughputPerWeekCI: [number, number] };
    scenario: { constraint: string; replications: number; utilization: Record<string, number> };
  } | null;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

test('a what-if job answers first from a few replications, then refines to all of them', async () => {
  const t0 = performance.now();
  const started = await server.send('POST', `/api/workspaces/${id}/whatif`, {
    capacity: { Reproduction: 1 },
    replications: 8,
    weeks: 12,
  });
  assert.equal(started.status, 202, JSON.stringify(started.body));
  const job = started.body as Job;
  assert.equal(job.status, 'running');
  const seen: number[] = [];
  let last = job;
  while (last.status === 'running') {
    await sleep(100);
    last = (await server.send('GET', `/api/workspaces/${id}/whatif/${job.id}`)).body as Job;
    if (last.result && !seen.includes(last.done)) seen.push(last.done);
    assert.ok(performance.now() - t0 < 60_000, 'the job finishes');
  }
  assert.equal(last.status, 'done');
  assert.equal(seen[0], 2, `first answer from 2 replications, then more: ${seen}`);
  assert.equal(last.done, 8);
  assert.equal(last.result?.scenario.replications, 8);
  assert.equal(last.result?.baseline.constraint, 'Reproduction');
  assert.equal(last.result?.scenario.constraint, 'Customer Confirmation');
  // How soon the first answer comes is measured by bench/ and docs/benchmarks.md, not asserted
  // here (a shared CI machine would make it flaky); the job must report it.
  assert.equal(typeof last.firstAnswerSeconds, 'number');
});

test('a what-if names the bad field: unknown stage (with the known ones), bad numbers, unknown job', async () => {
  const unknown = await server.send('POST', `/api/workspaces/${id}/whatif`, {
    capacity: { QA: 1 },
  });
  assert.equal(unknown.status, 400);
  const message = (unknown.body as { error: string }).error;
  assert.match(message, /capacity: unknown stage "QA"/);
  assert.match(message, /"Reproduction"/);
  const bad = await server.send('POST', `/api/workspaces/${id}/whatif`, {
    processing: { Reproduction: -2 },
  });
  assert.equal(bad.status, 400);
  assert.match((bad.body as { error: string }).error, /processing/);
  const both = await server.send('POST', `/api/workspaces/${id}/whatif`, { rope: true, wipCap: 5 });
  assert.equal(both.status, 400);
  assert.match((both.body as { error: string }).error, /choose one release policy/);
  const missing = await server.send('GET', `/api/workspaces/${id}/whatif/nope`);
  assert.equal(missing.status, 404);
});
