import { useState } from 'react';
import type { AnalysisReport } from '../../../../src/core/analysis/AnalysisReport.js';
import { Panel } from '../../components/Panel';
import { Sparkline } from '../../components/Sparkline';
import { UtilisationBar } from '../../components/UtilisationBar';
import { formatCount } from '../../format/formatCount';
import { formatDuration } from '../../format/formatDuration';
import { formatPercent } from '../../format/formatPercent';
import { Link } from '../../router/Link';
import { navigate } from '../../router/navigate';
import { paths } from '../../router/paths';

interface StageTableProps {
  report: AnalysisReport;
  workspaceId: string;
}

type Order = 'flow' | 'rank';

/** Weeks of queue history in the trend column: half a year reads at a glance. */
const trendWeeks = 26;

/** Every stage with the numbers behind the ranking; a row opens the stage's drill-down. */
export function StageTable({ report, workspaceId }: StageTableProps) {
  const [order, setOrder] = useState<Order>('flow');
  const stages = [...report.stages].sort((a, b) =>
    order === 'flow' ? a.flowPosition - b.flowPosition : a.rank - b.rank,
  );
  const { constraint } = report;

  return (
    <Panel
      title="Stages"
      subtitle="Rank 1 is the constraint. Click a stage for its items, waits and people."
      actions={
        <fieldset className="segmented" aria-label="Order stages by">
          {(['flow', 'rank'] as const).map((value) => (
            <label key={value} className={order === value ? 'segmented-on' : ''}>
              <input
                type="radio"
                name="stage-order"
                value={value}
                checked={order === value}
                onChange={() => setOrder(value)}
              />
              {value === 'flow' ? 'Flow order' : 'Rank'}
            </label>
          ))}
        </fieldset>
      }
    >
      <div className="table-scroll">
        <table className="data-table stage-table">
          <thead>
            <tr>
              <th scope="col">Stage</th>
              <th scope="col" className="number">
                Rank
              </th>
              <th scope="col" className="number">
                Done / week
              </th>
              <th scope="col" className="number">
                Median wait
              </th>
              <th scope="col" className="number">
                85th % wait
              </th>
              <th scope="col" className="number">
                Median processing
              </th>
              <th scope="col">Busy (of capacity)</th>
              <th scope="col" className="number">
                People
              </th>
              <th scope="col" className="number">
                WIP (avg)
              </th>
              <th scope="col" className="number">
                Queue trend / week
              </th>
              <th scope="col">Queue, last {trendWeeks} weeks</th>
              <th scope="col" className="number">
                Rework
              </th>
            </tr>
          </thead>
          <tbody>
            {stages.map((stage) => {
              const isConstraint = stage.name === constraint.stage;
              const to = paths.stage(workspaceId, stage.name);
              const trend = stage.queueTrendPerWeek;
              return (
                <tr
                  key={stage.name}
                  className={`clickable ${isConstraint ? 'row-constraint' : ''}`}
                  onClick={(event) => {
                    if (!(event.target instanceof HTMLAnchorElement)) navigate(to);
                  }}
                >
                  <th scope="row">
                    {isConstraint && (
                      <span className="constraint-tag" title="The constraint">
                        ◆{' '}
                      </span>
                    )}
                    <Link to={to}>{stage.name}</Link>
                    {isConstraint && <span className="visually-hidden"> (the constraint)</span>}
                  </th>
                  <td className="number">{stage.rank}</td>
                  <td className="number">
                    {formatCount(Math.round(stage.throughputPerWeek * 10) / 10)}
                  </td>
                  <td className="number">{formatDuration(stage.wait.medianSeconds)}</td>
                  <td className="number">{formatDuration(stage.wait.p85Seconds)}</td>
                  <td className="number">{formatDuration(stage.processing.medianSeconds)}</td>
                  <td>
                    <UtilisationBar
                      value={stage.utilization}
                      label={`Utilisation of ${stage.name}`}
                      compact
                    />
                  </td>
                  <td className="number">{formatCount(stage.servers)}</td>
                  <td className="number">{formatCount(Math.round(stage.wipMean * 10) / 10)}</td>
                  <td className="number">
                    {trend > 0.05 ? '▲ +' : trend < -0.05 ? '▼ ' : ''}
                    {formatCount(Math.round(trend * 10) / 10)}
                  </td>
                  <td>
                    <Sparkline
                      values={stage.weekly.queue.slice(-trendWeeks)}
                      label={`Average queue at ${stage.name}, last ${trendWeeks} weeks`}
                    />
                  </td>
                  <td className="number">{formatPercent(stage.reworkRate)}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </Panel>
  );
}
