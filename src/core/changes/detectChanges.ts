import type { AnalysisDetail } from '../analysis/analyzeLog.js';
import { workingMs } from '../calendar/workingTime.js';
import { weekOf } from '../flow/buildTimeline.js';
import { peopleByWeek } from '../shifts/detectShifts.js';
import { quantile } from '../stats/quantile.js';
import type { PatternChange, PatternKind } from './PatternChange.js';
import { segmentMeans } from './segmentMeans.js';
import { type WeeklySeries, weeklyPatterns } from './weeklyPatterns.js';

/** Settings of {@link detectChanges}. */
export interface DetectChangesOptions {
  /** Penalty per change point, as a multiple of ln(weeks) (β = factor · ln n). */
  penaltyFactor: number;
  /** Fewest measured weeks on each side of a change. */
  minWeeks: number;
  /** Most changes reported, the most significant kept. */
  maxChanges: number;
}

export const DEFAULT_CHANGE_OPTIONS: DetectChangesOptions = {
  penaltyFactor: 4,
  minWeeks: 4,
  maxChanges: 30,
};

/**
 * Per kind: the smallest noise assumed (so a flat series does not make every wiggle
 * significant) and the smallest change worth telling a person about, whatever its significance
 * (on ten million events every difference is significant).
 */
const KINDS: Record<
  PatternKind,
  {
    unit: PatternChange['unit'];
    sigmaFloor: (level: number) => number;
    matters: (before: number, after: number) => boolean;
  }
> = {
  // Weekly counts are at least Poisson-noisy: sd = √mean.
  demand: {
    unit: 'arrivals per week',
    sigmaFloor: (level) => Math.sqrt(Math.max(level, 1)),
    matters: (a, b) => Math.abs(b - a) >= 0.2 * Math.max(a, b) && Math.abs(b - a) >= 2,
  },
  capacity: {
    unit: 'people',
    sigmaFloor: () => 0.25,
    matters: (a, b) => Math.abs(b - a) >= Math.max(0.75, 0.15 * Math.max(a, b)),
  },
  // On the log scale: a step of ln 1.3 is the slower quarter's lead over the faster growing 30 %.
  variability: {
    unit: 'q75 / q25',
    sigmaFloor: () => 0.05,
    matters: (a, b) => Math.abs(b - a) >= Math.log(1.3),
  },
  rework: {
    unit: 'rework share',
    sigmaFloor: () => 0.01,
    matters: (a, b) => Math.abs(b - a) >= 0.05 && Math.max(a, b) >= 1.5 * Math.min(a, b),
  },
};

/** A change in one compressed series: positions are over measured weeks only. */
interface Step {
  series: WeeklySeries;
  /** Week index (into the timeline) where the new segment starts. */
  week: number;
  before: number;
  after: number;
  weeksBefore: number;
  weeksAfter: number;
  z: number;
  threshold: number;
}

/**
 * New patterns in the stream: demand stepping up or down, a stage's people, processing-time
 * spread or rework share changing. Each weekly series ({@link weeklyPatterns}) is split into
 * segments of constant mean by PELT ({@link segmentMeans}), with the noise σ estimated from the
 * series itself as the median absolute difference of consecutive weeks over 0.6745·√2 (robust to
 * the steps themselves; Fryzlewicz 2014, "Wild binary segmentation", Annals of Statistics
 * 42(6), §3) and a penalty of `penaltyFactor`·ln n per change (a BIC-type penalty). A change is
 * reported when the step between the two adjacent segments is also large enough to matter for
 * its kind. Cost: one pass over cases and one over instances, then work linear in weeks per
 * series. Pure. See docs/change-points.md.
 */
export function detectChanges(
  detail: AnalysisDetail,
  options: Partial<DetectChangesOptions> = {},
  people: ReadonlyArray<ReadonlyArray<ReadonlySet<number>>> = peopleByWeek(detail),
): PatternChange[] {
  const opts = { ...DEFAULT_CHANGE_OPTIONS, ...options };
  const steps: Step[] = [];
  for (const series of weeklyPatterns(detail, people)) steps.push(...findSteps(series, opts));
  steps.sort((a, b) => b.z - a.z);
  return steps
    .slice(0, opts.maxChanges)
    .sort((a, b) => a.week - b.week || b.z - a.z)
    .map((s) => describe(detail, s));
}

