import { createHash } from 'node:crypto';
import type { EventLog } from '../core/model/EventLog.js';
import type { AppendResult, StoredEvent } from '../store/EventStore.js';

/** What an import added. */
export interface ImportCounts {
  accepted: number;
  duplicates: number;
}

/**
 * Hands a read event log to `append` in batches (file order, so the analysis breaks ties as
 * `drumbeat analyze` does), each event with an id derived from its content: case, activity,
 * time, lifecycle, resource and how many identical events came before it in the same case.
 * Importing the same file twice, or an export overlapping an earlier one, so adds only the new
 * events, while events recorded twice on purpose stay two.
 */
export async function storeEventLog(
  log: EventLog,
  append: (batch: StoredEvent[]) => Promise<AppendResult>,
  batchSize = 5_000,
): Promise<ImportCounts> {
  const occurrence = countOccurrences(log);
  const counts = { accepted: 0, duplicates: 0 };
  for (let from = 0; from < log.size; from += batchSize) {
    const batch: StoredEvent[] = [];
    for (let e = from; e < Math.min(log.size, from + batchSize); e++) {
      const event = toStoredEvent(log, e);
      event.id = contentId(event, occurrence[e]!);
      batch.push(event);
    }
    const result = await append(batch);
    counts.accepted += result.accepted;
    counts.duplicates += result.duplicates;
  }
  return counts;
}

function toStoredEvent(log: EventLog, e: number): StoredEvent {
  const r = log.resourceOf[e]!;
  const l = log.lifecycleOf[e]!;
  const event: StoredEvent = {
    case: log.caseNames[log.caseOf[e]!]!,
    activity: log.activityNames[log.activityOf[e]!]!,
    time: log.time[e]!,
  };
  if (l >= 0) event.lifecycle = log.lifecycleNames[l]!;
  if (r >= 0) event.resource = log.resourceNames[r]!;
  if (Number.isFinite(log.startTime[e]!)) event.startTime = log.startTime[e]!;
  return event;
}

function eventKey(log: EventLog, e: number): string {
  return `${log.activityOf[e]}\u0000${log.time[e]}\u0000${log.lifecycleOf[e]}\u0000${log.resourceOf[e]}`;
}

/** How many identical events precede each one in its case; per case, so memory stays small. */
function countOccurrences(log: EventLog): Uint32Array {
  const occurrence = new Uint32Array(log.size);
  const seen = new Map<string, number>();
  for (let c = 0; c + 1 < log.caseOffsets.length; c++) {
    seen.clear();
    for (let k = log.caseOffsets[c]!; k < log.caseOffsets[c + 1]!; k++) {
      const e = log.order[k]!;
      const key = eventKey(log, e);
      const n = seen.get(key) ?? 0;
      occurrence[e] = n;
      seen.set(key, n + 1);
    }
  }
  return occurrence;
}

function contentId(event: StoredEvent, occurrence: number): string {
  const text = [
    event.case,
    event.activity,
    event.time,
    event.lifecycle ?? '',
    event.resource ?? '',
    occurrence,
  ].join('\u0000');
  return `f-${createHash('sha256').update(text).digest('base64url').slice(0, 24)}`;
}
