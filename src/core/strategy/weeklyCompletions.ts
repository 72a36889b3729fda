import type { AnalysisReport } from '../analysis/AnalysisReport.js';

const WEEK_MS = 7 * 24 * 3_600_000;

/**
 * A stage's completions in each complete week of the report, oldest first, with the week's
 * Monday. The week the data ends in is left out unless the data reaches its end: a partial
 * week would read as a fall in throughput.
 */
export function weeklyCompletions(
  report: AnalysisReport,
  stage: string,
): Array<{ week: string; completions: number }> {
  const s = report.stages.find((x) => x.name === stage);
  if (!s) return [];
  const end = Date.parse(report.log.end ?? '');
  const out: Array<{ week: string; completions: number }> = [];
  report.weeks.forEach((week, i) => {
    if (Date.parse(week) + WEEK_MS > end + 1) return;
    out.push({ week, completions: s.weekly.completions[i] ?? 0 });
  });
  return out;
}
