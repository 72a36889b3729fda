import type { EventLog } from '../model/EventLog.js';
import { alwaysOpen } from './alwaysOpen.js';
import type { WorkingCalendar } from './WorkingCalendar.js';
import type { TimeZone } from './zoneOffset.js';

const DAY_NAMES = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];
const HOUR = 3_600_000;
const MONDAY = 4 * 86_400_000;

/** Thresholds of {@link inferCalendar}; shares of the busiest day or hour. */
export interface InferCalendarOptions {
  /** A weekday counts as working when it has at least this share of the busiest day's events. */
  minDayShare: number;
  /** An hour counts as working when it has at least this share of the busiest hour's events. */
  minHourShare: number;
  /** Below this many events the log says too little, and wall-clock time is used. */
  minEvents: number;
}

const DEFAULTS: InferCalendarOptions = { minDayShare: 0.15, minHourShare: 0.1, minEvents: 500 };

/**
 * Infers when people work from when their events happen: a histogram of events by weekday and
 * hour in the analysis time zone. Each case's first event is left out, because arrivals (a
 * ticket opened, a lead created) come in around the clock even where work does not.
 * Working days are those near the busiest; working hours span the first to the last busy hour.
 * A log busy on all days across (nearly) all hours is measured in wall-clock time.
 */
export function inferCalendar(
  log: EventLog,
  zone: TimeZone,
  options: Partial<InferCalendarOptions> = {},
): WorkingCalendar {
  const opts = { ...DEFAULTS, ...options };
  const counts = new Float64Array(7 * 24);
  let total = 0;
  for (let c = 0; c + 1 < log.caseOffsets.length; c++) {
    for (let k = log.caseOffsets[c]! + 1; k < log.caseOffsets[c + 1]!; k++) {
      const t = log.time[log.order[k]!]!;
      const local = t + zone.offsetAt(t) - MONDAY;
      const hourOfWeek = ((Math.floor(local / HOUR) % 168) + 168) % 168;
      counts[hourOfWeek]!++;
      total++;
    }
  }
  if (total < opts.minEvents) return alwaysOpen(zone, 'inferred');
  const dayTotals = DAY_NAMES.map((_, d) => sumRange(counts, d * 24, d * 24 + 24));
  const maxDay = Math.max(...dayTotals);
  const workDays = dayTotals.flatMap((v, d) => (v >= opts.minDayShare * maxDay ? [d] : []));
  const hourTotals = Array.from({ length: 24 }, (_, h) =>
    workDays.reduce((s, d) => s + counts[d * 24 + h]!, 0),
  );
  const maxHour = Math.max(...hourTotals);
  const busy = hourTotals.flatMap((v, h) => (v >= opts.minHourShare * maxHour ? [h] : []));
  const first = busy[0] ?? 0;
  const last = busy[busy.length - 1] ?? 23;
  if (workDays.length === 7 && last - first >= 21) return alwaysOpen(zone, 'inferred');
  const hours: [number, number] = [first * 60, (last + 1) * 60];
  const days = DAY_NAMES.map((_, d) => (workDays.includes(d) ? [hours] : []));
  const label = `${dayLabel(workDays)} ${hhmm(hours[0])}-${hhmm(hours[1])} ${zone.name}`;
  return { label, zone, days, alwaysOpen: false, source: 'inferred' };
}

function sumRange(a: Float64Array, from: number, to: number): number {
  let s = 0;
  for (let i = from; i < to; i++) s += a[i]!;
  return s;
}

function hhmm(minutes: number): string {
  return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}

function dayLabel(days: number[]): string {
  const contiguous = days.every((d, i) => i === 0 || d === days[i - 1]! + 1);
  if (contiguous && days.length > 1)
    return `${DAY_NAMES[days[0]!]}-${DAY_NAMES[days[days.length - 1]!]}`;
  return days.map((d) => DAY_NAMES[d]).join(',');
}
