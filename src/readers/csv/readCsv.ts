import { InputError } from '../InputError.js';
import type { ReaderContext } from '../ReaderContext.js';
import type { SourceColumns } from '../readEventLog.js';
import { CsvLineCounter } from './CsvLineCounter.js';
import { CsvRecords } from './CsvRecords.js';
import { createRowParser, type ParsedRows } from './createRowParser.js';
import { type CsvLayout, sniffCsvLayout } from './sniffCsvLayout.js';

/** A record longer than this is a quote that is never closed, not data. */
const MAX_RECORD_CHARS = 16 << 20;

/**
 * Reads delimited text chunk by chunk: the header names the columns, every later row is an
 * event. Only the unfinished last row of a chunk is carried over, so memory stays flat.
 */
export async function readCsv(
  text: AsyncIterable<string>,
  ctx: ReaderContext,
): Promise<{ delimiter: string; columns: SourceColumns }> {
  let layout: CsvLayout | undefined;
  let parse: ((text: string, final: boolean) => ParsedRows) | undefined;
  let lines: CsvLineCounter | undefined;
  let records: CsvRecords | undefined;
  let pending = '';

  const consume = (final: boolean): void => {
    const parsed = parse!(pending, final);
    const counter = lines!;
    counter.begin(parsed.rows, pending.includes('"'));
    for (const error of parsed.errors) {
      const line = counter.lineOf(error.row);
      const problem =
        error.code === 'MissingQuotes'
          ? 'a quoted field is never closed (a " without its partner)'
          : `malformed quotes (${error.message})`;
      ctx.invalid.report(new InputError(ctx.file, problem, { line }));
      parsed.rows[error.row] = [''];
    }
    let from = 0;
    while (!records && from < parsed.rows.length) {
      const row = parsed.rows[from]!;
      if (!(row.length === 1 && row[0]!.trim() === '')) {
        records = new CsvRecords(ctx, row, counter.lineOf(from));
      }
      from++;
    }
    records?.add(parsed.rows, from, counter);
    counter.end(pending, parsed.cursor);
    pending = final ? '' : pending.slice(parsed.cursor);
    if (pending.length > MAX_RECORD_CHARS) {
      throw new InputError(
        ctx.file,
        'a record runs on for more than 16 million characters; is a quote never closed?',
        { line: counter.nextLine },
      );
    }
  };

  for await (const chunk of text) {
    pending += chunk;
    if (!layout) {
      layout = sniffCsvLayout(pending, false);
      if (!layout) continue;
      parse = createRowParser(layout);
      lines = new CsvLineCounter(layout.newline);
    }
    consume(false);
  }
  if (!layout) {
    layout = sniffCsvLayout(pending, true)!;
    parse = createRowParser(layout);
    lines = new CsvLineCounter(layout.newline);
  }
  consume(true);
  if (!records) throw new InputError(ctx.file, 'the file is empty (not even a header line)');
  return { delimiter: layout.delimiter, columns: records.columns };
}
