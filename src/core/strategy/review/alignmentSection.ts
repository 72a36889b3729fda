import type { AuditSummary } from '../../alignment/AuditSummary.js';
import { percent } from './percent.js';
import type { ReviewSection } from './ReviewSection.js';

/** How many missed points and misreadings a review lists: the few worth discussing. */
const TOP = 3;

/**
 * Alignment: how well the latest audit's respondents named the constraint and explained the
 * strategy (docs/alignment-audit.md), the gap by team, what was missed most, and the trend
 * over audits. `summary` is null when the workspace has never run an audit.
 */
export function alignmentSection(summary: AuditSummary | null): ReviewSection {
  const base = { id: 'alignment', title: 'Alignment' };
  if (summary === null) {
    return { ...base, lines: ['No alignment audit yet: run one from the Audits page.'] };
  }
  const lines = [
    `${summary.title}: ${summary.responses} of ${summary.respondents} answered; mean score ${percent(summary.score)}, ${percent(summary.namingRight)} named the constraint (${summary.constraint}).`,
  ];
  if (summary.change !== null) {
    const points = Math.round(summary.change * 100);
    lines.push(
      points === 0
        ? 'Unchanged on the previous audit.'
        : `${points > 0 ? 'Up' : 'Down'} ${Math.abs(points)} points on the previous audit.`,
    );
  }
  const missed = summary.missedPoints.filter((p) => p.missed > 0).slice(0, TOP);
  if (missed.length > 0) {
    lines.push(
      `Most missed: ${missed.map((p) => `"${p.text}" (${percent(p.share)})`).join('; ')}.`,
    );
  }
  if (summary.wrongConstraints.length > 0) {
    lines.push(
      `Named instead of the constraint: ${summary.wrongConstraints.map((w) => `${w.stage} (${w.count})`).join(', ')}.`,
    );
  }
  const misreadings = summary.misunderstandings.slice(0, TOP);
  if (misreadings.length > 0) {
    lines.push(`Misreadings: ${misreadings.map((m) => `${m.label} (${m.count})`).join('; ')}.`);
  }
  const section: ReviewSection = {
    ...base,
    lines,
    table: {
      columns: ['Team', 'Answers', 'Score', 'Gap', 'Named the constraint'],
      rows: summary.byTeam.map((g) => [
        g.name,
        String(g.responses),
        percent(g.score),
        percent(g.gap),
        percent(g.namingRight),
      ]),
    },
  };
  const trend = summary.trend.filter((t) => t.score !== null);
  if (trend.length > 1) {
    section.bars = {
      label: 'Mean alignment score per audit (%)',
      points: trend.map((t) => ({
        label: t.createdAt.slice(0, 10),
        value: Math.round((t.score ?? 0) * 100),
      })),
    };
  }
  return section;
}
