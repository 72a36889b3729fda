import type { AnalysisReport, StageReport } from '../../../../src/core/analysis/AnalysisReport.js';
import type { DirectlyFollowsArc } from '../../../../src/core/flow/discoverDirectlyFollows.js';

export interface MapContent {
  stages: StageReport[];
  arcs: DirectlyFollowsArc[];
  hiddenStages: number;
  hiddenArcs: number;
}

/** Stages seen in fewer than this share of cases are left out of the main map. */
const minorStageShare = 0.02;
/** Arcs taken by fewer than this share of cases are left out of the main map. */
const minorArcShare = 0.02;
const mostArcs = 12;

/**
 * What the value-stream map draws. A real log has dozens of rare paths; drawn all at once they
 * hide the main flow, so by default the map keeps the stages most cases pass through and the
 * busiest arcs between them (always with the constraint and runner-up), and the toggle shows all.
 * Arcs join stages by name: activities that a stage map grouped under another name are not drawn.
 */
export function pickMapContent(report: AnalysisReport, showAll: boolean): MapContent {
  const ordered = [...report.stages].sort((a, b) => a.flowPosition - b.flowPosition);
  const names = new Set(ordered.map((stage) => stage.name));
  const betweenStages = report.directlyFollows.filter(
    (arc) => arc.from !== arc.to && names.has(arc.from) && names.has(arc.to),
  );
  if (showAll) return { stages: ordered, arcs: betweenStages, hiddenStages: 0, hiddenArcs: 0 };

  const cases = Math.max(1, report.log.cases);
  const keep = new Set([report.constraint.stage, report.constraint.runnerUp]);
  const stages = ordered.filter(
    (stage) => stage.instances / cases >= minorStageShare || keep.has(stage.name),
  );
  const shown = new Set(stages.map((stage) => stage.name));
  const arcs = betweenStages
    .filter((arc) => shown.has(arc.from) && shown.has(arc.to) && arc.count / cases >= minorArcShare)
    .sort((a, b) => b.count - a.count)
    .slice(0, mostArcs);
  return {
    stages,
    arcs,
    hiddenStages: ordered.length - stages.length,
    hiddenArcs: betweenStages.length - arcs.length,
  };
}
