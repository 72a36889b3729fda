import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { after, test } from 'node:test';
import { spawnDrumbeat, spawnServe } from './support/spawnServe.js';

const example = resolve(import.meta.dirname, '../../examples/helpdesk.xes.gz');

const dirs: string[] = [];
after(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'drumbeat-serve-'));
  dirs.push(dir);
  return dir;
}

function api(url: string, token: string) {
  return async (method: string, path: string, body?: unknown) => {
    const response = await fetch(`${url}${path}`, {
      method,
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      ...(body !== undefined && { body: JSON.stringify(body) }),
    });
    return { status: response.status, body: (await response.json()) as Record<string, unknown> };
  };
}

/** Runs a short CLI command to its end. */
function run(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const child = spawnDrumbeat(args);
  let stdout = '';
  let stderr = '';
  child.stdout?.on('data', (d) => {
    stdout += d;
  });
  child.stderr?.on('data', (d) => {
    stderr += d;
  });
  return new Promise((done) => child.once('close', (code) => done({ code, stdout, stderr })));
}

test('serve prints one line with the URL and token, keeps the token 0600, writes server.json; --demo adds the help desk', async () => {
  const dir = tempDir();
  const server = await spawnServe(dir, '--demo');
  try {
    assert.match(server.url, /^http:\/\/127\.0\.0\.1:\d+$/);
    assert.equal(readFileSync(join(dir, 'token'), 'utf8').trim(), server.token);
    assert.equal(statSync(join(dir, 'token')).mode & 0o777, 0o600);
    const info = JSON.parse(readFileSync(join(dir, 'server.json'), 'utf8'));
    assert.deepEqual(info, {
      port: Number(new URL(server.url).port),
      host: '127.0.0.1',
      pid: server.child.pid,
    });
    const list = await fetch(`${server.url}/api/workspaces`, {
      headers: { authorization: `Bearer ${server.token}` },
    });
    const workspaces = (await list.json()) as Array<{ name: string; events: number }>;
    assert.deepEqual(
      workspaces.map((w) => [w.name, w.events]),
      [['Help desk (demo)', 21348]],
    );
  } finally {
    server.child.kill('SIGTERM');
  }
  assert.equal(await server.exited, 0);
  assert.ok(!existsSync(join(dir, 'server.json')), 'server.json removed on shutdown');
});

test('a second serve on the same data folder exits 1 with a clear message', async () => {
  const dir = tempDir();
  const first = await spawnServe(dir);
  try {
    const second = await run(['serve', '--data-dir', dir, '--port', '0']);
    assert.equal(second.code, 1);
    assert.equal(second.stdout, '');
    assert.match(second.stderr, /is in use by another Drumbeat process/);
    assert.match(second.stderr, /--data-dir/);
    // The first one is unharmed.
    assert.equal((await fetch(`${first.url}/api/health`)).status, 200);
  } finally {
    first.child.kill('SIGTERM');
    await first.exited;
  }
});

test('drumbeat import: straight into the store when stopped, through the server when running', async () => {
  const dir = tempDir();
  let server = await spawnServe(dir);
  const call = api(server.url, server.token);
  const { body } = await call('POST', '/api/workspaces', { name: 'Help desk' });
  const id = String(body.id);
  server.child.kill('SIGTERM');
  await server.exited;

  const direct = await run([
    'import',
    '--workspace',
    id,
    '--data-dir',
    dir,
    '--no-progress',
    example,
  ]);
  assert.equal(direct.code, 0, direct.stderr);
  assert.equal(direct.stdout, 'imported 21348 events (0 duplicates) into Help desk\n');

  server = await spawnServe(dir);
  try {
    const viaServer = await run(['import', '--workspace', id, '--data-dir', dir, example]);
    assert.equal(viaServer.code, 0, viaServer.stderr);
    assert.equal(viaServer.stdout, 'imported 0 events (21348 duplicates) into Help desk\n');
    const report = await api(server.url, server.token)('GET', `/api/workspaces/${id}/analysis`);
    assert.equal((report.body.log as { events: number }).events, 21348);
    const missing = await run(['import', '--workspace', 'nope', '--data-dir', dir, example]);
    assert.equal(missing.code, 1);
    assert.match(missing.stderr, /404.*nope/);
  } finally {
    server.child.kill('SIGTERM');
    await server.exited;
  }
});

test('SIGKILL mid-ingest: after a restart every acknowledged event is there, once', async () => {
  const dir = tempDir();
  const server = await spawnServe(dir);
  const call = api(server.url, server.token);
  const { body } = await call('POST', '/api/workspaces', { name: 'Crash' });
  const id = String(body.id);

  const event = (b: number, i: number) => ({
    id: `b${b}-${i}`,
    case: `C${b}-${i % 7}`,
    activity: ['Intake', 'Review', 'Build'][i % 3],
    timestamp: new Date(Date.UTC(2025, 2, 3, 9) + b * 60_000 + i * 1000).toISOString(),
  });
  const acked: Array<ReturnType<typeof event>> = [];
  let sent = 0;
  let next = 0;
  // Four posters in parallel, so that requests are in flight when the process dies.
  const poster = async () => {
    for (;;) {
      const b = next++;
      const batch = Array.from({ length: 50 }, (_, i) => event(b, i));
      sent += batch.length;
      try {
        const answer = await call('POST', `/api/workspaces/${id}/events`, batch);
        assert.equal(answer.status, 200);
        assert.equal(answer.body.accepted, batch.length);
        acked.push(...batch);
      } catch {
        return; // the server is gone
      }
    }
  };
  const posters = [poster(), poster(), poster(), poster()];
  while (acked.length < 2_000) await new Promise((r) => setTimeout(r, 10));
  server.child.kill('SIGKILL');
  await Promise.all(posters);
  assert.equal(await server.exited, 'SIGKILL');

  const again = await spawnServe(dir);
  try {
    const retry = api(again.url, again.token);
    const w = (await retry('GET', `/api/workspaces/${id}`)).body;
    assert.ok(Number(w.events) >= acked.length, `${w.events} stored, ${acked.length} acknowledged`);
    assert.ok(Number(w.events) <= sent);
    const report = (await retry('GET', `/api/workspaces/${id}/analysis`)).body;
    assert.equal((report.log as { events: number }).events, w.events);
    let duplicates = 0;
    for (let i = 0; i < acked.length; i += 1_000) {
      const answer = await retry('POST', `/api/workspaces/${id}/events`, acked.slice(i, i + 1_000));
      assert.equal(answer.body.accepted, 0);
      duplicates += Number(answer.body.duplicates);
    }
    assert.equal(duplicates, acked.length);
    assert.equal((await retry('GET', `/api/workspaces/${id}`)).body.events, w.events);
  } finally {
    again.child.kill('SIGTERM');
    await again.exited;
  }
});
