import type { AnalysisDetail } from '../analysis/analyzeLog.js';
import { measureLoads, type StageLoads } from '../constraint/measureLoads.js';
import { stageLoad } from '../constraint/stageLoad.js';
import { weekOf } from '../flow/buildTimeline.js';

/** One move of the constraint from one stage to another. */
export interface ConstraintShift {
  /** ISO time from which the new stage is the constraint. */
  at: string;
  from: string;
  to: string;
  /** 0–1: how clearly the two stages swap places (see docs/constraint-shifts.md). */
  confidence: number;
  evidence: string[];
}

/** Settings of {@link detectShifts}. */
export interface DetectShiftsOptions {
  /** Fewest weeks on each side of a change point. */
  minWeeks: number;
  /** Load lead each stage must hold over the other on its own side of the change point. */
  minGap: number;
  /** Load the leading stage must reach on each side to count as a constraint (not demand). */
  internalThreshold: number;
  /** Weeks of the rolling windows shown as periods in the evidence. */
  windowWeeks: number;
  /** Most moves reported. */
  maxShifts: number;
}

export const DEFAULT_SHIFT_OPTIONS: DetectShiftsOptions = {
  minWeeks: 4,
  minGap: 0.06,
  internalThreshold: 0.7,
  windowWeeks: 4,
  maxShifts: 3,
};

/** A change point: weeks index into the timeline; `lo`/`hi` bound the segment it was found in. */
interface Found {
  week: number;
  from: number;
  to: number;
  gap: number;
  lo: number;
  hi: number;
}

/**
 * Finds the moments the constraint moved from one stage to another, by binary segmentation
 * over weeks. Each candidate split week needs `minWeeks` on both sides, a different leading
 * stage on each side (each past `internalThreshold`), and each leader ahead of the other by
 * `minGap`; among those, the split with the largest mean-shift statistic (the swing in the
 * two stages' load difference times √(n₁n₂/n)) is kept, and both sides are searched again.
 * Capacity is counted week by week (people between their first and last work in the stage),
 * so people added at a shift only count after it. The week is refined to a day by the first
 * work of a person who joined the old constraint as its head count rose. Pure.
 * See docs/constraint-shifts.md.
 */
export function detectShifts(
  detail: AnalysisDetail,
  options: Partial<DetectShiftsOptions> = {},
  people: ReadonlyArray<ReadonlyArray<ReadonlySet<number>>> = peopleByWeek(detail),
): ConstraintShift[] {
  const opts = { ...DEFAULT_SHIFT_OPTIONS, ...options };
  const weeks = detail.timeline.availableMs.length;
  const loadsOver = (from: number, to: number): number[] =>
    segmentLoads(detail, people, from, to, opts.internalThreshold);
  const found: Found[] = [];
  const search = (lo: number, hi: number): void => {
    if (found.length >= opts.maxShifts) return;
    let best: (Found & { score: number }) | null = null;
    for (let t = lo + opts.minWeeks; t <= hi - opts.minWeeks; t++) {
      const before = loadsOver(lo, t);
      const after = loadsOver(t, hi);
      const a = leader(before);
      const b = leader(after);
      if (a < 0 || b < 0 || a === b) continue;
      if (before[a]! < opts.internalThreshold || after[b]! < opts.internalThreshold) continue;
      const gap = Math.min(before[a]! - (before[b]! || 0), after[b]! - (after[a]! || 0));
      if (gap < opts.minGap) continue;
      // Mean-shift statistic of the weekly lead of a over b: the jump times sqrt(n1·n2/n).
      const jump = before[a]! - (before[b]! || 0) + after[b]! - (after[a]! || 0);
      const score = jump * Math.sqrt(((t - lo) * (hi - t)) / (hi - lo));
      if (!best || score > best.score) best = { week: t, from: a, to: b, gap, score, lo, hi };
    }
    if (!best) return;
    found.push(best);
    search(lo, best.week);
    search(best.week, hi);
  };
  search(0, weeks);
  found.sort((x, y) => x.week - y.week);
  return found.map((f) => describe(detail, people, f, opts, loadsOver));
}

