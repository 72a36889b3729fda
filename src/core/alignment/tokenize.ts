import type { Token } from './Token.js';
import { stemOf, termOf, termOfStem } from './termOf.js';
import { CLAUSE_BREAKS, DOWN, LIMIT_WORDS, NEGATORS, STOPWORDS, UP } from './vocabulary.js';

const UP_TERM = termOf(UP);
const DOWN_TERM = termOf(DOWN);

/** How many words after a negator it reaches (within its clause). */
const NEGATION_REACH = 3;

const IRREGULAR_NT: Record<string, string> = { wo: 'will', ca: 'can', sha: 'shall' };

/** "dont", "isnt": the apostrophe is often left out on a phone. */
const BARE_NT = /^(do|does|did|is|are|was|were|ca|wo|should|would|could|have|has|had)nt$/;

/**
 * Splits a text into words with their matching terms, clauses, negation and direction. Accents
 * and case are dropped, "isn't" is read as "is not", a possessive "'s" is dropped. Negation
 * scope follows the common window heuristic of sentiment analysis (a negator reaches the next
 * few words of its clause; Pang, Lee & Vaithyanathan 2002 mark up to the next punctuation).
 */
export function tokenize(text: string): Token[] {
  const plain = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[\u2018\u2019]/g, "'");
  const tokens: Token[] = [];
  let clause = 0;
  const push = (word: string) => {
    if (CLAUSE_BREAKS.has(word)) clause++;
    const stem = stemOf(word);
    const term = termOfStem(stem);
    const negator = NEGATORS.has(word);
    tokens.push({
      word,
      stem,
      term,
      index: tokens.length,
      clause,
      stop: STOPWORDS.has(word) || negator || /^\d+$/.test(word),
      negated: false,
      negator,
      direction: term === UP_TERM ? 1 : term === DOWN_TERM ? -1 : 0,
    });
  };
  for (const match of plain.matchAll(/[a-z0-9]+(?:'[a-z]+)?|[.,;:!?()\n\u2013\u2014]/g)) {
    const piece = match[0];
    if (!/^[a-z0-9]/.test(piece)) {
      clause++;
      continue;
    }
    const apostrophe = piece.indexOf("'");
    if (apostrophe < 0) {
      const bare = BARE_NT.exec(piece)?.[1];
      if (bare === undefined) push(piece);
      else {
        push(IRREGULAR_NT[bare] ?? bare);
        push('not');
      }
      continue;
    }
    const base = piece.slice(0, apostrophe);
    const suffix = piece.slice(apostrophe + 1);
    if (suffix === 't' && base.endsWith('n')) {
      const stem = base.slice(0, -1);
      push(IRREGULAR_NT[stem] ?? stem);
      push('not');
    } else {
      push(base);
    }
  }
  markNegation(tokens);
  return tokens;
}

/**
 * A negator denies the next {@link NEGATION_REACH} words of its clause, unless one of them is a
 * comparative ("no more than", "not faster than"): that is a cap, so only the comparative is
 * turned round (direction down) and nothing is denied.
 */
function markNegation(tokens: Token[]): void {
  for (const t of tokens) {
    if (!t.negator) continue;
    const reach = tokens.filter(
      (u) => u.index > t.index && u.index - t.index <= NEGATION_REACH && u.clause === t.clause,
    );
    const cap = reach.find((u) => LIMIT_WORDS.has(u.word));
    if (cap) {
      cap.direction = -1;
      continue;
    }
    for (const u of reach) {
      if (u.negator) continue;
      u.negated = true;
      if (u.direction !== 0) u.direction = u.direction === 1 ? -1 : 1;
    }
  }
}
