import type { ActivityInstances } from './ActivityInstances.js';
import type { Stages } from './StageMap.js';

/**
 * Orders stages as work flows through them: stages fixed by the stage map first, the rest by
 * the mean position of their first visit within a case (0 = the case's first work). Position
 * rather than a graph sort keeps the order stable when rework loops make the graph cyclic.
 * Returns stage indices in flow order.
 */
export function inferFlowOrder(instances: ActivityInstances, stages: Stages): number[] {
  const count = stages.names.length;
  const sum = new Float64Array(count);
  const seen = new Float64Array(count);
  let position = 0;
  for (let i = 0; i < instances.size; i++) {
    if (i === 0 || instances.caseOf[i] !== instances.caseOf[i - 1]) position = 0;
    if (instances.visit[i] === 1) {
      sum[instances.stageOf[i]!]! += position;
      seen[instances.stageOf[i]!]!++;
    }
    position++;
  }
  const mean = (s: number) => (seen[s]! > 0 ? sum[s]! / seen[s]! : Number.POSITIVE_INFINITY);
  const fixed = Array.from({ length: stages.orderedByMap }, (_, s) => s);
  const rest = Array.from(
    { length: count - stages.orderedByMap },
    (_, k) => k + stages.orderedByMap,
  );
  rest.sort((a, b) => mean(a) - mean(b) || stages.names[a]!.localeCompare(stages.names[b]!));
  return [...fixed, ...rest];
}
