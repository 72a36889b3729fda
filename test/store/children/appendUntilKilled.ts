/**
 * Run by the crash test: appends batches of events with ids e0, e1, … to workspace argv[3] of
 * the store in argv[2], and after each append resolves prints the batch's ids as one JSON
 * line, so the test knows exactly what was acknowledged when it kills this process.
 */
import { openEventStore } from '../../../src/store/openEventStore.js';

const [dir, workspaceId] = process.argv.slice(2) as [string, string];
const batchSize = Number(process.argv[4] ?? 500);
const store = await openEventStore(dir);
// Bounded so a test that fails to kill it does not leave it running for ever.
for (let batch = 0; batch < 5_000; batch++) {
  const ids = Array.from({ length: batchSize }, (_, i) => `e${batch * batchSize + i}`);
  await store.appendEvents(
    workspaceId,
    ids.map((id, i) => ({ id, case: `c${i % 7}`, activity: 'Step', time: batch * 1_000 + i })),
  );
  process.stdout.write(`${JSON.stringify(ids)}\n`);
}
await store.close();
