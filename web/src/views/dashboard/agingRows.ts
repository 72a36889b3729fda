import type { StageReport } from '../../../../src/core/analysis/AnalysisReport.js';
import type { FlowCharts } from '../../../../src/core/views/FlowCharts.js';

type AgingItem = FlowCharts['aging']['items'][number];

export interface AgingRows {
  /** Stage of each row, in flow order; only stages holding open items. */
  names: string[];
  /** Items with a row coordinate jittered within ±0.3 of their stage's row. */
  points: Array<AgingItem & { row: number }>;
}

/**
 * Places open items on stage rows. Many items share a stage and a similar age; a small spread
 * around the row, fixed per case so points do not jump on refresh, keeps them from hiding each other.
 */
export function agingRows(items: readonly AgingItem[], stages: readonly StageReport[]): AgingRows {
  const order = new Map(stages.map((stage) => [stage.name, stage.flowPosition]));
  const present = [...new Set(items.map((item) => item.stage))];
  present.sort(
    (a, b) => (order.get(a) ?? Number.MAX_SAFE_INTEGER) - (order.get(b) ?? Number.MAX_SAFE_INTEGER),
  );
  const rowOf = new Map(present.map((name, index) => [name, index]));
  return {
    names: present,
    points: items.map((item) => ({
      ...item,
      row: (rowOf.get(item.stage) ?? 0) + jitter(item.case),
    })),
  };
}

function jitter(key: string): number {
  let hash = 2166136261;
  for (let index = 0; index < key.length; index += 1) {
    hash = Math.imul(hash ^ key.charCodeAt(index), 16777619);
  }
  return ((hash >>> 0) / 0xffffffff - 0.5) * 0.6;
}
