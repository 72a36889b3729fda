import assert from 'node:assert/strict';
import { test } from 'node:test';
import { InputError } from '../../src/readers/InputError.js';
import { readEventLog } from '../../src/readers/readEventLog.js';
import { tempFiles } from './tempFiles.js';

const file = tempFiles();

const xes = (traces: string) => `<?xml version="1.0" encoding="UTF-8"?>
<log xes.version="1849-2016" xmlns="http://www.xes-standard.org/">
  <extension name="Concept" prefix="concept" uri="http://www.xes-standard.org/concept.xesext"/>
  <global scope="trace"><string key="concept:name" value="DEFAULT"/><int key="priority" value="0"/></global>
  <global scope="event"><string key="concept:name" value="DEFAULT"/><date key="time:timestamp" value="1970-01-01T00:00:00Z"/></global>
  <classifier name="Activity" keys="concept:name"/>
  <string key="creator" value="test"/>
${traces}
</log>
`;

test('trace attributes become typed case attributes, nested ones flattened; globals are not defaults', async () => {
  const path = file(
    'typed.xes',
    xes(`<trace>
    <string key="concept:name" value="T&amp;1"/>
    <int key="priority" value="3"/><float key="amount" value="12.5"/><boolean key="urgent" value="true"/>
    <date key="opened" value="2024-01-01T10:00:00+01:00"/><id key="ref" value="abc"/>
    <container key="customer"><string key="name" value="Ann"/><list key="tags"><values><string key="tag" value="vip"/></values></list></container>
    <event>
      <string key="concept:name" value="Register"/><date key="time:timestamp" value="2024-01-01T10:00:00.000+01:00"/>
      <string key="lifecycle:transition" value="COMPLETE"/><string key="org:resource" value="Pete"/>
      <list key="items"><values><string key="concept:name" value="not the activity"/></values></list>
    </event>
  </trace>`),
  );
  const { log, source } = await readEventLog(path);
  assert.equal(source.format, 'xes');
  assert.deepEqual([...log.caseNames], ['T&1']);
  assert.deepEqual([...log.activityNames], ['Register']);
  assert.deepEqual([...log.lifecycleNames], ['complete']);
  assert.deepEqual([...log.resourceNames], ['Pete']);
  assert.equal(log.time[0], Date.parse('2024-01-01T09:00:00Z'));
  assert.deepEqual(log.caseAttributes.get(0), {
    priority: 3,
    amount: 12.5,
    urgent: true,
    opened: '2024-01-01T09:00:00.000Z',
    ref: 'abc',
    'customer/name': 'Ann',
    'customer/tags/tag': 'vip',
  });
});

test('a trace whose name comes after its events still names them', async () => {
  const path = file(
    'late-name.xes',
    xes(`<trace><event><string key="concept:name" value="A"/><date key="time:timestamp" value="2024-01-01T00:00:00Z"/></event>
    <string key="concept:name" value="late"/></trace>`),
  );
  const { log } = await readEventLog(path);
  assert.deepEqual([...log.caseNames], ['late']);
  assert.equal(log.size, 1);
});

test('naive XES dates follow --timezone', async () => {
  const path = file(
    'naive.xes',
    xes(`<trace><string key="concept:name" value="1"/>
    <event><string key="concept:name" value="A"/><date key="time:timestamp" value="2024-07-01T12:00:00"/></event></trace>`),
  );
  const { log } = await readEventLog(path, { timezone: 'Europe/Amsterdam' });
  assert.equal(log.time[0], Date.parse('2024-07-01T10:00:00Z'));
});

test('an event without concept:name or time:timestamp is an invalid record at its line', async () => {
  const path = file(
    'missing.xes',
    xes(`<trace><string key="concept:name" value="1"/>
    <event><string key="concept:name" value="A"/><date key="time:timestamp" value="2024-01-01T00:00:00Z"/></event>
    <event><date key="time:timestamp" value="2024-01-02T00:00:00Z"/></event>
    <event><string key="concept:name" value="C"/></event>
    <event><string key="concept:name" value="D"/><date key="time:timestamp" value="2024-02-30T00:00:00Z"/></event>
  </trace>`),
  );
  await assert.rejects(readEventLog(path), (error: unknown) => {
    assert.ok(error instanceof InputError);
    assert.equal(error.line, 10);
    assert.equal(error.field, 'concept:name');
    assert.match(error.message, /missing\.xes:10:\d+: the event has no "concept:name"/);
    return true;
  });
  const { log, skipped } = await readEventLog(path, { skipInvalid: true });
  assert.equal(log.size, 1);
  assert.equal(skipped.count, 3);
  assert.deepEqual(
    skipped.examples.map((e) => [e.line, e.field]),
    [
      [10, 'concept:name'],
      [11, 'time:timestamp'],
      [12, 'time:timestamp'],
    ],
  );
  assert.match(
    skipped.examples[2]!.message,
    /attribute "time:timestamp": cannot read "2024-02-30T00:00:00Z"/,
  );
});

test('a trace without concept:name is refused, naming its line', async () => {
  const path = file(
    'anonymous.xes',
    xes(`<trace>
    <event><string key="concept:name" value="A"/><date key="time:timestamp" value="2024-01-01T00:00:00Z"/></event></trace>`),
  );
  await assert.rejects(
    readEventLog(path),
    /anonymous\.xes:8:\d+: a trace of 1 event has no "concept:name"/,
  );
});

test('an XML file that is not an XES log is refused', async () => {
  await assert.rejects(
    readEventLog(file('page.xes', '<html><body/></html>')),
    /root element is <html>/,
  );
});
