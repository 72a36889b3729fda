import { alwaysOpen } from './alwaysOpen.js';
import type { DayHours, WorkingCalendar } from './WorkingCalendar.js';
import { type TimeZone, timeZone } from './zoneOffset.js';

const DAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];

/**
 * Reads a calendar such as "Mon-Fri 09:00-17:00 Europe/Amsterdam",
 * "Mon-Thu 08:00-12:00,13:00-17:00; Fri 08:00-12:00 UTC" or "24/7".
 * The zone is optional (the analysis time zone is used). Throws a RangeError saying what is wrong.
 *
 * @example parseCalendar('Mon-Fri 09:00-17:00 Europe/Amsterdam', timeZone('UTC'))
 */
export function parseCalendar(text: string, defaultZone: TimeZone): WorkingCalendar {
  const trimmed = text.trim();
  if (/^(24\/7|always)$/i.test(trimmed)) {
    return alwaysOpen(defaultZone, 'given');
  }
  const tokens = trimmed.split(/\s+/);
  let zone = defaultZone;
  const last = tokens[tokens.length - 1];
  if (last && /^([A-Za-z]|[+-]\d)/.test(last) && !isDaySpec(last)) {
    zone = timeZone(last);
    tokens.pop();
  }
  const days: Array<Array<[number, number]>> = [[], [], [], [], [], [], []];
  const clauses = tokens.join(' ').split(';');
  for (const clause of clauses) {
    const parts = clause.trim().split(/\s+/);
    if (parts.length !== 2)
      throw new RangeError(`calendar "${text}": expected "<days> <hours>" in "${clause.trim()}"`);
    const dayIdx = parseDays(parts[0]!, text);
    const hours = parseHours(parts[1]!, text);
    for (const d of dayIdx) days[d]!.push(...hours);
  }
  for (const d of days) d.sort((a, b) => a[0] - b[0]);
  return {
    label: `${tokens.join(' ')} ${zone.name}`,
    zone,
    days: days as DayHours[],
    alwaysOpen: false,
    source: 'given',
  };
}

function isDaySpec(token: string): boolean {
  return token.split(/[,-]/).every((p) => DAYS.includes(p.slice(0, 3).toLowerCase()));
}

function parseDays(spec: string, text: string): number[] {
  const out: number[] = [];
  for (const part of spec.split(',')) {
    const [a, b] = part.split('-');
    const from = DAYS.indexOf((a ?? '').slice(0, 3).toLowerCase());
    const to = b === undefined ? from : DAYS.indexOf(b.slice(0, 3).toLowerCase());
    if (from < 0 || to < 0)
      throw new RangeError(`calendar "${text}": unknown day in "${part}" (use Mon..Sun)`);
    for (let d = from; ; d = (d + 1) % 7) {
      out.push(d);
      if (d === to) break;
    }
  }
  return out;
}

function parseHours(spec: string, text: string): Array<[number, number]> {
  return spec.split(',').map((range) => {
    const m = /^(\d{1,2}):(\d{2})-(\d{1,2}):(\d{2})$/.exec(range);
    const from = m ? Number(m[1]) * 60 + Number(m[2]) : Number.NaN;
    const to = m ? Number(m[3]) * 60 + Number(m[4]) : Number.NaN;
    if (!(from >= 0 && to <= 24 * 60 && from < to)) {
      throw new RangeError(`calendar "${text}": cannot read hours "${range}" (use HH:MM-HH:MM)`);
    }
    return [from, to];
  });
}
