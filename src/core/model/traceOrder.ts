/**
 * Groups event indices by case with a counting sort (linear time), then orders each case's
 * events by time with a stable insertion sort: traces are short and nearly sorted in real
 * exports, so this beats a global comparison sort of ten million indices by a wide margin.
 * Ties keep file order, as the directly-follows convention of pm4py requires.
 */
export function traceOrder(
  caseOf: Int32Array,
  time: Float64Array,
  caseCount: number,
): { order: Uint32Array; caseOffsets: Uint32Array } {
  const n = caseOf.length;
  const caseOffsets = new Uint32Array(caseCount + 1);
  for (let i = 0; i < n; i++) caseOffsets[caseOf[i]! + 1]!++;
  for (let c = 0; c < caseCount; c++) caseOffsets[c + 1]! += caseOffsets[c]!;
  const next = caseOffsets.slice(0, caseCount);
  const order = new Uint32Array(n);
  for (let i = 0; i < n; i++) order[next[caseOf[i]!]!++] = i;
  for (let c = 0; c < caseCount; c++) sortSlice(order, time, caseOffsets[c]!, caseOffsets[c + 1]!);
  return { order, caseOffsets };
}

function sortSlice(order: Uint32Array, time: Float64Array, from: number, to: number): void {
  if (to - from > 64) {
    // Long traces: a stable comparison sort; index order breaks ties, which is file order.
    const slice = Array.from(order.subarray(from, to));
    slice.sort((a, b) => time[a]! - time[b]! || a - b);
    order.set(slice, from);
    return;
  }
  for (let i = from + 1; i < to; i++) {
    const e = order[i]!;
    const t = time[e]!;
    let j = i - 1;
    while (j >= from && time[order[j]!]! > t) {
      order[j + 1] = order[j]!;
      j--;
    }
    order[j + 1] = e;
  }
}
