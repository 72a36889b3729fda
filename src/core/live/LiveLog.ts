import type { LogBasics } from '../analysis/analyzeLog.js';
import { summarizeCases } from '../flow/summarizeCases.js';
import type { EventLog } from '../model/EventLog.js';
import { type EventInput, EventLogBuilder } from '../model/EventLogBuilder.js';
import { IncrementalDirectlyFollows } from './IncrementalDirectlyFollows.js';

/**
 * An event log that grows: events are appended in arrival order, and each case's trace is kept
 * sorted by time (ties in arrival order) as they come, so the trace order and the
 * directly-follows graph never need rebuilding from scratch.
 */
export class LiveLog {
  private builder = new EventLogBuilder();
  private traces: number[][] = [];
  private dfg = new IncrementalDirectlyFollows();
  private latest = Number.NaN;

  get size(): number {
    return this.builder.size;
  }

  /** Latest event time seen (ms); NaN while empty. */
  get lastTime(): number {
    return this.latest;
  }

  add(event: EventInput): void {
    const b = this.builder;
    const e = b.add(event);
    const c = b.caseIndex(e);
    const trace = this.traces[c] ?? [];
    this.traces[c] = trace;
    const t = event.time;
    // Usually the event is the case's latest, so search from the end.
    let p = trace.length;
    while (p > 0 && b.timeOf(trace[p - 1]!) > t) p--;
    const prev = p > 0 ? trace[p - 1] : undefined;
    const next = p < trace.length ? trace[p] : undefined;
    if (prev !== undefined && next !== undefined) {
      this.dfg.remove(
        b.activityIndex(prev),
        b.activityIndex(next),
        b.timeOf(next) - b.timeOf(prev),
      );
    }
    if (prev !== undefined)
      this.dfg.add(b.activityIndex(prev), b.activityIndex(e), t - b.timeOf(prev));
    if (next !== undefined)
      this.dfg.add(b.activityIndex(e), b.activityIndex(next), b.timeOf(next) - t);
    trace.splice(p, 0, e);
    if (!(t <= this.latest)) this.latest = t;
  }

  /** The log as it stands, with the trace order kept so far. */
  snapshot(): EventLog {
    const caseOffsets = new Uint32Array(this.traces.length + 1);
    const order = new Uint32Array(this.builder.size);
    let k = 0;
    this.traces.forEach((trace, c) => {
      for (const e of trace) order[k++] = e;
      caseOffsets[c + 1] = k;
    });
    return this.builder.build({ order, caseOffsets });
  }

  /** Directly-follows graph and case summary from the incremental state. */
  basics(log: EventLog = this.snapshot()): LogBasics {
    return { directlyFollows: this.dfg.arcsNamed(log.activityNames), cases: summarizeCases(log) };
  }

  /** A separate log of the events with time in [from, to). */
  filtered(from: number, to: number): EventLog {
    const log = this.snapshot();
    const b = new EventLogBuilder();
    for (let e = 0; e < log.size; e++) {
      const t = log.time[e]!;
      if (t < from || t >= to) continue;
      const r = log.resourceOf[e]!;
      const l = log.lifecycleOf[e]!;
      b.add({
        case: log.caseNames[log.caseOf[e]!]!,
        activity: log.activityNames[log.activityOf[e]!]!,
        time: t,
        resource: r >= 0 ? log.resourceNames[r] : undefined,
        lifecycle: l >= 0 ? log.lifecycleNames[l] : undefined,
        startTime: log.startTime[e],
      });
    }
    return b.build();
  }
}
