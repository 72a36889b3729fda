import type { ReadOptions } from '../readers/readEventLog.js';

/** How to read a log file: the options `analyze`, `forecast` and `import` share. */
export interface ReaderFlags {
  format?: 'csv' | 'xes' | 'jsonl';
  case?: string;
  activity?: string;
  timestamp?: string;
  startTimestamp?: string;
  lifecycle?: string;
  resource?: string;
  timestampFormat?: string;
  skipInvalid?: boolean;
  progress: boolean;
}

/** The reader options the flags ask for (time zone and progress are the caller's). */
export function readerOptions(flags: ReaderFlags): ReadOptions {
  const columns = {
    ...(flags.case && { case: flags.case }),
    ...(flags.activity && { activity: flags.activity }),
    ...(flags.timestamp && { timestamp: flags.timestamp }),
    ...(flags.startTimestamp && { startTimestamp: flags.startTimestamp }),
    ...(flags.lifecycle && { lifecycle: flags.lifecycle }),
    ...(flags.resource && { resource: flags.resource }),
  };
  return {
    columns,
    skipInvalid: flags.skipInvalid ?? false,
    ...(flags.format && { format: flags.format }),
    ...(flags.timestampFormat && { timestampFormat: flags.timestampFormat }),
  };
}
