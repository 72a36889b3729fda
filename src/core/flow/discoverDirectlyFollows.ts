import type { EventLog } from '../model/EventLog.js';
import { quantile } from '../stats/quantile.js';

/**
 * Mean of an arc's times. Summed in milliseconds, which are whole numbers in practice, so the
 * sum is exact and an incrementally kept sum gives the very same mean.
 */
export function arcMeanSeconds(sumMs: number, count: number): number {
  return sumMs / count / 1000;
}

/** Median of an arc's times, from its milliseconds sorted ascending. */
export function arcMedianSeconds(sortedMs: Float64Array): number {
  return quantile(sortedMs, 0.5) / 1000;
}

/** One arc of the directly-follows graph. */
export interface DirectlyFollowsArc {
  from: string;
  to: string;
  count: number;
  meanSeconds: number;
  medianSeconds: number;
}

/**
 * The directly-follows graph over events as recorded: every lifecycle transition is an event,
 * cases in time order with ties in file order, arc time from the earlier event to the later.
 * Follows pm4py's `discover_dfg` / `discover_performance_dfg` (van der Aalst, *Process Mining*,
 * 2016, §6.2), but with true elapsed time across UTC-offset changes.
 * Arcs are sorted by count (descending), then by name.
 */
export function discoverDirectlyFollows(log: EventLog): DirectlyFollowsArc[] {
  const activities = log.activityNames.length;
  const arcOf = new Int32Array(Math.max(0, log.size - 1));
  const millis = new Float64Array(arcOf.length);
  const counts = new Map<number, number>();
  let m = 0;
  for (let c = 0; c + 1 < log.caseOffsets.length; c++) {
    const end = log.caseOffsets[c + 1]!;
    for (let k = log.caseOffsets[c]! + 1; k < end; k++) {
      const a = log.order[k - 1]!;
      const b = log.order[k]!;
      const arc = log.activityOf[a]! * activities + log.activityOf[b]!;
      arcOf[m] = arc;
      millis[m] = log.time[b]! - log.time[a]!;
      counts.set(arc, (counts.get(arc) ?? 0) + 1);
      m++;
    }
  }
  // Group durations by arc with a counting sort, then summarise each arc's slice.
  const arcs = [...counts.keys()];
  const offset = new Map<number, number>();
  let at = 0;
  for (const arc of arcs) {
    offset.set(arc, at);
    at += counts.get(arc)!;
  }
  const grouped = new Float64Array(m);
  const cursor = new Map(offset);
  for (let i = 0; i < m; i++) {
    const arc = arcOf[i]!;
    const pos = cursor.get(arc)!;
    grouped[pos] = millis[i]!;
    cursor.set(arc, pos + 1);
  }
  const result = arcs.map((arc) => {
    const count = counts.get(arc)!;
    const from = offset.get(arc)!;
    const slice = grouped.subarray(from, from + count).sort();
    let sumMs = 0;
    for (let i = 0; i < count; i++) sumMs += slice[i]!;
    return {
      from: log.activityNames[Math.floor(arc / activities)]!,
      to: log.activityNames[arc % activities]!,
      count,
      meanSeconds: arcMeanSeconds(sumMs, count),
      medianSeconds: arcMedianSeconds(slice),
    };
  });
  return result.sort(
    (x, y) => y.count - x.count || x.from.localeCompare(y.from) || x.to.localeCompare(y.to),
  );
}
