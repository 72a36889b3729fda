import type { ReviewSection } from './ReviewSection.js';
import type { StrategyView } from './StrategyView.js';

/** Constraint status and moves: the register's resolution and its history. */
export function constraintSection(view: StrategyView): ReviewSection {
  const r = view.register;
  const lines = [
    r.stage === null
      ? 'No constraint yet: the workspace has no events and no one has named one.'
      : r.kind === 'demand' && r.status === 'detected'
        ? // Under demand the register keeps the busiest stage (initiatives still name stages),
          // but the review must not call a stage with spare capacity the constraint.
          `The constraint in force is demand (the market): no stage holds the stream back; ${r.stage} is the busiest (detected, market), since ${r.since?.slice(0, 10) ?? 'unknown'}.`
        : `The constraint in force is ${r.stage} (${r.status}${r.type ? `, ${r.type}` : ''}${r.permanence ? `, ${r.permanence}` : ''}), since ${r.since?.slice(0, 10) ?? 'unknown'}${r.owner ? `, owned by ${r.owner}` : ''}.`,
  ];
  if (r.reason) lines.push(`Reason given: ${r.reason}`);
  if (r.note) lines.push(`Note: ${r.note}.`);
  if (view.statement) lines.push(`Strategy: ${view.statement.text}`);
  return {
    id: 'constraint',
    title: 'Constraint status and moves',
    lines,
    table: {
      columns: ['When', 'What', 'Stage', 'By / confidence', 'Reason'],
      rows: r.history.map((h) => [
        h.at.slice(0, 10),
        h.action === 'shift' ? `moved from ${h.from}` : h.action,
        h.stage,
        h.by ??
          (h.confidence === null ? 'analysis' : `analysis, ${Math.round(h.confidence * 100)} %`),
        h.reason ?? '',
      ]),
    },
  };
}
