import type { ScoredObjective } from '../scoreCascade.js';
import { percent } from './percent.js';
import type { ReviewSection } from './ReviewSection.js';
import type { StrategyView } from './StrategyView.js';

/** OKR progress: every objective and key result of the cascade, indented by level. */
export function okrSection(view: StrategyView): ReviewSection {
  const rows: string[][] = [];
  const walk = (o: ScoredObjective, depth: number): void => {
    const indent = '  '.repeat(depth);
    rows.push([`${indent}${o.title}`, o.team ?? 'company', percent(o.progress), '']);
    for (const kr of o.keyResults) {
      const now = kr.current === null ? 'no value yet' : `${round(kr.current)} ${kr.unit}`;
      rows.push([
        `${indent}  · ${kr.title}`,
        kr.source === 'live' ? `live: ${kr.liveMetric}` : 'check-ins',
        percent(kr.progress),
        `${now} (from ${round(kr.start)} to ${round(kr.target)})`,
      ]);
    }
    for (const c of o.children) walk(c, depth + 1);
  };
  for (const o of view.cascade) walk(o, 0);
  return {
    id: 'okrs',
    title: 'OKR progress',
    lines: [
      rows.length === 0
        ? 'No objectives written yet.'
        : 'Progress is the share of the way from start to target; an objective is the mean of its key results and child objectives.',
    ],
    table: { columns: ['Objective / key result', 'Team / source', 'Progress', 'Now'], rows },
  };
}

function round(n: number): string {
  return Number.isInteger(n) ? String(n) : n.toFixed(2);
}
