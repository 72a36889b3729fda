import type { AnalysisReport } from '../../../../../src/core/analysis/AnalysisReport.js';

/** A stretch of time during which one stage was the constraint. */
export interface ConstraintPeriod {
  stage: string;
  /** ISO instants; `to` of the last period is the last event. */
  from: string;
  to: string;
}

/**
 * Which stage was the constraint when: from the first event to the first move the stage each
 * move left, then each move's new stage until the next move, or the end of the data. Without
 * moves, the constraint held throughout. Empty for an empty log.
 */
export function constraintPeriods(report: AnalysisReport): ConstraintPeriod[] {
  const { start, end } = report.log;
  if (start === null || end === null) return [];
  const shifts = report.shifts ?? [];
  const first = shifts[0];
  if (first === undefined) return [{ stage: report.constraint.stage, from: start, to: end }];
  const periods: ConstraintPeriod[] = [{ stage: first.from, from: start, to: first.at }];
  shifts.forEach((shift, index) => {
    periods.push({ stage: shift.to, from: shift.at, to: shifts[index + 1]?.at ?? end });
  });
  return periods;
}
