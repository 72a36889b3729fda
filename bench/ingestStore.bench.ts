/**
 * How fast the event store takes events in and gives them back: appends N events (1,000,000 by
 * default) in batches of 2,000 into a fresh store in a temporary folder, each append durable
 * before the next starts, then scans them back, warm and after reopening.
 *
 *   node --import tsx bench/ingestStore.bench.ts [--events N] [--batch N] [--keep]
 *
 * Only the appendEvents calls are timed for the ingest rate; generating the events is not.
 * Progress goes to stderr, the figures to stdout.
 */
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import type { EventStore, StoredEvent } from '../src/store/EventStore.js';
import { openEventStore } from '../src/store/openEventStore.js';

const { values } = parseArgs({
  options: {
    events: { type: 'string', default: '1000000' },
    batch: { type: 'string', default: '2000' },
    keep: { type: 'boolean', default: false },
  },
});
const total = Number(values.events);
const batchSize = Number(values.batch);
const stages = ['Receive order', 'Check credit', 'Assemble', 'Inspect', 'Ship'];
const integer = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });

/** Events shaped like the synthetic log of bench/generateLog.ts, with ids and some attributes. */
function batchFrom(first: number, size: number): StoredEvent[] {
  return Array.from({ length: size }, (_, i) => {
    const n = first + i;
    const event: StoredEvent = {
      id: `evt-${n.toString(36).padStart(8, '0')}`,
      case: `order-${Math.floor(n / stages.length)}`,
      activity: stages[n % stages.length]!,
      time: Date.UTC(2025, 0, 1) + n * 12_000,
      lifecycle: 'complete',
      resource: `clerk-${(n % 10) + 1}`,
    };
    if (n % 4 === 0) event.attributes = { priority: n % 8 === 0 ? 'high' : 'normal' };
    return event;
  });
}

async function timeScan(store: EventStore, workspaceId: string): Promise<[number, number]> {
  const started = performance.now();
  let count = 0;
  await store.scanEvents(workspaceId, (batch) => {
    count += batch.length;
  });
  return [(performance.now() - started) / 1000, count];
}

const dir = mkdtempSync(join(tmpdir(), 'drumbeat-ingest-bench-'));
try {
  let store = await openEventStore(dir);
  const workspace = await store.createWorkspace({ name: 'bench' });
  let appendSeconds = 0;
  for (let first = 0; first < total; first += batchSize) {
    const batch = batchFrom(first, Math.min(batchSize, total - first));
    const started = performance.now();
    const result = await store.appendEvents(workspace.id, batch);
    appendSeconds += (performance.now() - started) / 1000;
    if (result.accepted !== batch.length) throw new Error(`batch at ${first} not all accepted`);
    if ((first / batchSize) % 50 === 0) process.stderr.write(`\rappended ${integer.format(first)}`);
  }
  process.stderr.write('\n');
  const [warmSeconds, warmCount] = await timeScan(store, workspace.id);

  let started = performance.now();
  await store.close();
  const closeSeconds = (performance.now() - started) / 1000;
  started = performance.now();
  store = await openEventStore(dir);
  const openSeconds = (performance.now() - started) / 1000;
  const [coldSeconds, coldCount] = await timeScan(store, workspace.id);
  // The first append after opening loads the workspace's ids for deduplication.
  started = performance.now();
  await store.appendEvents(workspace.id, batchFrom(total, 1));
  const firstAppendSeconds = (performance.now() - started) / 1000;
  await store.close();
  if (warmCount !== total || coldCount !== total) throw new Error('scan lost events');

  const megabytes = statSync(join(dir, 'drumbeat.duckdb')).size / 1e6;
  console.log(`## Event store: ${integer.format(total)} events in batches of ${batchSize}`);
  console.log('');
  console.log('| what | figure |');
  console.log('| --- | --- |');
  console.log(
    `| ingest (durable appends) | ${integer.format(total / appendSeconds)} events/s (${appendSeconds.toFixed(2)} s) |`,
  );
  console.log(`| scan, warm | ${warmSeconds.toFixed(2)} s |`);
  console.log(`| close (checkpoint) | ${closeSeconds.toFixed(2)} s |`);
  console.log(`| reopen | ${openSeconds.toFixed(2)} s |`);
  console.log(`| scan after reopen | ${coldSeconds.toFixed(2)} s |`);
  console.log(`| first append after reopen (loads ids) | ${firstAppendSeconds.toFixed(2)} s |`);
  console.log(`| database file | ${megabytes.toFixed(1)} MB |`);
} finally {
  if (values.keep) process.stderr.write(`kept ${dir}\n`);
  else rmSync(dir, { recursive: true, force: true });
}
