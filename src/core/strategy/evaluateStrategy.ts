import type { AnalysisReport } from '../analysis/AnalysisReport.js';
import { checkIncentives } from './checkIncentives.js';
import { measureTeamContribution } from './measureTeamContribution.js';
import { resolveRegister } from './resolveRegister.js';
import type { StrategyView } from './review/StrategyView.js';
import type { StrategyRecords } from './Strategy.js';
import { scoreCascade } from './scoreCascade.js';
import { triageStrategy } from './triageStrategy.js';

/**
 * The stored strategy read against the analysis: the constraint in force first, then every
 * check that depends on it (progress, triage, incentives, contribution) measured against that
 * stage, so a person's override changes what all of them aim at. Pure.
 */
export function evaluateStrategy(
  records: StrategyRecords,
  report: AnalysisReport | null,
): StrategyView {
  const register = resolveRegister(report, records.register);
  const stage = register.stage;
  return {
    statement: records.statement,
    register,
    initiatives: records.initiatives,
    cascade: scoreCascade(records.objectives, records.keyResults, records.checkIns, report, stage),
    triage: triageStrategy(
      report,
      stage,
      records.initiatives,
      records.keyResults,
      records.teamMetrics,
    ),
    incentives: checkIncentives(report, stage, records.teamMetrics),
    contributions: measureTeamContribution(report, stage, records.teamMetrics),
    decisions: records.decisions,
  };
}
