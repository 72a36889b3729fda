import { tokenize } from './tokenize.js';

/** A clause needs this many content words to stand as a key point; shorter ones join the previous. */
const MIN_WORDS = 2;

/**
 * The statement's key points: its sentences, split further at semicolons, colons, dashes and
 * list breaks, since leaders tend to list the plan's moves in one sentence that way. A fragment
 * with fewer than two content words ("Simple:") is joined to its neighbour.
 */
export function extractKeyPoints(statement: string): string[] {
  const pieces = statement
    .split(/(?<=[.!?])\s+|[;:\n\u2013\u2014]+|\s+-\s+|^\s*[-*\u2022]\s*/m)
    .flatMap((p) => p.split(/\n\s*[-*\u2022]?\s*/))
    .map((p) => p.replace(/^[\s\-*\u2022]+|[\s.;:]+$/g, '').trim())
    .filter((p) => p !== '');
  const points: string[] = [];
  let pending = '';
  for (const piece of pieces) {
    const text = pending ? `${pending} ${piece}` : piece;
    const words = tokenize(text).filter((t) => !t.stop).length;
    if (words < MIN_WORDS) {
      pending = text;
      continue;
    }
    pending = '';
    points.push(text);
  }
  if (pending) {
    if (points.length > 0) points[points.length - 1] = `${points[points.length - 1]} ${pending}`;
    else points.push(pending);
  }
  return points;
}
