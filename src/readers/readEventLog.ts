import { type TimeZone, timeZone } from '../core/calendar/zoneOffset.js';
import type { EventLog } from '../core/model/EventLog.js';
import { EventLogBuilder } from '../core/model/EventLogBuilder.js';
import { readCsv } from './csv/readCsv.js';
import { detectFormat } from './detectFormat.js';
import { InputError, type InputIssue } from './InputError.js';
import { InvalidRecords } from './InvalidRecords.js';
import { readJsonl } from './jsonl/readJsonl.js';
import type { ReaderContext } from './ReaderContext.js';
import { openText } from './text/openText.js';
import { makeTimestampParser, type TimestampParser } from './timestamps/makeTimestampParser.js';
import { readXes } from './xes/readXes.js';

export type { InputIssue } from './InputError.js';

/** Column (CSV) or key (JSONL) names that override the automatic choice. */
export interface ColumnOverrides {
  case?: string;
  activity?: string;
  timestamp?: string;
  startTimestamp?: string;
  lifecycle?: string;
  resource?: string;
}

export interface ReadOptions {
  /** Default: from the extension (.csv/.tsv/.txt, .xes, .jsonl/.ndjson, each optionally .gz), else sniffed. */
  format?: 'csv' | 'xes' | 'jsonl';
  columns?: ColumnOverrides;
  /** e.g. 'dd-MM-yyyy HH:mm:ss'; tokens yyyy MM dd HH mm ss SSS, other characters literal. */
  timestampFormat?: string;
  /** How to read timestamps without an offset: an IANA name or +hh:mm. Default 'UTC'. */
  timezone?: string;
  /** Count bad records and go on, instead of stopping at the first. */
  skipInvalid?: boolean;
  /** Bytes of the file on disk read so far (compressed bytes for .gz). */
  onProgress?: (bytesRead: number, totalBytes: number) => void;
}

/** The columns a read actually used. */
export interface SourceColumns {
  case: string;
  activity: string;
  timestamp: string;
  startTimestamp?: string;
  lifecycle?: string;
  resource?: string;
}

export interface ReadResult {
  log: EventLog;
  source: {
    file: string;
    format: 'csv' | 'xes' | 'jsonl';
    timezone: string;
    delimiter?: string;
    columns?: SourceColumns;
  };
  skipped: { count: number; examples: InputIssue[] };
}

/**
 * Reads an event log file (CSV, XES or JSON Lines, optionally gzipped) as a stream into the
 * columnar model. Every problem with the input is thrown as an {@link InputError} that names
 * the file and, where it can, the line, column and field.
 *
 * @example const { log } = await readEventLog('receipt.xes.gz', { timezone: 'Europe/Amsterdam' });
 */
export async function readEventLog(file: string, options: ReadOptions = {}): Promise<ReadResult> {
  const zoneName = options.timezone ?? 'UTC';
  const { zone, parseTime } = timeSettings(file, zoneName, options.timestampFormat);
  const text = await openText(file, options.onProgress);
  const format = options.format ?? detectFormat(file, text.head);
  const invalid = new InvalidRecords(options.skipInvalid ?? false);
  const builder = new EventLogBuilder();
  const ctx: ReaderContext = {
    file,
    builder,
    parseTime,
    zone,
    invalid,
    columns: options.columns ?? {},
  };
  const source: ReadResult['source'] = { file, format, timezone: zone.name };
  if (format === 'csv') {
    const { delimiter, columns } = await readCsv(text.chunks, ctx);
    source.delimiter = delimiter;
    source.columns = columns;
  } else if (format === 'jsonl') {
    const { columns } = await readJsonl(text.chunks, ctx);
    if (columns) source.columns = columns;
  } else {
    await readXes(text.chunks, ctx);
  }
  if (builder.size === 0) {
    const why =
      invalid.count > 0
        ? `: all ${invalid.count} records are invalid, e.g. ${invalid.examples[0]?.message}`
        : '';
    throw new InputError(file, `has no events${why}`);
  }
  return {
    log: builder.build(),
    source,
    skipped: { count: invalid.count, examples: invalid.examples },
  };
}

function timeSettings(
  file: string,
  zoneName: string,
  format: string | undefined,
): { zone: TimeZone; parseTime: TimestampParser } {
  try {
    const zone = timeZone(zoneName);
    return { zone, parseTime: makeTimestampParser(zone, format) };
  } catch (error) {
    throw new InputError(file, error instanceof Error ? error.message : String(error));
  }
}
