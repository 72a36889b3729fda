import type { AnalysisReport } from '../analysis/AnalysisReport.js';
import { measureLiveMetric } from './measureLiveMetric.js';
import type { CheckIn, KeyResult, Objective } from './Strategy.js';

export interface ScoredKeyResult extends KeyResult {
  /** The live metric now, or the latest check-in's value; null when there is none yet. */
  current: number | null;
  /** 0–1 of the way from start to target; null without a current value. */
  progress: number | null;
  /** The latest check-in's confidence, for check-in key results. */
  confidence: number | null;
  /** Check-ins, newest first. */
  checkIns: CheckIn[];
}

export interface ScoredObjective extends Objective {
  /** Mean of its key results' and child objectives' progress; null when none has any. */
  progress: number | null;
  keyResults: ScoredKeyResult[];
  children: ScoredObjective[];
}

/**
 * The OKR cascade as a tree (company objectives at the roots), each key result measured and each
 * objective's progress rolled up as the plain mean of its key results and child objectives:
 * equal weights, because a weighting nobody wrote down would hide a judgement (Doerr, Measure
 * What Matters, 2018, grades objectives by averaging their key results). A key result's progress
 * is (current − start) / (target − start), clamped to 0–1, so it reads the same whether the
 * target is a rise (throughput) or a fall (lead time). Objectives whose parent is missing, or
 * part of a cycle, are treated as roots. Pure.
 */
export function scoreCascade(
  objectives: readonly Objective[],
  keyResults: readonly KeyResult[],
  checkIns: readonly CheckIn[],
  report: AnalysisReport | null,
  constraintStage: string | null,
): ScoredObjective[] {
  const scoredKrs = keyResults.map((kr) => scoreKeyResult(kr, checkIns, report, constraintStage));
  const byId = new Map(objectives.map((o) => [o.id, o]));
  const build = (o: Objective, path: Set<string>): ScoredObjective => {
    const next = new Set(path).add(o.id);
    const children = objectives
      .filter((c) => c.parentId === o.id && !next.has(c.id))
      .map((c) => build(c, next));
    const krs = scoredKrs.filter((k) => k.objectiveId === o.id);
    const parts = [...krs.map((k) => k.progress), ...children.map((c) => c.progress)].filter(
      (p): p is number => p !== null,
    );
    return {
      ...o,
      progress: parts.length === 0 ? null : parts.reduce((a, b) => a + b, 0) / parts.length,
      keyResults: krs,
      children,
    };
  };
  const roots = objectives
    .filter((o) => o.parentId === null || !byId.has(o.parentId))
    .map((o) => build(o, new Set()));
  // Objectives in a parent cycle are reached from no root: shown as roots rather than lost.
  const reached = new Set<string>();
  const mark = (o: ScoredObjective): void => {
    reached.add(o.id);
    o.children.forEach(mark);
  };
  roots.forEach(mark);
  for (const o of objectives) {
    if (reached.has(o.id)) continue;
    const tree = build(o, new Set());
    mark(tree);
    roots.push(tree);
  }
  return roots;
}

function scoreKeyResult(
  kr: KeyResult,
  checkIns: readonly CheckIn[],
  report: AnalysisReport | null,
  constraintStage: string | null,
): ScoredKeyResult {
  const own = checkIns
    .filter((c) => c.keyResultId === kr.id)
    .sort((a, b) => Date.parse(b.at) - Date.parse(a.at));
  const latest = own[0];
  const current =
    kr.source === 'live' && kr.liveMetric !== null
      ? measureLiveMetric(kr.liveMetric, report, kr.stage ?? constraintStage)
      : (latest?.value ?? null);
  return {
    ...kr,
    current,
    progress: current === null ? null : progressOf(kr.start, kr.target, current),
    confidence: kr.source === 'check-in' ? (latest?.confidence ?? null) : null,
    checkIns: own,
  };
}

function progressOf(start: number, target: number, current: number): number {
  if (target === start) return current === target ? 1 : 0;
  return Math.min(1, Math.max(0, (current - start) / (target - start)));
}
