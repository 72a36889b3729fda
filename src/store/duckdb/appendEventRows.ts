import type { DuckDBAppender } from '@duckdb/node-api';
import type { StoredEvent } from '../EventStore.js';

/**
 * Writes events as rows of the `events` table, in its column order, numbering them from
 * `firstSeq`. The appender is DuckDB's fastest way in: on 1,000,000 events in durable batches
 * of 2,000 it took about 200,000 events/s where one INSERT per batch from list parameters
 * (`unnest($1::VARCHAR[])`, …) took about 95,000 (DuckDB 1.5.6, 2 cores). Appending whole data
 * chunks instead of rows measured the same, so the simpler row calls stay.
 */
export function appendEventRows(
  appender: DuckDBAppender,
  workspaceId: string,
  firstSeq: number,
  events: readonly StoredEvent[],
): void {
  let seq = firstSeq;
  for (const event of events) {
    appender.appendVarchar(workspaceId);
    appender.appendBigInt(BigInt(seq++));
    appendText(appender, event.id);
    appender.appendVarchar(event.case);
    appender.appendVarchar(event.activity);
    appender.appendBigInt(BigInt(event.time));
    appendText(appender, event.lifecycle);
    appendText(appender, event.resource);
    appendText(
      appender,
      event.attributes === undefined ? undefined : JSON.stringify(event.attributes),
    );
    if (event.startTime === undefined || !Number.isFinite(event.startTime)) appender.appendNull();
    else appender.appendBigInt(BigInt(Math.round(event.startTime)));
    appender.endRow();
  }
}

function appendText(appender: DuckDBAppender, text: string | undefined): void {
  if (text === undefined) appender.appendNull();
  else appender.appendVarchar(text);
}
