import type { AnalysisDetail } from '../analysis/analyzeLog.js';
import type { WorkingCalendar } from '../calendar/WorkingCalendar.js';
import { workingMs } from '../calendar/workingTime.js';
import {
  complementIntervals,
  type Interval,
  intersectIntervals,
  mergeIntervals,
} from './intervals.js';
import { measureBlocked } from './measureBlocked.js';
import type { Starvation } from './Starvation.js';
import { upstreamWork } from './upstreamWork.js';

const HOUR = 3_600_000;
/** Starved stretches shorter than this are counted but not listed as periods. */
const MIN_PERIOD_MS = 30 * 60_000;
const MAX_PERIODS = 500;

/**
 * Idle and starved time of a stage (drum-buffer-rope: "an hour lost at the constraint is an
 * hour lost for the system"; Goldratt & Fox, *The Race*, 1986). Each server (person) is idle
 * when not working an item of this stage; idle time is *starved* when some case was meanwhile
 * queued or worked on at an earlier stage — work existed, but had not been brought to the
 * stage. Both in working time, summed over servers, from the log's first to its last event.
 * `valuePerItem` turns starved hours into lost throughput (throughput accounting: the
 * constraint's throughput per hour × hours lost).
 */
export function measureStarvation(
  detail: Pick<
    AnalysisDetail,
    'log' | 'instances' | 'stages' | 'timeline' | 'calendar' | 'metrics' | 'flow'
  >,
  stageName: string,
  valuePerItem?: number,
): Starvation | undefined {
  const { instances, stages, timeline, calendar, metrics } = detail;
  const s = stages.names.indexOf(stageName);
  if (s < 0) return undefined;
  const from = timeline.from;
  const to = timeline.to;
  const busyByServer = new Map<number, Interval[]>();
  for (let i = 0; i < instances.size; i++) {
    if (instances.stageOf[i] !== s) continue;
    const start = instances.start[i]!;
    const end = Number.isNaN(instances.complete[i]!) ? to : instances.complete[i]!;
    if (!Number.isFinite(start) || !(end > start)) continue;
    const r = instances.resourceOf[i]!;
    const list = busyByServer.get(r) ?? [];
    list.push([start, end]);
    busyByServer.set(r, list);
  }
  const position = new Int32Array(stages.names.length).fill(-1);
  detail.flow.forEach((stage, k) => {
    position[stage] = k;
  });
  const upstream = upstreamWork(instances, s, position, to);
  let idle = 0;
  let starved = 0;
  const starvedPieces: Interval[] = [];
  for (const busy of busyByServer.values()) {
    const merged = mergeIntervals(busy);
    // A server that first works well into the log joined then (capacity was added): it was not
    // idle before it existed. Within the first 5 % of the log, it is taken to have been there.
    const joined = merged[0]![0] > from + 0.05 * (to - from) ? merged[0]![0] : from;
    const idlePieces = complementIntervals(merged, joined, to);
    idle += sumWorking(calendar, idlePieces);
    const starvedHere = intersectIntervals(idlePieces, upstream);
    starved += sumWorking(calendar, starvedHere);
    starvedPieces.push(...starvedHere);
  }
  const periods = starvationPeriods(calendar, starvedPieces);
  const result: Starvation = {
    stage: stageName,
    idleHours: idle / HOUR,
    starvedHours: starved / HOUR,
    blockedHours: measureBlocked(detail.log, stages, s, calendar, to),
    periods,
  };
  const m = metrics[s]!;
  if (valuePerItem !== undefined && timeline.totalAvailableMs > 0 && m.servers > 0) {
    // Throughput per constraint hour: items it completed per server-hour it had.
    const perHour = m.completed / ((m.servers * timeline.totalAvailableMs) / HOUR);
    result.lostThroughput = (starved / HOUR) * perHour * valuePerItem;
  }
  return result;
}

function sumWorking(calendar: WorkingCalendar, pieces: readonly Interval[]): number {
  let total = 0;
  for (const [a, b] of pieces) total += workingMs(calendar, a, b);
  return total;
}

/**
 * Merges the servers' starved pieces into periods and gives each the server-hours starved in
 * it. Every piece lies inside exactly one merged period, so one walk over the pieces sorted by
 * start sums them.
 */
function starvationPeriods(calendar: WorkingCalendar, pieces: Interval[]): Starvation['periods'] {
  const merged = mergeIntervals(pieces);
  const sorted = [...pieces].sort((x, y) => x[0] - y[0]);
  const hours = new Float64Array(merged.length);
  let k = 0;
  for (const [a, b] of sorted) {
    while (k < merged.length && merged[k]![1] < b) k++;
    if (k < merged.length) hours[k]! += workingMs(calendar, a, b) / HOUR;
  }
  const out: Starvation['periods'] = [];
  merged.forEach(([a, b], p) => {
    if (workingMs(calendar, a, b) >= MIN_PERIOD_MS) {
      out.push({
        from: new Date(a).toISOString(),
        to: new Date(b).toISOString(),
        hours: hours[p]!,
      });
    }
  });
  return out.slice(-MAX_PERIODS);
}
