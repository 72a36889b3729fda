import type { AnalysisReport } from '../analysis/AnalysisReport.js';
import type { ConstraintType, Permanence, RegisterEntry } from './Strategy.js';

/** One line of the register's history: a move the analysis detected, or a person's entry. */
export interface RegisterEvent {
  at: string;
  source: 'analysis' | 'person';
  /** `detected`: where the data starts; `shift`: a detected move; or a person's action. */
  action: 'detected' | 'shift' | 'confirm' | 'override';
  stage: string;
  from: string | null;
  by: string | null;
  reason: string | null;
  confidence: number | null;
  /** What the person recorded with the entry; null for the analysis' lines. */
  type: ConstraintType | null;
  permanence: Permanence | null;
  owner: string | null;
}

/** The constraint in force, and how it came to be. */
export interface ConstraintRegister {
  /**
   * `detected`: as the analysis says, no one has confirmed it (or detection moved since);
   * `confirmed`: a person agreed with the analysis; `overridden`: a person named another stage.
   * `unknown`: no events and no entry.
   */
  status: 'detected' | 'confirmed' | 'overridden' | 'unknown';
  stage: string | null;
  detectedStage: string | null;
  /** The analysis' reading: an internal constraint, or demand (the market). */
  kind: 'internal' | 'demand' | null;
  type: ConstraintType | null;
  permanence: Permanence | null;
  owner: string | null;
  /** Date identified: when it became the constraint in force. */
  since: string | null;
  reason: string | null;
  /** Why a person's entry no longer holds, or where detection disagrees; null when all agree. */
  note: string | null;
  history: RegisterEvent[];
}

/**
 * Resolves the constraint in force from the analysis and the people's entries. A person's latest
 * entry holds until the analysis detects a shift dated after it (the constraint moved since the
 * person looked); a confirmation of a stage the analysis no longer names falls back to the
 * analysis. An override holds against the analysis, with the disagreement stated, because the
 * person may know what the log cannot show (a policy, a supplier). Pure.
 */
export function resolveRegister(
  report: AnalysisReport | null,
  entries: readonly RegisterEntry[],
): ConstraintRegister {
  const detected = report?.constraint.stage ?? null;
  const kind = report?.constraint.kind ?? null;
  const shifts = report?.shifts ?? [];
  const history: RegisterEvent[] = [];
  const firstStage = shifts[0]?.from ?? detected;
  if (report?.log.start && firstStage !== null) {
    history.push(analysisEvent(report.log.start, 'detected', firstStage, null, null));
  }
  for (const s of shifts) history.push(analysisEvent(s.at, 'shift', s.to, s.from, s.confidence));
  for (const e of entries) {
    history.push({
      at: e.at,
      source: 'person',
      action: e.action,
      stage: e.stage,
      from: null,
      by: e.by,
      reason: e.reason,
      confidence: null,
      type: e.type,
      permanence: e.permanence,
      owner: e.owner,
    });
  }
  history.sort((a, b) => Date.parse(a.at) - Date.parse(b.at));

  const lastShift = shifts.at(-1);
  const detectedSince =
    lastShift && lastShift.to === detected ? lastShift.at : (report?.log.start ?? null);
  const fromAnalysis = (note: string | null): ConstraintRegister => ({
    status: detected === null ? 'unknown' : 'detected',
    stage: detected,
    detectedStage: detected,
    kind,
    type: kind === null ? null : kind === 'demand' ? 'market' : 'capacity',
    permanence: null,
    owner: null,
    since: detectedSince,
    reason: null,
    note,
    history,
  });

  const latest = [...entries].sort((a, b) => Date.parse(a.at) - Date.parse(b.at)).at(-1);
  if (!latest) return fromAnalysis(null);
  const movedAfter = shifts.find((s) => Date.parse(s.at) > Date.parse(latest.at));
  if (movedAfter) {
    return fromAnalysis(
      `the analysis detected a move from ${movedAfter.from} to ${movedAfter.to} on ${day(movedAfter.at)}, after ${latest.by}'s ${latest.action} of ${latest.stage} on ${day(latest.at)}; review the register`,
    );
  }
  if (latest.action === 'confirm' && latest.stage !== detected) {
    return fromAnalysis(
      `${latest.by} confirmed ${latest.stage} on ${day(latest.at)}, but the analysis now names ${detected ?? 'no stage'}; confirm again or override`,
    );
  }
  const sameEntries = entries.filter((e) => e.stage === latest.stage);
  const firstSame = sameEntries.reduce((a, b) => (Date.parse(a.at) <= Date.parse(b.at) ? a : b));
  return {
    status: latest.action === 'confirm' ? 'confirmed' : 'overridden',
    stage: latest.stage,
    detectedStage: detected,
    kind,
    type: latest.type,
    permanence: latest.permanence,
    owner: latest.owner,
    since: latest.action === 'confirm' && detectedSince !== null ? detectedSince : firstSame.at,
    reason: latest.reason,
    note:
      latest.action === 'override' && detected !== null && detected !== latest.stage
        ? `the analysis names ${detected}; ${latest.by} overrode it on ${day(latest.at)}`
        : null,
    history,
  };
}

function analysisEvent(
  at: string,
  action: 'detected' | 'shift',
  stage: string,
  from: string | null,
  confidence: number | null,
): RegisterEvent {
  return {
    at,
    source: 'analysis',
    action,
    stage,
    from,
    by: null,
    reason: null,
    confidence,
    type: null,
    permanence: null,
    owner: null,
  };
}

function day(iso: string): string {
  return iso.slice(0, 10);
}
