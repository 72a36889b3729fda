import type { AnalysisReport } from '../../../../src/core/analysis/AnalysisReport.js';
import { Panel } from '../../components/Panel';
import { UtilisationBar } from '../../components/UtilisationBar';
import { formatDate } from '../../format/formatDate';
import { formatDateTime } from '../../format/formatDateTime';
import { formatDuration } from '../../format/formatDuration';
import { formatPercent } from '../../format/formatPercent';
import { Link } from '../../router/Link';
import { paths } from '../../router/paths';
import { KindBadge } from './KindBadge';

interface ConstraintCardProps {
  report: AnalysisReport;
  /** When the analysis was brought up to date (ISO from the server, or ms when fetched). */
  analysedAt: string | number | null;
  workspaceId: string;
}

/** The answer the product exists for: which stage sets throughput, how sure, and why. */
export function ConstraintCard({ report, analysedAt, workspaceId }: ConstraintCardProps) {
  const { constraint } = report;
  const stage = report.stages.find((candidate) => candidate.name === constraint.stage);
  const runnerUp = report.stages.find((candidate) => candidate.name === constraint.runnerUp);
  const demand = constraint.kind === 'demand';
  // The constraint has been in force since its last move, or since the data began.
  const lastMove = report.shifts.at(-1);
  const since = lastMove?.at ?? report.weeks[0] ?? report.log.start;

  return (
    <Panel
      title="The constraint"
      className="constraint-card"
      subtitle={
        <>
          {lastMove
            ? `Since ${formatDate(lastMove.at)}, when it moved here from ${lastMove.from}`
            : `Since ${since === null ? 'the first event' : `the week of ${formatDate(since)}`} (first week of data)`}{' '}
          · analysed {formatDateTime(analysedAt)}
        </>
      }
    >
      <div className="constraint-headline">
        <span className="constraint-marker" aria-hidden="true">
          ◆
        </span>
        <div>
          {demand ? (
            <>
              <p className="constraint-name">Demand (outside the company)</p>
              <p className="constraint-explain">
                Every stage has spare capacity, so incoming work sets your throughput. The busiest
                stage is{' '}
                <Link to={paths.stage(workspaceId, constraint.stage)}>
                  <strong>{constraint.stage}</strong>
                </Link>
                .
              </p>
            </>
          ) : (
            <p className="constraint-name">
              <Link to={paths.stage(workspaceId, constraint.stage)}>{constraint.stage}</Link>
            </p>
          )}
          <KindBadge kind={constraint.kind} />
          {constraint.sharedWith.length > 0 && (
            <p className="constraint-explain">
              Worked by the same people as {constraint.sharedWith.join(', ')}: that pool of people
              is the constraint.
            </p>
          )}
        </div>
      </div>

      <dl className="fact-grid">
        <div>
          <dt>Confidence</dt>
          <dd>
            <span className="fact-big">{formatPercent(constraint.confidence)}</span>
            <span className="fact-note">of resampled weeks give the same verdict</span>
          </dd>
        </div>
        <div>
          <dt>{demand ? 'Busiest stage busy' : 'Utilisation'}</dt>
          <dd>
            <UtilisationBar
              value={stage?.utilization ?? null}
              label={`Utilisation of ${constraint.stage}`}
            />
          </dd>
        </div>
        <div>
          <dt>Median wait in front of it</dt>
          <dd>
            <span className="fact-big">{formatDuration(stage?.wait.medianSeconds)}</span>
          </dd>
        </div>
        <div>
          <dt>Runner-up</dt>
          <dd>
            {runnerUp === undefined ? (
              <span className="muted">none</span>
            ) : (
              <>
                <Link to={paths.stage(workspaceId, runnerUp.name)}>{runnerUp.name}</Link>
                <span className="fact-note">busy {formatPercent(runnerUp.utilization)}</span>
              </>
            )}
          </dd>
        </div>
      </dl>

      {report.shifts.length > 0 && (
        <>
          <h3 className="subheading">How the constraint moved</h3>
          <ul className="evidence shifts">
            {report.shifts.map((shift) => (
              <li key={shift.at}>
                <strong>
                  {formatDate(shift.at)}: {shift.from} → {shift.to}
                </strong>{' '}
                ({formatPercent(shift.confidence)} confidence).{' '}
                {shift.evidence.slice(0, 2).join(' ')}
              </li>
            ))}
          </ul>
        </>
      )}
      <h3 className="subheading">Why</h3>
      <ul className="evidence">
        {constraint.evidence.map((sentence) => (
          <li key={sentence}>{sentence}</li>
        ))}
      </ul>
    </Panel>
  );
}
