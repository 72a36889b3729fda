import type { WorkingCalendar } from '../calendar/WorkingCalendar.js';
import { workingMs } from '../calendar/workingTime.js';
import type { Timeline } from './Timeline.js';

const DAY = 86_400_000;
const MONDAY = 4 * DAY;

/** Weeks from the Monday on or before `from` to past `to`, with the working time in each. */
export function buildTimeline(from: number, to: number, calendar: WorkingCalendar): Timeline {
  if (!Number.isFinite(from) || !Number.isFinite(to))
    throw new RangeError(`timeline needs finite bounds, got ${from}..${to}`);
  const zone = calendar.zone;
  const localFrom = from + zone.offsetAt(from);
  const firstMonday = Math.floor((localFrom - MONDAY) / (7 * DAY)) * 7 * DAY + MONDAY;
  const starts: number[] = [];
  for (let local = firstMonday; ; local += 7 * DAY) {
    const utc = zone.toUtc(local);
    starts.push(utc);
    if (utc > to) break;
  }
  if (starts.length < 2) starts.push(zone.toUtc(firstMonday + 7 * DAY));
  const weekStarts = Float64Array.from(starts);
  const availableMs = new Float64Array(weekStarts.length - 1);
  let total = 0;
  for (let w = 0; w < availableMs.length; w++) {
    const a = Math.max(from, weekStarts[w]!);
    const b = Math.min(to, weekStarts[w + 1]!);
    availableMs[w] = workingMs(calendar, a, b);
    total += availableMs[w]!;
  }
  return { from, to, weekStarts, availableMs, totalAvailableMs: total };
}

/** Index of the week containing `t` (clamped to the timeline). */
export function weekOf(timeline: Timeline, t: number): number {
  const starts = timeline.weekStarts;
  let lo = 0;
  let hi = starts.length - 2;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= t) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}