/** Index of the stage with the highest finite load, or -1. */
function leader(loads: readonly number[]): number {
  let best = -1;
  for (let s = 0; s < loads.length; s++) {
    const l = loads[s]!;
    if (Number.isFinite(l) && (best < 0 || l > loads[best]!)) best = s;
  }
  return best;
}

/**
 * For each stage and week, the people who worked in it then (resource indices). A person counts
 * in every week from their first to their last work in the stage, so a quiet week is not lost
 * capacity, while someone added at a shift counts only from their first work.
 */
export function peopleByWeek(detail: AnalysisDetail): Array<Array<Set<number>>> {
  const { instances, timeline } = detail;
  const weeks = timeline.availableMs.length;
  const stageCount = detail.stages.names.length;
  const span = Array.from({ length: stageCount }, () => new Map<number, [number, number]>());
  for (let i = 0; i < instances.size; i++) {
    const r = instances.resourceOf[i]!;
    if (r < 0) continue;
    const t = Number.isNaN(instances.complete[i]!) ? instances.start[i]! : instances.complete[i]!;
    if (Number.isNaN(t)) continue;
    const w = weekOf(timeline, t);
    const m = span[instances.stageOf[i]!]!;
    const seen = m.get(r);
    if (seen) {
      seen[0] = Math.min(seen[0], w);
      seen[1] = Math.max(seen[1], w);
    } else m.set(r, [w, w]);
  }
  const out = Array.from({ length: stageCount }, () =>
    Array.from({ length: weeks }, () => new Set<number>()),
  );
  span.forEach((m, s) => {
    for (const [r, [a, b]] of m) for (let w = a; w <= b; w++) out[s]![w]!.add(r);
  });
  return out;
}

/** Each stage's load over weeks [from, to): busy time over the sum of (people then × working time) per week. */
export function segmentLoads(
  detail: AnalysisDetail,
  people: ReadonlyArray<ReadonlyArray<ReadonlySet<number>>>,
  from: number,
  to: number,
  threshold: number,
): number[] {
  const { capacity, timeline } = detail;
  const idx = Array.from({ length: to - from }, (_, k) => from + k);
  const pooled = measureLoads(capacity, timeline, idx);
  const utilization = new Float64Array(capacity.stageBusyMs.length);
  for (let s = 0; s < utilization.length; s++) {
    let busy = 0;
    let cap = 0;
    for (const w of idx) {
      busy += capacity.stageBusyByWeek[s]![w]!;
      const n = people[s]![w]!.size;
      cap += (n > 0 ? n : capacity.servers[s]!) * timeline.availableMs[w]!;
    }
    utilization[s] = capacity.stageBusyMs[s]! > 0 && cap > 0 ? busy / cap : Number.NaN;
  }
  const loads: StageLoads = { utilization, poolLoad: pooled.poolLoad };
  return Array.from(utilization, (_, s) => stageLoad(loads, s, threshold));
}

/**
 * The day of a move. Capacity added to the old constraint shows as someone who starts working
 * there while the stage's head count rises (mean people over the next `window` weeks above the
 * previous `window` by half a person or more; a replacement for a leaver does not raise it). The
 * rise nearest the change week inside the searched segment gives the day: that person's first
 * work in the stage. Without one, the change week's first instant.
 */
