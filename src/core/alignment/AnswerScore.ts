import type { ConstraintVerdict } from './judgeConstraint.js';

/** How one answer covers one key point of the statement. */
export interface PointCoverage {
  /** 0-based, in the statement's order. */
  point: number;
  text: string;
  /** Weighted share of the point's words found in the answer (0..1). */
  overlap: number;
  /** overlap reached the threshold. */
  matched: boolean;
  /** The point's words found, as the statement spells them. */
  found: string[];
  /** The point's words not found, heaviest first. */
  missing: string[];
}

/** An answer that uses the statement's words in the opposite sense (docs/alignment-audit.md). */
export interface Misuse {
  kind: 'denied' | 'opposite' | 'misconception';
  /** The key point contradicted; null for a misconception not tied to one point. */
  point: number | null;
  /** A short label: the misconception's, or the word turned round. */
  label: string;
  /** The answer's words that raised the flag. */
  evidence: string;
  why: string;
}

/** The score of one response. */
export interface AnswerScore {
  constraint: ConstraintVerdict;
  /** Share of the statement's key points made, each weighted by its words' tf-idf (0..1). */
  coverage: number;
  points: PointCoverage[];
  misuses: Misuse[];
  /** 0.4 × named the constraint + 0.6 × coverage − 0.25 per misuse, within 0..1. */
  score: number;
}
