import type { WorkingCalendar } from '../calendar/WorkingCalendar.js';
import { workingMs } from '../calendar/workingTime.js';
import type { EventLog } from '../model/EventLog.js';
import { countAtMost } from '../stats/countAtMost.js';
import { linearSlope } from '../stats/linearSlope.js';
import { summarize } from '../stats/summarize.js';
import type { ActivityInstances } from './ActivityInstances.js';
import { weekOf } from './buildTimeline.js';
import type { CapacityMeasure } from './measureCapacity.js';
import type { Stages } from './StageMap.js';
import type { StageMetrics } from './StageMetrics.js';
import type { Timeline } from './Timeline.js';

const WEEK_MS = 7 * 86_400_000;

/** Per-stage flow metrics over the whole log and week by week. */
export function measureStages(
  log: EventLog,
  instances: ActivityInstances,
  stages: Stages,
  capacity: CapacityMeasure,
  timeline: Timeline,
  totalLeadSeconds: number,
  calendar: WorkingCalendar,
): StageMetrics[] {
  const weeks = timeline.availableMs.length;
  const spanMs = Math.max(1, timeline.to - timeline.from);
  const byStage = groupByStage(instances, stages.names.length);
  return stages.names.map((name, s) => {
    const items = byStage[s]!;
    const waits: number[] = [];
    const processing: number[] = [];
    const arrivals = new Array<number>(weeks).fill(0);
    const completions = new Array<number>(weeks).fill(0);
    const queueMs = new Float64Array(weeks);
    let wipMs = 0;
    let queueTotalMs = 0;
    let rework = 0;
    let estimated = 0;
    let completed = 0;
    for (const i of items) {
      const ready = instances.ready[i]!;
      const start = instances.start[i]!;
      const complete = instances.complete[i]!;
      const entered = firstKnown(ready, start, complete);
      const left = Number.isNaN(complete) ? timeline.to : complete;
      arrivals[weekOf(timeline, entered)]!++;
      if (!Number.isNaN(complete)) {
        completions[weekOf(timeline, complete)]!++;
        completed++;
      }
      wipMs += Math.max(0, left - entered);
      if (start >= ready) {
        waits.push((start - ready) / 1000);
        queueTotalMs += start - ready;
        spread(queueMs, timeline, ready, start);
      }
      if (complete >= start) processing.push((complete - start) / 1000);
      if (instances.visit[i]! > 1) rework++;
      if (instances.startEstimated[i]) estimated++;
    }
    const available = capacity.servers[s]! * timeline.totalAvailableMs;
    const hasProcessing = capacity.stageBusyMs[s]! > 0;
    const queue = Array.from(queueMs, (ms, w) => ms / Math.max(1, weekLength(timeline, w)));
    const people = topPeople(
      log,
      capacity,
      timeline.totalAvailableMs,
      countByResource(instances, items),
    );
    return {
      index: s,
      name,
      instances: items.length,
      completed,
      throughputPerWeek: (completed / spanMs) * WEEK_MS,
      wait: summarize(Float64Array.from(waits)),
      processing: summarize(Float64Array.from(processing)),
      waitingShare: totalLeadSeconds > 0 ? queueTotalMs / 1000 / totalLeadSeconds : 0,
      servers: capacity.servers[s]!,
      people: capacity.people[s]!,
      utilization:
        hasProcessing && available > 0 ? capacity.stageBusyMs[s]! / available : Number.NaN,
      wipMean: wipMs / spanMs,
      queueMean: queueTotalMs / spanMs,
      queueTrendPerWeek: linearSlope(queue),
      reworkRate: items.length ? rework / items.length : 0,
      estimatedShare: items.length ? estimated / items.length : 0,
      largestBatch: largestBatch(instances, items),
      expediteRate: expediteRate(instances, items),
      overtimeShare: overtimeShare(instances, items, calendar),
      topPeople: people.top,
      concentration: people.concentration,
      weeks: {
        arrivals,
        completions,
        queue,
        utilization: Array.from(capacity.stageBusyByWeek[s]!, (ms, w) => {
          const avail = capacity.servers[s]! * timeline.availableMs[w]!;
          return hasProcessing && avail > 0 ? ms / avail : 0;
        }),
      },
    };
  });
}

function groupByStage(instances: ActivityInstances, count: number): number[][] {
  const groups: number[][] = Array.from({ length: count }, () => []);
  for (let i = 0; i < instances.size; i++) groups[instances.stageOf[i]!]!.push(i);
  return groups;
}

function firstKnown(...times: number[]): number {
  for (const t of times) if (!Number.isNaN(t)) return t;
  return Number.NaN;
}

function weekLength(timeline: Timeline, w: number): number {
  return (
    Math.min(timeline.to, timeline.weekStarts[w + 1]!) -
    Math.max(timeline.from, timeline.weekStarts[w]!)
  );
}

