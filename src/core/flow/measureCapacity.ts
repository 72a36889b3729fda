import type { WorkingCalendar } from '../calendar/WorkingCalendar.js';
import { workingMs } from '../calendar/workingTime.js';
import type { ActivityInstances } from './ActivityInstances.js';
import { weekOf } from './buildTimeline.js';
import { groupByResource } from './groupByResource.js';
import type { Timeline } from './Timeline.js';

/** Busy time and capacity of stages and people, in working time. */
export interface CapacityMeasure {
  /** Busy working ms per stage and week: `busy[stage][week]`. */
  stageBusyByWeek: Float64Array[];
  stageBusyMs: Float64Array;
  /** Capacity of each stage: the people who worked there, or, without resources, the most items seen in progress at once. */
  servers: Float64Array;
  /** Distinct people who worked in each stage. */
  people: Uint32Array;
  /** Busy working ms per resource and stage: `resourceStageMs[resource][stage]`. */
  resourceStageMs: Float64Array[];
  /** Busy working ms per resource over all stages (union of its intervals). */
  resourceBusyMs: Float64Array;
  /** The same per resource and week: `resourceBusyByWeek[resource][week]`. */
  resourceBusyByWeek: Float64Array[];
  /**
   * Share of a resource's work in its smaller stages that overlaps its work elsewhere. One
   * person works one item at a time, so a large overlap means the name stands for several
   * servers (a team account, or names reused across stages), not one person.
   */
  overlapShare: Float64Array;
  /** Instances whose start was imputed from the stage's median processing time. */
  imputed: number;
}

/**
 * Measures how busy each person and stage was. A person's busy time is the union of their work
 * intervals, so overlapping items (batching, multitasking) are not counted twice; this is why a
 * release manager shipping fifty items at once is not "fifty times" busy. Work with an unknown
 * start is given the stage's median processing time.
 */
export function measureCapacity(
  instances: ActivityInstances,
  stageCount: number,
  resourceCount: number,
  timeline: Timeline,
  calendar: WorkingCalendar,
): CapacityMeasure {
  const weeks = timeline.availableMs.length;
  const stageBusyByWeek = Array.from({ length: stageCount }, () => new Float64Array(weeks));
  const stageBusyMs = new Float64Array(stageCount);
  const resourceStageMs = Array.from({ length: resourceCount }, () => new Float64Array(stageCount));
  const resourceBusyMs = new Float64Array(resourceCount);
  const resourceBusyByWeek = Array.from({ length: resourceCount }, () => new Float64Array(weeks));
  const { start, imputed } = imputeStarts(instances, stageCount);
  const end = new Float64Array(instances.size);
  for (let i = 0; i < end.length; i++) {
    const t = instances.complete[i]!;
    end[i] = Number.isNaN(t) ? timeline.to : t;
  }
  const addBusy = (stage: number, from: number, to: number): number => {
    const total = spreadWorking(stageBusyByWeek[stage]!, timeline, calendar, from, to);
    stageBusyMs[stage]! += total;
    return total;
  };
  const stageEnd = new Float64Array(stageCount);
  for (const [r, group] of groupByResource(instances.resourceOf, start).entries()) {
    stageEnd.fill(Number.NEGATIVE_INFINITY);
    let unionEnd = Number.NEGATIVE_INFINITY;
    for (const i of group) {
      const s = start[i]!;
      const e = end[i]!;
      if (!(e > s)) continue;
      const stage = instances.stageOf[i]!;
      const from = Math.max(s, stageEnd[stage]!);
      if (e > from) resourceStageMs[r]![stage]! += addBusy(stage, from, e);
      stageEnd[stage] = Math.max(stageEnd[stage]!, e);
      const uFrom = Math.max(s, unionEnd);
      if (e > uFrom)
        resourceBusyMs[r]! += spreadWorking(resourceBusyByWeek[r]!, timeline, calendar, uFrom, e);
      unionEnd = Math.max(unionEnd, e);
    }
  }
  const anonymous = measureAnonymous(instances, start, end, stageCount, addBusy);
  const people = new Uint32Array(stageCount);
  const overlapShare = new Float64Array(resourceCount);
  for (let r = 0; r < resourceCount; r++) {
    let sum = 0;
    let largest = 0;
    for (let s = 0; s < stageCount; s++) {
      const ms = resourceStageMs[r]![s]!;
      if (ms > 0) people[s]!++;
      sum += ms;
      largest = Math.max(largest, ms);
    }
    overlapShare[r] = sum > largest ? Math.max(0, sum - resourceBusyMs[r]!) / (sum - largest) : 0;
  }
  const servers = Float64Array.from(people, (n, s) => n + anonymous[s]!);
  return {
    stageBusyByWeek,
    stageBusyMs,
    servers,
    people,
    resourceStageMs,
    resourceBusyMs,
    resourceBusyByWeek,
    overlapShare,
    imputed,
  };
}

