import type { AnswerScore } from './AnswerScore.js';
import type { AuditRecord } from './AuditRecord.js';
import type { AuditSummary, GroupScore, TrendPoint } from './AuditSummary.js';
import { buildScoringModel } from './buildScoringModel.js';
import { scoreAnswer } from './scoreAnswer.js';

/**
 * The audit in a few figures: mean score, share naming the right constraint, the gap per team
 * and per level, the points most often missed, the wrong constraints named, the misreadings,
 * and the trend over `earlier` audits of the same workspace (any order; sorted by date).
 */
export function summarizeAudit(
  audit: AuditRecord,
  earlier: readonly AuditRecord[] = [],
): AuditSummary {
  const model = buildScoringModel(audit.definition);
  const scored = audit.responses.map((r) => ({ ...r, score: scoreAnswer(model, r.answers) }));
  const scores = scored.map((s) => s.score);

  const missedPoints = model.points
    .map((p, point) => {
      const missed = scores.filter((s) => !s.points[point]?.matched).length;
      return { point, text: p.text, missed, share: share(missed, scores.length) };
    })
    .filter((p) => p.missed > 0)
    .sort((a, b) => b.missed - a.missed || a.point - b.point);

  const wrong = new Map<string, number>();
  for (const s of scores) {
    if (s.constraint.verdict !== 'wrong') continue;
    for (const stage of s.constraint.named) wrong.set(stage, (wrong.get(stage) ?? 0) + 1);
  }
  const flags = new Map<string, { label: string; kind: string; count: number }>();
  for (const s of scores) {
    for (const label of new Set(s.misuses.map((m) => `${m.kind}\u0000${m.label}`))) {
      const [kind = '', text = ''] = label.split('\u0000');
      const entry = flags.get(label) ?? { label: text, kind, count: 0 };
      entry.count++;
      flags.set(label, entry);
    }
  }

  const trend = [...earlier, audit]
    .sort((a, b) => a.createdAt.localeCompare(b.createdAt))
    .map((a) => (a === audit ? trendPoint(a, scores) : trendOf(a)));
  const mine = trend.findIndex((t) => t.auditId === audit.id);
  const previous = trend
    .slice(0, mine)
    .reverse()
    .find((t) => t.score !== null);
  const current = trend[mine]?.score ?? null;

  return {
    auditId: audit.id,
    title: audit.title,
    constraint: audit.definition.constraint,
    respondents: audit.respondents,
    responses: scores.length,
    score: mean(scores.map((s) => s.score)),
    namingRight: scores.length ? share(scores.filter(isRight).length, scores.length) : null,
    byTeam: groupBy(scored, (r) => r.team),
    byLevel: groupBy(scored, (r) => r.level),
    missedPoints,
    wrongConstraints: [...wrong]
      .map(([stage, count]) => ({ stage, count }))
      .sort((a, b) => b.count - a.count),
    noConstraintNamed: scores.filter((s) => s.constraint.verdict === 'none').length,
    misunderstandings: [...flags.values()].sort((a, b) => b.count - a.count),
    trend,
    change: previous && current !== null ? round(current - (previous.score ?? 0)) : null,
  };
}

const isRight = (s: AnswerScore) => s.constraint.verdict === 'right';

function trendOf(audit: AuditRecord): TrendPoint {
  const model = buildScoringModel(audit.definition);
  return trendPoint(
    audit,
    audit.responses.map((r) => scoreAnswer(model, r.answers)),
  );
}

function trendPoint(audit: AuditRecord, scores: AnswerScore[]): TrendPoint {
  return {
    auditId: audit.id,
    title: audit.title,
    createdAt: audit.createdAt,
    responses: scores.length,
    score: mean(scores.map((s) => s.score)),
    namingRight: scores.length ? share(scores.filter(isRight).length, scores.length) : null,
  };
}

/** Groups sorted by gap, widest first: where explaining the strategy again pays most. */
function groupBy<T extends { score: AnswerScore }>(
  rows: T[],
  key: (row: T) => string,
): GroupScore[] {
  const groups = new Map<string, AnswerScore[]>();
  for (const row of rows) groups.set(key(row), [...(groups.get(key(row)) ?? []), row.score]);
  return [...groups]
    .map(([name, scores]) => {
      const score = mean(scores.map((s) => s.score)) ?? 0;
      return {
        name,
        responses: scores.length,
        score,
        gap: round(1 - score),
        namingRight: share(scores.filter(isRight).length, scores.length),
      };
    })
    .sort((a, b) => b.gap - a.gap || a.name.localeCompare(b.name));
}

function mean(values: number[]): number | null {
  return values.length ? round(values.reduce((a, b) => a + b, 0) / values.length) : null;
}

function share(part: number, whole: number): number {
  return whole ? round(part / whole) : 0;
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}
