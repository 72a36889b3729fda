import type { AttributeValue } from './AttributeValue.js';
import type { EventLog } from './EventLog.js';
import { Interner } from './Interner.js';
import { traceOrder } from './traceOrder.js';

/** One event as a reader hands it over. Times are milliseconds since the epoch, UTC. */
export interface EventInput {
  case: string;
  activity: string;
  time: number;
  lifecycle?: string | undefined;
  resource?: string | undefined;
  /** Start of the activity instance, from a start-timestamp column. */
  startTime?: number | undefined;
}

/**
 * Collects events into growable typed columns and freezes them into an {@link EventLog}.
 * Readers call {@link add} once per event; no per-event object survives the call.
 */
export class EventLogBuilder {
  private readonly cases = new Interner();
  private readonly activities = new Interner();
  private readonly resources = new Interner();
  private readonly lifecycles = new Interner();
  private readonly attributes = new Map<number, Record<string, AttributeValue>>();
  private n = 0;
  private caseOf = new Int32Array(1024);
  private activityOf = new Int32Array(1024);
  private resourceOf = new Int32Array(1024);
  private lifecycleOf = new Int32Array(1024);
  private time = new Float64Array(1024);
  private startTime = new Float64Array(1024);

  get size(): number {
    return this.n;
  }

  /** Adds an event; returns its index (file order). */
  add(event: EventInput): number {
    if (this.n === this.time.length) this.grow();
    const i = this.n++;
    this.caseOf[i] = this.cases.idOf(event.case);
    this.activityOf[i] = this.activities.idOf(event.activity);
    this.resourceOf[i] =
      event.resource === undefined || event.resource === ''
        ? -1
        : this.resources.idOf(event.resource);
    this.lifecycleOf[i] =
      event.lifecycle === undefined || event.lifecycle === ''
        ? -1
        : this.lifecycles.idOf(event.lifecycle.toLowerCase());
    this.time[i] = event.time;
    this.startTime[i] = event.startTime ?? Number.NaN;
    return i;
  }

  /** Case index of event `i`. */
  caseIndex(i: number): number {
    return this.caseOf[i]!;
  }

  /** Activity index of event `i`. */
  activityIndex(i: number): number {
    return this.activityOf[i]!;
  }

  /** Time of event `i` (ms). */
  timeOf(i: number): number {
    return this.time[i]!;
  }

  /** Merges trace-level attributes into the case's record (later values win). */
  setCaseAttributes(caseName: string, values: Record<string, AttributeValue>): void {
    const id = this.cases.idOf(caseName);
    const current = this.attributes.get(id);
    this.attributes.set(id, current ? { ...current, ...values } : { ...values });
  }

  /**
   * The log so far. Columns are views of the builder's buffers, not copies, so a
   * ten-million-event log is never held twice; later `add` calls never change a built log
   * (they write past its end, or into new buffers once these are full). A caller that keeps
   * the trace order itself (see LiveLog) passes it in.
   */
  build(trace?: { order: Uint32Array; caseOffsets: Uint32Array }): EventLog {
    const n = this.n;
    const caseOf = this.caseOf.subarray(0, n);
    const time = this.time.subarray(0, n);
    const { order, caseOffsets } = trace ?? traceOrder(caseOf, time, this.cases.size);
    return {
      size: n,
      caseNames: this.cases.names.slice(),
      activityNames: this.activities.names.slice(),
      resourceNames: this.resources.names.slice(),
      lifecycleNames: this.lifecycles.names.slice(),
      caseOf,
      activityOf: this.activityOf.subarray(0, n),
      resourceOf: this.resourceOf.subarray(0, n),
      lifecycleOf: this.lifecycleOf.subarray(0, n),
      time,
      startTime: this.startTime.subarray(0, n),
      order,
      caseOffsets,
      caseAttributes: new Map(this.attributes),
    };
  }

  private grow(): void {
    const size = this.time.length * 2;
    this.caseOf = growInt(this.caseOf, size);
    this.activityOf = growInt(this.activityOf, size);
    this.resourceOf = growInt(this.resourceOf, size);
    this.lifecycleOf = growInt(this.lifecycleOf, size);
    this.time = growFloat(this.time, size);
    this.startTime = growFloat(this.startTime, size);
  }
}

function growInt(a: Int32Array, size: number): Int32Array<ArrayBuffer> {
  const b = new Int32Array(size);
  b.set(a);
  return b;
}

function growFloat(a: Float64Array, size: number): Float64Array<ArrayBuffer> {
  const b = new Float64Array(size);
  b.set(a);
  return b;
}
