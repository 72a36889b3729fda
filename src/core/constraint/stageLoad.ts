import type { StageLoads } from './measureLoads.js';

/**
 * The load that counts for stage `s`: its own utilisation, or its pool's load when that pool
 * of shared people is loaded past `threshold`. Below the threshold a pool cannot be the
 * constraint, and a stage's own utilisation is the better guide to where work would pile up
 * first — and it does not depend on telling one person from a reused name.
 */
export function stageLoad(loads: StageLoads, s: number, threshold: number): number {
  const u = loads.utilization[s]!;
  const p = loads.poolLoad[s]!;
  if (Number.isNaN(u)) return Number.NaN;
  return p >= threshold ? Math.max(u, p) : u;
}