function refineDay(
  detail: AnalysisDetail,
  people: ReadonlyArray<ReadonlyArray<ReadonlySet<number>>>,
  stage: number,
  f: { week: number; lo: number; hi: number },
  window: number,
): { time: number; newPerson: string | null } {
  const { timeline, instances } = detail;
  const weeks = people[stage]!;
  const count = (from: number, to: number): number => {
    let n = 0;
    let k = 0;
    for (let w = Math.max(0, from); w < Math.min(weeks.length, to); w++, k++) n += weeks[w]!.size;
    return k > 0 ? n / k : 0;
  };
  let start = -1;
  for (let w = 0; w < weeks.length && start < 0; w++) if (weeks[w]!.size > 0) start = w;
  let best = -1;
  let joiners: number[] = [];
  for (let w = Math.max(f.lo, start + 1); w < f.hi; w++) {
    const fresh = [...weeks[w]!].filter((r) => !weeks[w - 1]!.has(r));
    if (fresh.length === 0) continue;
    if (count(w, w + window) - count(w - window, w) < 0.5) continue;
    if (best < 0 || Math.abs(w - f.week) < Math.abs(best - f.week)) {
      best = w;
      joiners = fresh;
    }
  }
  if (best < 0)
    return { time: Math.max(timeline.weekStarts[f.week]!, timeline.from), newPerson: null };
  let earliest = Number.POSITIVE_INFINITY;
  let who = -1;
  for (let i = 0; i < instances.size; i++) {
    if (instances.stageOf[i] !== stage || !joiners.includes(instances.resourceOf[i]!)) continue;
    const t = Number.isNaN(instances.start[i]!) ? instances.complete[i]! : instances.start[i]!;
    if (t < earliest) {
      earliest = t;
      who = instances.resourceOf[i]!;
    }
  }
  if (who < 0)
    return { time: Math.max(timeline.weekStarts[f.week]!, timeline.from), newPerson: null };
  return { time: earliest, newPerson: detail.log.resourceNames[who] ?? null };
}

function describe(
  detail: AnalysisDetail,
  people: ReadonlyArray<ReadonlyArray<ReadonlySet<number>>>,
  f: Found,
  opts: DetectShiftsOptions,
  loadsOver: (from: number, to: number) => number[],
): ConstraintShift {
  const names = detail.stages.names;
  const from = names[f.from]!;
  const to = names[f.to]!;
  const before = loadsOver(f.lo, f.week);
  const after = loadsOver(f.week, f.hi);
  const { time, newPerson } = refineDay(detail, people, f.from, f, opts.windowWeeks);
  const pct = (x: number) => `${Math.round(x * 100)} %`;
  const day = (t: number) => new Date(t).toISOString().slice(0, 10);
  const split = day(detail.timeline.weekStarts[f.week]!);
  const evidence = [
    `In the ${f.week - f.lo} weeks before ${split}, ${from} was the busiest stage at ${pct(before[f.from]!)} load against ${pct(before[f.to]!)} for ${to}.`,
    `In the ${f.hi - f.week} weeks from ${split}, ${to} led at ${pct(after[f.to]!)} while ${from} fell to ${pct(after[f.from]!)}.`,
  ];
  if (newPerson) {
    evidence.push(
      `${newPerson} first worked in ${from} on ${day(time)}: capacity was added to the old constraint then.`,
    );
  }
  evidence.push(...periods(detail, loadsOver, opts.windowWeeks));
  const confidence = Math.max(0, Math.min(1, f.gap / (2 * opts.minGap)));
  return {
    at: new Date(time).toISOString(),
    from,
    to,
    confidence: Math.round(confidence * 100) / 100,
    evidence,
  };
}

/** Rolling windows of `size` weeks, merged into periods with the same leading stage. */
function periods(
  detail: AnalysisDetail,
  loadsOver: (from: number, to: number) => number[],
  size: number,
): string[] {
  const weeks = detail.timeline.availableMs.length;
  const out: Array<{ stage: number; first: number; last: number }> = [];
  for (let w = 0; w + size <= weeks; w++) {
    const s = leader(loadsOver(w, w + size));
    const prev = out[out.length - 1];
    if (prev && prev.stage === s) prev.last = w;
    else out.push({ stage: s, first: w, last: w });
  }
  const day = (w: number) => new Date(detail.timeline.weekStarts[w]!).toISOString().slice(0, 10);
  return out
    .filter((p) => p.stage >= 0)
    .map(
      (p) =>
        `Rolling ${size}-week windows starting ${day(p.first)} to ${day(p.last)}: ${detail.stages.names[p.stage]} leads.`,
    );
}
