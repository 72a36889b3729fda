import { SaxesParser } from 'saxes';
import { InputError } from '../InputError.js';
import type { ReaderContext } from '../ReaderContext.js';
import { XesCollector } from './XesCollector.js';

/**
 * Streams an XES document through saxes as its text arrives. Any XML error (truncation,
 * mismatched tags, garbage) becomes an InputError at the line and column saxes stopped at.
 */
export async function readXes(text: AsyncIterable<string>, ctx: ReaderContext): Promise<void> {
  const parser = new SaxesParser();
  // saxes counts columns from 0; editors and users count from 1.
  const where = () => ({ line: parser.line, column: parser.column + 1 });
  // saxes calls the close handler of a mismatched tag before it reports the mismatch, so bad
  // records are held until the chunk has parsed: on broken XML the XML error is what the user sees.
  const held: InputError[] = [];
  const release = () => {
    for (const error of held.splice(0)) ctx.invalid.report(error);
  };
  const collector = new XesCollector({ ...ctx, invalid: { report: (e) => held.push(e) } }, where);
  parser.on('opentag', (tag) => collector.open(tag.name, tag.attributes));
  parser.on('closetag', () => collector.close());
  try {
    for await (const chunk of text) {
      parser.write(chunk);
      release();
    }
    parser.close();
    release();
  } catch (error) {
    if (error instanceof InputError) throw error;
    // saxes prefixes its message with "line:column: "; we put the position in front ourselves.
    const detail = (error instanceof Error ? error.message : String(error)).replace(
      /^\d+:\d+: /,
      '',
    );
    throw new InputError(ctx.file, `the XML is malformed or cut short: ${detail}`, where());
  }
  if (!collector.sawLog)
    throw new InputError(ctx.file, 'is not an XES log: it has no <log> element');
}
