import type { ReaderContext } from '../ReaderContext.js';
import type { SourceColumns } from '../readEventLog.js';
import { JsonRecords } from './JsonRecords.js';

/** Reads JSON Lines / NDJSON: one JSON object per line, blank lines allowed. */
export async function readJsonl(
  text: AsyncIterable<string>,
  ctx: ReaderContext,
): Promise<{ columns: SourceColumns | undefined }> {
  const records = new JsonRecords(ctx);
  let pending = '';
  let line = 0;
  for await (const chunk of text) {
    pending += chunk;
    let from = 0;
    for (let end = pending.indexOf('\n'); end >= 0; end = pending.indexOf('\n', from)) {
      records.addLine(pending.slice(from, end), ++line);
      from = end + 1;
    }
    pending = pending.slice(from);
  }
  records.addLine(pending, ++line);
  return { columns: records.keys.columns() };
}
