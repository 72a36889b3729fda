import { findMentions, type Mention } from './findMentions.js';
import type { Token } from './Token.js';
import { tokenize } from './tokenize.js';

/** A stage the answer could name, with the other names it goes by. */
export interface StageNames {
  stage: string;
  names: readonly string[];
}

/** Whether the answer to "which stage is the constraint?" names the right one. */
export interface ConstraintVerdict {
  /** right: names the constraint (not denied); wrong: names another stage instead; none: neither. */
  verdict: 'right' | 'wrong' | 'none';
  /** Stages the answer names, not denied, in the workspace's spelling. */
  named: string[];
  /** Stages the answer explicitly denies ("not Triage"). */
  denied: string[];
}

/**
 * Reads the answer for every stage's names. Where two names overlap ("Fix" inside "Fix
 * Review"), the longer one wins, so naming "Fix Review" does not also name "Fix".
 */
export function judgeConstraint(
  answer: string,
  constraint: StageNames,
  others: readonly StageNames[],
): ConstraintVerdict {
  const tokens = tokenize(answer);
  const found: { stage: string; mention: Mention }[] = [];
  for (const s of [constraint, ...others]) {
    for (const name of [s.stage, ...s.names]) {
      for (const mention of findMentions(tokens, tokenize(name) as Token[])) {
        found.push({ stage: s.stage, mention });
      }
    }
  }
  const kept = found.filter(
    ({ mention: m }) =>
      !found.some(
        ({ mention: o }) =>
          o !== m && o.start <= m.start && o.end >= m.end && o.end - o.start > m.end - m.start,
      ),
  );
  const named = unique(kept.filter((f) => !f.mention.denied).map((f) => f.stage));
  const denied = unique(kept.filter((f) => f.mention.denied).map((f) => f.stage)).filter(
    (s) => !named.includes(s),
  );
  const verdict = named.includes(constraint.stage) ? 'right' : named.length > 0 ? 'wrong' : 'none';
  return { verdict, named, denied };
}

function unique(values: string[]): string[] {
  return [...new Set(values)];
}
