import assert from 'node:assert/strict';
import { test } from 'node:test';
import { timeZone } from '../../src/core/calendar/zoneOffset.js';
import { compileTimestampFormat } from '../../src/readers/timestamps/compileTimestampFormat.js';
import { parseTimestamp } from '../../src/readers/timestamps/parseTimestamp.js';

const UTC = timeZone('UTC');
const AMSTERDAM = timeZone('Europe/Amsterdam');
const at = (iso: string) => Date.parse(iso);

test('ISO 8601 with T or space, any fraction, and every offset form gives the same instant', () => {
  const instant = at('2011-10-11T11:45:40.276Z');
  for (const text of [
    '2011-10-11T11:45:40.276Z',
    '2011-10-11t11:45:40.276z',
    '2011-10-11 13:45:40.276000+02:00',
    '2011-10-11T13:45:40.276+0200',
    '2011-10-11T13:45:40.2760000+02',
    '2011-10-11T06:45:40.276-05:00',
    '2011-10-11 11:45:40.276 UTC',
    '2011-10-11 13:45:40.276 +02:00',
  ]) {
    assert.equal(parseTimestamp(text, AMSTERDAM), instant, text);
  }
});

test('fractions keep sub-millisecond digits, so microsecond exports still order correctly', () => {
  const a = parseTimestamp('2020-01-01T00:00:00.0000015Z', UTC);
  const b = parseTimestamp('2020-01-01T00:00:00.0000025Z', UTC);
  assert.ok(a < b);
  assert.equal(parseTimestamp('2020-01-01T00:00:00.5Z', UTC), at('2020-01-01T00:00:00.500Z'));
  assert.equal(parseTimestamp('2020-01-01 08:30', UTC), at('2020-01-01T08:30:00Z'));
});

test('a time without offset is wall-clock time in the given zone, daylight saving included', () => {
  assert.equal(parseTimestamp('2014/10/22 11:15:41.000', UTC), at('2014-10-22T11:15:41Z'));
  assert.equal(parseTimestamp('2014/10/22 11:15:41.000', AMSTERDAM), at('2014-10-22T09:15:41Z'));
  assert.equal(parseTimestamp('2014-12-22 11:15:41', AMSTERDAM), at('2014-12-22T10:15:41Z'));
  assert.equal(
    parseTimestamp('2014-12-22 11:15:41', timeZone('+05:30')),
    at('2014-12-22T05:45:41Z'),
  );
  assert.equal(parseTimestamp('2014-12-22', AMSTERDAM), at('2014-12-21T23:00:00Z'));
});

test('epoch seconds and milliseconds are told apart by magnitude', () => {
  assert.equal(parseTimestamp('1700000000', UTC), 1_700_000_000_000);
  assert.equal(parseTimestamp('1700000000123', UTC), 1_700_000_000_123);
  assert.equal(parseTimestamp('1700000000.5', UTC), 1_700_000_000_500);
  assert.equal(parseTimestamp('1700000000123456', UTC), 1_700_000_000_123.456);
});

test('compact yyyyMMdd and yyyyMMddHHmmss are dates, not 1970 epoch seconds', () => {
  assert.equal(parseTimestamp('20240301', UTC), at('2024-03-01T00:00:00Z'));
  assert.equal(parseTimestamp('20240301143005', UTC), at('2024-03-01T14:30:05Z'));
});

test('out-of-range fields and non-timestamps are refused rather than rolled over', () => {
  for (const text of [
    '2011-13-45',
    '2011-02-29',
    '2011-04-31T10:00:00Z',
    '2011-01-01T25:00:00Z',
    '2011-01-01T10:60:00Z',
    '2011-01-01T24:00:01Z',
    '2011-01-01T10:00:00+25:00',
    '2011-01-01T10:00:00.Z',
    '2011-01-01T10:00:00Zjunk',
    '2011-01-01x10:00:00',
    '11-01-2011',
    'yesterday',
    '',
    '   ',
    '12:30',
  ]) {
    assert.ok(Number.isNaN(parseTimestamp(text, UTC)), text);
  }
  assert.equal(parseTimestamp('2012-02-29T24:00:00Z', UTC), at('2012-03-01T00:00:00Z'));
  assert.equal(parseTimestamp('  2012-02-29 10:00:00 ', UTC), at('2012-02-29T10:00:00Z'));
});

test('an explicit format reads day-first, 12-hour and month-name layouts, and honours offsets', () => {
  const dayFirst = compileTimestampFormat('dd-MM-yyyy HH:mm:ss', UTC);
  assert.equal(dayFirst('22-10-2014 11:15:41'), at('2014-10-22T11:15:41Z'));
  assert.equal(dayFirst('22-10-2014 11:15:41+02:00'), at('2014-10-22T09:15:41Z'));
  assert.ok(Number.isNaN(dayFirst('2014-10-22 11:15:41')));
  assert.ok(Number.isNaN(dayFirst('31-02-2014 11:15:41')));
  const us = compileTimestampFormat('M/d/yyyy h:mm a', UTC);
  assert.equal(us('3/7/2024 1:05 PM'), at('2024-03-07T13:05:00Z'));
  assert.equal(us('12/17/2024 12:05 am'), at('2024-12-17T00:05:00Z'));
  const named = compileTimestampFormat("dd-MMM-yyyy'T'HH:mm:ss.SSS", AMSTERDAM);
  assert.equal(named('22-Oct-2014T11:15:41.250'), at('2014-10-22T09:15:41.250Z'));
});

test('a format with an unknown token is refused with the token named', () => {
  assert.throws(() => compileTimestampFormat('dd-MM-yy', UTC), /unknown token "yy"/);
  assert.throws(() => compileTimestampFormat('HH:mm', UTC), /needs a year/);
});
