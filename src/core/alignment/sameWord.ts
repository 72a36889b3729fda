import type { Token } from './Token.js';
import { wordDistance } from './wordDistance.js';

/**
 * Whether an answer's word is a statement's word: the same Porter stem (or synonym group, with
 * `synonyms`), or a slip of the pen — one edit for words of five to eight letters, two from
 * nine. Shorter words must match exactly: "fix" and "mix" are different stages.
 */
export function sameWord(a: Token, b: Token, synonyms: boolean): boolean {
  if (a.stem === b.stem || (synonyms && a.term === b.term)) return true;
  const shorter = Math.min(a.word.length, b.word.length);
  if (shorter < 5) return false;
  return wordDistance(a.word, b.word) <= (shorter >= 9 ? 2 : 1);
}
