import { percent } from './percent.js';
import type { ReviewSection } from './ReviewSection.js';
import type { StrategyView } from './StrategyView.js';

/** Flagged initiatives and metrics, each with why; the share of effort at the constraint. */
export function triageSection(view: StrategyView): ReviewSection {
  const t = view.triage;
  return {
    id: 'triage',
    title: 'Flagged initiatives and metrics',
    lines: [
      `${t.inFlight} initiatives in flight over ${t.stages.length} stages; share of effort aimed at the constraint: ${percent(t.focusShare)}.`,
      t.flags.length === 0
        ? 'Nothing flagged.'
        : `${t.flags.length} ${t.flags.length === 1 ? 'flag' : 'flags'} raised.`,
    ],
    table: {
      columns: ['Flag', 'On', 'Why'],
      rows: t.flags.map((f) => [f.rule, f.subject.title, f.why]),
    },
  };
}
