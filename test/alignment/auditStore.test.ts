import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import type { Audit } from '../../src/store/AuditStore.js';
import type { EventStore } from '../../src/store/EventStore.js';
import { openEventStore } from '../../src/store/openEventStore.js';
import { MemoryEventStore } from '../server/support/MemoryEventStore.js';
import { DEFINITION, PARTLY, RIGHT } from './support.js';

const root = mkdtempSync(join(tmpdir(), 'drumbeat-audits-'));
after(() => rmSync(root, { recursive: true, force: true }));
let dirs = 0;
const freshDir = () => join(root, `store-${dirs++}`);

const newAudit = (workspaceId: string, id: string, anonymous: boolean): Audit => ({
  id,
  workspaceId,
  title: `Audit ${id}`,
  definition: DEFINITION,
  anonymous,
  createdAt: '2026-04-01T09:00:00.000Z',
  closedAt: null,
  respondents: [
    {
      id: 'r1',
      token: `${id}-token-1`,
      name: anonymous ? null : 'Ann',
      email: null,
      team: 'Support',
      level: 'staff',
      responded: false,
    },
    {
      id: 'r2',
      token: `${id}-token-2`,
      name: null,
      email: null,
      team: 'Eng',
      level: 'manager',
      responded: false,
    },
  ],
});

const backends: [string, () => Promise<EventStore>][] = [
  ['memory', async () => new MemoryEventStore()],
  ['DuckDB', () => openEventStore(freshDir())],
];

for (const [name, open] of backends) {
  test(`${name}: one response per link, none after closing, none through an unknown token`, async () => {
    const store = await open();
    try {
      const w = await store.createWorkspace({ name: 'W' });
      await store.audits.createAudit(newAudit(w.id, 'a1', false));
      const at = new Date('2026-04-02T10:11:12.000Z');
      assert.equal(await store.audits.submitResponse('a1-token-1', RIGHT, at), 'submitted');
      assert.equal(
        await store.audits.submitResponse('a1-token-1', PARTLY, at),
        'already-submitted',
      );
      assert.equal(await store.audits.submitResponse('nope', RIGHT, at), 'unknown');
      assert.equal(await store.audits.closeAudit(w.id, 'a1', at), true);
      assert.equal(await store.audits.submitResponse('a1-token-2', PARTLY, at), 'closed');
      assert.equal(await store.audits.closeAudit('other', 'a1', at), false);

      const responses = await store.audits.listResponses('a1');
      assert.deepEqual(responses, [
        {
          respondentId: 'r1',
          team: 'Support',
          level: 'staff',
          answers: RIGHT,
          submittedAt: at.toISOString(),
        },
      ]);
      const found = await store.audits.findByToken('a1-token-1');
      assert.equal(found?.respondent.responded, true);
      assert.equal(found?.audit.closedAt, at.toISOString());
      assert.equal(await store.audits.getAudit('other-workspace', 'a1'), undefined);
    } finally {
      await store.close();
    }
  });

  test(`${name}: an anonymous response keeps team and level but not who, nor the time of day`, async () => {
    const store = await open();
    try {
      const w = await store.createWorkspace({ name: 'W' });
      await store.audits.createAudit(newAudit(w.id, 'anon', true));
      await store.audits.submitResponse('anon-token-2', PARTLY, new Date('2026-04-02T10:11:12Z'));
      assert.deepEqual(await store.audits.listResponses('anon'), [
        {
          respondentId: null,
          team: 'Eng',
          level: 'manager',
          answers: PARTLY,
          submittedAt: '2026-04-02',
        },
      ]);
    } finally {
      await store.close();
    }
  });
}

test('DuckDB: audits and responses survive a restart, and go with their workspace', async () => {
  const dir = freshDir();
  let store = await openEventStore(dir);
  const w = await store.createWorkspace({ name: 'W' });
  const audit = newAudit(w.id, 'kept', false);
  await store.audits.createAudit(audit);
  await store.audits.submitResponse('kept-token-2', RIGHT, new Date('2026-04-03T08:00:00Z'));
  await store.close();

  store = await openEventStore(dir);
  try {
    const [read] = await store.audits.listAudits(w.id);
    assert.deepEqual(read?.definition, DEFINITION);
    assert.deepEqual(
      read?.respondents.map((r) => [r.token, r.name, r.responded]),
      [
        ['kept-token-1', 'Ann', false],
        ['kept-token-2', null, true],
      ],
    );
    assert.equal((await store.audits.listResponses('kept')).length, 1);
    await store.deleteWorkspace(w.id);
    assert.deepEqual(await store.audits.listAudits(w.id), []);
    assert.equal(await store.audits.findByToken('kept-token-1'), undefined);
    assert.deepEqual(await store.audits.listResponses('kept'), []);
  } finally {
    await store.close();
  }
});
