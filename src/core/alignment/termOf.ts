import { stemWord } from './stemWord.js';
import { SYNONYM_GROUPS } from './vocabulary.js';

/**
 * British "-ise" forms as American "-ize" before stemming: Porter's rules know "-ization" and
 * "-ize" only, and statement and answers are often spelt differently ("utilisation").
 */
function americanize(word: string): string {
  if (word.length < 6) return word;
  return word.replace(/is(e|es|ed|ing|ation|ations|er|ers)$/, 'iz$1');
}

/** The Porter stem of a lower-case word, British "-ise" read as "-ize". */
export const stemOf = (word: string): string => stemWord(americanize(word));
const stem = stemOf;

/** Stem → the stem of its synonym group's first word. */
const CANONICAL: ReadonlyMap<string, string> = new Map(
  SYNONYM_GROUPS.flatMap((group) => {
    const head = stem(group[0] ?? '');
    return group.map((w) => [stem(w), head] as const);
  }),
);

/** The matching key of a lower-case word: its Porter stem, mapped through the synonym groups. */
export function termOf(word: string): string {
  return termOfStem(stem(word));
}

/** The synonym group's stem for a stem. */
export function termOfStem(s: string): string {
  return CANONICAL.get(s) ?? s;
}
