import type { AnalysisDetail } from '../analysis/analyzeLog.js';
import { workingMs } from '../calendar/workingTime.js';
import { countAtMost } from '../stats/countAtMost.js';
import { quantile } from '../stats/quantile.js';
import type { BufferZone, ConstraintBuffer } from './Subordination.js';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const MAX_POINTS = 400;

/**
 * The buffer in front of the constraint (drum-buffer-rope; Schragenheim & Dettmer,
 * *Manufacturing at Warp Speed*, 2000): ready work queued for it, in items and in hours of its
 * capacity (items × its median processing time in working hours ÷ its servers).
 *
 * Target, unless given: enough work to cover the lateness of upstream supply — the 85th minus
 * the 50th percentile of the time from a case's arrival to its being ready for the constraint,
 * in working hours — and never less than one item per server. Zones are the classical thirds:
 * green above two thirds of the target, red below one third.
 */
export function measureBuffer(
  detail: Pick<
    AnalysisDetail,
    'log' | 'instances' | 'stages' | 'timeline' | 'calendar' | 'metrics'
  >,
  stageName: string,
  givenTargetHours?: number,
): ConstraintBuffer | undefined {
  const { log, instances, stages, timeline, calendar, metrics } = detail;
  const s = stages.names.indexOf(stageName);
  if (s < 0) return undefined;
  const m = metrics[s]!;
  const servers = Math.max(1, m.servers);
  const processingMs = (m.processing.median || 0) * 1000;
  const itemHours = processingMs / HOUR / servers;
  // Queue entries and exits, for the buffer at any moment.
  const enters: number[] = [];
  const leaves: number[] = [];
  const supply: number[] = [];
  const arrival = caseArrivals(log);
  for (let i = 0; i < instances.size; i++) {
    if (instances.stageOf[i] !== s) continue;
    const ready = instances.ready[i]!;
    if (Number.isNaN(ready)) continue;
    enters.push(ready);
    leaves.push(Number.isNaN(instances.start[i]!) ? instances.complete[i]! : instances.start[i]!);
    if (instances.visit[i] === 1) {
      const a = arrival[instances.caseOf[i]!]!;
      if (ready >= a) supply.push(workingMs(calendar, a, ready) / HOUR);
    }
  }
  // Typed arrays sort natively, which matters at millions of items.
  const entered = Float64Array.from(enters).sort();
  const left = Float64Array.from(leaves).sort();
  const supplyHours = Float64Array.from(supply).sort();
  const derived = Math.max(
    itemHours,
    supplyHours.length ? quantile(supplyHours, 0.85) - quantile(supplyHours, 0.5) : 0,
  );
  const target = givenTargetHours ?? derived;
  const queuedAt = (t: number) => countAtMost(entered, t) - countAtMost(left, t);
  const zoneOf = (hours: number): BufferZone =>
    hours >= (2 / 3) * target ? 'green' : hours >= target / 3 ? 'yellow' : 'red';
  const days = Math.max(1, Math.ceil((timeline.to - timeline.from) / DAY));
  const step = Math.ceil(days / MAX_POINTS);
  const history: ConstraintBuffer['history'] = [];
  for (let d = step; d < days + step; d += step) {
    const at = Math.min(timeline.to, timeline.from + d * DAY);
    const hours = queuedAt(at) * itemHours;
    history.push({ at: new Date(at).toISOString(), hours, zone: zoneOf(hours) });
  }
  const currentItems = queuedAt(timeline.to);
  const currentHours = currentItems * itemHours;
  return {
    stage: stageName,
    targetHours: target,
    targetSource: givenTargetHours === undefined ? 'derived' : 'given',
    currentHours,
    currentItems,
    zone: zoneOf(currentHours),
    history,
  };
}

function caseArrivals(log: AnalysisDetail['log']): Float64Array {
  const cases = log.caseOffsets.length - 1;
  const out = new Float64Array(cases).fill(Number.NaN);
  for (let c = 0; c < cases; c++) {
    if (log.caseOffsets[c + 1]! > log.caseOffsets[c]!)
      out[c] = log.time[log.order[log.caseOffsets[c]!]!]!;
  }
  return out;
}
