/** What the debounce remembers of one condition between evaluations. */
export interface ConditionState {
  /** The condition held at the last evaluation. */
  active: boolean;
  /** When an alert last fired for it (ms since the epoch); null if never. */
  lastFiredAt: number | null;
  /** The condition has been false at some evaluation since it last fired. */
  clearedSinceFired: boolean;
}

/** Memory of the rules between evaluations, kept by the caller and passed back each time. */
export interface AlertState {
  /** By condition: the rule's kind, and for per-stage rules `kind:stage`. */
  conditions: Record<string, ConditionState>;
  /** The constraint named by the previous analysis; null before the first. */
  constraint: string | null;
}
