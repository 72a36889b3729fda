import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { EventStore, StoredEvent } from '../../src/store/EventStore.js';

/**
 * What every {@link EventStore} backend must do, as a suite to run against any of them:
 * `open` returns a fresh, empty store each time; each test closes the store it opened.
 */
export function eventStoreContract(name: string, open: () => Promise<EventStore>): void {
  async function withStore(run: (store: EventStore) => Promise<void>): Promise<void> {
    const store = await open();
    try {
      await run(store);
    } finally {
      await store.close();
    }
  }

  async function scanAll(store: EventStore, workspaceId: string): Promise<StoredEvent[]> {
    const events: StoredEvent[] = [];
    await store.scanEvents(workspaceId, (batch) => events.push(...batch));
    return events;
  }

  describe(`${name} keeps the EventStore contract`, () => {
    test('a new workspace gets a short URL-safe id and the default settings', () =>
      withStore(async (store) => {
        const before = Date.now();
        const w = await store.createWorkspace({ name: 'Orders' });
        assert.match(w.id, /^[A-Za-z0-9_-]{6,24}$/);
        assert.equal(encodeURIComponent(w.id), w.id);
        assert.deepEqual(
          { ...w, createdAt: undefined },
          {
            id: w.id,
            name: 'Orders',
            calendar: null,
            timezone: 'UTC',
            stageMap: null,
            bufferTargetHours: null,
            createdAt: undefined,
            events: 0,
          },
        );
        const created = Date.parse(w.createdAt);
        assert.ok(created >= before - 1 && created <= Date.now() + 1, w.createdAt);
        assert.equal(new Date(created).toISOString(), w.createdAt);
      }));

    test('workspaces are listed in creation order and each can be fetched by id', () =>
      withStore(async (store) => {
        const stageMap = {
          stages: [{ name: 'Build', activities: ['Assemble', 'Inspect'] }],
          exclude: ['Auto-close'],
          rename: { Ship: 'Dispatch' },
        };
        const a = await store.createWorkspace({ name: 'A' });
        const b = await store.createWorkspace({
          name: 'B',
          calendar: 'Mon-Fri 09:00-17:00 Europe/Amsterdam',
          timezone: 'Europe/Amsterdam',
          stageMap,
        });
        assert.notEqual(a.id, b.id);
        assert.deepEqual(await store.listWorkspaces(), [a, b]);
        assert.deepEqual(await store.getWorkspace(b.id), b);
        assert.deepEqual(b.stageMap, stageMap);
        assert.equal(await store.getWorkspace('no-such-id'), undefined);
      }));

    test('an update changes only the fields given, and a calendar can go back to inferred', () =>
      withStore(async (store) => {
        const w = await store.createWorkspace({ name: 'A', calendar: 'Mon-Fri 08:00-16:00 UTC' });
        const renamed = await store.updateWorkspace(w.id, { name: 'Assembly' });
        assert.deepEqual(renamed, { ...w, name: 'Assembly' });
        const inferred = await store.updateWorkspace(w.id, {
          calendar: null,
          timezone: 'America/New_York',
          stageMap: { exclude: ['Noise'] },
          bufferTargetHours: 6.5,
        });
        assert.deepEqual(inferred, {
          ...w,
          name: 'Assembly',
          calendar: null,
          timezone: 'America/New_York',
          stageMap: { exclude: ['Noise'] },
          bufferTargetHours: 6.5,
        });
        assert.deepEqual(await store.getWorkspace(w.id), inferred);
        const derived = await store.updateWorkspace(w.id, { bufferTargetHours: null });
        assert.equal(derived?.bufferTargetHours, null);
        assert.equal((await store.getWorkspace(w.id))?.timezone, 'America/New_York');
        assert.equal(await store.updateWorkspace('no-such-id', { name: 'X' }), undefined);
      }));

    test('changing a returned workspace object does not change the stored one', () =>
      withStore(async (store) => {
        const stageMap = { exclude: ['Noise'] };
        const w = await store.createWorkspace({ name: 'A', stageMap });
        stageMap.exclude.push('More');
        w.name = 'changed';
        const stored = await store.getWorkspace(w.id);
        assert.equal(stored?.name, 'A');
        assert.deepEqual(stored?.stageMap, { exclude: ['Noise'] });
      }));

    test('appended events are counted on the workspace and read back in arrival order', () =>
      withStore(async (store) => {
        const w = await store.createWorkspace({ name: 'A' });
        // Times deliberately out of order: the scan follows arrival, not time.
        const first = [event('c1', 'Open', 3_000), event('c2', 'Open', 1_000)];
        const second = [event('c1', 'Close', 2_000)];
        assert.deepEqual(await store.appendEvents(w.id, first), {
          accepted: 2,
          duplicates: 0,
          acceptedIndices: [0, 1],
        });
        await store.appendEvents(w.id, second);
        assert.equal((await store.getWorkspace(w.id))?.events, 3);
        assert.equal((await store.listWorkspaces())[0]?.events, 3);
        assert.deepEqual(await scanAll(store, w.id), [...first, ...second]);
      }));

    test('an id already stored, or earlier in the same batch, is a duplicate', () =>
      withStore(async (store) => {
        const w = await store.createWorkspace({ name: 'A' });
        await store.appendEvents(w.id, [event('c1', 'Open', 1, { id: 'e1' })]);
        const result = await store.appendEvents(w.id, [
          event('c1', 'Open', 1, { id: 'e1' }),
          event('c1', 'Review', 2, { id: 'e2' }),
          event('c1', 'Review', 2, { id: 'e2' }),
          event('c1', 'Close', 3, { id: 'e3' }),
        ]);
        assert.deepEqual(result, { accepted: 2, duplicates: 2, acceptedIndices: [1, 3] });
        const again = await store.appendEvents(w.id, [event('c1', 'Close', 3, { id: 'e3' })]);
        assert.deepEqual(again, { accepted: 0, duplicates: 1, acceptedIndices: [] });
        assert.deepEqual(
          (await scanAll(store, w.id)).map((e) => e.id),
          ['e1', 'e2', 'e3'],
        );
        assert.equal((await store.getWorkspace(w.id))?.events, 3);
      }));

    test('events without an id are always accepted, even when identical', () =>
      withStore(async (store) => {
        const w = await store.createWorkspace({ name: 'A' });
        const same = event('c1', 'Open', 1);
        assert.deepEqual(await store.appendEvents(w.id, [same, same]), {
          accepted: 2,
          duplicates: 0,
          acceptedIndices: [0, 1],
        });
        await store.appendEvents(w.id, [same]);
        assert.equal((await scanAll(store, w.id)).length, 3);
      }));

    test('ids are per workspace: the same id is new in another workspace', () =>
      withStore(async (store) => {
        const a = await store.createWorkspace({ name: 'A' });
        const b = await store.createWorkspace({ name: 'B' });
        await store.appendEvents(a.id, [event('c1', 'Open', 1, { id: 'e1' })]);
        const inB = await store.appendEvents(b.id, [event('c9', 'Open', 1, { id: 'e1' })]);
        assert.equal(inB.accepted, 1);
        assert.deepEqual(await scanAll(store, a.id), [event('c1', 'Open', 1, { id: 'e1' })]);
        assert.deepEqual(await scanAll(store, b.id), [event('c9', 'Open', 1, { id: 'e1' })]);
      }));

    test('appends made at the same time are each deduplicated against the other', () =>
      withStore(async (store) => {
        const w = await store.createWorkspace({ name: 'A' });
        const batch = [event('c1', 'Open', 1, { id: 'e1' }), event('c1', 'Close', 2, { id: 'e2' })];
        const results = await Promise.all([
          store.appendEvents(w.id, batch),
          store.appendEvents(w.id, batch),
        ]);
        assert.deepEqual(
          results.map((r) => r.accepted),
          [2, 0],
        );
        assert.equal((await scanAll(store, w.id)).length, 2);
      }));

    test('an empty batch stores nothing; an empty workspace scans to nothing', () =>
      withStore(async (store) => {
        const w = await store.createWorkspace({ name: 'A' });
        assert.deepEqual(await store.appendEvents(w.id, []), {
          accepted: 0,
          duplicates: 0,
          acceptedIndices: [],
        });
        assert.deepEqual(await scanAll(store, w.id), []);
      }));

    test('a large workspace scans in several non-empty batches, in arrival order', () =>
      withStore(async (store) => {
        const w = await store.createWorkspace({ name: 'A' });
        const total = 120_000;
        for (let from = 0; from < total; from += 5_000) {
          const batch = Array.from({ length: 5_000 }, (_, i) =>
            event(`c${(from + i) >> 3}`, 'Step', total - from - i, { id: `e${from + i}` }),
          );
          await store.appendEvents(w.id, batch);
        }
        const sizes: number[] = [];
        let next = 0;
        let inOrder = true;
        await store.scanEvents(w.id, (batch) => {
          sizes.push(batch.length);
          for (const e of batch) inOrder &&= e.id === `e${next++}`;
        });
        assert.ok(sizes.length > 1, `one batch of ${sizes[0]}`);
        assert.ok(
          sizes.every((n) => n > 0),
          `${sizes}`,
        );
        assert.equal(next, total);
        assert.ok(inOrder, 'events out of arrival order');
      }));

    test('deleting a workspace deletes its events and leaves the others alone', () =>
      withStore(async (store) => {
        const a = await store.createWorkspace({ name: 'A' });
        const b = await store.createWorkspace({ name: 'B' });
        await store.appendEvents(a.id, [event('c1', 'Open', 1, { id: 'e1' })]);
        await store.appendEvents(b.id, [event('c2', 'Open', 2, { id: 'e1' })]);
        assert.equal(await store.deleteWorkspace(a.id), true);
        assert.equal(await store.getWorkspace(a.id), undefined);
        assert.deepEqual(
          (await store.listWorkspaces()).map((w) => w.id),
          [b.id],
        );
        await assert.rejects(scanAll(store, a.id));
        await assert.rejects(store.appendEvents(a.id, [event('c1', 'Open', 1)]));
        assert.deepEqual(await scanAll(store, b.id), [event('c2', 'Open', 2, { id: 'e1' })]);
        assert.equal(await store.deleteWorkspace(a.id), false);
      }));

    test('attributes and optional fields read back exactly as appended', () =>
      withStore(async (store) => {
        const w = await store.createWorkspace({ name: 'A' });
        const events: StoredEvent[] = [
          {
            id: 'with-everything',
            case: 'T-17',
            activity: 'Review',
            time: 1_740_817_800_000,
            lifecycle: 'complete',
            resource: 'ann',
            startTime: 1_740_817_000_000,
            attributes: {
              priority: 'high',
              cost: 12.5,
              count: -3,
              urgent: true,
              note: null,
              tags: ['a', 'b', 2],
              nested: { deeper: { quote: 'she said "hi"\n', unicode: 'Zürich — 東京 🚀' } },
            },
          },
          { case: 'T-17', activity: 'Only required', time: 0 },
          { case: '', activity: 'Empty attributes', time: 1, attributes: {} },
          { case: 'long case id '.repeat(20), activity: 'Ünïcode activity', time: 2 },
        ];
        await store.appendEvents(w.id, events);
        assert.deepEqual(await scanAll(store, w.id), events);
      }));

    test('times keep every millisecond, before 1970 and far ahead included', () =>
      withStore(async (store) => {
        const w = await store.createWorkspace({ name: 'A' });
        const times = [
          Date.UTC(2025, 2, 1, 8, 30, 0, 1),
          Date.UTC(2025, 2, 1, 8, 30, 0, 999),
          -1,
          Date.UTC(1900, 0, 1, 0, 0, 0, 7),
          Date.UTC(9999, 11, 31, 23, 59, 59, 999),
        ];
        await store.appendEvents(
          w.id,
          times.map((t) => event('c', 'Tick', t)),
        );
        assert.deepEqual(
          (await scanAll(store, w.id)).map((e) => e.time),
          times,
        );
      }));

    test('a closed store refuses further calls', async () => {
      const store = await open();
      const w = await store.createWorkspace({ name: 'A' });
      await store.close();
      await assert.rejects(() => store.appendEvents(w.id, [event('c', 'Open', 1)]));
      await assert.rejects(() => store.listWorkspaces());
    });
  });
}

function event(
  caseId: string,
  activity: string,
  time: number,
  extra: Partial<StoredEvent> = {},
): StoredEvent {
  return { case: caseId, activity, time, ...extra };
}
