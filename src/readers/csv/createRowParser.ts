import Papa from 'papaparse';
import type { CsvLayout } from './sniffCsvLayout.js';

export interface ParsedRows {
  rows: string[][];
  /** Where the unparsed rest of the text begins (a row cut off by the end of a chunk). */
  cursor: number;
  errors: { row: number; code: string; message: string }[];
}

/**
 * Papa Parse's core parser, driven chunk by chunk: we keep the text after `cursor` and prepend
 * it to the next chunk. Driving it directly (rather than through Papa's stream wrapper) gives
 * us arrays of rows per chunk, the cursor for line counting, and no per-row callbacks.
 * `final` parses the last row even when no line break ends it.
 */
export function createRowParser(layout: CsvLayout): (text: string, final: boolean) => ParsedRows {
  const parser = new Papa.Parser({
    delimiter: layout.delimiter,
    newline: layout.newline,
    quoteChar: '"',
    escapeChar: '"',
  });
  return (text, final) => {
    const result: {
      data: string[][];
      errors: ParsedRows['errors'];
      meta: { cursor: number };
    } = parser.parse(text, 0, !final);
    return { rows: result.data, cursor: result.meta.cursor, errors: result.errors };
  };
}
