import type { AnalysisDetail } from '../analysis/analyzeLog.js';
import { weekOf } from '../flow/buildTimeline.js';
import { quantile } from '../stats/quantile.js';
import type { FlowCharts } from './FlowCharts.js';
import { findFinishedCases } from './findFinishedCases.js';

const DAY = 86_400_000;
const MAX_BUCKETS = 400;
const MAX_POINTS = 3000;

/** Cumulative flow, throughput run chart, cycle-time scatter and aging WIP, from one analysis. */
export function buildFlowCharts(detail: AnalysisDetail): FlowCharts {
  const { log, report, instances, stages, flow, metrics, timeline, calendar } = detail;
  const zone = calendar.zone;
  const start = timeline.from;
  const end = timeline.to;
  const localStart = start + zone.offsetAt(start);
  const firstDay = zone.toUtc(Math.floor(localStart / DAY) * DAY);
  const totalDays = Math.max(1, Math.ceil((end - firstDay) / DAY) + 1);
  const step = Math.ceil(totalDays / MAX_BUCKETS);
  const buckets = Math.ceil(totalDays / step);
  const days = Array.from({ length: buckets }, (_, b) =>
    new Date(firstDay + b * step * DAY).toISOString(),
  );
  const bucketOf = (t: number) =>
    Math.min(buckets - 1, Math.max(0, Math.floor((t - firstDay) / (step * DAY))));

  const entered = flow.map(() => new Array<number>(buckets).fill(0));
  const position = new Int32Array(stages.names.length).fill(-1);
  flow.forEach((s, k) => {
    position[s] = k;
  });
  for (let i = 0; i < instances.size; i++) {
    if (instances.visit[i] !== 1) continue;
    const t = firstFinite(instances.ready[i]!, instances.start[i]!, instances.complete[i]!);
    const k = position[instances.stageOf[i]!]!;
    if (k >= 0 && Number.isFinite(t)) entered[k]![bucketOf(t)]!++;
  }
  const finished = findFinishedCases(log, report.endActivities);
  const done = new Array<number>(buckets).fill(0);
  const points: FlowCharts['cycleTime']['points'] = [];
  const leads: number[] = [];
  const aging: FlowCharts['aging']['items'] = [];
  const lastStage = lastStageOfCases(detail);
  for (let c = 0; c + 1 < log.caseOffsets.length; c++) {
    const from = log.caseOffsets[c]!;
    const to = log.caseOffsets[c + 1]!;
    if (to === from) continue;
    const first = log.time[log.order[from]!]!;
    const last = log.time[log.order[to - 1]!]!;
    if (finished[c]) {
      done[bucketOf(last)]!++;
      leads.push((last - first) / 1000);
      points.push({
        case: log.caseNames[c]!,
        doneAt: new Date(last).toISOString(),
        seconds: (last - first) / 1000,
      });
    } else {
      const s = lastStage[c]!;
      aging.push({
        case: log.caseNames[c]!,
        stage: s >= 0 ? stages.names[s]! : '—',
        ageSeconds: (end - first) / 1000,
      });
    }
  }
  leads.sort((a, b) => a - b);
  points.sort((a, b) => a.doneAt.localeCompare(b.doneAt));
  const pct = (q: number) => (leads.length ? quantile(leads, q) : null);
  const constraint = stages.names.indexOf(report.constraint.stage);
  return {
    days,
    cumulativeFlow: {
      stages: flow.map((s, k) => ({ stage: stages.names[s]!, entered: cumulative(entered[k]!) })),
      done: cumulative(done),
    },
    throughput: {
      weeks: report.weeks,
      casesDone: casesDonePerWeek(detail, finished),
      constraintDone: constraint >= 0 ? metrics[constraint]!.weeks.completions : [],
      constraint: report.constraint.stage,
    },
    cycleTime: { points: points.slice(-MAX_POINTS), p50: pct(0.5), p85: pct(0.85), p95: pct(0.95) },
    aging: {
      items: aging.sort((a, b) => b.ageSeconds - a.ageSeconds).slice(0, MAX_POINTS),
      p50: pct(0.5),
      p85: pct(0.85),
      p95: pct(0.95),
    },
  };
}

function firstFinite(...values: number[]): number {
  for (const v of values) if (Number.isFinite(v)) return v;
  return Number.NaN;
}

function cumulative(values: number[]): number[] {
  let sum = 0;
  return values.map((v) => {
    sum += v;
    return sum;
  });
}

/** Stage of each case's latest work (-1 for a case with none). */
function lastStageOfCases(detail: AnalysisDetail): Int32Array {
  const { instances, log } = detail;
  const last = new Int32Array(log.caseOffsets.length - 1).fill(-1);
  for (let i = 0; i < instances.size; i++) last[instances.caseOf[i]!] = instances.stageOf[i]!;
  return last;
}

function casesDonePerWeek(detail: AnalysisDetail, finished: Uint8Array): number[] {
  const { log, timeline } = detail;
  const counts = new Array<number>(timeline.availableMs.length).fill(0);
  for (let c = 0; c < finished.length; c++) {
    if (!finished[c]) continue;
    const t = log.time[log.order[log.caseOffsets[c + 1]! - 1]!]!;
    counts[weekOf(timeline, t)]!++;
  }
  return counts;
}
