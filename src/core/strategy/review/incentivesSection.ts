import type { ReviewSection } from './ReviewSection.js';
import type { StrategyView } from './StrategyView.js';

/** Team metrics against the constraint, and each team's contribution to its throughput. */
export function incentivesSection(view: StrategyView): ReviewSection {
  const f = (n: number | null) => (n === null ? '–' : n.toFixed(1));
  return {
    id: 'incentives',
    title: 'Incentives and team contribution',
    lines: [
      view.incentives.length === 0
        ? 'No team metrics registered.'
        : `${view.incentives.filter((i) => i.verdict === 'raises-throughput' || i.verdict === 'supports-constraint').length} of ${view.incentives.length} team metrics reward throughput at the constraint.`,
      ...view.contributions.map(
        (c) =>
          `${c.team} (${c.stage}, ${c.role}): ${f(c.contributionPerWeek)} items a week towards throughput — ${c.why}.`,
      ),
    ],
    table: {
      columns: ['Team', 'Metric', 'Target', 'Verdict', 'Why'],
      rows: view.incentives.map((i) => [
        i.metric.team,
        i.metric.name,
        i.metric.target,
        i.verdict,
        i.why,
      ]),
    },
  };
}
