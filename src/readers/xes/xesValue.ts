import type { TimeZone } from '../../core/calendar/zoneOffset.js';
import type { AttributeValue } from '../../core/model/AttributeValue.js';
import { parseTimestamp } from '../timestamps/parseTimestamp.js';

/**
 * The typed value of an XES attribute element: numbers for int/float, booleans for boolean,
 * dates as ISO strings in UTC (the model's convention); anything unreadable stays the raw text,
 * since a trace attribute is context for the user, not something to reject a log over.
 */
export function xesValue(type: string, raw: string, zone: TimeZone): AttributeValue {
  switch (type) {
    case 'int':
    case 'float': {
      const n = Number(raw);
      return raw.trim() !== '' && Number.isFinite(n) ? n : raw;
    }
    case 'boolean': {
      const word = raw.trim().toLowerCase();
      return word === 'true' ? true : word === 'false' ? false : raw;
    }
    case 'date': {
      const ms = parseTimestamp(raw, zone);
      return Number.isNaN(ms) ? raw : new Date(ms).toISOString();
    }
    default:
      return raw;
  }
}
