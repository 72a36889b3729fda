import {
  arcMeanSeconds,
  arcMedianSeconds,
  type DirectlyFollowsArc,
} from '../flow/discoverDirectlyFollows.js';

interface ArcState {
  from: number;
  to: number;
  count: number;
  sumMs: number;
  /** Unsorted; sorted lazily when the median is read. */
  millis: number[];
}

/**
 * The directly-follows graph kept up to date as events are inserted into traces. Inserting an
 * event between two others removes one arc and adds two; appending at the end adds one. Sums
 * are kept in whole milliseconds, so means equal a from-scratch computation exactly.
 */
export class IncrementalDirectlyFollows {
  private readonly arcs = new Map<number, ArcState>();

  add(from: number, to: number, ms: number): void {
    const key = from * 1_048_576 + to;
    let arc = this.arcs.get(key);
    if (!arc) {
      arc = { from, to, count: 0, sumMs: 0, millis: [] };
      this.arcs.set(key, arc);
    }
    arc.count++;
    arc.sumMs += ms;
    arc.millis.push(ms);
  }

  remove(from: number, to: number, ms: number): void {
    const arc = this.arcs.get(from * 1_048_576 + to);
    if (!arc) return;
    const at = arc.millis.lastIndexOf(ms);
    if (at < 0) return;
    arc.millis[at] = arc.millis[arc.millis.length - 1]!;
    arc.millis.pop();
    arc.count--;
    arc.sumMs -= ms;
    if (arc.count === 0) this.arcs.delete(from * 1_048_576 + to);
  }

  /** The arcs, named and ordered as {@link discoverDirectlyFollows} orders them. */
  arcsNamed(activityNames: readonly string[]): DirectlyFollowsArc[] {
    const out = [...this.arcs.values()].map((arc) => ({
      from: activityNames[arc.from]!,
      to: activityNames[arc.to]!,
      count: arc.count,
      meanSeconds: arcMeanSeconds(arc.sumMs, arc.count),
      medianSeconds: arcMedianSeconds(Float64Array.from(arc.millis).sort()),
    }));
    return out.sort(
      (x, y) => y.count - x.count || x.from.localeCompare(y.from) || x.to.localeCompare(y.to),
    );
  }
}
