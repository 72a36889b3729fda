import type { AnalysisReport } from '../analysis/AnalysisReport.js';
import type { LiveMetric } from './Strategy.js';
import { weeklyCompletions } from './weeklyCompletions.js';

/** Complete weeks averaged for "throughput per week": a month, long enough to damp one bad week. */
export const THROUGHPUT_WEEKS = 4;
/** Days of buffer history read for "share of days in green". */
export const BUFFER_DAYS = 28;

/**
 * The current value of a live metric (docs/strategy.md, "Live key results"), or null when the
 * events cannot give it yet:
 * - constraint throughput per week: mean completions at `constraintStage` over the last
 *   {@link THROUGHPUT_WEEKS} complete weeks;
 * - buffer green share: share of the last {@link BUFFER_DAYS} end-of-day buffer readings in green;
 * - lead time p85 (days): 85th percentile of case lead time.
 * Pure.
 */
export function measureLiveMetric(
  metric: LiveMetric,
  report: AnalysisReport | null,
  constraintStage: string | null,
): number | null {
  if (!report) return null;
  switch (metric) {
    case 'constraint-throughput-per-week': {
      if (constraintStage === null) return null;
      const weeks = weeklyCompletions(report, constraintStage).slice(-THROUGHPUT_WEEKS);
      if (weeks.length === 0) return null;
      return weeks.reduce((sum, w) => sum + w.completions, 0) / weeks.length;
    }
    case 'buffer-green-share': {
      const days = report.buffer.history.slice(-BUFFER_DAYS);
      if (days.length === 0) return null;
      return days.filter((d) => d.zone === 'green').length / days.length;
    }
    case 'lead-time-p85-days': {
      const p85 = report.log.leadTime.p85Seconds;
      return p85 === null ? null : p85 / 86_400;
    }
  }
}
