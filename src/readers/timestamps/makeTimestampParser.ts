import type { TimeZone } from '../../core/calendar/zoneOffset.js';
import { compileTimestampFormat } from './compileTimestampFormat.js';
import { parseTimestamp } from './parseTimestamp.js';

/** Turns a timestamp cell into milliseconds since the epoch, or NaN when it cannot. */
export type TimestampParser = (text: string) => number;

/**
 * The parser a read uses: the user's explicit format when given (strictly, so a file in mixed
 * formats is reported rather than half misread), else the automatic forms of parseTimestamp.
 * Throws a RangeError for a malformed format.
 */
export function makeTimestampParser(zone: TimeZone, format?: string): TimestampParser {
  if (format !== undefined && format !== '') return compileTimestampFormat(format, zone);
  return (text) => parseTimestamp(text, zone);
}
