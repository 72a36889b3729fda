import type { AnalysisDetail } from '../analysis/analyzeLog.js';
import { quantile } from '../stats/quantile.js';
import type { RunResult } from './RunResult.js';
import type { SimulationModel } from './SimulationModel.js';
import type { CalibrationFigure } from './WhatIfResult.js';

const WEEK = 7 * 86_400_000;
/** Utilisation is a share, so its tolerance is absolute. */
const UTILIZATION_TOLERANCE = 0.05;
const THROUGHPUT_TOLERANCE = 0.05;
/**
 * A log's lead time is one realisation of a queueing process, whose spread grows steeply with
 * the constraint's load; so a lead time is within tolerance when it is within 25 % of the
 * simulated mean or inside the middle 95 % of the replications.
 */
const LEAD_TIME_TOLERANCE = 0.25;

/**
 * Compares the simulated baseline with what the log itself shows: cases per week (the log's
 * cases over its span), each stage's utilisation as the analysis measured it, and the median
 * and 85th percentile of case durations. With `since` (after a constraint shift), only the
 * log from then on: cases that started then, and utilisation over the weeks from then. The
 * model is trusted for what-ifs only as far as these agree.
 */
export function checkCalibration(
  detail: AnalysisDetail,
  model: SimulationModel,
  runs: readonly RunResult[],
  since = Number.NEGATIVE_INFINITY,
): CalibrationFigure[] {
  const { log } = detail;
  let min = Number.POSITIVE_INFINITY;
  let max = Number.NEGATIVE_INFINITY;
  for (const t of log.time) {
    if (t < min) min = t;
    if (t > max) max = t;
  }
  min = Math.max(min, since);
  const firsts = caseStarts(detail);
  const kept = firsts.filter((t) => t >= since);
  const weeks = (max - min) / WEEK;
  const figures: CalibrationFigure[] = [];
  const mean = (xs: number[]) => {
    const finite = xs.filter(Number.isFinite);
    return finite.reduce((a, b) => a + b, 0) / finite.length;
  };
  if (weeks > 0) {
    const logValue = kept.length / weeks;
    const simulated = mean(runs.map((r) => r.throughputPerWeek));
    const error = simulated / logValue - 1;
    figures.push({
      figure: 'throughputPerWeek',
      log: logValue,
      simulated,
      error,
      tolerance: `±${THROUGHPUT_TOLERANCE * 100} %`,
      within: Math.abs(error) <= THROUGHPUT_TOLERANCE,
    });
  }
  model.stages.forEach((name, s) => {
    const logValue =
      since === Number.NEGATIVE_INFINITY
        ? (detail.metrics[s]?.utilization ?? Number.NaN)
        : utilizationSince(detail, s, since);
    if (!Number.isFinite(logValue) || model.service[s]?.kind === 'none') return;
    const simulated = mean(runs.map((r) => r.utilization[s]!));
    figures.push({
      figure: `utilization:${name}`,
      log: logValue,
      simulated,
      error: simulated - logValue,
      tolerance: `±${UTILIZATION_TOLERANCE}`,
      within: Math.abs(simulated - logValue) <= UTILIZATION_TOLERANCE,
    });
  });
  const durations = Float64Array.from(
    detail.cases.durations.filter((_, c) => firsts[c]! >= since),
  ).sort();
  for (const [figure, q, pick] of [
    ['leadTimeMedianSeconds', 0.5, (r: RunResult) => r.leadTimeMedianSeconds],
    ['leadTimeP85Seconds', 0.85, (r: RunResult) => r.leadTimeP85Seconds],
  ] as const) {
    const logValue = quantile(durations, q);
    const values = Float64Array.from(runs.map(pick).filter(Number.isFinite)).sort();
    if (!(logValue > 0) || values.length === 0) continue;
    const simulated = mean([...values]);
    const error = simulated / logValue - 1;
    const inSpread = logValue >= quantile(values, 0.025) && logValue <= quantile(values, 0.975);
    figures.push({
      figure,
      log: logValue,
      simulated,
      error,
      tolerance: `±${LEAD_TIME_TOLERANCE * 100} % or inside the middle 95 % of replications`,
      within: Math.abs(error) <= LEAD_TIME_TOLERANCE || inSpread,
    });
  }
  return figures;
}

/** First event time of each case, by case index (NaN for a case without events). */
function caseStarts(detail: AnalysisDetail): number[] {
  const { log } = detail;
  const out: number[] = [];
  for (let c = 0; c + 1 < log.caseOffsets.length; c++) {
    const from = log.caseOffsets[c]!;
    out.push(log.caseOffsets[c + 1]! > from ? log.time[log.order[from]!]! : Number.NaN);
  }
  return out;
}

/** Busy time over available server time in the weeks that start at or after `since`. */
function utilizationSince(detail: AnalysisDetail, stage: number, since: number): number {
  const { timeline, capacity } = detail;
  let busy = 0;
  let available = 0;
  for (let w = 0; w < timeline.availableMs.length; w++) {
    if (timeline.weekStarts[w]! < since) continue;
    busy += capacity.stageBusyByWeek[stage]![w]!;
    available += timeline.availableMs[w]!;
  }
  const servers = capacity.servers[stage]!;
  return available > 0 && servers > 0 ? busy / (servers * available) : Number.NaN;
}
