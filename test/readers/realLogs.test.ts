import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { readEventLog } from '../../src/readers/readEventLog.js';
import { sharedPath } from '../support/sharedData.js';

const LOGS: [file: string, ref: string][] = [
  ['running-example.xes', 'running-example'],
  ['receipt.xes.gz', 'receipt.xes'],
  ['receipt.csv', 'receipt.csv'],
  ['helpdesk.xes.gz', 'helpdesk'],
  ['BPI_Challenge_2012_W_Two_TS.xes.gz', 'BPI_Challenge_2012_W_Two_TS'],
  ['sepsis.csv', 'sepsis'],
  ['roadtraffic100traces.xes', 'roadtraffic100traces'],
];

for (const [file, refName] of LOGS) {
  test(`${file}: the cases, events, first and last instants of the reference`, async () => {
    const ref = JSON.parse(readFileSync(sharedPath('ref', `${refName}.json`), 'utf8'));
    const { log, skipped } = await readEventLog(sharedPath('logs', file));
    assert.equal(log.caseNames.length, ref.cases);
    assert.equal(log.size, ref.events);
    assert.equal(skipped.count, 0);
    let first = Number.POSITIVE_INFINITY;
    let last = Number.NEGATIVE_INFINITY;
    for (const t of log.time) {
      first = Math.min(first, t);
      last = Math.max(last, t);
    }
    assert.equal(first, Date.parse(ref.start));
    assert.equal(last, Date.parse(ref.end));
  });
}

test('receipt: UTC offsets are honoured across the DST change, so the CSV and XES exports agree', async () => {
  const csv = await readEventLog(sharedPath('logs', 'receipt.csv'));
  const xes = await readEventLog(sharedPath('logs', 'receipt.xes.gz'));
  assert.deepEqual(csv.log.time, xes.log.time);
  // case-10011's first event is written 2011-10-11 13:45:40.276000+02:00 (summer time).
  const c = csv.log.caseNames.indexOf('case-10011');
  const firstOfCase = csv.log.order[csv.log.caseOffsets[c]!]!;
  assert.equal(new Date(csv.log.time[firstOfCase]!).toISOString(), '2011-10-11T11:45:40.276Z');
  // Some events of the log were recorded in winter time (+01:00): both offsets occur.
  const text = readFileSync(sharedPath('logs', 'receipt.csv'), 'utf8');
  assert.match(text, /\+01:00\n/);
  assert.match(text, /\+02:00\n/);
});

test('receipt.csv: the source names the columns found, and case: columns become case attributes', async () => {
  const { source, log } = await readEventLog(sharedPath('logs', 'receipt.csv'));
  assert.equal(source.format, 'csv');
  assert.equal(source.delimiter, ',');
  assert.deepEqual(source.columns, {
    case: 'case:concept:name',
    activity: 'concept:name',
    timestamp: 'time:timestamp',
    lifecycle: 'lifecycle:transition',
    resource: 'org:resource',
  });
  const attributes = log.caseAttributes.get(log.caseNames.indexOf('case-10011'));
  assert.equal(attributes?.channel, 'Internet');
  assert.equal(attributes?.department, 'General');
});

test('sepsis.csv: ";"-separated, slash dates without offset read as UTC, groups as resources', async () => {
  const { source, log } = await readEventLog(sharedPath('logs', 'sepsis.csv'));
  assert.equal(source.delimiter, ';');
  assert.equal(source.columns?.resource, 'org:group');
  assert.equal(log.resourceNames.length, 26);
  const a = log.caseNames.indexOf('A');
  // Case A starts "2014/10/22 11:15:41.000".
  assert.equal(log.time[log.order[log.caseOffsets[a]!]!], Date.UTC(2014, 9, 22, 11, 15, 41));
});

test('sepsis.csv with --timezone Europe/Amsterdam reads the naive local times an hour or two earlier in UTC', async () => {
  const utc = await readEventLog(sharedPath('logs', 'sepsis.csv'));
  const local = await readEventLog(sharedPath('logs', 'sepsis.csv'), {
    timezone: 'Europe/Amsterdam',
  });
  assert.equal(local.source.timezone, 'Europe/Amsterdam');
  const shifts = new Set<number>();
  for (let i = 0; i < utc.log.size; i++) shifts.add(utc.log.time[i]! - local.log.time[i]!);
  assert.deepEqual([...shifts].sort(), [3_600_000, 7_200_000]);
});

test('BPI 2012: start and complete transitions are kept as the lifecycle of each event', async () => {
  const { log } = await readEventLog(sharedPath('logs', 'BPI_Challenge_2012_W_Two_TS.xes.gz'));
  assert.deepEqual([...log.lifecycleNames].sort(), ['complete', 'start']);
  assert.ok(log.lifecycleOf.every((l) => l >= 0));
});

test('progress is reported in bytes of the file on disk, compressed for .gz, up to its size', async () => {
  const file = sharedPath('logs', 'helpdesk.xes.gz');
  const calls: [number, number][] = [];
  await readEventLog(file, { onProgress: (read, total) => calls.push([read, total]) });
  assert.ok(calls.length > 1);
  const size = readFileSync(file).length;
  assert.deepEqual(calls.at(-1), [size, size]);
  assert.ok(
    calls.every(([read, total], i) => total === size && (i === 0 || read >= calls[i - 1]![0])),
  );
});
