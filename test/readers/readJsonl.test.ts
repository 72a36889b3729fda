import assert from 'node:assert/strict';
import { test } from 'node:test';
import { readEventLog } from '../../src/readers/readEventLog.js';
import { tempFiles } from './tempFiles.js';

const file = tempFiles();

test('JSON Lines: one object per line, blank lines skipped, string or epoch timestamps', async () => {
  const path = file(
    'events.jsonl',
    [
      '{"case": "A", "activity": "Open", "timestamp": "2024-03-01T10:00:00+01:00"}',
      '',
      '{"case": "A", "activity": "Close", "timestamp": 1709290800000, "resource": "Ann", "lifecycle": "complete"}',
      '{"case": 7, "activity": "Open", "timestamp": "2024-03-01 12:00:00", "case:region": "north"}',
      '   ',
    ].join('\n'),
  );
  const { log, source } = await readEventLog(path);
  assert.equal(source.format, 'jsonl');
  assert.deepEqual([...log.caseNames], ['A', '7']);
  assert.deepEqual(
    [...log.time],
    [Date.parse('2024-03-01T09:00:00Z'), 1_709_290_800_000, Date.parse('2024-03-01T12:00:00Z')],
  );
  assert.equal(log.resourceOf[0], -1);
  assert.equal(
    log.resourceNames[log.resourceOf[1]!],
    'Ann',
    'a key first met on a later line is still used',
  );
  assert.deepEqual(log.caseAttributes.get(1), { region: 'north' });
  assert.deepEqual(source.columns, {
    case: 'case',
    activity: 'activity',
    timestamp: 'timestamp',
    resource: 'resource',
    lifecycle: 'lifecycle',
  });
});

test('NDJSON with XES-style keys, detected from content when the name says nothing', async () => {
  const path = file(
    'export.log',
    '{"case:concept:name":"c1","concept:name":"Pay","time:timestamp":"2024-01-01T00:00:00Z","org:resource":"Bob"}\n',
  );
  const { log, source } = await readEventLog(path);
  assert.equal(source.format, 'jsonl');
  assert.deepEqual([...log.resourceNames], ['Bob']);
});

test('key overrides and a start-timestamp key', async () => {
  const path = file(
    'custom.ndjson',
    '{"ticket":"T1","step":"Fix","began":"2024-01-01T08:00:00Z","done":"2024-01-01T09:00:00Z"}\n',
  );
  const { log } = await readEventLog(path, {
    columns: { case: 'ticket', activity: 'step', timestamp: 'done', startTimestamp: 'began' },
  });
  assert.equal(log.startTime[0], Date.parse('2024-01-01T08:00:00Z'));
  assert.equal(log.time[0], Date.parse('2024-01-01T09:00:00Z'));
});
