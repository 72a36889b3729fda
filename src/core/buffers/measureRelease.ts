import type { AnalysisDetail } from '../analysis/analyzeLog.js';
import { weekOf } from '../flow/buildTimeline.js';
import { quantile } from '../stats/quantile.js';
import type { ReleasePacing } from './Subordination.js';

const WINDOW_WEEKS = 12;

/**
 * The rope (drum-buffer-rope): new work should enter at the constraint's demonstrated pace —
 * the median of its weekly completions over the last twelve full weeks, in cases (completions
 * ÷ visits per case, since rework visits it more than once) — and the stages before
 * it should hold no more than that pace keeps busy. Each one's work-in-progress cap follows
 * Little's law: the recommended rate × the median time an item spends in the stage (waiting and
 * working), and at least one item per server. Released work beyond the pace is overproduction:
 * it only lengthens queues.
 */
export function measureRelease(
  detail: Pick<AnalysisDetail, 'log' | 'timeline' | 'metrics' | 'flow' | 'stages' | 'instances'>,
  constraint: string,
  weekLabels: string[],
): ReleasePacing {
  const { log, timeline, metrics, flow, stages, instances } = detail;
  const s = stages.names.indexOf(constraint);
  const weeks = timeline.availableMs.length;
  const released = new Array<number>(weeks).fill(0);
  for (let c = 0; c + 1 < log.caseOffsets.length; c++) {
    if (log.caseOffsets[c + 1]! > log.caseOffsets[c]!)
      released[weekOf(timeline, log.time[log.order[log.caseOffsets[c]!]!]!)]!++;
  }
  const completions = s >= 0 ? metrics[s]!.weeks.completions : new Array<number>(weeks).fill(0);
  // The last week is usually cut short by the end of the export; leave it out when possible.
  const last = weeks > 1 ? weeks - 1 : weeks;
  const first = Math.max(0, last - WINDOW_WEEKS);
  const window = (xs: number[]) => xs.slice(first, last).sort((a, b) => a - b);
  // Completions count rework visits too; the rope releases cases, so divide by visits per case.
  let visits = 0;
  let cases = 0;
  for (let i = 0; i < instances.size; i++) {
    if (instances.stageOf[i] !== s) continue;
    visits++;
    if (instances.visit[i] === 1) cases++;
  }
  const perCase = cases > 0 ? visits / cases : 1;
  const recommended = (quantile(window([...completions]), 0.5) || 0) / perCase;
  const actual = quantile(window([...released]), 0.5) || 0;
  let overproduction = 0;
  for (let w = first; w < last; w++) overproduction += Math.max(0, released[w]! - recommended);
  const wipCaps: Record<string, number> = {};
  const position = flow.indexOf(s);
  const perHour = recommended / (7 * 24);
  for (const u of flow.slice(0, Math.max(0, position))) {
    const m = metrics[u]!;
    const hoursInStage = ((m.wait.median || 0) + (m.processing.median || 0)) / 3600;
    // Instantaneous events (arrivals) hold no work in progress.
    if (!m.instances || Number.isNaN(m.utilization)) continue;
    wipCaps[m.name] = Math.max(Math.ceil(m.servers), Math.ceil(perHour * hoursInStage));
  }
  return {
    recommendedPerWeek: recommended,
    actualPerWeek: actual,
    overproduction,
    wipCaps,
    weekly: weekLabels.map((week, w) => ({ week, released: released[w]!, recommended })),
  };
}
