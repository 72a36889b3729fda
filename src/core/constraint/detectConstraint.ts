import type { CapacityMeasure } from '../flow/measureCapacity.js';
import type { StageMetrics } from '../flow/StageMetrics.js';
import type { Timeline } from '../flow/Timeline.js';
import type { ConstraintResult, StageScore } from './ConstraintResult.js';
import { describeEvidence } from './describeEvidence.js';
import { findPoolPeers } from './findPoolPeers.js';
import { measureLoads } from './measureLoads.js';
import { resampleVerdicts } from './resampleVerdicts.js';
import { stageLoad } from './stageLoad.js';

/** Settings of {@link detectConstraint}. */
export interface DetectConstraintOptions {
  /**
   * Load from which a stage is taken to limit throughput. Below it everywhere, work waits for
   * demand: waiting time grows as ρ/(1−ρ), and the knee of that curve lies between 0.7 and 0.8
   * (Hopp & Spearman, *Factory Physics*, 3rd ed., ch. 8).
   */
  internalThreshold: number;
  /** Weight of the waiting share against load in the score. */
  waitingWeight: number;
  /** Resamples of weeks for the confidence. */
  resamples: number;
  seed: number;
}

export const DEFAULT_DETECT_OPTIONS: DetectConstraintOptions = {
  internalThreshold: 0.7,
  waitingWeight: 0.15,
  resamples: 400,
  seed: 1849,
};

/**
 * Names the constraint. The main signal is load against capacity: busy time over available
 * working time, and for people shared between stages, how busy they are across all of them.
 * The share of lead time spent waiting in front of a stage breaks near-ties. Long waits alone
 * do not make a constraint: batching and policy make queues too, and the evidence says so
 * when it sees them. Confidence is the share of week-resamples that give the same verdict.
 */
export function detectConstraint(
  stages: StageMetrics[],
  capacity: CapacityMeasure,
  timeline: Timeline,
  options: Partial<DetectConstraintOptions> = {},
): ConstraintResult {
  const opts = { ...DEFAULT_DETECT_OPTIONS, ...options };
  const loads = measureLoads(capacity, timeline);
  const loadOf = (s: StageMetrics) => stageLoad(loads, s.index, opts.internalThreshold);
  const busiest = Math.max(0, ...stages.map((s) => loadOf(s) || 0));
  const kind = busiest >= opts.internalThreshold ? 'internal' : 'demand';
  // Under demand, queues are short and their shares are noise: the busiest stage is named by load alone.
  const waitingWeight = kind === 'internal' ? opts.waitingWeight : 0;
  const maxWait = Math.max(1e-9, ...stages.map((s) => s.waitingShare));
  const scoreOf = (s: StageMetrics, load: number): number =>
    Number.isNaN(load)
      ? 0
      : (1 - waitingWeight) * Math.min(load, 1.5) + (waitingWeight * s.waitingShare) / maxWait;
  const scored = stages.map((s) => ({ s, load: loadOf(s), score: scoreOf(s, loadOf(s)) }));
  scored.sort((a, b) => b.score - a.score || a.s.index - b.s.index);
  const ranking: StageScore[] = scored.map(({ s, score, load }, k) => ({
    stage: s.name,
    rank: k + 1,
    score: Math.round(score * 1000) / 1000,
    utilization: s.utilization,
    load,
    poolLoad: loads.poolLoad[s.index]!,
    waitingShare: s.waitingShare,
  }));
  const first = scored[0];
  if (!first) {
    return {
      kind: 'demand',
      stage: '',
      sharedWith: [],
      confidence: 0,
      evidence: ['The log has no work to analyse.'],
      ranking,
    };
  }
  const top = first.s;
  const peers =
    loads.poolLoad[top.index]! >= opts.internalThreshold ? findPoolPeers(capacity, top.index) : [];
  const confidence = resampleVerdicts(stages, capacity, timeline, {
    kind,
    winners: new Set([top.index, ...peers]),
    threshold: opts.internalThreshold,
    scoreOf,
    resamples: opts.resamples,
    seed: opts.seed,
  });
  const runnerUp = scored.find(({ s }) => s !== top && !peers.includes(s.index));
  const sharedWith = peers.map((p) => stages[p]!.name);
  return {
    kind,
    stage: top.name,
    sharedWith,
    confidence,
    evidence: describeEvidence({
      kind,
      top: { metrics: top, load: first.load, poolLoad: loads.poolLoad[top.index]! },
      runnerUp: runnerUp && {
        metrics: runnerUp.s,
        load: runnerUp.load,
        poolLoad: loads.poolLoad[runnerUp.s.index]!,
      },
      stages,
      sharedWith,
      confidence,
      threshold: opts.internalThreshold,
    }),
    ranking,
  };
}
