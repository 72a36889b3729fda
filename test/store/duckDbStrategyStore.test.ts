import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import type { Initiative } from '../../src/core/strategy/Strategy.js';
import { openEventStore } from '../../src/store/openEventStore.js';

const root = mkdtempSync(join(tmpdir(), 'drumbeat-strategy-'));
after(() => rmSync(root, { recursive: true, force: true }));
let stores = 0;
const freshDir = () => join(root, `store-${stores++}`);

const initiative = (id: string, title: string): Initiative => ({
  id,
  title,
  step: 'exploit',
  owner: 'Ana',
  stage: 'QA',
  expectedEffectPerWeek: 5,
  effort: 2,
  status: 'active',
});

test('a strategy survives closing and reopening: statement, items in order, logs in order', async () => {
  const dir = freshDir();
  let store = await openEventStore(dir);
  const w = await store.createWorkspace({ name: 'A' });
  await store.strategy.saveStatement(w.id, {
    text: 'Exploit QA',
    updatedAt: 't',
    updatedBy: 'Ana',
  });
  await store.strategy.saveItem(w.id, 'initiatives', initiative('a', 'First'));
  await store.strategy.saveItem(w.id, 'initiatives', initiative('b', 'Second'));
  // Replacing keeps the record's place in the list.
  await store.strategy.saveItem(w.id, 'initiatives', initiative('a', 'First, renamed'));
  for (const n of [1, 2, 3]) {
    await store.strategy.append(w.id, 'decisions', {
      id: `d${n}`,
      at: `2030-01-0${n}T00:00:00.000Z`,
      decision: `decision ${n}`,
      by: 'Ana',
      context: '',
    });
  }
  await store.close();

  store = await openEventStore(dir);
  try {
    const r = await store.strategy.read(w.id);
    assert.deepEqual(r.statement, { text: 'Exploit QA', updatedAt: 't', updatedBy: 'Ana' });
    assert.deepEqual(
      r.initiatives.map((i) => i.title),
      ['First, renamed', 'Second'],
    );
    assert.deepEqual(r.initiatives[1], initiative('b', 'Second'));
    assert.deepEqual(
      r.decisions.map((d) => d.id),
      ['d1', 'd2', 'd3'],
    );
    assert.deepEqual(r.objectives, []);
    assert.equal(await store.strategy.deleteItem(w.id, 'initiatives', 'b'), true);
    assert.equal(await store.strategy.deleteItem(w.id, 'initiatives', 'b'), false);
    assert.deepEqual(
      (await store.strategy.read(w.id)).initiatives.map((i) => i.id),
      ['a'],
    );
  } finally {
    await store.close();
  }
});

test("deleting a workspace deletes its strategy; another workspace's is untouched", async () => {
  const store = await openEventStore(freshDir());
  try {
    const a = await store.createWorkspace({ name: 'A' });
    const b = await store.createWorkspace({ name: 'B' });
    await store.strategy.saveItem(a.id, 'initiatives', initiative('x', 'A work'));
    await store.strategy.saveItem(b.id, 'initiatives', initiative('x', 'B work'));
    await store.deleteWorkspace(a.id);
    await assert.rejects(store.strategy.read(a.id), /no workspace/);
    assert.deepEqual(
      (await store.strategy.read(b.id)).initiatives.map((i) => i.title),
      ['B work'],
    );
    const again = await store.createWorkspace({ name: 'A again' });
    assert.deepEqual((await store.strategy.read(again.id)).initiatives, []);
  } finally {
    await store.close();
  }
});
