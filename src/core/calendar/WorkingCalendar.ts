import type { TimeZone } from './zoneOffset.js';

/** Working intervals of one weekday, as [fromMinute, toMinute) pairs of local time. */
export type DayHours = ReadonlyArray<readonly [number, number]>;

/**
 * When people work: a weekly pattern of local hours in a time zone. `days[0]` is Monday.
 * A calendar that is always open measures plain wall-clock time.
 */
export interface WorkingCalendar {
  readonly label: string;
  readonly zone: TimeZone;
  readonly days: readonly DayHours[];
  readonly alwaysOpen: boolean;
  /** How the calendar was obtained, for the report. */
  readonly source: 'given' | 'inferred' | 'default';
}
