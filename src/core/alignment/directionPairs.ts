import type { Token } from './Token.js';

/** How far from a "more"/"less" word the word it qualifies may be. */
const REACH = 3;

/**
 * The (word, direction) pairs of a text: each content word within three words of a direction
 * word in its clause ("release more work" gives release:+1 and work:+1; "no more than" -1).
 */
export function directionPairs(
  tokens: readonly Token[],
): { term: string; word: string; cue: string; direction: 1 | -1 }[] {
  const pairs: { term: string; word: string; cue: string; direction: 1 | -1 }[] = [];
  for (const d of tokens) {
    if (d.direction === 0) continue;
    for (const t of tokens) {
      if (t.stop || t.direction !== 0 || t.clause !== d.clause) continue;
      if (Math.abs(t.index - d.index) > REACH) continue;
      pairs.push({ term: t.term, word: t.word, cue: d.word, direction: d.direction });
    }
  }
  return pairs;
}