/** Adds the interval's length to each week it overlaps. */
function spread(target: Float64Array, timeline: Timeline, from: number, to: number): void {
  for (let w = weekOf(timeline, from); w < target.length && timeline.weekStarts[w]! < to; w++) {
    target[w]! += Math.max(
      0,
      Math.min(to, timeline.weekStarts[w + 1]!) - Math.max(from, timeline.weekStarts[w]!),
    );
  }
}

function countByResource(instances: ActivityInstances, items: number[]): Map<number, number> {
  const counts = new Map<number, number>();
  for (const i of items) {
    const r = instances.resourceOf[i]!;
    if (r >= 0) counts.set(r, (counts.get(r) ?? 0) + 1);
  }
  return counts;
}

/** The stage's busiest people by items done, and how loaded each is across all stages. */
function topPeople(
  log: EventLog,
  capacity: CapacityMeasure,
  available: number,
  counts: Map<number, number>,
): { top: StageMetrics['topPeople']; concentration: number } {
  const total = [...counts.values()].reduce((a, b) => a + b, 0);
  if (total === 0) return { top: [], concentration: 0 };
  const ranked = [...counts.entries()].sort((a, b) => b[1] - a[1]);
  const few = Math.max(1, Math.ceil(ranked.length / 5));
  const concentration = ranked.slice(0, few).reduce((a, [, n]) => a + n, 0) / total;
  const top = ranked.slice(0, 3).map(([r, n]) => ({
    name: log.resourceNames[r]!,
    share: n / total,
    load: available > 0 ? capacity.resourceBusyMs[r]! / available : Number.NaN,
  }));
  return { top, concentration };
}

/** Most items one person started at the same instant in this stage. */
function largestBatch(instances: ActivityInstances, items: number[]): number {
  // One numeric key per (person, instant): start ms × 2048 + person stays exact below 2^53 until 2109.
  const seen = new Map<number, number>();
  let most = items.length ? 1 : 0;
  for (const i of items) {
    const r = instances.resourceOf[i]!;
    const s = instances.start[i]!;
    if (r < 0 || Number.isNaN(s) || instances.startEstimated[i]) continue;
    const key = s * 2048 + (r & 2047);
    const n = (seen.get(key) ?? 0) + 1;
    seen.set(key, n);
    if (n > most) most = n;
  }
  return most;
}

/**
 * How far service departs from first come, first served: of the pairs of items that waited
 * in the queue together, the share in which the one that arrived later started first
 * (0 for strict FIFO, about 0.5 for random order, 1 for newest first). A lot of it at the
 * constraint means priorities are being juggled there (expediting), a workaround that hides
 * how overloaded it is.
 */
function expediteRate(instances: ActivityInstances, items: number[]): number {
  // A systematic sample keeps this O(n log n) sort affordable on millions of items.
  const stride = Math.max(1, Math.floor(items.length / EXPEDITE_SAMPLE));
  const known = items.filter(
    (i, k) => k % stride === 0 && instances.start[i]! >= instances.ready[i]!,
  );
  const n = known.length;
  if (n < 2) return 0;
  // Ties in readiness are ordered by start, so that they never count as overtaking.
  known.sort(
    (a, b) =>
      instances.ready[a]! - instances.ready[b]! || instances.start[a]! - instances.start[b]!,
  );
  const starts = Float64Array.from(known, (i) => instances.start[i]!);
  const sortedStarts = starts.slice().sort();
  // Pairs (i before j) that shared the queue: i had not started when j became ready.
  let together = 0;
  known.forEach((j, k) => {
    together += k - countAtMost(sortedStarts, instances.ready[j]!);
  });
  if (together <= 0) return 0;
  return countInversions(starts, new Float64Array(n), 0, n) / together;
}

const EXPEDITE_SAMPLE = 50_000;

/** Pairs i < j with a[i] > a[j], by merge sort (sorts `a` in place). */
function countInversions(a: Float64Array, scratch: Float64Array, from: number, to: number): number {
  if (to - from < 2) return 0;
  const mid = (from + to) >> 1;
  let count = countInversions(a, scratch, from, mid) + countInversions(a, scratch, mid, to);
  let i = from;
  let j = mid;
  let k = from;
  while (i < mid && j < to) {
    if (a[j]! < a[i]!) {
      count += mid - i;
      scratch[k++] = a[j++]!;
    } else scratch[k++] = a[i++]!;
  }
  while (i < mid) scratch[k++] = a[i++]!;
  while (j < to) scratch[k++] = a[j++]!;
  a.set(scratch.subarray(from, to), from);
  return count;
}

/**
 * Share of completions with no working time in the half hour before them: work finished in
 * the evening or at the weekend. Overtime at a stage is a workaround that masks a constraint.
 * Zero when time is measured around the clock.
 */
function overtimeShare(
  instances: ActivityInstances,
  items: number[],
  calendar: WorkingCalendar,
): number {
  if (calendar.alwaysOpen) return 0;
  let done = 0;
  let outside = 0;
  for (const i of items) {
    const t = instances.complete[i]!;
    if (Number.isNaN(t)) continue;
    done++;
    if (workingMs(calendar, t - 1_800_000, t) === 0) outside++;
  }
  return done ? outside / done : 0;
}