function findSteps(series: WeeklySeries, opts: DetectChangesOptions): Step[] {
  const weeks: number[] = [];
  const values: number[] = [];
  series.values.forEach((v, w) => {
    if (Number.isFinite(v)) {
      weeks.push(w);
      values.push(v);
    }
  });
  const n = values.length;
  if (n < 2 * opts.minWeeks) return [];
  const kind = KINDS[series.kind];
  const sorted = Float64Array.from(values).sort();
  const level = quantile(sorted, 0.5);
  const sigma = Math.max(noiseSigma(values), kind.sigmaFloor(level));
  const penalty = opts.penaltyFactor * Math.log(n);
  const cuts = segmentMeans(values, { sigma, penalty, minSegment: opts.minWeeks });
  const bounds = [0, ...cuts, n];
  const out: Step[] = [];
  for (let k = 1; k + 1 < bounds.length; k++) {
    const a = bounds[k - 1]!;
    const c = bounds[k]!;
    const b = bounds[k + 1]!;
    const before = mean(values, a, c);
    const after = mean(values, c, b);
    if (!kind.matters(before, after)) continue;
    const z = Math.abs(after - before) / (sigma * Math.sqrt(1 / (c - a) + 1 / (b - c)));
    out.push({
      series,
      week: weeks[c]!,
      before,
      after,
      weeksBefore: c - a,
      weeksAfter: b - c,
      z,
      threshold: Math.sqrt(penalty),
    });
  }
  return out;
}

/** σ of one observation from consecutive differences: MAD / 0.6745, over √2 for the difference. */
function noiseSigma(values: readonly number[]): number {
  const diffs = new Float64Array(values.length - 1);
  for (let i = 1; i < values.length; i++) diffs[i - 1] = Math.abs(values[i]! - values[i - 1]!);
  diffs.sort();
  return quantile(diffs, 0.5) / (0.6745 * Math.SQRT2);
}

function mean(values: readonly number[], from: number, to: number): number {
  let s = 0;
  for (let i = from; i < to; i++) s += values[i]!;
  return s / (to - from);
}

function describe(detail: AnalysisDetail, step: Step): PatternChange {
  const { series } = step;
  const stage = series.stage >= 0 ? detail.stages.names[series.stage]! : undefined;
  const weekStart = Math.max(detail.timeline.weekStarts[step.week]!, detail.timeline.from);
  const joined =
    series.kind === 'capacity' && step.after > step.before
      ? firstNewcomer(detail, series.stage, step.week)
      : null;
  const at =
    joined?.time ??
    (series.kind === 'demand' ? changeOfRate(detail, step.week, step.before, step.after) : null) ??
    weekStart;
  const up = step.after > step.before;
  const day = (t: number) => new Date(t).toISOString().slice(0, 10);
  const span = `the mean of ${step.weeksBefore} weeks before against ${step.weeksAfter} weeks after, ${round(step.z, 1)} standard errors apart`;
  const verb = up ? 'rose' : 'fell';
  let evidence: string;
  switch (series.kind) {
    case 'demand': {
      const pct = Math.round(((step.after - step.before) / step.before) * 100);
      evidence = `Arrivals ${verb} from ${round(step.before, 1)} to ${round(step.after, 1)} a week (${pct > 0 ? '+' : ''}${pct} %) from the week of ${day(weekStart)}: ${span}.`;
      break;
    }
    case 'capacity':
      evidence =
        `${stage} went from ${round(step.before, 1)} to ${round(step.after, 1)} people working there from ${day(at)}` +
        `${joined ? ` (${joined.name} first worked there then)` : ''}: ${span}.`;
      break;
    case 'variability':
      evidence = `Processing times in ${stage} grew ${up ? 'more' : 'less'} uneven from the week of ${day(weekStart)}: the slower quarter took ${round(Math.exp(step.before), 1)} times as long as the faster quarter before, ${round(Math.exp(step.after), 1)} times after (${span}).`;
      break;
    case 'rework':
      evidence = `The share of visits to ${stage} that were rework ${verb} from ${Math.round(step.before * 100)} % to ${Math.round(step.after * 100)} % from the week of ${day(weekStart)}: ${span}.`;
      break;
  }
  // Spreads are sought on the log scale and reported as ratios.
  const level = (x: number) => round(series.kind === 'variability' ? Math.exp(x) : x, 3);
  return {
    kind: series.kind,
    ...(stage === undefined ? {} : { stage }),
    at: new Date(at).toISOString(),
    before: level(step.before),
    after: level(step.after),
    direction: up ? 'up' : 'down',
    unit: KINDS[series.kind].unit,
    significance: round(step.z, 2),
    confidence: round(Math.min(1, step.z / (2 * step.threshold)), 2),
    evidence,
  };
}

