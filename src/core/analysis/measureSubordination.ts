import { measureBuffer } from '../buffers/measureBuffer.js';
import { measureRelease } from '../buffers/measureRelease.js';
import { measureSpareCapacity } from '../buffers/measureSpareCapacity.js';
import { measureStarvation } from '../buffers/measureStarvation.js';
import type { Subordination } from '../buffers/Subordination.js';
import type { AnalysisDetail } from './analyzeLog.js';

type Base = Omit<AnalysisDetail, 'report'>;

/** Buffer, starvation, spare capacity and release pacing around the named constraint. */
export function measureSubordination(
  base: Base,
  constraint: string,
  weekLabels: string[],
  loads: Map<string, number>,
  options: { bufferTargetHours?: number; valuePerItem?: number },
): Subordination {
  const empty = { stage: constraint, idleHours: 0, starvedHours: 0, blockedHours: 0, periods: [] };
  return {
    buffer: measureBuffer(base, constraint, options.bufferTargetHours) ?? {
      stage: constraint,
      targetHours: 0,
      targetSource: 'derived',
      currentHours: 0,
      currentItems: 0,
      zone: 'red',
      history: [],
    },
    starvation: measureStarvation(base, constraint, options.valuePerItem) ?? empty,
    spareCapacity: measureSpareCapacity(
      base.metrics,
      base.flow,
      constraint,
      base.stages.names.map((name) => loads.get(name) ?? Number.NaN),
    ),
    release: measureRelease(base, constraint, weekLabels),
  };
}
