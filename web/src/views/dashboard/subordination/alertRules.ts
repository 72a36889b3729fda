import type { AlertRule, AlertRuleKind } from '../../../api/Alerts';

/** Each rule in words, and the number it takes (docs/api.md, "Alerts"). */
export const ruleText: Record<
  AlertRuleKind,
  { label: string; field?: 'minutes' | 'days'; unit?: string; fallback?: number; before?: string }
> = {
  'buffer-red': { label: 'The constraint’s buffer enters the red zone' },
  'constraint-starved': {
    label: 'The constraint is starved',
    field: 'minutes',
    unit: 'working minutes or longer',
    fallback: 60,
    before: 'for',
  },
  'wip-growing': {
    label: 'Work piles up at a non-constraint',
    field: 'days',
    unit: 'days',
    fallback: 14,
    before: 'its queue growing over',
  },
  'constraint-moved': { label: 'The constraint moves to another stage' },
  'pattern-changed': {
    label: 'A new pattern: demand, people, spread or rework steps',
    field: 'days',
    unit: 'days',
    fallback: 28,
    before: 'that began in the last',
  },
};

export const ruleKinds = Object.keys(ruleText) as AlertRuleKind[];

/** A rule's name for the alert list; unknown kinds (a newer server) are shown as sent. */
export function ruleLabel(kind: string): string {
  return kind in ruleText ? ruleText[kind as AlertRuleKind].label : kind;
}

/** The server's rules in the documented order, with any missing one added switched off. */
export function completeRules(rules: readonly AlertRule[]): AlertRule[] {
  const known = ruleKinds.map((kind): AlertRule => {
    const rule = rules.find((candidate) => candidate.kind === kind) ?? { kind, enabled: false };
    const { field, fallback } = ruleText[kind];
    // A rule with a number always carries it, so the editor never shows a blank box.
    return field === undefined ? rule : { ...rule, [field]: rule[field] ?? fallback };
  });
  return [...known, ...rules.filter((rule) => !ruleKinds.includes(rule.kind))];
}
