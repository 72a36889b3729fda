import type { AlertKind } from './AlertRule.js';
import type { NewAlert } from './NewAlert.js';

/**
 * The debounce's name for a condition: the rule, and the stage for per-stage rules; a pattern
 * change also by its kind and direction, so more arrivals and more rework at one stage are two
 * conditions, each raised once.
 */
export function alertConditionKey(
  rule: AlertKind,
  stage: string,
  details: NewAlert['details'],
): string {
  if (rule === 'constraint-moved') return rule;
  if (rule === 'pattern-changed') return `${rule}:${details.kind}:${stage}:${details.direction}`;
  return `${rule}:${stage}`;
}
