import type { Summary } from '../stats/summarize.js';
import type { SecondsSummary } from './AnalysisReport.js';

/** A summary in seconds with unknowns as null, ready for JSON. */
export function toSecondsSummary(s: Summary): SecondsSummary {
  const f = (x: number) => (Number.isFinite(x) ? x : null);
  return {
    count: s.count,
    meanSeconds: f(s.mean),
    medianSeconds: f(s.median),
    p85Seconds: f(s.p85),
    p95Seconds: f(s.p95),
  };
}
