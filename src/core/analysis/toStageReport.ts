import type { StageScore } from '../constraint/ConstraintResult.js';
import type { StageMetrics } from '../flow/StageMetrics.js';
import type { StageReport } from './AnalysisReport.js';
import { toSecondsSummary } from './toSecondsSummary.js';

/** The JSON shape of one stage, with its place in the constraint ranking. */
export function toStageReport(
  m: StageMetrics,
  flowPosition: number,
  ranking: StageScore[],
): StageReport {
  const place = ranking.find((r) => r.stage === m.name);
  const wait = toSecondsSummary(m.wait);
  const processing = toSecondsSummary(m.processing);
  return {
    name: m.name,
    rank: place?.rank ?? ranking.length,
    score: place?.score ?? 0,
    flowPosition,
    instances: m.instances,
    completed: m.completed,
    throughputPerWeek: m.throughputPerWeek,
    meanWaitSeconds: wait.meanSeconds,
    meanProcessingSeconds: processing.meanSeconds,
    wait,
    processing,
    waitingShare: m.waitingShare,
    servers: m.servers,
    people: m.people,
    utilization: Number.isFinite(m.utilization) ? m.utilization : null,
    wipMean: m.wipMean,
    queueMean: m.queueMean,
    queueTrendPerWeek: m.queueTrendPerWeek,
    reworkRate: m.reworkRate,
    estimatedStartShare: m.estimatedShare,
    largestBatch: m.largestBatch,
    expediteRate: m.expediteRate,
    overtimeShare: m.overtimeShare,
    concentration: m.concentration,
    topPeople: m.topPeople.map((p) => ({ ...p, load: Number.isFinite(p.load) ? p.load : null })),
    weekly: m.weeks,
  };
}
