import type { WorkingCalendar } from '../calendar/WorkingCalendar.js';

const DAY = 86_400_000;

/** Which days a daily series covers and which it left out. */
export interface DayWindow {
  /** Local calendar day numbers (days since 1970-01-01 in the calendar's zone), oldest first. */
  days: number[];
  /** Completions on each of those days. */
  counts: number[];
}

/**
 * Completions per local day over the `span` calendar days that end with the day containing
 * `end`; instants after `end` are ignored. With `workingDaysOnly`, days on which the calendar has
 * no working hours are dropped (their few completions, if any, are moved to the next working day
 * in the window) so that a forecast counts working days, the way a team plans.
 */
export function countByDay(
  times: Iterable<number>,
  end: number,
  span: number,
  calendar: WorkingCalendar,
  workingDaysOnly: boolean,
): DayWindow {
  const zone = calendar.zone;
  const localDay = (t: number): number => Math.floor((t + zone.offsetAt(t)) / DAY);
  const last = localDay(end);
  const first = last - Math.max(1, Math.floor(span)) + 1;
  const all = new Array<number>(last - first + 1).fill(0);
  for (const t of times) {
    if (!Number.isFinite(t) || t > end) continue;
    const d = localDay(t);
    if (d >= first) all[d - first]!++;
  }
  if (!workingDaysOnly || calendar.alwaysOpen) {
    return { days: all.map((_, i) => first + i), counts: all };
  }
  const days: number[] = [];
  const counts: number[] = [];
  let carried = 0;
  for (let i = 0; i < all.length; i++) {
    const day = first + i;
    carried += all[i]!;
    // Day 0 (1970-01-01) was a Thursday; calendar.days[0] is Monday.
    const weekday = (((day + 3) % 7) + 7) % 7;
    if ((calendar.days[weekday]?.length ?? 0) === 0) continue;
    days.push(day);
    counts.push(carried);
    carried = 0;
  }
  return { days, counts };
}
