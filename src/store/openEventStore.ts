import { mkdir } from 'node:fs/promises';
import { openDuckDbStore } from './duckdb/openDuckDbStore.js';
import type { EventStore } from './EventStore.js';

/**
 * Opens (creating it if needed) the store in `dataDir`: the DuckDB file `drumbeat.duckdb`.
 * Throws {@link StoreLockedError} when another process, or this one, already has it open.
 */
export async function openEventStore(dataDir: string): Promise<EventStore> {
  await mkdir(dataDir, { recursive: true });
  return openDuckDbStore(dataDir);
}
