import type { TimeZone } from '../core/calendar/zoneOffset.js';
import { parseTimestamp } from '../readers/timestamps/parseTimestamp.js';
import type { StoredEvent } from '../store/EventStore.js';
import { describeIssue } from './describeIssue.js';
import { IncomingEvent } from './schemas/IncomingEvent.js';

/** One element of a posted batch: parsed JSON, or why its NDJSON line could not be parsed. */
export type BatchEntry = { value: unknown } | { error: string };

export interface Rejection {
  /** Position in the batch: array index, or the NDJSON line counting only non-blank lines. */
  index: number;
  reason: string;
}

/**
 * Checks each posted event on its own so one bad event never costs the good ones (partial
 * acceptance). Timestamps go through the readers' parser, so a time reads the same whether it
 * arrives over the API or in a file; without an offset it is wall-clock time in `zone`.
 */
export function validateEvents(
  entries: readonly BatchEntry[],
  zone: TimeZone,
): { events: StoredEvent[]; rejected: Rejection[] } {
  const events: StoredEvent[] = [];
  const rejected: Rejection[] = [];
  entries.forEach((entry, index) => {
    if ('error' in entry) {
      rejected.push({ index, reason: entry.error });
      return;
    }
    const parsed = IncomingEvent.safeParse(entry.value);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      rejected.push({ index, reason: issue ? describeIssue(issue) : 'not an event' });
      return;
    }
    const e = parsed.data;
    const time = parseTimestamp(e.timestamp, zone);
    if (!Number.isFinite(time)) {
      rejected.push({
        index,
        reason: `field "timestamp": cannot read "${e.timestamp}" as a time (use ISO 8601, e.g. 2025-03-01T09:30:00+01:00)`,
      });
      return;
    }
    const event: StoredEvent = { case: e.case, activity: e.activity, time };
    if (e.id !== undefined) event.id = e.id;
    if (e.lifecycle != null && e.lifecycle !== '') event.lifecycle = e.lifecycle;
    if (e.resource != null && e.resource !== '') event.resource = e.resource;
    if (e.attributes != null) event.attributes = e.attributes;
    events.push(event);
  });
  return { events, rejected };
}
