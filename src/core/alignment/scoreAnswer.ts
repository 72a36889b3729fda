import type { AnswerScore, Misuse, PointCoverage } from './AnswerScore.js';
import { directionPairs } from './directionPairs.js';
import { findMentions } from './findMentions.js';
import { judgeConstraint } from './judgeConstraint.js';
import { MISCONCEPTIONS, type Misconception, REJECTING_WORDS } from './misconceptions.js';
import type { ScoringModel } from './ScoringModel.js';
import type { SurveyAnswers } from './SurveyAnswers.js';
import { sameWord } from './sameWord.js';
import type { Token } from './Token.js';
import { termOf } from './termOf.js';
import { tokenize } from './tokenize.js';

/** A key point counts as made when this share of its weight is in the answer. */
export const MATCH_THRESHOLD = 0.5;
/** Share of a point's weight its denied words must carry to flag it. */
const DENIAL_SHARE = 0.3;
/** Score parts (docs/alignment-audit.md, "The score"). */
const NAMING_WEIGHT = 0.4;
const COVERAGE_WEIGHT = 0.6;
const MISUSE_PENALTY = 0.25;

/**
 * Scores one response against the audit's model: (1) does the first answer name the
 * constraint; (2) which key points the other three answers make, by weighted word overlap
 * (Porter stems, a small synonym list, typos; word order ignored); (3) words used in the
 * opposite sense: a key word denied, a key word pushed the other way ("more" for "less"),
 * or a known misreading of a constraint strategy.
 */
export function scoreAnswer(model: ScoringModel, answers: SurveyAnswers): AnswerScore {
  const constraint = judgeConstraint(answers.constraint, model.constraint, model.others);
  const tokens = tokenize([answers.strategy, answers.success, answers.contribution].join('.\n'));
  const content = [...tokens.filter((t) => !t.stop), ...aliasWords(model, tokens)];

  const misuses: Misuse[] = [];
  const points: PointCoverage[] = model.points.map((p, point) => {
    const found: string[] = [];
    const missing: string[] = [];
    const denied: Token[] = [];
    let weight = 0;
    let deniedWeight = 0;
    for (const term of p.terms) {
      const hits = content.filter((a) => sameWord(a, term.token, true));
      const affirmed = hits.some((a) => !a.negated);
      if (term.negated ? hits.length > 0 : affirmed) {
        found.push(term.word);
        weight += term.weight;
      } else {
        missing.push(term.word);
        const denial = hits.find((a) => a.negated);
        if (denial && !model.nameTerms.has(term.term)) {
          denied.push(denial);
          deniedWeight += term.weight;
        }
      }
    }
    const overlap = p.weight > 0 ? weight / p.weight : 0;
    // Denied words flag the point only when they carry a good part of it (a third) and the
    // answer is otherwise about it: "never runs empty" does not deny "other teams sit idle".
    if (
      denied.length > 0 &&
      deniedWeight / p.weight >= DENIAL_SHARE &&
      (weight + deniedWeight) / p.weight >= MATCH_THRESHOLD
    ) {
      misuses.push({
        kind: 'denied',
        point,
        label: `denies "${denied.map((d) => d.word).join(', ')}"`,
        evidence: excerpt(tokens, denied[0]!),
        why: `The statement says: "${p.text}".`,
      });
    }
    const answerPairs = directionPairs(tokens);
    for (const d of p.directions) {
      const same = answerPairs.some((a) => a.term === d.term && a.direction === d.direction);
      const turned = answerPairs.find((a) => a.term === d.term && a.direction === -d.direction);
      if (!same && turned && !misuses.some((m) => m.point === point && m.kind === 'opposite')) {
        misuses.push({
          kind: 'opposite',
          point,
          label: `${d.direction === 1 ? 'less' : 'more'} "${turned.word}"`,
          evidence: `${turned.cue} … ${turned.word}`,
          why: `The statement says: "${p.text}".`,
        });
      }
    }
    return {
      point,
      text: p.text,
      overlap: round(overlap),
      matched: overlap >= MATCH_THRESHOLD,
      found,
      missing,
    };
  });

  for (const m of MISCONCEPTIONS) {
    const hit = findMisconception(tokens, m, model.nameTerms);
    if (hit) {
      misuses.push({
        kind: 'misconception',
        point: null,
        label: m.label,
        evidence: hit,
        why: m.why,
      });
    }
  }

  const total = model.points.reduce((sum, p) => sum + p.weight, 0);
  const covered = model.points.reduce((sum, p, i) => sum + (points[i]?.matched ? p.weight : 0), 0);
  const coverage = total > 0 ? covered / total : 0;
  const named = constraint.verdict === 'right' ? 1 : 0;
  const raw = NAMING_WEIGHT * named + COVERAGE_WEIGHT * coverage - MISUSE_PENALTY * misuses.length;
  return {
    constraint,
    coverage: round(coverage),
    points,
    misuses,
    score: round(Math.min(1, Math.max(0, raw))),
  };
}

/** The constraint's own words, when the answer calls it by an alias ("repro"). */
function aliasWords(model: ScoringModel, tokens: Token[]): Token[] {
  const aliased = model.constraint.names.some((alias) =>
    findMentions(tokens, tokenize(alias)).some((m) => !m.denied),
  );
  return aliased ? tokenize(model.constraint.stage).filter((t) => !t.stop) : [];
}

/** The words of a clause where every group of a misconception is present, none denied. */
function findMisconception(
  tokens: Token[],
  misconception: Misconception,
  nameTerms: ReadonlySet<string>,
): string | undefined {
  const clauses = new Set(tokens.map((t) => t.clause));
  for (const clause of clauses) {
    const words = tokens.filter((t) => t.clause === clause && !t.negated && !t.negator);
    if (words.some((t) => REJECTING_WORDS.has(t.word))) continue;
    if (misconception.unlessConstraintNamed && words.some((t) => nameTerms.has(t.term))) continue;
    const picks = misconception.groups.map((group) =>
      words.find((t) =>
        group.some((g) =>
          g === 'up' ? t.direction === 1 : t.term === termOf(g) && t.direction === 0,
        ),
      ),
    );
    if (picks.every((p) => p !== undefined)) {
      const indices = picks.map((p) => p!.index);
      const from = Math.min(...indices);
      const to = Math.max(...indices);
      return tokens
        .slice(from, to + 1)
        .map((t) => t.word)
        .join(' ');
    }
  }
  return undefined;
}

/** A few words around a token, for showing why a flag was raised. */
function excerpt(tokens: Token[], at: Token): string {
  return tokens
    .filter((t) => t.clause === at.clause && Math.abs(t.index - at.index) <= 4)
    .map((t) => t.word)
    .join(' ');
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}
