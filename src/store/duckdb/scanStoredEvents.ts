import {
  type DuckDBConnection,
  type DuckDBDataChunk,
  DuckDBDoubleVector,
  DuckDBVarCharVector,
  type DuckDBVector,
} from '@duckdb/node-api';
import type { StoredEvent } from '../EventStore.js';

/**
 * Streams a workspace's events in `seq` (arrival) order, handing them over `batchSize` at a
 * time. Streaming keeps memory to one batch however large the workspace. `ts` is read as a
 * DOUBLE: whole milliseconds are exact in a double for ±285,000 years, and a double avoids a
 * BigInt per row.
 */
export async function scanStoredEvents(
  connection: DuckDBConnection,
  workspaceId: string,
  batchSize: number,
  onBatch: (events: StoredEvent[]) => void,
): Promise<void> {
  const result = await connection.stream(
    `SELECT event_id, case_id, activity, ts::DOUBLE, lifecycle, resource, attributes, start_ts::DOUBLE
     FROM events WHERE workspace_id = $1 ORDER BY seq`,
    [workspaceId],
  );
  let batch: StoredEvent[] = [];
  for (;;) {
    const chunk = await result.fetchChunk();
    if (!chunk || chunk.rowCount === 0) break;
    readChunk(chunk, batch);
    if (batch.length >= batchSize) {
      onBatch(batch);
      batch = [];
    }
  }
  if (batch.length > 0) onBatch(batch);
}

/** Absent fields stay absent (not `undefined`), so an event reads back as it was appended. */
function readChunk(chunk: DuckDBDataChunk, into: StoredEvent[]): void {
  const ids = text(chunk.getColumnVector(0));
  const cases = text(chunk.getColumnVector(1));
  const activities = text(chunk.getColumnVector(2));
  const times = chunk.getColumnVector(3);
  if (!(times instanceof DuckDBDoubleVector)) throw new Error('expected ts as DOUBLE');
  const lifecycles = text(chunk.getColumnVector(4));
  const resources = text(chunk.getColumnVector(5));
  const attributes = text(chunk.getColumnVector(6));
  const starts = chunk.getColumnVector(7);
  if (!(starts instanceof DuckDBDoubleVector)) throw new Error('expected start_ts as DOUBLE');
  const rows = chunk.rowCount;
  for (let row = 0; row < rows; row++) {
    // case_id, activity and ts are NOT NULL columns; the fallbacks only satisfy the types.
    const event: StoredEvent = {
      case: cases.getItem(row) ?? '',
      activity: activities.getItem(row) ?? '',
      time: times.getItem(row) ?? 0,
    };
    const id = ids.getItem(row);
    if (id !== null) event.id = id;
    const lifecycle = lifecycles.getItem(row);
    if (lifecycle !== null) event.lifecycle = lifecycle;
    const resource = resources.getItem(row);
    if (resource !== null) event.resource = resource;
    const json = attributes.getItem(row);
    if (json !== null) event.attributes = JSON.parse(json) as Record<string, unknown>;
    const startTime = starts.getItem(row);
    if (startTime !== null) event.startTime = startTime;
    into.push(event);
  }
}

/** JSON columns arrive as VARCHAR vectors too: JSON is an alias of VARCHAR in DuckDB. */
function text(vector: DuckDBVector): DuckDBVarCharVector {
  if (!(vector instanceof DuckDBVarCharVector)) {
    throw new Error(`expected a VARCHAR column, got ${vector.type.toString()}`);
  }
  return vector;
}
