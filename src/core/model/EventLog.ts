import type { AttributeValue } from './AttributeValue.js';

/**
 * An event log held column by column, so that ten million events fit in a few hundred
 * megabytes: strings are interned once, every other field is a typed array indexed by event.
 * Events keep the order in which the reader saw them ("file order"); `order` and
 * `caseOffsets` give the trace view (per case, by time, ties in file order).
 */
export interface EventLog {
  readonly size: number;
  readonly caseNames: readonly string[];
  readonly activityNames: readonly string[];
  readonly resourceNames: readonly string[];
  readonly lifecycleNames: readonly string[];
  /** Case index of each event. */
  readonly caseOf: Int32Array;
  readonly activityOf: Int32Array;
  /** Resource index of each event, -1 when none was recorded. */
  readonly resourceOf: Int32Array;
  /** Lifecycle index of each event into `lifecycleNames`, -1 when none was recorded. */
  readonly lifecycleOf: Int32Array;
  /** Milliseconds since the Unix epoch, UTC. */
  readonly time: Float64Array;
  /** Start of the activity instance when the source has a start-timestamp column; NaN otherwise. */
  readonly startTime: Float64Array;
  /** Event indices grouped by case (in case-index order), by time within a case, ties in file order. */
  readonly order: Uint32Array;
  /** `order[caseOffsets[c] .. caseOffsets[c + 1])` are the events of case `c`. */
  readonly caseOffsets: Uint32Array;
  /** Trace-level attributes (XES trace attributes, CSV `case:` columns), by case index. */
  readonly caseAttributes: ReadonlyMap<number, Readonly<Record<string, AttributeValue>>>;
}
