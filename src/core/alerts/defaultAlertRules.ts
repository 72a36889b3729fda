import type { AlertRule } from './AlertRule.js';

/** The rules a workspace has until someone changes them (docs/api.md, "Alerts"). */
export function defaultAlertRules(): AlertRule[] {
  return [
    { kind: 'buffer-red', enabled: true },
    { kind: 'constraint-starved', enabled: true, minutes: 60 },
    { kind: 'wip-growing', enabled: true, days: 14 },
    { kind: 'constraint-moved', enabled: true },
    { kind: 'pattern-changed', enabled: true, days: 28 },
  ];
}
