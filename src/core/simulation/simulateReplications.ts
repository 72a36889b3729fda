import type { RunResult } from './RunResult.js';
import type { SimulationModel } from './SimulationModel.js';
import { type RunLength, simulateRun } from './simulateRun.js';

/**
 * Replications `from` to `to − 1` of a model. Replication i always gets the same seed, derived
 * from the base seed and i alone, so splitting the range over threads changes nothing.
 */
export function simulateReplications(
  model: SimulationModel,
  length: RunLength,
  seed: number,
  from: number,
  to: number,
): RunResult[] {
  const runs: RunResult[] = [];
  for (let i = from; i < to; i++) runs.push(simulateRun(model, length, replicationSeed(seed, i)));
  return runs;
}

function replicationSeed(seed: number, i: number): number {
  return (Math.imul(seed >>> 0, 0x2c1b3c6d) + Math.imul(i + 1, 0x297a2d39)) >>> 0;
}
