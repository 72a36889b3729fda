import type { WorkingCalendar } from '../calendar/WorkingCalendar.js';
import { nextWorkingInstant } from '../calendar/workingTime.js';
import type { EventLog } from '../model/EventLog.js';
import { lifecycleRole } from '../model/lifecycle.js';
import type { ActivityInstances } from './ActivityInstances.js';
import { estimateStarts } from './estimateStarts.js';
import type { Stages } from './StageMap.js';

/**
 * Pairs start and complete events into activity instances, per case in trace order. A complete
 * closes the oldest open start of the same activity (first in, first out). A complete with no
 * start becomes an instance whose start is estimated by {@link estimateStarts}.
 */
export function buildInstances(
  log: EventLog,
  stages: Stages,
  calendar: WorkingCalendar,
): ActivityInstances {
  const roles = log.lifecycleNames.map((name) => lifecycleRole(name));
  const cap = log.size;
  const caseOf = new Int32Array(cap);
  const stageOf = new Int32Array(cap);
  const resourceOf = new Int32Array(cap);
  const activityOf = new Int32Array(cap);
  const ready = new Float64Array(cap);
  const start = new Float64Array(cap);
  const complete = new Float64Array(cap);
  const visit = new Uint16Array(cap);
  const pairing = {
    openStarts: 0,
    aborted: 0,
    otherTransitions: 0,
    estimatedStarts: 0,
    unknownStarts: 0,
    trimmedStarts: 0,
  };
  const alive = new Uint8Array(cap);
  const visits = new Uint16Array(stages.names.length);
  let n = 0;
  const pending: number[] = [];
  for (let c = 0; c + 1 < log.caseOffsets.length; c++) {
    let lastCompletion = Number.NaN;
    pending.length = 0;
    visits.fill(0);
    for (let k = log.caseOffsets[c]!; k < log.caseOffsets[c + 1]!; k++) {
      const e = log.order[k]!;
      const t = log.time[e]!;
      const lc = log.lifecycleOf[e]!;
      const role = lc < 0 ? 'complete' : roles[lc]!;
      const activity = log.activityOf[e]!;
      const stage = stages.stageOfActivity[activity]!;
      if (role === 'start' || role === 'complete' || role === 'abort') {
        const open = role === 'start' ? -1 : pending.findIndex((i) => activityOf[i] === activity);
        if (role === 'start' && stage >= 0) {
          const i = n++;
          caseOf[i] = c;
          stageOf[i] = stage;
          activityOf[i] = activity;
          resourceOf[i] = log.resourceOf[e]!;
          ready[i] = lastCompletion;
          start[i] = t;
          complete[i] = Number.NaN;
          visit[i] = ++visits[stage]!;
          alive[i] = 1;
          pending.push(i);
        } else if (role === 'abort') {
          if (open >= 0) {
            alive[pending[open]!] = 0;
            pending.splice(open, 1);
            pairing.aborted++;
          } else pairing.otherTransitions++;
        } else if (role === 'complete') {
          if (open >= 0) {
            const i = pending[open]!;
            pending.splice(open, 1);
            complete[i] = t;
            if (resourceOf[i] === -1) resourceOf[i] = log.resourceOf[e]!;
          } else if (stage >= 0) {
            const i = n++;
            caseOf[i] = c;
            stageOf[i] = stage;
            activityOf[i] = activity;
            resourceOf[i] = log.resourceOf[e]!;
            ready[i] = lastCompletion;
            start[i] = log.startTime[e]!;
            complete[i] = t;
            visit[i] = ++visits[stage]!;
            alive[i] = 1;
          }
          lastCompletion = t;
        }
      } else pairing.otherTransitions++;
    }
    pairing.openStarts += pending.length;
  }
  const keep = compactIndex(alive, n);
  const instances = {
    size: keep.length,
    caseOf: pick(caseOf, keep),
    stageOf: pick(stageOf, keep),
    resourceOf: pick(resourceOf, keep),
    ready: pick(ready, keep),
    start: pick(start, keep),
    complete: pick(complete, keep),
    startEstimated: new Uint8Array(keep.length),
    visit: pick(visit, keep),
    pairing,
  };
  estimateStarts(instances, calendar, (t) => nextWorkingInstant(calendar, t));
  return instances;
}

function compactIndex(alive: Uint8Array, n: number): Uint32Array {
  let m = 0;
  for (let i = 0; i < n; i++) m += alive[i]!;
  const keep = new Uint32Array(m);
  for (let i = 0, j = 0; i < n; i++) if (alive[i]) keep[j++] = i;
  return keep;
}

/** The kept entries of a column; plain loops, since `TypedArray.from` with a mapper is slow. */
function pick<T extends Int32Array | Uint16Array | Float64Array>(a: T, keep: Uint32Array): T {
  if (keep.length === a.length) return a;
  const out = new (a.constructor as new (n: number) => T)(keep.length);
  for (let j = 0; j < keep.length; j++) out[j] = a[keep[j]!]!;
  return out;
}
