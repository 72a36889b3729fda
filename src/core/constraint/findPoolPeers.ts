import type { CapacityMeasure } from '../flow/measureCapacity.js';

/**
 * Stages worked mostly by the same people as `stage`: together they are one resource, and the
 * constraint is that pool of people rather than either stage on its own. Two stages are peers
 * when at least half of each one's busy time is done by people who spend at least a fifth of
 * their time in the other.
 */
export function findPoolPeers(capacity: CapacityMeasure, stage: number, minShare = 0.5): number[] {
  const stages = capacity.stageBusyMs.length;
  const peers: number[] = [];
  for (let t = 0; t < stages; t++) {
    if (t === stage) continue;
    if (sharedShare(capacity, stage, t) >= minShare && sharedShare(capacity, t, stage) >= minShare)
      peers.push(t);
  }
  return peers;
}

/** Share of stage a's busy time done by people who spend ≥ 20 % of their own time in stage b. */
function sharedShare(capacity: CapacityMeasure, a: number, b: number): number {
  let shared = 0;
  let total = 0;
  for (const row of capacity.resourceStageMs) {
    const own = row.reduce((x, y) => x + y, 0);
    total += row[a]!;
    if (own > 0 && row[b]! / own >= 0.2) shared += row[a]!;
  }
  return total > 0 ? shared / total : 0;
}
