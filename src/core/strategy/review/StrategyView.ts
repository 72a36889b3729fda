import type { IncentiveCheck } from '../checkIncentives.js';
import type { TeamContribution } from '../measureTeamContribution.js';
import type { ConstraintRegister } from '../resolveRegister.js';
import type { Decision, Initiative, StrategyStatement } from '../Strategy.js';
import type { ScoredObjective } from '../scoreCascade.js';
import type { Triage } from '../triageStrategy.js';

/** Everything the review's section builders read: the strategy as evaluated against the analysis. */
export interface StrategyView {
  statement: StrategyStatement | null;
  register: ConstraintRegister;
  initiatives: Initiative[];
  cascade: ScoredObjective[];
  triage: Triage;
  incentives: IncentiveCheck[];
  contributions: TeamContribution[];
  decisions: Decision[];
}
