import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseCalendar } from '../../src/core/calendar/parseCalendar.js';
import { nextWorkingInstant, workingMs } from '../../src/core/calendar/workingTime.js';
import { timeZone } from '../../src/core/calendar/zoneOffset.js';

const HOUR = 3_600_000;
const utc = timeZone('UTC');

test('a Mon-Fri 09:00-17:00 week has 40 working hours, wherever it is cut', () => {
  const cal = parseCalendar('Mon-Fri 09:00-17:00', utc);
  const monday = Date.parse('2025-03-03T00:00:00Z');
  assert.equal(workingMs(cal, monday, monday + 7 * 24 * HOUR), 40 * HOUR);
  const wed12 = Date.parse('2025-03-05T12:00:00Z');
  assert.equal(workingMs(cal, wed12, wed12 + 7 * 24 * HOUR), 40 * HOUR);
  assert.equal(
    workingMs(cal, Date.parse('2025-03-07T16:00:00Z'), Date.parse('2025-03-10T10:00:00Z')),
    2 * HOUR,
  );
});

test('working time is counted in local time across a daylight-saving change', () => {
  const cal = parseCalendar('Mon-Fri 09:00-17:00 Europe/Amsterdam', utc);
  // The clocks moved forward on Sunday 30 March 2025; the week after still has 40 hours.
  const from = Date.parse('2025-03-28T00:00:00+01:00');
  const to = Date.parse('2025-04-04T00:00:00+02:00');
  assert.equal(workingMs(cal, from, to), 40 * HOUR);
  // Monday 09:00 in Amsterdam is 07:00 UTC after the change.
  assert.equal(
    nextWorkingInstant(cal, Date.parse('2025-03-29T12:00:00Z')),
    Date.parse('2025-03-31T07:00:00Z'),
  );
});

test('the next working instant skips nights and weekends but keeps working moments', () => {
  const cal = parseCalendar('Mon-Fri 09:00-12:00,13:00-17:00 UTC', utc);
  const t = Date.parse('2025-03-05T10:30:00Z');
  assert.equal(nextWorkingInstant(cal, t), t);
  assert.equal(
    nextWorkingInstant(cal, Date.parse('2025-03-05T12:15:00Z')),
    Date.parse('2025-03-05T13:00:00Z'),
  );
  assert.equal(
    nextWorkingInstant(cal, Date.parse('2025-03-07T18:00:00Z')),
    Date.parse('2025-03-10T09:00:00Z'),
  );
});

test('calendars are read the way people write them, and bad ones are refused with a reason', () => {
  assert.equal(parseCalendar('24/7', utc).alwaysOpen, true);
  const cal = parseCalendar('Mon-Thu 08:00-16:00; Fri 08:00-12:00 +02:00', utc);
  assert.equal(cal.zone.name, '+02:00');
  assert.deepEqual(cal.days[4], [[480, 720]]);
  assert.throws(() => parseCalendar('Mon-Fri 9-5', utc), /cannot read hours "9-5"/);
  assert.throws(() => parseCalendar('Mon-Fry 09:00-17:00', utc), /unknown/);
  assert.throws(
    () => parseCalendar('Mon-Fri 09:00-17:00 Mars/Olympus', utc),
    /unknown time zone "Mars\/Olympus"/,
  );
});
