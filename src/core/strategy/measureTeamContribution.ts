import type { AnalysisReport } from '../analysis/AnalysisReport.js';
import { THROUGHPUT_WEEKS } from './measureLiveMetric.js';
import type { TeamMetric } from './Strategy.js';
import { weeklyCompletions } from './weeklyCompletions.js';

export interface TeamContribution {
  team: string;
  stage: string;
  role: 'constraint' | 'upstream' | 'downstream' | 'unknown';
  /** The stage's own completions per week: its departmental output. */
  outputPerWeek: number | null;
  constraintPerWeek: number | null;
  /** The part of its output the constraint's pace turns into throughput: min(output, constraint). */
  contributionPerWeek: number | null;
  /** Output beyond the constraint's pace (inventory, not throughput); 0 at the constraint. */
  surplusPerWeek: number | null;
  why: string;
}

/**
 * Each team's contribution to constraint throughput, as a flow balance over the last
 * {@link THROUGHPUT_WEEKS} complete weeks: the stream can deliver no more than the constraint
 * finishes, so of a stage's weekly output only min(output, constraint output) can become
 * throughput and the rest is surplus that waits. It is not a causal attribution: every team in
 * the line is needed for each item, and the figure says how much of its output the constraint's
 * pace can use, not who deserves credit (docs/strategy.md, "Team contribution"). Teams come
 * from the team metrics that name a stage. Pure.
 */
export function measureTeamContribution(
  report: AnalysisReport | null,
  constraintStage: string | null,
  metrics: readonly TeamMetric[],
): TeamContribution[] {
  const pairs = new Map<string, { team: string; stage: string }>();
  for (const m of metrics) {
    if (m.stage !== null) pairs.set(`${m.team}\u0000${m.stage}`, { team: m.team, stage: m.stage });
  }
  const perWeek = (stage: string): number | null => {
    if (!report) return null;
    const weeks = weeklyCompletions(report, stage).slice(-THROUGHPUT_WEEKS);
    return weeks.length === 0 ? null : weeks.reduce((s, w) => s + w.completions, 0) / weeks.length;
  };
  const cPerWeek = constraintStage === null ? null : perWeek(constraintStage);
  const position = (name: string) => report?.stages.find((s) => s.name === name)?.flowPosition;
  const cPos = constraintStage === null ? undefined : position(constraintStage);
  return [...pairs.values()].map(({ team, stage }) => {
    const output = perWeek(stage);
    const pos = position(stage);
    const role: TeamContribution['role'] =
      stage === constraintStage
        ? 'constraint'
        : pos === undefined || cPos === undefined
          ? 'unknown'
          : pos < cPos
            ? 'upstream'
            : 'downstream';
    const contribution =
      output === null || cPerWeek === null
        ? null
        : role === 'constraint'
          ? output
          : Math.min(output, cPerWeek);
    const surplus =
      output === null || contribution === null ? null : Math.max(0, output - contribution);
    const f = (n: number | null) => (n === null ? '–' : n.toFixed(1));
    const why =
      output === null || cPerWeek === null
        ? `no completions measured at ${stage} or at the constraint yet`
        : role === 'constraint'
          ? `${stage} is the constraint: its ${f(output)} items a week are the stream's throughput`
          : `${stage} finishes ${f(output)} items a week and ${constraintStage} ${f(cPerWeek)}: ${f(contribution)} a week can become throughput${surplus !== null && surplus > 0 ? `, ${f(surplus)} a week is surplus that ${role === 'upstream' ? 'waits in front of the constraint' : 'does not come from the constraint (rework or other routes)'}` : ''}`;
    return {
      team,
      stage,
      role,
      outputPerWeek: output,
      constraintPerWeek: cPerWeek,
      contributionPerWeek: contribution,
      surplusPerWeek: surplus,
      why,
    };
  });
}
