/**
 * How activities become stages. Without a map each activity is its own stage.
 * Listed stages keep the given order (the flow order); activities in no stage and not excluded
 * become stages of their own, placed by the inferred flow order.
 */
export interface StageMap {
  stages?: ReadonlyArray<{ name: string; activities: readonly string[] }>;
  /** Activities to leave out of the stage analysis (for example automatic system events). */
  exclude?: readonly string[];
  /** Activity → display name for single-activity stages. */
  rename?: Readonly<Record<string, string>>;
}

/** Stages resolved against a log's activities. */
export interface Stages {
  readonly names: readonly string[];
  /** Stage index of each activity, -1 when excluded. */
  readonly stageOfActivity: Int32Array;
  /** How many leading entries of `names` have an order fixed by the map. */
  readonly orderedByMap: number;
}

/** Resolves a stage map against the log's activity names. */
export function resolveStages(activityNames: readonly string[], map: StageMap = {}): Stages {
  const names: string[] = [];
  const index = new Map<string, number>();
  const stageOfActivity = new Int32Array(activityNames.length).fill(-1);
  const byActivity = new Map<string, number>();
  for (const stage of map.stages ?? []) {
    const id = stageId(stage.name, names, index);
    for (const a of stage.activities) byActivity.set(a, id);
  }
  const orderedByMap = names.length;
  const excluded = new Set(map.exclude ?? []);
  activityNames.forEach((activity, a) => {
    if (excluded.has(activity)) return;
    const mapped = byActivity.get(activity);
    stageOfActivity[a] = mapped ?? stageId(map.rename?.[activity] ?? activity, names, index);
  });
  return { names, stageOfActivity, orderedByMap };
}

function stageId(name: string, names: string[], index: Map<string, number>): number {
  let id = index.get(name);
  if (id === undefined) {
    id = names.length;
    names.push(name);
    index.set(name, id);
  }
  return id;
}