/** Work with no resource: busy time is its work content; servers, the peak concurrency. */
function measureAnonymous(
  instances: ActivityInstances,
  start: Float64Array,
  end: Float64Array,
  stageCount: number,
  addBusy: (stage: number, from: number, to: number) => number,
): Float64Array {
  const points: Array<[number, number, number]> = [];
  for (let i = 0; i < instances.size; i++) {
    if (instances.resourceOf[i] !== -1 || !(end[i]! > start[i]!)) continue;
    const stage = instances.stageOf[i]!;
    addBusy(stage, start[i]!, end[i]!);
    points.push([start[i]!, 1, stage], [end[i]!, -1, stage]);
  }
  points.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const current = new Float64Array(stageCount);
  const peak = new Float64Array(stageCount);
  for (const [, delta, stage] of points) {
    current[stage]! += delta;
    peak[stage] = Math.max(peak[stage]!, current[stage]!);
  }
  return peak;
}

/** Adds the working time of [from, to) to each week it falls in; returns the total. */
function spreadWorking(
  byWeek: Float64Array,
  timeline: Timeline,
  calendar: WorkingCalendar,
  from: number,
  to: number,
): number {
  let w = weekOf(timeline, from);
  if (calendar.alwaysOpen && to <= timeline.weekStarts[w + 1]!) {
    // The common case, kept off the general path: wall-clock time inside one week.
    byWeek[w]! += to - from;
    return to - from;
  }
  let total = 0;
  for (; w < byWeek.length && timeline.weekStarts[w]! < to; w++) {
    const ms = workingMs(
      calendar,
      Math.max(from, timeline.weekStarts[w]!),
      Math.min(to, timeline.weekStarts[w + 1]!),
    );
    byWeek[w]! += ms;
    total += ms;
  }
  return total;
}

function imputeStarts(
  instances: ActivityInstances,
  stageCount: number,
): { start: Float64Array; imputed: number } {
  const medians = medianProcessingByStage(instances, stageCount);
  const start = instances.start.slice();
  let imputed = 0;
  for (let i = 0; i < instances.size; i++) {
    const median = medians[instances.stageOf[i]!]!;
    if (Number.isNaN(start[i]!) && !Number.isNaN(instances.complete[i]!) && median > 0) {
      start[i] = instances.complete[i]! - median;
      imputed++;
    }
  }
  return { start, imputed };
}

/** Median processing time per stage, grouped in typed arrays (a count pass, then a fill pass). */
function medianProcessingByStage(instances: ActivityInstances, stageCount: number): Float64Array {
  const counts = new Uint32Array(stageCount);
  for (let i = 0; i < instances.size; i++) {
    if (instances.complete[i]! - instances.start[i]! >= 0) counts[instances.stageOf[i]!]!++;
  }
  const groups = Array.from(counts, (n) => new Float64Array(n));
  const fill = new Uint32Array(stageCount);
  for (let i = 0; i < instances.size; i++) {
    const d = instances.complete[i]! - instances.start[i]!;
    const s = instances.stageOf[i]!;
    if (d >= 0) groups[s]![fill[s]!++] = d;
  }
  return Float64Array.from(groups, (g) => (g.length ? g.sort()[g.length >> 1]! : Number.NaN));
}
