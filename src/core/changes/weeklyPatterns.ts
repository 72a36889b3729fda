import type { AnalysisDetail } from '../analysis/analyzeLog.js';
import { workingMs } from '../calendar/workingTime.js';
import { weekOf } from '../flow/buildTimeline.js';
import { quantile } from '../stats/quantile.js';
import type { PatternKind } from './PatternChange.js';

/** One weekly series; NaN marks a week without enough observations to measure. */
export interface WeeklySeries {
  kind: PatternKind;
  /** Stage index, or -1 for the stream's arrivals. */
  stage: number;
  values: Float64Array;
}

/** Fewest processing times or visits in a week before its spread or rework share is measured. */
export const MIN_PER_WEEK = 8;

/** Most processing times per stage and week that its spread is measured on. */
export const SPREAD_SAMPLE = 2000;

/**
 * People are counted from their first to their last work in a stage, so a quiet week is not a
 * lost person; near the log's edges that span is cut short by the export, not by the person, so
 * this many weeks at the start (and half as many at the end) are left out of the capacity series.
 */
export const EDGE_WEEKS = 4;

/**
 * The weekly series that change points are sought in, built in one pass over cases and one
 * over activity instances:
 * - demand: cases whose first event falls in the week, scaled to a full week's working time,
 *   between the weeks of the first and the last arrival (an export's start and end are not
 *   changes in demand);
 * - capacity: people of each stage between their first and last work there (as constraint
 *   shifts count them, `people`), in weeks where the stage finished work, away from the
 *   log's edges ({@link EDGE_WEEKS}), for stages whose work names people;
 * - variability: the natural log of each stage's third over first quartile of processing time
 *   (working time, so a night is not work), over the work completed in the week: a robust,
 *   scale-free spread (one stuck item cannot move it; 1.57 for exponential times);
 * - rework: each stage's share of visits in the week that were a case's second or later.
 * Weeks with little working time (a log's first and last, partly covered) are NaN.
 */
export function weeklyPatterns(
  detail: AnalysisDetail,
  people: ReadonlyArray<ReadonlyArray<ReadonlySet<number>>>,
): WeeklySeries[] {
  const { log, instances, timeline } = detail;
  const weeks = timeline.availableMs.length;
  const stageCount = detail.stages.names.length;
  const full = fullWeekMs(timeline.availableMs);
  const partial = (w: number) => !(timeline.availableMs[w]! >= 0.5 * full);

  const arrivals = new Float64Array(weeks);
  let firstWeek = weeks;
  let lastWeek = -1;
  for (let c = 0; c + 1 < log.caseOffsets.length; c++) {
    const from = log.caseOffsets[c]!;
    if (log.caseOffsets[c + 1]! === from) continue;
    const w = weekOf(timeline, log.time[log.order[from]!]!);
    arrivals[w]!++;
    firstWeek = Math.min(firstWeek, w);
    lastWeek = Math.max(lastWeek, w);
  }
  for (let w = 0; w < weeks; w++)
    arrivals[w] =
      partial(w) || w <= firstWeek || w >= lastWeek
        ? Number.NaN
        : (arrivals[w]! * full) / timeline.availableMs[w]!;

  const visits = new Float64Array(stageCount * weeks);
  const repeats = new Float64Array(stageCount * weeks);
  const named = new Uint8Array(stageCount);
  // The stage-week of each instance is recomputed in the second pass rather than kept: an
  // index per instance would cost 40 MB at ten million events, the analysis' memory headroom.
  const keyOf = (i: number): number => {
    const end = instances.complete[i]!;
    return Number.isNaN(end) ? -1 : instances.stageOf[i]! * weeks + weekOf(timeline, end);
  };
  for (let i = 0; i < instances.size; i++) {
    const k = keyOf(i);
    if (k < 0) continue;
    const s = instances.stageOf[i]!;
    visits[k]!++;
    if (instances.visit[i]! > 1) repeats[k]!++;
    if (instances.resourceOf[i]! >= 0) named[s] = 1;
  }
  // Quartiles of a stage-week from at most SPREAD_SAMPLE of its items, every n-th in instance order:
  // on ten million events this spares most working-time computations and most of the sorting.
  const durations = Array.from({ length: stageCount * weeks }, (): number[] => []);
  const seen = new Float64Array(stageCount * weeks);
  for (let i = 0; i < instances.size; i++) {
    const k = keyOf(i);
    if (k < 0 || seen[k]!++ % Math.ceil(visits[k]! / SPREAD_SAMPLE) !== 0) continue;
    const start = instances.start[i]!;
    const end = instances.complete[i]!;
    if (start <= end) {
      const d = workingMs(detail.calendar, start, end);
      if (d > 0) durations[k]!.push(d);
    }
  }
  const out: WeeklySeries[] = [{ kind: 'demand', stage: -1, values: arrivals }];
  for (let s = 0; s < stageCount; s++) {
    const capacity = new Float64Array(weeks);
    const spread = new Float64Array(weeks);
    const rework = new Float64Array(weeks);
    for (let w = 0; w < weeks; w++) {
      const k = s * weeks + w;
      const edge = w < EDGE_WEEKS || w >= weeks - EDGE_WEEKS / 2;
      capacity[w] =
        edge || partial(w) || visits[k] === 0 ? Number.NaN : (people[s]?.[w]?.size ?? 0);
      const d = Float64Array.from(durations[k]!).sort();
      spread[w] =
        partial(w) || d.length < MIN_PER_WEEK
          ? Number.NaN
          : Math.log(quantile(d, 0.75) / quantile(d, 0.25));
      rework[w] = partial(w) || visits[k]! < MIN_PER_WEEK ? Number.NaN : repeats[k]! / visits[k]!;
    }
    if (named[s]) out.push({ kind: 'capacity', stage: s, values: capacity });
    out.push({ kind: 'variability', stage: s, values: spread });
    out.push({ kind: 'rework', stage: s, values: rework });
  }
  return out;
}

/** The working time of a full week: the largest week's, which the clipped first and last never exceed. */
function fullWeekMs(available: Float64Array): number {
  let max = 0;
  for (const a of available) if (a > max) max = a;
  return max;
}
