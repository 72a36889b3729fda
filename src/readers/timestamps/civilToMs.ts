const DAY = 86_400_000;

// Consecutive events mostly fall on the same day, so the last day's number is kept: it spares
// the calendar arithmetic on most of ten million rows.
let lastDate = -1;
let lastDays = 0;

/**
 * Milliseconds since the epoch of a wall-clock time read "as if UTC", or NaN when a field is out
 * of range (2011-13-45 must be an error, not silently rolled over into 2012 as Date.UTC would).
 * Uses the days-from-civil arithmetic of the proleptic Gregorian calendar instead of Date.UTC,
 * which also maps years 0-99 to 1900-1999.
 */
export function civilToMs(
  year: number,
  month: number,
  day: number,
  hour: number,
  minute: number,
  second: number,
  ms: number,
): number {
  // Unique for any two-digit month and day, so an invalid date can never hit a valid entry.
  const date = year * 10_000 + month * 100 + day;
  if (date !== lastDate) {
    if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return Number.NaN;
    lastDays = daysFromCivil(year, month, day);
    lastDate = date;
  }
  // 24:00 is ISO 8601's end of day; second 60 is a leap second, which UTC milliseconds cannot
  // represent, so it lands on the next minute.
  if (hour > 24 || minute > 59 || second > 60) return Number.NaN;
  if (hour === 24 && (minute !== 0 || second !== 0 || ms !== 0)) return Number.NaN;
  return lastDays * DAY + hour * 3_600_000 + minute * 60_000 + second * 1000 + ms;
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month > 2 ? month - 3 : month + 9) + 2) / 5) + day - 1;
  const dayOfEra =
    yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146_097 + dayOfEra - 719_468;
}
