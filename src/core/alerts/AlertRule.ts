/** What an alert watches (docs/api.md, "Alerts"). */
export type AlertKind =
  | 'buffer-red'
  | 'constraint-starved'
  | 'wip-growing'
  | 'constraint-moved'
  | 'pattern-changed';

/** One rule as a person sets it; `minutes` and `days` only mean something to some kinds. */
export interface AlertRule {
  kind: AlertKind;
  enabled: boolean;
  /** `constraint-starved`: the shortest starvation period worth an alert, in working minutes. */
  minutes?: number | undefined;
  /** `wip-growing`: over how many days the queue must have grown; `pattern-changed`: how recent a change must be. */
  days?: number | undefined;
}
