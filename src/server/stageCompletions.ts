import { resolveStages, type StageMap } from '../core/flow/StageMap.js';

/**
 * Completions per activity (as LiveAnalysis counts them) summed per stage, because the dashboard
 * shows stages: a stage map may group activities, rename them or leave some out.
 */
export function stageCompletions(
  byActivity: Readonly<Record<string, number>>,
  stageMap: StageMap | null,
): Record<string, number> {
  const activities = Object.keys(byActivity);
  const stages = resolveStages(activities, stageMap ?? {});
  const out: Record<string, number> = {};
  activities.forEach((activity, a) => {
    const s = stages.stageOfActivity[a]!;
    if (s < 0) return;
    const name = stages.names[s]!;
    out[name] = (out[name] ?? 0) + byActivity[activity]!;
  });
  return out;
}
