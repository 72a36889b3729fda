import type { AnalysisDetail } from '../analysis/analyzeLog.js';
import { quantile } from '../stats/quantile.js';
import type { Histogram, StageDetail } from './StageDetail.js';

const MAX_ITEMS = 200;
const BINS = 20;

/** One stage in detail: its latest items, how their time splits, and who does the work. */
export function drillIntoStage(detail: AnalysisDetail, name: string): StageDetail | undefined {
  const { log, stages, instances, capacity, timeline } = detail;
  const s = stages.names.indexOf(name);
  if (s < 0) return undefined;
  const mine: number[] = [];
  const waits: number[] = [];
  const processing: number[] = [];
  const counts = new Map<number, number>();
  for (let i = 0; i < instances.size; i++) {
    if (instances.stageOf[i] !== s) continue;
    mine.push(i);
    const w = instances.start[i]! - instances.ready[i]!;
    const p = instances.complete[i]! - instances.start[i]!;
    if (w >= 0) waits.push(w / 1000);
    if (p >= 0) processing.push(p / 1000);
    const r = instances.resourceOf[i]!;
    if (r >= 0) counts.set(r, (counts.get(r) ?? 0) + 1);
  }
  const latest = (i: number) =>
    firstFinite(instances.complete[i]!, instances.start[i]!, instances.ready[i]!);
  mine.sort((a, b) => latest(b) - latest(a));
  const iso = (t: number) => (Number.isFinite(t) ? new Date(t).toISOString() : null);
  const seconds = (x: number) => (x >= 0 ? x / 1000 : null);
  const total = [...counts.values()].reduce((a, b) => a + b, 0);
  return {
    stage: name,
    items: mine.slice(0, MAX_ITEMS).map((i) => {
      const r = instances.resourceOf[i]!;
      return {
        case: log.caseNames[instances.caseOf[i]!]!,
        resource: r >= 0 ? log.resourceNames[r]! : null,
        ready: iso(instances.ready[i]!),
        start: iso(instances.start[i]!),
        complete: iso(instances.complete[i]!),
        waitSeconds: seconds(instances.start[i]! - instances.ready[i]!),
        processingSeconds: seconds(instances.complete[i]! - instances.start[i]!),
        estimated: instances.startEstimated[i] === 1,
      };
    }),
    wait: histogram(waits),
    processing: histogram(processing),
    people: [...counts.entries()]
      .sort((a, b) => b[1] - a[1])
      .map(([r, n]) => ({
        name: log.resourceNames[r]!,
        items: n,
        share: total ? n / total : 0,
        busyHours: (capacity.resourceStageMs[r]?.[s] ?? 0) / 3_600_000,
        load:
          timeline.totalAvailableMs > 0
            ? capacity.resourceBusyMs[r]! / timeline.totalAvailableMs
            : null,
      })),
  };
}

/** Equal-width bins from 0 to the 95th percentile; longer values fall in the last bin. */
function histogram(values: number[]): Histogram {
  if (values.length === 0) return { edges: [], counts: [] };
  values.sort((a, b) => a - b);
  const top = quantile(values, 0.95) || values[values.length - 1]! || 1;
  const width = top / BINS;
  const edges = Array.from({ length: BINS + 1 }, (_, k) => k * width);
  const counts = new Array<number>(BINS).fill(0);
  for (const v of values) counts[Math.min(BINS - 1, Math.floor(v / width))]!++;
  return { edges, counts };
}

function firstFinite(...values: number[]): number {
  for (const v of values) if (Number.isFinite(v)) return v;
  return Number.NEGATIVE_INFINITY;
}
