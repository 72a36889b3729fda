import { sameWord } from './sameWord.js';
import type { Token } from './Token.js';

/** Where a name (a stage, or one of its aliases) occurs in a text. */
export interface Mention {
  start: number;
  /** One past the last word. */
  end: number;
  /** "not X", "X is not …", "X isn't": the text denies it. */
  denied: boolean;
}

const COPULAS = new Set(['is', 'are', 'was', 'were', 'be', 'seems']);
const DENIALS = new Set(['not', 'no', 'never']);

/**
 * Every occurrence of `name` (its words in order, each matched by stem or within a typo) in
 * `tokens`. Synonyms are not used: a stage named "Release" must not be found in "start".
 */
export function findMentions(tokens: readonly Token[], name: readonly Token[]): Mention[] {
  const words = name.filter((t) => !t.stop);
  const first = words[0];
  if (!first) return [];
  const text = tokens.filter((t) => !t.stop);
  const found: Mention[] = [];
  for (let i = 0; i + words.length <= text.length; i++) {
    if (!words.every((w, k) => sameWord(text[i + k]!, w, false))) continue;
    const head = text[i]!;
    const tail = text[i + words.length - 1]!;
    const after = tokens.slice(tail.index + 1, tail.index + 3);
    const deniedAfter =
      (after[0] !== undefined && DENIALS.has(after[0].word) && after[0].clause === tail.clause) ||
      (after[0] !== undefined &&
        COPULAS.has(after[0].word) &&
        after[1] !== undefined &&
        DENIALS.has(after[1].word) &&
        after[1].clause === tail.clause);
    found.push({ start: head.index, end: tail.index + 1, denied: head.negated || deniedAfter });
  }
  return found;
}
