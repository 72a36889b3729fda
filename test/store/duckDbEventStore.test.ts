import assert from 'node:assert/strict';
import { execFile, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { after, test } from 'node:test';
import { promisify } from 'node:util';
import { DuckDBInstance } from '@duckdb/node-api';
import { type EventStore, type StoredEvent, StoreLockedError } from '../../src/store/EventStore.js';
import { openEventStore } from '../../src/store/openEventStore.js';
import { eventStoreContract } from './eventStoreContract.js';

const repo = resolve(import.meta.dirname, '../..');
const root = mkdtempSync(join(tmpdir(), 'drumbeat-store-'));
after(() => rmSync(root, { recursive: true, force: true }));
let stores = 0;
const freshDir = () => join(root, `store-${stores++}`);

eventStoreContract('the DuckDB store', () => openEventStore(freshDir()));

test('opening creates the data folder, however deep, with drumbeat.duckdb in it', async () => {
  const dir = join(freshDir(), 'nested', 'data');
  const store = await openEventStore(dir);
  await store.close();
  assert.ok(existsSync(join(dir, 'drumbeat.duckdb')));
});

test('workspaces, events and their ids survive closing and reopening', async () => {
  const dir = freshDir();
  let store = await openEventStore(dir);
  const w = await store.createWorkspace({
    name: 'A',
    stageMap: { exclude: ['Noise'] },
    bufferTargetHours: 12.5,
  });
  const first = steps(0, 3);
  await store.appendEvents(w.id, first);
  await store.close();

  store = await openEventStore(dir);
  try {
    assert.deepEqual(await store.listWorkspaces(), [{ ...w, events: 3 }]);
    const resent = await store.appendEvents(w.id, first);
    assert.deepEqual(resent, { accepted: 0, duplicates: 3, acceptedIndices: [] });
    const later = steps(3, 2);
    await store.appendEvents(w.id, later);
    assert.deepEqual(await scanAll(store, w.id), [...first, ...later]);
  } finally {
    await store.close();
  }
});

test('a second process is refused with StoreLockedError and leaves the files untouched', async () => {
  const dir = freshDir();
  const store = await openEventStore(dir);
  const w = await store.createWorkspace({ name: 'A' });
  await store.appendEvents(w.id, steps(0, 100));
  const before = await fingerprint(dir);

  const refused = await runChild('openStore.ts', dir);
  assert.equal(refused.opened, false);
  assert.equal(refused.locked, true, refused.message);
  assert.match(refused.message, /in use by another Drumbeat process/);
  assert.match(refused.message, new RegExp(`PID ${process.pid}\\b`));
  assert.deepEqual(await fingerprint(dir), before);

  // The owner carries on, and once it has closed the other process gets in.
  await store.appendEvents(w.id, steps(100, 10));
  await store.close();
  assert.deepEqual(await runChild('openStore.ts', dir), { opened: true });
  const reopened = await openEventStore(dir);
  try {
    assert.deepEqual(await scanAll(reopened, w.id), steps(0, 110));
  } finally {
    await reopened.close();
  }
});

test('a second open in the same process is refused too, under any spelling of the path', async () => {
  const dir = freshDir();
  const store = await openEventStore(dir);
  for (const path of [dir, join(dir, '.'), `${dir}/`]) {
    await assert.rejects(
      openEventStore(path),
      (error) => error instanceof StoreLockedError && /already open/.test(error.message),
    );
  }
  await store.close();
  const again = await openEventStore(dir);
  await again.close();
});

test('every acknowledged event survives SIGKILL exactly once, in order', async () => {
  const dir = freshDir();
  const setup = await openEventStore(dir);
  const w = await setup.createWorkspace({ name: 'A' });
  await setup.close();

  const batchSize = 500;
  const acknowledged = await appendUntilKilled(dir, w.id, batchSize, 30);
  assert.ok(acknowledged.length >= 30 * batchSize);

  const store = await openEventStore(dir);
  try {
    const stored = (await scanAll(store, w.id)).map((e) => e.id);
    // Appends are atomic and in order: what is stored is the first few batches, whole; at most
    // one more than was acknowledged (the batch committed as the process died).
    assert.equal(stored.length % batchSize, 0, `${stored.length} events stored`);
    assert.ok(stored.length >= acknowledged.length, `${stored.length} < ${acknowledged.length}`);
    assert.ok(stored.length <= acknowledged.length + batchSize);
    assert.deepEqual(
      stored,
      Array.from({ length: stored.length }, (_, i) => `e${i}`),
    );
    assert.equal((await store.getWorkspace(w.id))?.events, stored.length);

    const resent = acknowledged.map((id, i) => ({ id, case: 'again', activity: 'Step', time: i }));
    const result = await store.appendEvents(w.id, resent);
    assert.deepEqual(
      { accepted: result.accepted, duplicates: result.duplicates },
      { accepted: 0, duplicates: acknowledged.length },
    );
    assert.equal((await scanAll(store, w.id)).length, stored.length);
  } finally {
    await store.close();
  }
});

test('a store written with a newer schema is refused, each time it is opened', async () => {
  const dir = freshDir();
  const store = await openEventStore(dir);
  await store.close();
  const file = join(dir, 'drumbeat.duckdb');
  const db = await DuckDBInstance.create(file);
  const connection = await db.connect();
  await connection.run('INSERT INTO schema_version VALUES (999)');
  connection.disconnectSync();
  db.closeSync();

  // Twice: a refused open must not leave the folder marked as open in this process.
  for (let attempt = 0; attempt < 2; attempt++) {
    await assert.rejects(openEventStore(dir), /schema version 999, newer than this Drumbeat/);
  }
});

test('a batch that cannot be stored is refused whole, and the store carries on', async () => {
  const store = await openEventStore(freshDir());
  try {
    const w = await store.createWorkspace({ name: 'A' });
    const halfMillisecond = [...steps(0, 2), { case: 'c', activity: 'Half', time: 1.5 }];
    await assert.rejects(store.appendEvents(w.id, halfMillisecond), /event 2: time must be whole/);
    // Fails only while the rows are being written: the transaction is rolled back.
    const unserialisable = [...steps(0, 2), { ...steps(2, 1)[0]!, attributes: { n: 1n } }];
    await assert.rejects(store.appendEvents(w.id, unserialisable), TypeError);
    assert.deepEqual(await scanAll(store, w.id), []);
    assert.equal((await store.getWorkspace(w.id))?.events, 0);
    assert.equal((await store.appendEvents(w.id, steps(0, 3))).accepted, 3);
  } finally {
    await store.close();
  }
});

function steps(from: number, count: number): StoredEvent[] {
  return Array.from({ length: count }, (_, i) => ({
    id: `e${from + i}`,
    case: `c${(from + i) % 4}`,
    activity: 'Step',
    time: 1_700_000_000_000 + (from + i) * 1_000,
    resource: 'ann',
  }));
}

async function scanAll(store: EventStore, workspaceId: string): Promise<StoredEvent[]> {
  const events: StoredEvent[] = [];
  await store.scanEvents(workspaceId, (batch) => events.push(...batch));
  return events;
}

/**
 * Each file in `dir` with a hash of its bytes, computed in another process: DuckDB's lock is a
 * POSIX record lock, which this process would drop the moment it closed a descriptor of its own
 * on the database file.
 */
async function fingerprint(dir: string): Promise<Record<string, string>> {
  const script = `
    const { createHash } = require('node:crypto');
    const { readdirSync, readFileSync } = require('node:fs');
    const { join } = require('node:path');
    const dir = process.argv[1];
    const hashes = readdirSync(dir).map((name) => [
      name, createHash('sha256').update(readFileSync(join(dir, name))).digest('hex'),
    ]);
    console.log(JSON.stringify(Object.fromEntries(hashes)));`;
  const { stdout } = await promisify(execFile)(process.execPath, ['-e', script, dir]);
  return JSON.parse(stdout) as Record<string, string>;
}

interface ChildOpen {
  opened: boolean;
  locked?: boolean;
  message: string;
}

async function runChild(script: string, ...args: string[]): Promise<ChildOpen> {
  const { stdout } = await promisify(execFile)(
    process.execPath,
    ['--import', 'tsx', join(repo, 'test/store/children', script), ...args],
    { cwd: repo },
  );
  return JSON.parse(stdout) as ChildOpen;
}

/**
 * Runs the appending child until it has acknowledged `batches` batches, kills it with SIGKILL
 * (almost surely in the middle of the next append) and returns every id it acknowledged.
 */
function appendUntilKilled(
  dir: string,
  workspaceId: string,
  batchSize: number,
  batches: number,
): Promise<string[]> {
  const child = spawn(
    process.execPath,
    [
      '--import',
      'tsx',
      join(repo, 'test/store/children/appendUntilKilled.ts'),
      dir,
      workspaceId,
      String(batchSize),
    ],
    { cwd: repo, stdio: ['ignore', 'pipe', 'inherit'] },
  );
  const acknowledged: string[] = [];
  let pending = '';
  let lines = 0;
  child.stdout.setEncoding('utf8');
  child.stdout.on('data', (text: string) => {
    pending += text;
    const complete = pending.split('\n');
    pending = complete.pop() ?? '';
    for (const line of complete) {
      acknowledged.push(...(JSON.parse(line) as string[]));
      if (++lines === batches) child.kill('SIGKILL');
    }
  });
  return new Promise((resolvePromise, reject) => {
    child.on('error', reject);
    child.on('close', (_code, signal) => {
      if (signal === 'SIGKILL') resolvePromise(acknowledged);
      else reject(new Error(`the appending child ended by itself (${lines} batches)`));
    });
  });
}
