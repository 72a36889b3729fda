/**
 * Draws future days' throughput from the history. With `block` 1 every day is drawn on its own
 * (ActionableAgile's method); with a larger block, runs of that many consecutive days are drawn
 * (a moving-block bootstrap, Künsch 1989), which keeps slow and fast weeks together instead of
 * averaging them away.
 */
export function daySampler(
  history: readonly number[],
  block: number,
  random: () => number,
): () => number {
  if (!Number.isFinite(block) || block < 1)
    throw new RangeError(`block must be at least 1 day, not ${block}`);
  const n = history.length;
  const size = Math.max(1, Math.min(n, Math.floor(block)));
  let at = 0;
  let left = 0;
  return () => {
    if (left === 0) {
      at = Math.floor(random() * (n - size + 1));
      left = size;
    }
    left--;
    return history[at++]!;
  };
}
