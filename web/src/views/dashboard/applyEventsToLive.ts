import type { LiveOutput } from '../../../../src/core/views/LiveOutput.js';
import type { ReceivedEvents } from './ReceivedEvents';

const hourMs = 3_600_000;

/**
 * The live view with the completions that arrived over SSE since it was fetched, so counters
 * move the moment events land instead of after the next analysis. A batch is taken as new when
 * its last event is later than the view's "now" (the latest event the server had counted);
 * batches without timestamps count when they arrived after the fetch.
 */
export function applyEventsToLive(
  live: LiveOutput,
  received: readonly ReceivedEvents[],
  fetchedAt: number,
): LiveOutput {
  const nowMs = Date.parse(live.now);
  const fresh = received.filter(({ message, receivedAt }) =>
    message.lastEventAt === null ? receivedAt > fetchedAt : Date.parse(message.lastEventAt) > nowMs,
  );
  if (fresh.length === 0) return live;

  let added = 0;
  let latest = nowMs;
  const hours = live.recentHours.map(([hour, count]): [string, number] => [hour, count]);
  for (const { message } of fresh) {
    const completed = message.completions[live.stage] ?? 0;
    added += completed;
    const at = message.lastEventAt === null ? latest : Date.parse(message.lastEventAt);
    latest = Math.max(latest, at);
    if (completed > 0) addToHour(hours, at, completed);
  }
  return {
    ...live,
    now: new Date(latest).toISOString(),
    today: { ...live.today, completed: live.today.completed + added },
    week: { ...live.week, completed: live.week.completed + added },
    recentHours: hours.slice(-48),
  };
}

/** Adds to the bucket of the hour containing `atMs`, opening new hourly buckets past the last one. */
function addToHour(hours: Array<[string, number]>, atMs: number, count: number): void {
  const last = hours[hours.length - 1];
  let lastStart = last === undefined ? Math.floor(atMs / hourMs) * hourMs : Date.parse(last[0]);
  if (last === undefined) hours.push([new Date(lastStart).toISOString(), 0]);
  while (atMs >= lastStart + hourMs) {
    lastStart += hourMs;
    hours.push([new Date(lastStart).toISOString(), 0]);
  }
  for (let index = hours.length - 1; index >= 0; index -= 1) {
    const bucket = hours[index]!;
    const start = Date.parse(bucket[0]);
    if (atMs >= start && atMs < start + hourMs) {
      bucket[1] += count;
      return;
    }
  }
}
