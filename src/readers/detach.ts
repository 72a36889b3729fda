/**
 * A copy of `text` that does not share memory with the chunk it was cut from. V8 represents
 * substrings of 13 or more characters as slices that keep their whole parent string alive, so
 * keeping one case id (or trace attribute) per chunk would keep the entire file in memory —
 * 600 MB for the benchmark log. Only strings kept per case need this; names that are interned
 * once (activities, resources) pin a handful of chunks at most.
 */
export function detach(text: string): string {
  // Concatenation then slicing forces V8 to flatten into a fresh string of just this text.
  return text.length < 13 ? text : ` ${text}`.slice(1);
}
