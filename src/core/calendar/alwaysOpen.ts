import type { WorkingCalendar } from './WorkingCalendar.js';
import type { TimeZone } from './zoneOffset.js';

/** The wall-clock calendar: every hour of every day counts. */
export function alwaysOpen(zone: TimeZone, source: WorkingCalendar['source']): WorkingCalendar {
  return { label: '24/7', zone, days: [[], [], [], [], [], [], []], alwaysOpen: true, source };
}
