import type { AnalysisReport } from '../../../../src/core/analysis/AnalysisReport.js';
import { EmptyState } from '../../components/EmptyState';
import { UtilisationBar } from '../../components/UtilisationBar';
import { formatCount } from '../../format/formatCount';
import { formatDuration } from '../../format/formatDuration';
import { formatPercent } from '../../format/formatPercent';
import { Link } from '../../router/Link';
import { paths } from '../../router/paths';

interface StageHeaderProps {
  report: AnalysisReport;
  stage: string;
  workspaceId: string;
}

/** The stage's name, its place in the ranking, and its headline numbers from the analysis. */
export function StageHeader({ report, stage, workspaceId }: StageHeaderProps) {
  const found = report.stages.find((candidate) => candidate.name === stage);
  if (found === undefined) {
    return (
      <EmptyState title={`The analysis has no stage called “${stage}”`}>
        <p>
          <Link to={paths.workspace(workspaceId)}>Back to the dashboard</Link> to pick one of its{' '}
          {report.stages.length} stages.
        </p>
      </EmptyState>
    );
  }
  const isConstraint = report.constraint.stage === stage;
  return (
    <div className="page-heading">
      <h1 className="page-title">
        {isConstraint && <span className="constraint-tag">◆ </span>}
        {stage}
      </h1>
      <p className="page-lead">
        {isConstraint
          ? report.constraint.kind === 'demand'
            ? 'The busiest stage (demand from outside the company is the constraint). '
            : 'The constraint. '
          : ''}
        Rank {found.rank} of {report.stages.length} · step {found.flowPosition + 1} in the flow ·{' '}
        {formatCount(found.instances)} items,{' '}
        {formatCount(Math.round(found.throughputPerWeek * 10) / 10)} done per week
      </p>
      <dl className="fact-row">
        <div>
          <dt>Busy</dt>
          <dd>
            <UtilisationBar value={found.utilization} label={`Utilisation of ${stage}`} />
          </dd>
        </div>
        <div>
          <dt>Median wait · 85th %</dt>
          <dd>
            {formatDuration(found.wait.medianSeconds)} · {formatDuration(found.wait.p85Seconds)}
          </dd>
        </div>
        <div>
          <dt>Median processing</dt>
          <dd>{formatDuration(found.processing.medianSeconds)}</dd>
        </div>
        <div>
          <dt>Share of lead time waiting here</dt>
          <dd>{formatPercent(found.waitingShare)}</dd>
        </div>
        <div>
          <dt>Work in progress · queue</dt>
          <dd>
            {formatCount(Math.round(found.wipMean * 10) / 10)} ·{' '}
            {formatCount(Math.round(found.queueMean * 10) / 10)}
          </dd>
        </div>
        <div>
          <dt>Rework</dt>
          <dd>{formatPercent(found.reworkRate)}</dd>
        </div>
      </dl>
    </div>
  );
}
