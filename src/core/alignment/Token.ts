/** One word of a text as the alignment scoring reads it (see {@link tokenize}). */
export interface Token {
  /** The word as written, lower-case, accents removed. */
  word: string;
  /** Its Porter stem (British -ise spelt -ize first). */
  stem: string;
  /** Its stem, or the stem of the first word of its synonym group: what matching compares. */
  term: string;
  /** Position among the text's words. */
  index: number;
  /** Clause number: punctuation and words such as "but" start a new one. */
  clause: number;
  /** A stop word: kept for positions, left out of matching. */
  stop: boolean;
  /** A negator ("not", "never", …) denies this word: it is within three words after one, in its clause. */
  negated: boolean;
  /** A negator itself. */
  negator: boolean;
  /** +1 for a word that says "more", -1 for "less" (flipped by a negation: "no more" is -1). */
  direction: -1 | 0 | 1;
}
