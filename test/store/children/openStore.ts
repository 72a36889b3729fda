/**
 * Run as a second process by the store tests: tries to open the store in argv[2], then closes
 * it, and prints what happened as one JSON line.
 */
import { StoreLockedError } from '../../../src/store/EventStore.js';
import { openEventStore } from '../../../src/store/openEventStore.js';

const dir = process.argv[2]!;
try {
  const store = await openEventStore(dir);
  await store.close();
  console.log(JSON.stringify({ opened: true }));
} catch (error) {
  console.log(
    JSON.stringify({
      opened: false,
      locked: error instanceof StoreLockedError,
      message: error instanceof Error ? error.message : String(error),
    }),
  );
}
