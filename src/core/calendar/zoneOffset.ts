/**
 * UTC offsets of a time zone, from the platform's IANA database (Intl), so that daylight-saving
 * changes are honoured. A zone is either an IANA name ("Europe/Amsterdam"), "UTC", or a fixed
 * offset ("+02:00", "-0530").
 */
export interface TimeZone {
  readonly name: string;
  /** Offset from UTC in milliseconds at the given UTC instant (local = utc + offset). */
  offsetAt(utcMs: number): number;
  /** The UTC instant of a local wall-clock time given as milliseconds since the epoch "as if UTC". */
  toUtc(localAsUtcMs: number): number;
}

const FIXED = /^(?:UTC|GMT|Z)?([+-])(\d{2}):?(\d{2})$/;
const HOUR = 3_600_000;

/** Parses a zone name; throws a RangeError naming the zone when it is unknown. */
export function timeZone(name: string): TimeZone {
  const trimmed = name.trim();
  if (/^(UTC|GMT|Z|Etc\/UTC)$/i.test(trimmed)) return fixedZone('UTC', 0);
  const m = FIXED.exec(trimmed);
  if (m) {
    const offset = (m[1] === '-' ? -1 : 1) * (Number(m[2]) * HOUR + Number(m[3]) * 60_000);
    return fixedZone(trimmed, offset);
  }
  return ianaZone(trimmed);
}

function fixedZone(name: string, offset: number): TimeZone {
  return { name, offsetAt: () => offset, toUtc: (local) => local - offset };
}

function ianaZone(name: string): TimeZone {
  let format: Intl.DateTimeFormat;
  try {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone: name,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
  } catch {
    throw new RangeError(
      `unknown time zone "${name}" (use an IANA name such as Europe/Amsterdam, or an offset such as +02:00)`,
    );
  }
  // Offsets change at most a few times a year and always on whole quarter hours, so caching
  // per quarter hour keeps Intl (slow) off the per-event path.
  const cache = new Map<number, number>();
  const offsetAt = (utcMs: number): number => {
    const key = Math.floor(utcMs / 900_000);
    let offset = cache.get(key);
    if (offset === undefined) {
      const parts = format.formatToParts(new Date(key * 900_000));
      const get = (type: string) => Number(parts.find((p) => p.type === type)?.value ?? 0);
      const local = Date.UTC(
        get('year'),
        get('month') - 1,
        get('day'),
        get('hour'),
        get('minute'),
        get('second'),
      );
      offset = local - key * 900_000;
      cache.set(key, offset);
    }
    return offset;
  };
  const toUtc = (local: number): number => {
    // Two passes settle the offset except inside a spring-forward gap, where the later offset wins.
    const first = local - offsetAt(local);
    return local - offsetAt(first);
  };
  return { name, offsetAt, toUtc };
}
