import type { AuditDefinition } from './AuditDefinition.js';
import { directionPairs } from './directionPairs.js';
import { extractKeyPoints } from './extractKeyPoints.js';
import type { PointTerm, ScoringModel } from './ScoringModel.js';
import { termOf } from './termOf.js';
import { tokenize } from './tokenize.js';

/**
 * Key points and their weights, once per audit. Each key point is a document and each word
 * is weighted tf × idf with idf = ln((1 + N) / (1 + df)) + 1 over the N key points (Salton &
 * Buckley 1988, "Term-weighting approaches in automatic text retrieval"; the smoothed idf of
 * scikit-learn): a word in every point tells the points apart least. The corpus is the
 * statement alone, so a respondent's score never depends on what colleagues answered.
 */
export function buildScoringModel(audit: AuditDefinition): ScoringModel {
  const texts = audit.keyPoints.length > 0 ? audit.keyPoints : extractKeyPoints(audit.statement);
  const tokenized = texts.map((text) => tokenize(text).filter((t) => !t.stop));
  const df = new Map<string, number>();
  for (const tokens of tokenized) {
    for (const term of new Set(tokens.map((t) => t.term))) df.set(term, (df.get(term) ?? 0) + 1);
  }
  const n = texts.length;
  const idf = (term: string) => Math.log((1 + n) / (1 + (df.get(term) ?? 0))) + 1;
  const points = texts.map((text, i) => {
    const tokens = tokenized[i] ?? [];
    const byTerm = new Map<string, PointTerm>();
    for (const t of tokens) {
      const known = byTerm.get(t.term);
      if (known) {
        known.weight += idf(t.term);
        known.negated &&= t.negated;
      } else {
        byTerm.set(t.term, {
          term: t.term,
          word: t.word,
          token: t,
          weight: idf(t.term),
          negated: t.negated,
        });
      }
    }
    const terms = [...byTerm.values()].sort((a, b) => b.weight - a.weight);
    return {
      text,
      terms,
      weight: terms.reduce((sum, t) => sum + t.weight, 0),
      directions: directionPairs(tokenize(text)),
    };
  });
  const aliasesOf = (stage: string) => (stage === audit.constraint ? audit.aliases : []);
  const nameTerms = new Set([
    termOf('constraint'),
    ...[audit.constraint, ...audit.aliases].flatMap((name) =>
      tokenize(name)
        .filter((t) => !t.stop)
        .map((t) => t.term),
    ),
  ]);
  return {
    points,
    constraint: { stage: audit.constraint, names: audit.aliases },
    others: audit.stages
      .filter((s) => s !== audit.constraint)
      .map((stage) => ({ stage, names: aliasesOf(stage) })),
    nameTerms,
  };
}
