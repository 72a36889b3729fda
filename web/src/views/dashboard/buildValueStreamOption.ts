import type { AnalysisReport } from '../../../../src/core/analysis/AnalysisReport.js';
import type { DirectlyFollowsArc } from '../../../../src/core/flow/discoverDirectlyFollows.js';
import type { ChartOption } from '../../charts/ChartOption';
import { formatCount } from '../../format/formatCount';
import { formatDuration } from '../../format/formatDuration';
import { formatPercent } from '../../format/formatPercent';
import { fontFamily } from '../../theme/fontFamily';
import { palette } from '../../theme/palette';
import type { MapContent } from './pickMapContent';

export const boxWidth = 128;
export const boxHeight = 84;
/** Least distance between box centres along the flow: seven stages fit a laptop screen. */
export const boxStep = 170;
export const verticalStep = 140;

/**
 * The value-stream map as an ECharts graph with fixed positions: boxes in flow order (left to
 * right, or top to bottom on a phone), arcs between them with counts and median times. The
 * constraint box is vermillion AND labelled "◆ CONSTRAINT", so it stands out without colour.
 */
export function buildValueStreamOption(
  report: AnalysisReport,
  content: MapContent,
  vertical: boolean,
): ChartOption {
  const { constraint } = report;
  const position = new Map(content.stages.map((stage, index) => [stage.name, index]));
  const maxCount = Math.max(1, ...content.arcs.map((arc) => arc.count));
  const count = content.stages.length;

  const nodes = content.stages.map((stage, index) => {
    const isConstraint = stage.name === constraint.stage;
    const isRunnerUp = stage.name === constraint.runnerUp;
    const tag = isConstraint
      ? constraint.kind === 'demand'
        ? '{tag|◆ BUSIEST STAGE}\n'
        : '{tag|◆ CONSTRAINT}\n'
      : isRunnerUp
        ? '{runner|runner-up}\n'
        : '';
    return {
      name: stage.name,
      value: vertical ? [0, index] : [index, 0],
      symbol: 'rect',
      symbolSize: [boxWidth, boxHeight],
      itemStyle: {
        color: isConstraint ? palette.constraintTint : '#FFFFFF',
        borderColor: isConstraint
          ? palette.constraint
          : isRunnerUp
            ? palette.runnerUp
            : palette.muted,
        borderWidth: isConstraint ? 3 : isRunnerUp ? 2 : 1,
        borderType: isRunnerUp ? ('dashed' as const) : ('solid' as const),
      },
      label: {
        show: true,
        position: 'inside' as const,
        color: palette.ink,
        fontSize: 10,
        lineHeight: 15,
        formatter: [
          `${tag}{name|${shorten(stage.name)}}`,
          `WIP ${formatCount(round1(stage.wipMean))} · queue ${formatCount(round1(stage.queueMean))}`,
          `wait ${formatDuration(stage.wait.medianSeconds)} · busy ${formatPercent(stage.utilization)}`,
        ].join('\n'),
        rich: {
          name: { fontWeight: 'bold' as const, fontSize: 11.5, lineHeight: 17 },
          tag: { color: palette.constraint, fontWeight: 'bold' as const, fontSize: 11 },
          runner: { color: '#8A5A00', fontSize: 11 },
        },
      },
      tooltip: {
        formatter: `<strong>${escapeHtml(stage.name)}</strong><br/>rank ${stage.rank} · ${formatCount(
          round1(stage.throughputPerWeek),
        )} done per week<br/>median processing ${formatDuration(stage.processing.medianSeconds)}`,
      },
    };
  });

  const arcText = (arc: DirectlyFollowsArc) =>
    `${formatCount(arc.count)}×\n${formatDuration(arc.medianSeconds)}`;
  const arcTooltip = (arc: DirectlyFollowsArc) => ({
    formatter: `${escapeHtml(arc.from)} → ${escapeHtml(arc.to)}<br/>${formatCount(arc.count)} times · median ${formatDuration(
      arc.medianSeconds,
    )} · mean ${formatDuration(arc.meanSeconds)}`,
  });
  const arcLabel = {
    fontSize: 10,
    lineHeight: 12,
    color: palette.ink,
    backgroundColor: 'rgba(255,255,255,0.85)',
    padding: [0, 1],
  };

  const links = content.arcs.map((arc) => {
    const from = position.get(arc.from) ?? 0;
    const to = position.get(arc.to) ?? 0;
    const span = to - from;
    // A step to the next box is a straight arrow; every other arc bends. Curveness is relative to
    // the arc's direction, so one sign sends skips ahead over the boxes and steps back under them;
    // a step back to the previous box bends hard so its label clears the boxes.
    const curveness = span === 1 ? 0 : Math.abs(span) === 1 ? 0.9 : 0.35;
    return {
      source: arc.from,
      target: arc.to,
      value: arc.count,
      lineStyle: {
        width: 1 + 5 * (arc.count / maxCount),
        curveness,
        color: span < 0 ? palette.series[4] : palette.series[0],
        type: span < 0 ? ('dashed' as const) : ('solid' as const),
        opacity: 0.8,
      },
      // Straight arcs get their label from a marker node in the gap (below); ECharts places edge
      // labels off-centre, onto the boxes, when the visible part of the edge is that short.
      label: { show: span !== 1, formatter: arcText(arc), ...arcLabel },
      tooltip: arcTooltip(arc),
    };
  });

  const gapLabels = content.arcs
    .filter((arc) => (position.get(arc.to) ?? 0) - (position.get(arc.from) ?? 0) === 1)
    .map((arc) => {
      const gap = (position.get(arc.from) ?? 0) + 0.5;
      return {
        name: `${arc.from} → ${arc.to}`,
        value: vertical ? [0, gap] : [gap, 0],
        // An invisible dot: with symbol 'none' ECharts drops the label too.
        symbol: 'circle',
        symbolSize: 1,
        itemStyle: { color: 'rgba(0,0,0,0)' },
        label: {
          show: true,
          formatter: arcText(arc),
          ...arcLabel,
          // In a column the gap is tall but narrow in text terms: one line beside the arrow reads better.
          ...(vertical
            ? { formatter: arcText(arc).replace('\n', ' · '), position: 'right' as const }
            : {}),
        },
        tooltip: arcTooltip(arc),
      };
    });

  return {
    animation: false,
    textStyle: { fontFamily },
    aria: {
      enabled: true,
      label: {
        description: `Value-stream map: ${content.stages.length} stages in flow order; the constraint is ${constraint.stage}.`,
      },
    },
    tooltip: { trigger: 'item', confine: true },
    // Boxes sit on hidden value axes, one unit per step, so positions are exact and the chart's
    // size sets the spacing (the graph's own fit-to-box layout collapses when all boxes share a row).
    grid: { left: 0, right: 0, top: 0, bottom: 0 },
    xAxis: {
      type: 'value',
      show: false,
      min: vertical ? -1 : -0.5,
      max: vertical ? 1 : count - 0.5,
    },
    yAxis: {
      type: 'value',
      show: false,
      inverse: true,
      min: vertical ? -0.5 : -1,
      max: vertical ? count - 0.5 : 1,
    },
    series: [
      {
        type: 'graph',
        coordinateSystem: 'cartesian2d',
        roam: false,
        edgeSymbol: ['none', 'arrow'],
        edgeSymbolSize: 9,
        data: [...nodes, ...gapLabels],
        links,
        emphasis: { focus: 'adjacency' },
      },
    ],
  };
}

function round1(value: number): number {
  return Math.round(value * 10) / 10;
}

/** Long activity names would overflow the box; the full name is in the tooltip. */
function shorten(name: string): string {
  // Braces and bars would be read as ECharts rich-text markup.
  const plain = name.replace(/[{}|]/g, ' ');
  return plain.length > 18 ? `${plain.slice(0, 17)}…` : plain;
}

/** Tooltip formatters are HTML; stage names come from the customer's log. */
function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}
