import type { ColumnOverrides } from './readEventLog.js';

export type Role = keyof ColumnOverrides;

/**
 * Column names people give each field, most specific first, matched case-insensitively: XES
 * keys (pm4py exports), Disco/ProM/Celonis exports, then the plain words of hand-made files.
 * `org:group` is the resource only when nothing better exists (sepsis records only groups).
 */
export const COLUMN_NAMES: Readonly<Record<Role, readonly string[]>> = {
  case: ['case:concept:name', 'case id', 'case_id', 'caseid', 'case'],
  activity: ['concept:name', 'activity', 'activity name', 'event', 'task'],
  timestamp: [
    'time:timestamp',
    'complete timestamp',
    'timestamp',
    'end_timestamp',
    'time',
    'end time',
    'completion_time',
  ],
  startTimestamp: ['start_timestamp', 'start timestamp', 'start_time', 'start time', 'time:start'],
  lifecycle: ['lifecycle:transition', 'lifecycle', 'transition', 'event_type'],
  resource: ['org:resource', 'resource', 'user', 'assignee', 'agent', 'org:group'],
};
