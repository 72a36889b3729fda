import type { AnalysisReport } from '../analysis/AnalysisReport.js';

/** Utilisation above which the constraint counts as overloaded (docs/strategy.md). */
export const OVERLOADED_UTILIZATION = 0.8;
/** Share of the constraint's idle time with work waiting upstream above which it counts as starved. */
export const STARVED_SHARE = 0.5;

/** Whether the constraint is overloaded or starved, and the figures that say so. */
export interface ConstraintCondition {
  overloaded: boolean;
  starved: boolean;
  /** Plain sentences with the figures behind each reading. */
  reasons: string[];
}

/**
 * Reads the constraint's state from the analysis. Overloaded: utilisation at or above
 * {@link OVERLOADED_UTILIZATION} (past the knee where waiting grows as ρ/(1−ρ), Kingman 1961),
 * or its queue growing week on week. Starved: its buffer is in the red now, or more than
 * {@link STARVED_SHARE} of its idle time passed with work waiting upstream (poor subordination,
 * not lack of demand). Pure.
 */
export function constraintCondition(
  report: AnalysisReport | null,
  stage: string | null,
): ConstraintCondition {
  const none = { overloaded: false, starved: false, reasons: [] };
  if (!report || stage === null) return none;
  const s = report.stages.find((x) => x.name === stage);
  if (!s) return none;
  const reasons: string[] = [];
  let overloaded = false;
  let starved = false;
  if (s.utilization !== null && s.utilization >= OVERLOADED_UTILIZATION) {
    overloaded = true;
    reasons.push(`${stage} is ${Math.round(s.utilization * 100)} % utilised`);
  }
  if (s.queueTrendPerWeek > 0) {
    overloaded = true;
    reasons.push(`its queue grows by ${s.queueTrendPerWeek.toFixed(1)} items a week`);
  }
  if (report.buffer.stage === stage && report.buffer.zone === 'red') {
    starved = true;
    reasons.push('its buffer is in the red');
  }
  const st = report.starvation;
  if (st.stage === stage && st.idleHours > 0 && st.starvedHours / st.idleHours > STARVED_SHARE) {
    starved = true;
    reasons.push(
      `${Math.round((st.starvedHours / st.idleHours) * 100)} % of its idle time passed with work waiting upstream`,
    );
  }
  return { overloaded, starved, reasons };
}
