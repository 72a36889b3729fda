import type { ReviewSection } from './ReviewSection.js';
import type { StrategyView } from './StrategyView.js';

/** The decision log, newest first. */
export function decisionsSection(view: StrategyView): ReviewSection {
  const decisions = [...view.decisions].sort((a, b) => Date.parse(b.at) - Date.parse(a.at));
  return {
    id: 'decisions',
    title: 'Decision log',
    lines: [
      decisions.length === 0
        ? 'No decisions logged yet.'
        : `${decisions.length} ${decisions.length === 1 ? 'decision' : 'decisions'} logged.`,
    ],
    table: {
      columns: ['When', 'Decided', 'By', 'Context'],
      rows: decisions.map((d) => [
        d.at.slice(0, 16).replace('T', ' '),
        d.decision,
        d.by,
        d.context,
      ]),
    },
  };
}
