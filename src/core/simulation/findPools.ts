import type { AnalysisDetail } from '../analysis/analyzeLog.js';
import type { ServerPool } from './SimulationModel.js';

/**
 * The stages to simulate as one set of servers: the constraint's shared pool when the analysis
 * reports one (`constraint.sharedWith`: the stages whose people are the constraint's, found by
 * findPoolPeers once the pool's load is high). Pools elsewhere are left as separate teams: the
 * same name in two stages of a complete-only log may be two people (estimated starts hide the
 * overlap that would tell), and a wrongly joined pool queues work that never waited, while
 * separate teams only understate the waiting of a pool that is not the constraint. The pool's
 * servers are the distinct people who worked in any of its stages plus the stages' servers
 * without a recorded resource, the count the analysis makes for one stage.
 */
export function findPools(detail: AnalysisDetail): ServerPool[] {
  const { report, capacity, stages: names } = detail;
  if (report.constraint.sharedWith.length === 0) return [];
  const stages = [report.constraint.stage, ...report.constraint.sharedWith]
    .map((name) => names.names.indexOf(name))
    .filter((s) => s >= 0)
    .sort((a, b) => a - b);
  if (stages.length < 2) return [];
  let people = 0;
  for (const row of capacity.resourceStageMs) if (stages.some((s) => row[s]! > 0)) people++;
  const anonymous = stages.reduce((sum, s) => sum + capacity.servers[s]! - capacity.people[s]!, 0);
  return [{ stages, servers: Math.max(1, Math.round(people + anonymous)) }];
}
