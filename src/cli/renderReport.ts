import type pc from 'picocolors';
import type { AnalysisReport, StageReport } from '../core/analysis/AnalysisReport.js';
import { formatDuration } from '../core/format/formatDuration.js';
import { formatPercent } from '../core/format/formatPercent.js';
import { renderTable } from './renderTable.js';

/** What the report says about how the file was read. */
export interface ReportSource {
  file: string;
  timezone: string;
  skipped: { count: number; examples: Array<{ message: string }> };
}

type Colors = Pick<typeof pc, 'bold' | 'red' | 'yellow' | 'green' | 'dim' | 'cyan'>;

/**
 * The report a manager reads in 30 seconds: the constraint and why, then every stage in flow
 * order with the constraint marked, then what the reader had to skip or guess.
 */
export function renderReport(report: AnalysisReport, source: ReportSource, colors: Colors): string {
  const { log, constraint } = report;
  const out: string[] = [];
  out.push(colors.bold(`Drumbeat — ${source.file}`));
  out.push(
    colors.dim(
      `${n(log.cases)} cases · ${n(log.events)} events · ${log.activities} activities · ${day(log.start)} → ${day(log.end)}`,
    ),
  );
  out.push(
    colors.dim(
      `Timestamps without offset read as ${source.timezone}. Working calendar: ${log.calendar.label} (${log.calendar.source}).`,
    ),
  );
  out.push('');
  const headline =
    constraint.kind === 'internal'
      ? `CONSTRAINT: ${constraint.stage}${constraint.sharedWith.length ? ` (+ ${constraint.sharedWith.join(', ')}, same people)` : ''}`
      : `CONSTRAINT: demand (outside the company) — busiest stage ${constraint.stage}`;
  out.push(
    `${colors.bold(colors.red(headline))}  ${colors.dim(`confidence ${formatPercent(constraint.confidence)}`)}`,
  );
  for (const line of constraint.evidence) out.push(`  • ${line}`);
  for (const shift of report.shifts) {
    out.push(
      colors.yellow(
        `  ↪ The constraint moved from ${shift.from} to ${shift.to} on ${shift.at.slice(0, 10)} (confidence ${formatPercent(shift.confidence)}): ${shift.evidence[0] ?? ''}`,
      ),
    );
  }
  if (report.changes.length > 0) {
    out.push('');
    out.push(colors.bold('New patterns'));
    for (const change of report.changes) {
      out.push(`  ${colors.cyan(`${change.at.slice(0, 10)} ${change.kind}`)} ${change.evidence}`);
    }
  }
  out.push('');
  out.push(colors.bold('Stages in flow order'));
  out.push(stageTable(report.stages, constraint.stage, constraint.sharedWith, colors));
  out.push('');
  out.push(colors.bold('Subordinate everything to it'));
  out.push(...subordinationLines(report, colors));
  out.push('');
  out.push(
    colors.dim(
      `Lead time: median ${formatDuration(log.leadTime.medianSeconds ?? Number.NaN)}, 85th percentile ${formatDuration(log.leadTime.p85Seconds ?? Number.NaN)}. Flow efficiency ${formatPercent(log.flowEfficiency ?? Number.NaN)}.`,
    ),
  );
  const notes = pairingNotes(report);
  if (source.skipped.count > 0) {
    notes.push(`${n(source.skipped.count)} invalid records skipped, e.g.:`);
    for (const ex of source.skipped.examples.slice(0, 3)) notes.push(`    ${ex.message}`);
  }
  if (notes.length) out.push(colors.yellow(notes.map((x) => `! ${x}`).join('\n')));
  return out.join('\n');
}

function stageTable(
  stages: StageReport[],
  constraint: string,
  shared: string[],
  colors: Colors,
): string {
  const rows = stages.map((s) => {
    const isConstraint = s.name === constraint || shared.includes(s.name);
    const util = s.utilization === null ? '–' : formatPercent(s.utilization);
    const trend = s.queueTrendPerWeek;
    return [
      isConstraint ? colors.red('▶') : ' ',
      isConstraint ? colors.bold(s.name) : s.name,
      String(s.rank),
      s.throughputPerWeek.toFixed(1),
      formatDuration(s.wait.medianSeconds ?? Number.NaN),
      formatDuration(s.processing.medianSeconds ?? Number.NaN),
      String(s.people || s.servers),
      s.utilization !== null && s.utilization >= 0.85 ? colors.red(util) : util,
      s.wipMean.toFixed(1),
      `${trend > 0.05 ? '↑' : trend < -0.05 ? '↓' : '→'} ${trend.toFixed(1)}`,
    ];
  });
  return renderTable(
    ['', 'Stage', 'Rank', 'Done/wk', 'Wait p50', 'Work p50', 'People', 'Util', 'WIP', 'Queue/wk'],
    rows,
    ['left', 'left', 'right', 'right', 'right', 'right', 'right', 'right', 'right', 'right'],
  );
}

function pairingNotes(report: AnalysisReport): string[] {
  const p = report.log.pairing;
  const notes: string[] = [];
  if (p.openStarts)
    notes.push(
      `${n(p.openStarts)} started items had not completed by the end of the log (counted as work in progress).`,
    );
  if (p.aborted) notes.push(`${n(p.aborted)} items were aborted or withdrawn and left out.`);
  if (p.estimatedStarts)
    notes.push(
      `${n(p.estimatedStarts)} start times were estimated from completions (marked in --json).`,
    );
  if (p.unknownStarts)
    notes.push(
      `${n(p.unknownStarts)} items are a case's first recorded work: their start is unknown.`,
    );
  return notes;
}

function n(x: number): string {
  return x.toLocaleString('en-US');
}

function day(iso: string | null): string {
  return iso ? iso.slice(0, 10) : '–';
}

function subordinationLines(report: AnalysisReport, colors: Colors): string[] {
  const { buffer, starvation, release, spareCapacity } = report;
  const zone =
    buffer.zone === 'red' ? colors.red : buffer.zone === 'yellow' ? colors.yellow : colors.green;
  const lines = [
    `  Buffer in front of ${buffer.stage}: ${buffer.currentItems} items = ${buffer.currentHours.toFixed(1)} h of its capacity, target ${buffer.targetHours.toFixed(1)} h → ${zone(buffer.zone.toUpperCase())}`,
    `  Idle ${starvation.idleHours.toFixed(0)} server-hours, of which ${starvation.starvedHours.toFixed(0)} starved (work existed upstream) in ${starvation.periods.length} periods; ${starvation.blockedHours.toFixed(0)} h blocked (suspended)${
      starvation.lostThroughput === undefined
        ? ''
        : `: ${Math.round(starvation.lostThroughput).toLocaleString('en-US')} of throughput lost`
    }.`,
    `  Release work at ${release.recommendedPerWeek.toFixed(0)} per week (its pace); it arrives at ${release.actualPerWeek.toFixed(0)} per week.`,
  ];
  const caps = Object.entries(release.wipCaps).map(([stage, n]) => `${stage} ${n}`);
  if (caps.length) lines.push(`  WIP caps before it: ${caps.join(', ')}.`);
  for (const s of spareCapacity.filter((x) => x.flag)) {
    lines.push(
      colors.yellow(
        s.flag === 'next-constraint'
          ? `  ! ${s.stage} has little spare capacity (${formatPercent(s.protectiveCapacity ?? Number.NaN)} free): the next constraint in waiting.`
          : `  ! Work piles up around ${s.stage}: local output that does not raise throughput.`,
      ),
    );
  }
  return lines;
}
