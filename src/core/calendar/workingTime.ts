import type { WorkingCalendar } from './WorkingCalendar.js';

const MINUTE = 60_000;
const DAY = 86_400_000;
const WEEK = 7 * DAY;
/** 1970-01-05 was a Monday: weeks are counted from there. */
const MONDAY = 4 * DAY;

/**
 * Working milliseconds in [from, to) under the calendar. Computed as the difference of a
 * cumulative "working time since epoch" function, so each call costs O(intervals per day)
 * whatever the span. Local wall time is used, so a daylight-saving jump at night (when no
 * one works) changes nothing.
 */
export function workingMs(calendar: WorkingCalendar, from: number, to: number): number {
  if (!(to > from)) return 0;
  if (calendar.alwaysOpen) return to - from;
  return cumulative(calendar, to) - cumulative(calendar, from);
}

/** The first working instant at or after `t` (t itself when it is working time). */
export function nextWorkingInstant(calendar: WorkingCalendar, t: number): number {
  if (calendar.alwaysOpen || !Number.isFinite(t)) return t;
  const offset = calendar.zone.offsetAt(t);
  const local = t + offset;
  const dayStart = Math.floor(local / DAY) * DAY;
  for (let d = 0; d < 8; d++) {
    const start = dayStart + d * DAY;
    for (const [from, to] of calendar.days[weekday(start)] ?? []) {
      const a = start + from * MINUTE;
      const b = start + to * MINUTE;
      if (local < b) return local >= a ? t : calendar.zone.toUtc(a);
    }
  }
  return t;
}

/** Working milliseconds in one calendar week. */
export function weeklyWorkingMs(calendar: WorkingCalendar): number {
  if (calendar.alwaysOpen) return WEEK;
  let total = 0;
  for (const day of calendar.days) for (const [a, b] of day) total += (b - a) * MINUTE;
  return total;
}

function cumulative(calendar: WorkingCalendar, t: number): number {
  const local = t + calendar.zone.offsetAt(t) - MONDAY;
  const weeks = Math.floor(local / WEEK);
  let total = weeks * weeklyWorkingMs(calendar);
  const inWeek = local - weeks * WEEK;
  for (let d = 0; d < 7; d++) {
    const dayStart = d * DAY;
    if (inWeek <= dayStart) break;
    for (const [from, to] of calendar.days[d] ?? []) {
      const a = dayStart + from * MINUTE;
      const b = dayStart + to * MINUTE;
      if (inWeek >= b) total += b - a;
      else if (inWeek > a) total += inWeek - a;
    }
  }
  return total;
}

/** Weekday of a local midnight, 0 = Monday. */
function weekday(localMidnight: number): number {
  return ((Math.floor((localMidnight - MONDAY) / DAY) % 7) + 7) % 7;
}
