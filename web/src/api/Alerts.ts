/**
 * The alert routes of docs/api.md ("Alerts"). The server's types live in src/core/alerts once
 * that lands; until then the documented shapes are spelled out here.
 */
export type AlertRuleKind =
  | 'buffer-red'
  | 'constraint-starved'
  | 'wip-growing'
  | 'constraint-moved'
  | 'pattern-changed';

export interface AlertRule {
  kind: AlertRuleKind;
  enabled: boolean;
  /** `constraint-starved`: the shortest starvation period, in working minutes, that alerts. */
  minutes?: number;
  /** `wip-growing`: how many days a non-constraint's queue must have grown; `pattern-changed`: how recent a change must be. */
  days?: number;
}

export interface AlertWebhook {
  id: string;
  url: string;
  format: 'json' | 'slack';
  secret: string;
}

export interface AlertSettings {
  rules: AlertRule[];
  webhooks: AlertWebhook[];
}

export interface Alert {
  id: string;
  rule: AlertRuleKind | string;
  at: string;
  stage: string | null;
  message: string;
  details?: unknown;
}
