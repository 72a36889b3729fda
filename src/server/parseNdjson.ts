import type { BatchEntry } from './validateEvents.js';

/**
 * Splits NDJSON into one entry per non-blank line. A line that is not JSON becomes an error
 * entry rather than failing the batch, so the other events are still accepted.
 */
export function parseNdjson(text: string): BatchEntry[] {
  const entries: BatchEntry[] = [];
  for (const line of text.split('\n')) {
    if (line.trim() === '') continue;
    try {
      entries.push({ value: JSON.parse(line) });
    } catch (error) {
      entries.push({ error: `not valid JSON: ${error instanceof Error ? error.message : error}` });
    }
  }
  return entries;
}
