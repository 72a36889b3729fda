import type { TimeZone } from '../core/calendar/zoneOffset.js';
import type { EventLogBuilder } from '../core/model/EventLogBuilder.js';
import type { InputError } from './InputError.js';
import type { ColumnOverrides } from './readEventLog.js';
import type { TimestampParser } from './timestamps/makeTimestampParser.js';

/** What every format reader needs: where events go, how to read times, what to do with bad records. */
export interface ReaderContext {
  /** The path as the user gave it, for messages. */
  file: string;
  builder: EventLogBuilder;
  /** Reads a time cell: the user's format when given, else the automatic forms. */
  parseTime: TimestampParser;
  /** How to read times without an offset; XES dates (always ISO) ignore the user's format. */
  zone: TimeZone;
  /** Takes a bad record: throws it, or counts it when invalid records are skipped. */
  invalid: { report(error: InputError): void };
  columns: ColumnOverrides;
}
