import assert from 'node:assert/strict';
import { test } from 'node:test';
import { gzipSync } from 'node:zlib';
import { readEventLog } from '../../src/readers/readEventLog.js';
import { tempFiles } from './tempFiles.js';

const file = tempFiles();
const names = (log: { caseNames: readonly string[] }) => [...log.caseNames];

test('comma, semicolon and tab files with quoted fields read alike', async () => {
  const rows = [
    ['case', 'activity', 'timestamp', 'resource'],
    ['1', 'Check, then "approve"', '2024-03-01T10:00:00Z', 'Ann'],
    ['1', 'Ship; fast', '2024-03-01T11:00:00Z', 'Bob'],
  ];
  const quote = (cell: string) => (/[",;\t]/.test(cell) ? `"${cell.replaceAll('"', '""')}"` : cell);
  for (const [name, delimiter] of [
    ['c.csv', ','],
    ['s.csv', ';'],
    ['t.tsv', '\t'],
  ] as const) {
    const text = `${rows.map((r) => r.map(quote).join(delimiter)).join('\r\n')}\r\n`;
    const { log, source } = await readEventLog(file(name, text));
    assert.equal(source.delimiter, delimiter, name);
    assert.deepEqual([...log.activityNames], ['Check, then "approve"', 'Ship; fast'], name);
    assert.deepEqual([...log.resourceNames], ['Ann', 'Bob'], name);
  }
});

test('columns are found by the names exports use, whatever their case', async () => {
  const path = file(
    'disco.csv',
    'Case ID,Activity Name,Start Time,End Time,Lifecycle,Assignee,Cost\n' +
      'A,Review,2024-03-01 09:00:00,2024-03-01 10:00:00,,Ann,5\n',
  );
  const { source, log } = await readEventLog(path);
  assert.deepEqual(source.columns, {
    case: 'Case ID',
    activity: 'Activity Name',
    timestamp: 'End Time',
    startTimestamp: 'Start Time',
    lifecycle: 'Lifecycle',
    resource: 'Assignee',
  });
  assert.equal(log.lifecycleOf[0], -1, 'an empty lifecycle cell is no lifecycle');
});

test('column overrides win over the automatic choice', async () => {
  const path = file(
    'override.csv',
    'case_id,ticket,activity,step,timestamp,logged\nX,T1,a,Triage,2024-01-01T00:00:00Z,2024-02-01T00:00:00Z\n',
  );
  const { log, source } = await readEventLog(path, {
    columns: { case: 'Ticket', activity: 'step', timestamp: 'logged' },
  });
  assert.deepEqual(names(log), ['T1']);
  assert.deepEqual([...log.activityNames], ['Triage']);
  assert.equal(log.time[0], Date.parse('2024-02-01T00:00:00Z'));
  assert.equal(source.columns?.case, 'ticket');
});

test('a start-timestamp column gives each row its start; an empty cell means none recorded', async () => {
  const path = file(
    'start.csv',
    'case_id,activity,start_timestamp,timestamp,resource\n' +
      'A,Build,2024-01-01T08:00:00Z,2024-01-01T09:30:00Z,Ann\n' +
      'A,Test,,2024-01-01T10:00:00Z,\n',
  );
  const { log } = await readEventLog(path);
  assert.equal(log.startTime[0], Date.parse('2024-01-01T08:00:00Z'));
  assert.equal(log.time[0], Date.parse('2024-01-01T09:30:00Z'));
  assert.ok(Number.isNaN(log.startTime[1]!));
  assert.equal(log.resourceOf[1], -1, 'an empty resource cell is no resource');
});

test('--timezone and --timestamp-format decide how naive timestamps are read', async () => {
  const path = file(
    'naive.csv',
    'case,activity,time\nA,Go,22-07-2024 12:00:00\nA,Stop,22-12-2024 12:00:00\n',
  );
  const utc = await readEventLog(path, { timestampFormat: 'dd-MM-yyyy HH:mm:ss' });
  assert.deepEqual(
    [...utc.log.time],
    [Date.parse('2024-07-22T12:00:00Z'), Date.parse('2024-12-22T12:00:00Z')],
  );
  const ny = await readEventLog(path, {
    timestampFormat: 'dd-MM-yyyy HH:mm:ss',
    timezone: 'America/New_York',
  });
  assert.deepEqual(
    [...ny.log.time],
    [Date.parse('2024-07-22T16:00:00Z'), Date.parse('2024-12-22T17:00:00Z')],
  );
  const fixed = await readEventLog(path, {
    timestampFormat: 'dd-MM-yyyy HH:mm:ss',
    timezone: '+02:00',
  });
  assert.equal(fixed.log.time[0], Date.parse('2024-07-22T10:00:00Z'));
});

test('case: columns become case attributes, first value per case', async () => {
  const path = file(
    'attrs.csv',
    'case:concept:name,case:channel,concept:name,time:timestamp\nA,web,x,2024-01-01\nA,phone,y,2024-01-02\nB,,x,2024-01-01\n',
  );
  const { log } = await readEventLog(path);
  assert.deepEqual(log.caseAttributes.get(0), { channel: 'web' });
  assert.equal(log.caseAttributes.get(1), undefined);
});

test('gzip is recognised by its content whatever the name; the format from the inner name or content', async () => {
  const csv = 'case_id,activity,timestamp\nA,Go,2024-01-01T00:00:00Z\nB,Go,2024-01-02T00:00:00Z\n';
  for (const name of ['log.csv.gz', 'log.csv', 'export.dat']) {
    const { log, source } = await readEventLog(file(name, gzipSync(csv)));
    assert.equal(log.size, 2, name);
    assert.equal(source.format, 'csv');
  }
});

test('a UTF-8 byte-order mark, Windows-1252 text and UTF-16 exports read correctly', async () => {
  const csv = 'case_id,activity,timestamp\nA,Prüfung,2024-01-01T00:00:00Z\n';
  const bom = await readEventLog(file('bom.csv', `\uFEFF${csv}`));
  assert.equal(bom.source.columns?.case, 'case_id');
  const latin = await readEventLog(file('latin.csv', Buffer.from(csv, 'latin1')));
  assert.deepEqual([...latin.log.activityNames], ['Prüfung']);
  const utf16 = await readEventLog(file('excel.csv', Buffer.from(`\uFEFF${csv}`, 'utf16le')));
  assert.deepEqual([...utf16.log.activityNames], ['Prüfung']);
});

test('blank lines and trailing delimiters are tolerated', async () => {
  const path = file(
    'blank.csv',
    '\ncase_id,activity,timestamp\nA,Go,2024-01-01,\n\nA,Stop,2024-01-02\n\n',
  );
  const { log } = await readEventLog(path);
  assert.equal(log.size, 2);
});

test('a file larger than one read chunk keeps every row and numbers lines across chunks', async () => {
  const rows = ['case_id,activity,timestamp'];
  for (let i = 0; i < 30_000; i++)
    rows.push(`C${i % 997},"Step\n${i % 5}",2024-01-01T00:00:${String(i % 60).padStart(2, '0')}Z`);
  rows.push('Z,Last,not a time');
  const path = file('big.csv', `${rows.join('\n')}\n`);
  await assert.rejects(readEventLog(path), { line: 60_002 });
  const { log, skipped } = await readEventLog(path, { skipInvalid: true });
  assert.equal(log.size, 30_000);
  assert.equal(skipped.count, 1);
});
