import type { EventLog } from '../model/EventLog.js';
import { type Summary, summarize } from '../stats/summarize.js';

/** Case-level facts of a log: where cases start and end, and how long they take. */
export interface CaseSummary {
  startActivities: Record<string, number>;
  endActivities: Record<string, number>;
  /** Case duration (first to last event) in seconds. */
  duration: Summary;
  /** Duration in seconds of each case, by case index. */
  durations: Float64Array;
}

/** Start and end activities and case durations, over events as recorded. */
export function summarizeCases(log: EventLog): CaseSummary {
  const cases = log.caseOffsets.length - 1;
  const startCounts = new Float64Array(log.activityNames.length);
  const endCounts = new Float64Array(log.activityNames.length);
  const durations = new Float64Array(cases);
  for (let c = 0; c < cases; c++) {
    const from = log.caseOffsets[c]!;
    const to = log.caseOffsets[c + 1]!;
    if (to === from) continue;
    const first = log.order[from]!;
    const last = log.order[to - 1]!;
    startCounts[log.activityOf[first]!]!++;
    endCounts[log.activityOf[last]!]!++;
    durations[c] = (log.time[last]! - log.time[first]!) / 1000;
  }
  return {
    startActivities: toRecord(log.activityNames, startCounts),
    endActivities: toRecord(log.activityNames, endCounts),
    duration: summarize(durations.slice()),
    durations,
  };
}

function toRecord(names: readonly string[], counts: Float64Array): Record<string, number> {
  const entries = names.map((name, i) => [name, counts[i]!] as const).filter(([, n]) => n > 0);
  return Object.fromEntries(entries.sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])));
}
