import { createReadStream } from 'node:fs';
import type { Readable } from 'node:stream';
import { createGunzip } from 'node:zlib';

const QUOTE = 0x22;
const NEWLINE = 0x0a;
const CARRIAGE_RETURN = 0x0d;
const EVENT_TAG = Buffer.from('<event');

/**
 * Counts the events in a log file independently of drumbeat, so events per second do not
 * depend on what its JSON reports: data rows of a CSV (any delimiter; quoted newlines and blank
 * lines handled), or `<event` elements of an XES file, gzipped or not. Streams, so a 600 MB
 * file costs a few MiB of memory.
 */
export async function countEvents(path: string): Promise<number> {
  if (/\.csv$/i.test(path)) return countCsvRows(createReadStream(path));
  if (/\.xes\.gz$/i.test(path)) return countXesEvents(createReadStream(path).pipe(createGunzip()));
  if (/\.xes$/i.test(path)) return countXesEvents(createReadStream(path));
  throw new Error(`cannot count events of ${path}: expected .csv, .xes or .xes.gz`);
}

async function countCsvRows(stream: Readable): Promise<number> {
  let records = 0;
  let inQuotes = false;
  let lineHasContent = false;
  for await (const chunk of stream as AsyncIterable<Buffer>) {
    for (let i = 0; i < chunk.length; i++) {
      const byte = chunk[i]!;
      // A doubled quote inside a quoted field toggles twice, so it needs no special case.
      if (byte === QUOTE) {
        inQuotes = !inQuotes;
        lineHasContent = true;
      } else if (inQuotes) {
        lineHasContent = true;
      } else if (byte === NEWLINE) {
        if (lineHasContent) records++;
        lineHasContent = false;
      } else if (byte !== CARRIAGE_RETURN) {
        lineHasContent = true;
      }
    }
  }
  if (lineHasContent) records++;
  // The first record is the header.
  return Math.max(0, records - 1);
}

/** `<event` followed by `>`, `/` or whitespace opens an event; `<events…` would not. */
function endsEventTag(byte: number): boolean {
  return (
    byte === 0x3e ||
    byte === 0x2f ||
    byte === 0x20 ||
    byte === 0x09 ||
    byte === 0x0a ||
    byte === 0x0d
  );
}

async function countXesEvents(stream: Readable): Promise<number> {
  let events = 0;
  // The last bytes of the previous chunk, so a tag split across two chunks is still seen.
  let carry = Buffer.alloc(0);
  for await (const chunk of stream as AsyncIterable<Buffer>) {
    const text = carry.length === 0 ? chunk : Buffer.concat([carry, chunk]);
    // Only matches whose following byte is in this buffer are judged here; later ones wait.
    const judgeable = text.length - EVENT_TAG.length;
    let at = text.indexOf(EVENT_TAG);
    while (at !== -1 && at < judgeable) {
      if (endsEventTag(text[at + EVENT_TAG.length]!)) events++;
      at = text.indexOf(EVENT_TAG, at + 1);
    }
    carry = Buffer.from(text.subarray(Math.max(0, judgeable)));
  }
  return events;
}
