import type { AnalysisReport } from '../../../../src/core/analysis/AnalysisReport.js';
import type { Workspace } from '../../../../src/store/EventStore.js';
import { formatCount } from '../../format/formatCount';
import { formatDate } from '../../format/formatDate';

interface WorkspaceSummaryProps {
  workspace: Workspace;
  /** Live total from the stream, ahead of the workspace record. */
  eventsTotal: number | null;
  report: AnalysisReport | undefined;
}

/** The page title and one line on what the analysis covers. */
export function WorkspaceSummary({ workspace, eventsTotal, report }: WorkspaceSummaryProps) {
  const facts = [`${formatCount(eventsTotal ?? workspace.events)} events`];
  if (report !== undefined) {
    facts.push(`${formatCount(report.log.cases)} cases`);
    facts.push(`${formatDate(report.log.start)} – ${formatDate(report.log.end)}`);
    const source = report.log.calendar.source === 'given' ? 'set' : report.log.calendar.source;
    facts.push(`working hours ${report.log.calendar.label} (${source})`);
  }
  return (
    <div className="page-heading">
      <h1 className="page-title">{workspace.name}</h1>
      <p className="page-lead">{facts.join(' · ')}</p>
    </div>
  );
}
