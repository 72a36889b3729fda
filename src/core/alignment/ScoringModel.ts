import type { StageNames } from './judgeConstraint.js';
import type { Token } from './Token.js';

/** One weighted word of a key point. */
export interface PointTerm {
  term: string;
  /** As the statement spells it, for showing. */
  word: string;
  /** A token of it, for typo-tolerant matching. */
  token: Token;
  /** tf × idf (docs/alignment-audit.md, "Weights"). */
  weight: number;
  /** The statement denies it here ("never let it starve"). */
  negated: boolean;
}

/** A key point ready to be matched. */
export interface ScoringPoint {
  text: string;
  terms: PointTerm[];
  /** Sum of its terms' weights: its share of the whole statement. */
  weight: number;
  /** (term, +1/-1) pairs: the point says "more" or "less" of that word. */
  directions: { term: string; word: string; cue: string; direction: 1 | -1 }[];
}

/** What {@link buildScoringModel} derives once per audit, to score every answer against. */
export interface ScoringModel {
  points: ScoringPoint[];
  constraint: StageNames;
  others: StageNames[];
  /** Terms that name the constraint or say "constraint": never flagged as denied. */
  nameTerms: ReadonlySet<string>;
}
