import type { AnalysisDetail } from '../analysis/analyzeLog.js';
import { findFinishedCases } from '../views/findFinishedCases.js';
import { countByDay } from './countByDay.js';

export interface DailyThroughputOptions {
  /** Calendar days of history, ending with the day of `end`; 90 by default. */
  days?: number;
  /** Last instant counted (ms); the log's last event by default. */
  end?: number;
  /**
   * Count only the calendar's working days, so forecasts come out in working days. By default
   * when the analysis has a working calendar (not an always-open one).
   */
  workingDays?: boolean;
}

/** Daily completions to forecast from, for the whole value stream and for its constraint. */
export interface DailyThroughput {
  /** Local day numbers (days since 1970-01-01 in the calendar's zone) of the series, oldest first. */
  days: number[];
  /** Finished cases per day, dated by their last event. */
  stream: number[];
  /** Completed work at the constraint stage per day (every visit counts, rework included). */
  constraint: number[];
  constraintStage: string;
  /** Whether `days` holds working days only; forecasts from it are then in working days. */
  workingDays: boolean;
}

/**
 * The history behind the Monte Carlo forecasts: finished cases per day (a case is finished as in
 * {@link findFinishedCases}) and the constraint's completions per day, over the last N days.
 */
export function buildDailyThroughput(
  detail: AnalysisDetail,
  options: DailyThroughputOptions = {},
): DailyThroughput {
  const { log, instances, calendar } = detail;
  const end = options.end ?? lastEvent(log.time);
  const span = options.days ?? 90;
  const workingDays = (options.workingDays ?? !calendar.alwaysOpen) && !calendar.alwaysOpen;

  const finished = findFinishedCases(log, detail.cases.endActivities);
  const finishTimes: number[] = [];
  for (let c = 0; c < finished.length; c++) {
    if (finished[c]) finishTimes.push(log.time[log.order[log.caseOffsets[c + 1]! - 1]!]!);
  }
  const constraintStage = detail.report.constraint.stage;
  const s = detail.stages.names.indexOf(constraintStage);
  const constraintTimes: number[] = [];
  for (let i = 0; i < instances.size; i++) {
    if (instances.stageOf[i] === s) constraintTimes.push(instances.complete[i]!);
  }
  const stream = countByDay(finishTimes, end, span, calendar, workingDays);
  const constraint = countByDay(constraintTimes, end, span, calendar, workingDays);
  return {
    days: stream.days,
    stream: stream.counts,
    constraint: constraint.counts,
    constraintStage,
    workingDays,
  };
}

function lastEvent(time: Float64Array): number {
  let max = Number.NEGATIVE_INFINITY;
  for (const t of time) if (t > max) max = t;
  return Number.isFinite(max) ? max : 0;
}
