import assert from 'node:assert/strict';
import { test } from 'node:test';
import { gzipSync } from 'node:zlib';
import { InputError } from '../../src/readers/InputError.js';
import { readEventLog } from '../../src/readers/readEventLog.js';
import { tempFiles } from './tempFiles.js';

const file = tempFiles();
const GOOD = 'case_id,activity,timestamp\nA,Go,2024-01-01T00:00:00Z\nA,Stop,2024-01-02T00:00:00Z\n';

/** Expects an InputError whose message starts with the file's path and matches `pattern`. */
async function refused(path: string, pattern: RegExp, options = {}): Promise<InputError> {
  let caught: unknown;
  await assert.rejects(
    readEventLog(path, options).catch((error: unknown) => {
      caught = error;
      throw error;
    }),
  );
  assert.ok(caught instanceof InputError, `not an InputError: ${String(caught)}`);
  assert.ok(caught.message.startsWith(path), caught.message);
  assert.equal(caught.file, path);
  assert.match(caught.message, pattern);
  return caught;
}

test('a missing file, a directory and an empty file are refused', async () => {
  await refused(file('x', '').replace(/x$/, 'nope.csv'), /: no such file/);
  await refused(file('x', '').replace(/\/x$/, ''), /is a directory/);
  await refused(file('empty.csv', ''), /the file is empty/);
  await refused(file('empty.csv.gz', gzipSync('')), /the file is empty/);
});

test('a header without rows has no events, even with skipInvalid', async () => {
  await refused(file('header.csv', 'case_id,activity,timestamp\n'), /has no events/);
  await refused(file('header2.csv', 'case_id,activity,timestamp\n'), /has no events/, {
    skipInvalid: true,
  });
});

test('a missing case, activity or timestamp column is named, with the columns the file has', async () => {
  const noCase = await refused(
    file('nocase.csv', 'activity,timestamp\nGo,2024-01-01\n'),
    /:1: no case column/,
  );
  assert.equal(noCase.field, 'case');
  assert.match(noCase.message, /the columns are "activity", "timestamp"/);
  await refused(file('noact.csv', 'case_id,timestamp\nA,2024-01-01\n'), /:1: no activity column/);
  await refused(file('notime.csv', 'case_id,activity\nA,Go\n'), /:1: no timestamp column/, {
    skipInvalid: true,
  });
  await refused(file('override.csv', GOOD), /there is no column "ticket" \(given for case\)/, {
    columns: { case: 'ticket' },
  });
});

test('an unreadable timestamp names file, line and column, like receipt.csv:3: column "timestamp"', async () => {
  const path = file('receipt.csv', `${GOOD}A,Pay,2011-13-45\n`);
  const error = await refused(
    path,
    /:4: column "timestamp": cannot read "2011-13-45" as a timestamp$/,
  );
  assert.equal(error.line, 4);
  assert.equal(error.field, 'timestamp');
});

test('line numbers count the physical lines of quoted multi-line fields', async () => {
  const path = file(
    'multi.csv',
    'case_id,activity,timestamp\nA,"two\nlines",2024-01-01\nA,"three\nmore\nlines",2024-01-02\nB,,2024-01-03\n',
  );
  const error = await refused(path, /:7: column "activity": the activity is empty/);
  assert.equal(error.line, 7);
});

test('skipInvalid counts bad rows, keeps the first ten as examples, and reads the rest', async () => {
  const bad = Array.from({ length: 12 }, (_, i) => `B${i},Go,never`).join('\n');
  const path = file('mixed.csv', `${GOOD}${bad}\n,Go,2024-01-01\nC,Go\n`);
  const { log, skipped } = await readEventLog(path, { skipInvalid: true });
  assert.equal(log.size, 2);
  assert.equal(skipped.count, 14);
  assert.equal(skipped.examples.length, 10);
  assert.deepEqual(skipped.examples[0], {
    file: path,
    line: 4,
    field: 'timestamp',
    message: `${path}:4: column "timestamp": cannot read "never" as a timestamp`,
  });
});

test('a row with the wrong number of fields is an invalid record', async () => {
  await refused(
    file('short.csv', `${GOOD}C,Go\n`),
    /:4: the row has 2 fields where the header has 3/,
  );
});

test('a quote that is never closed is reported at the line where it opens', async () => {
  await refused(
    file('quote.csv', `${GOOD}C,"Go,2024-01-01\nD,Go,2024-01-01\n`),
    /:4: a quoted field is never closed/,
  );
});

test('a truncated gzip file is refused, not read in part', async () => {
  const whole = gzipSync(GOOD + 'A,Go,2024-01-03T00:00:00Z\n'.repeat(5000));
  await refused(
    file('cut.csv.gz', whole.subarray(0, whole.length - 100)),
    /gzip data is truncated/,
  );
  await refused(
    file('cut.csv.gz', whole.subarray(0, whole.length - 100)),
    /gzip data is truncated/,
    {
      skipInvalid: true,
    },
  );
});

test('truncated or malformed XML is refused at its line and column', async () => {
  const doc =
    '<?xml version="1.0"?>\n<log>\n<trace><string key="concept:name" value="1"/>\n' +
    '<event><string key="concept:name" value="A"/><date key="time:timestamp" value="2024-01-01T00:00:00Z"/></event>\n';
  const cut = await refused(
    file('cut.xes', doc),
    /cut\.xes:5:1: the XML is malformed or cut short: unclosed tag/,
  );
  assert.deepEqual([cut.line, cut.column], [5, 1]);
  await refused(
    file('bad.xes', `${doc}<event></trace></log>`),
    /bad\.xes:5:16: the XML is malformed or cut short/,
  );
  const gz = gzipSync(`${doc}</trace></log>`);
  await refused(file('cut.xes.gz', gz.subarray(0, gz.length - 12)), /gzip data is truncated/);
});

test('binary files are refused as not an event log', async () => {
  const png = Buffer.from('89504e470d0a1a0a0000000d4948445200000001000000010806000000', 'hex');
  await refused(file('image.csv', png), /does not look like a text event log/);
  const noise = Buffer.alloc(4096);
  for (let i = 0; i < noise.length; i++) noise[i] = (i * 7919 + 13) % 251;
  await refused(file('noise.xes', noise), /does not look like a text event log/);
  await refused(file('noise.csv.gz', gzipSync(noise)), /does not look like a text event log/);
});

test('a JSON Lines line that is not JSON names its line', async () => {
  const path = file(
    'bad.jsonl',
    '{"case":"A","activity":"Go","timestamp":"2024-01-01"}\n{"case":"A",\n',
  );
  const error = await refused(path, /:2: the line is not valid JSON/);
  assert.equal(error.line, 2);
  const { skipped } = await readEventLog(path, { skipInvalid: true });
  assert.equal(skipped.count, 1);
  await refused(
    file('nokey.jsonl', '{"id":"A","activity":"Go","timestamp":"2024-01-01"}\n'),
    /:1: no case field/,
  );
});

test('an unknown time zone or a bad timestamp format is refused before reading', async () => {
  const path = file('good.csv', GOOD);
  await refused(path, /unknown time zone "Mars\/Olympus"/, { timezone: 'Mars/Olympus' });
  await refused(path, /unknown token "Q"/, { timestampFormat: 'yyyy-MM-dd Q' });
});