/**
 * The first work in `stage` of the earliest newcomer near the change: someone whose first work
 * there falls within two weeks of `week` (a segment boundary is only known to the week, and a newcomer
 * who works little may show a week late).
 */
function firstNewcomer(
  detail: AnalysisDetail,
  stage: number,
  week: number,
): { time: number; name: string } | null {
  const { instances, timeline } = detail;
  const first = new Map<number, number>();
  for (let i = 0; i < instances.size; i++) {
    const r = instances.resourceOf[i]!;
    if (instances.stageOf[i] !== stage || r < 0) continue;
    const t = Number.isNaN(instances.start[i]!) ? instances.complete[i]! : instances.start[i]!;
    if (!(t >= (first.get(r) ?? Number.POSITIVE_INFINITY))) first.set(r, t);
  }
  let best: { time: number; name: string } | null = null;
  for (const [r, t] of first) {
    if (Math.abs(weekOf(timeline, t) - week) > 2) continue;
    if (best && best.time <= t) continue;
    best = { time: t, name: detail.log.resourceNames[r] ?? String(r) };
  }
  return best;
}

/**
 * The moment arrivals changed rate, to the arrival: weekly rates only place it to the week, so
 * over the two weeks either side of `week` the split is the maximum-likelihood change time of a
 * Poisson process whose rates before and after are known (`before` and `after` per full week of
 * working time): the arrival t maximising n₀ ln λ₀ − λ₀W₀ + n₁ ln λ₁ − λ₁W₁, with n the arrivals
 * and W the working time on each side (Raftery and Akman 1986, "Bayesian analysis of a Poisson
 * process with a change-point", Biometrika 73(1), the likelihood of their §2). Null without
 * arrivals there.
 */
function changeOfRate(
  detail: AnalysisDetail,
  week: number,
  before: number,
  after: number,
): number | null {
  const { log, timeline, calendar } = detail;
  const weeks = timeline.availableMs.length;
  const from = timeline.weekStarts[Math.max(0, week - 2)]!;
  const to = timeline.weekStarts[Math.min(weeks, week + 2)]!;
  let full = 0;
  for (const a of timeline.availableMs) if (a > full) full = a;
  if (!(before > 0 && after > 0 && full > 0)) return null;
  const times: number[] = [];
  for (let c = 0; c + 1 < log.caseOffsets.length; c++) {
    const first = log.caseOffsets[c]!;
    if (log.caseOffsets[c + 1]! === first) continue;
    const t = log.time[log.order[first]!]!;
    if (t >= from && t < to) times.push(t);
  }
  if (times.length === 0) return null;
  times.sort((a, b) => a - b);
  const l0 = before / full;
  const l1 = after / full;
  const total = workingMs(calendar, from, to);
  let best = Number.NEGATIVE_INFINITY;
  let at: number | null = null;
  let w0 = 0;
  let previous = from;
  times.forEach((t, n0) => {
    w0 += workingMs(calendar, previous, t);
    previous = t;
    const ll = n0 * Math.log(l0) - l0 * w0 + (times.length - n0) * Math.log(l1) - l1 * (total - w0);
    if (ll > best) {
      best = ll;
      at = t;
    }
  });
  return at;
}

function round(x: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round(x * f) / f;
}
