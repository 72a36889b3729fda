/**
 * A binary min-heap of timed events on typed arrays: each event is a time and two integers
 * (a case and a stage). Ties are broken by insertion order, so a run never depends on how the
 * heap happens to arrange equal times. O(log n) per push and pop, no allocation per event.
 */
export class EventHeap {
  private times = new Float64Array(64);
  private order = new Float64Array(64);
  private cases = new Int32Array(64);
  private stages = new Int32Array(64);
  private count = 0;
  private pushed = 0;

  get size(): number {
    return this.count;
  }

  /** Time of the earliest event; Infinity when empty. */
  peekTime(): number {
    return this.count > 0 ? this.times[0]! : Number.POSITIVE_INFINITY;
  }

  push(time: number, caseId: number, stage: number): void {
    if (this.count === this.times.length) this.grow();
    let i = this.count++;
    const seq = this.pushed++;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!earlier(time, seq, this.times[parent]!, this.order[parent]!)) break;
      this.move(parent, i);
      i = parent;
    }
    this.set(i, time, seq, caseId, stage);
  }

  /** Removes the earliest event and returns its time; its case and stage are then in `poppedCase` and `poppedStage`. */
  pop(): number {
    const time = this.times[0]!;
    this.poppedCase = this.cases[0]!;
    this.poppedStage = this.stages[0]!;
    const last = --this.count;
    if (last > 0) {
      const t = this.times[last]!;
      const s = this.order[last]!;
      const c = this.cases[last]!;
      const g = this.stages[last]!;
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        if (l >= last) break;
        const r = l + 1;
        const m =
          r < last && earlier(this.times[r]!, this.order[r]!, this.times[l]!, this.order[l]!)
            ? r
            : l;
        if (!earlier(this.times[m]!, this.order[m]!, t, s)) break;
        this.move(m, i);
        i = m;
      }
      this.set(i, t, s, c, g);
    }
    return time;
  }

  poppedCase = -1;
  poppedStage = -1;

  private move(from: number, to: number): void {
    this.times[to] = this.times[from]!;
    this.order[to] = this.order[from]!;
    this.cases[to] = this.cases[from]!;
    this.stages[to] = this.stages[from]!;
  }

  private set(i: number, time: number, seq: number, caseId: number, stage: number): void {
    this.times[i] = time;
    this.order[i] = seq;
    this.cases[i] = caseId;
    this.stages[i] = stage;
  }

  private grow(): void {
    const n = this.times.length * 2;
    const times = new Float64Array(n);
    times.set(this.times);
    this.times = times;
    const order = new Float64Array(n);
    order.set(this.order);
    this.order = order;
    const cases = new Int32Array(n);
    cases.set(this.cases);
    this.cases = cases;
    const stages = new Int32Array(n);
    stages.set(this.stages);
    this.stages = stages;
  }
}

function earlier(t1: number, s1: number, t2: number, s2: number): boolean {
  return t1 < t2 || (t1 === t2 && s1 < s2);
}
