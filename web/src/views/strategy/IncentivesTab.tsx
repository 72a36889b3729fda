import { useState } from 'react';
import type { IncentiveVerdict } from '../../../../src/core/strategy/checkIncentives.js';
import { strategyApi } from '../../api/strategyApi';
import { ErrorBanner } from '../../components/ErrorBanner';
import { Panel } from '../../components/Panel';
import { StageField } from './StageField';
import type { TabProps } from './TabProps';
import { useSubmit } from './useSubmit';

const VERDICT: Record<IncentiveVerdict, string> = {
  'raises-throughput': 'Raises constraint throughput',
  'supports-constraint': 'Feeds a starved constraint',
  'local-efficiency': 'Local efficiency only',
  activity: 'Counts activity',
  unclear: 'Unclear',
};

const f = (n: number | null) => (n === null ? '—' : n.toFixed(1));

/** The team metrics with their verdict against the constraint, and each team's contribution to its throughput. */
export function IncentivesTab({ workspaceId, view, stages, onChange }: TabProps) {
  const constraint = view.register.stage;
  const [team, setTeam] = useState('');
  const [stage, setStage] = useState('');
  const [name, setName] = useState('');
  const [description, setDescription] = useState('');
  const [target, setTarget] = useState('');
  const form = useSubmit(
    async () => {
      await strategyApi.addTeamMetric(workspaceId, {
        team,
        stage: stage === '' ? null : stage,
        name,
        description,
        target,
      });
    },
    () => {
      setName('');
      setDescription('');
      setTarget('');
      onChange();
    },
  );
  return (
    <div className="grid-two">
      <Panel
        title="Team metrics against the constraint"
        subtitle="Does improving it raise throughput at the constraint, or only local efficiency?"
        className="span-two"
      >
        {view.incentives.length === 0 ? (
          <p>No team metrics registered yet.</p>
        ) : (
          <div className="table-scroll">
            <table className="data-table wrap-table">
              <thead>
                <tr>
                  <th>Team</th>
                  <th>Metric and target</th>
                  <th>Stage</th>
                  <th>Verdict</th>
                  <th>Why</th>
                </tr>
              </thead>
              <tbody>
                {view.incentives.map((i) => (
                  <tr key={i.metric.id} data-testid="incentive">
                    <td>{i.metric.team}</td>
                    <td>
                      {i.metric.name} <span className="muted">({i.metric.target})</span>
                    </td>
                    <td>
                      {i.metric.stage ?? 'whole stream'} <span className="muted">{i.role}</span>
                    </td>
                    <td>
                      <span className={`badge verdict-${i.verdict}`}>{VERDICT[i.verdict]}</span>
                    </td>
                    <td>{i.why}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </Panel>
      <Panel
        title="Each team's contribution to constraint throughput"
        subtitle="Of a stage's weekly output, only as much as the constraint finishes can become throughput; the rest waits."
      >
        {view.contributions.length === 0 ? (
          <p>Register a team metric with a stage to see its team here.</p>
        ) : (
          <table className="data-table wrap-table">
            <thead>
              <tr>
                <th>Team (stage)</th>
                <th className="number">Output/week</th>
                <th className="number">Towards throughput</th>
                <th className="number">Surplus</th>
              </tr>
            </thead>
            <tbody>
              {view.contributions.map((c) => (
                <tr
                  key={`${c.team}-${c.stage}`}
                  title={c.why}
                  className={c.role === 'constraint' ? 'row-constraint' : ''}
                >
                  <td>
                    {c.team} ({c.stage}, {c.role})
                  </td>
                  <td className="number">{f(c.outputPerWeek)}</td>
                  <td className="number">{f(c.contributionPerWeek)}</td>
                  <td className="number">{f(c.surplusPerWeek)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </Panel>
      <Panel
        title="Register a team metric"
        subtitle="What a team is measured and rewarded on, with its target."
      >
        <form className="form" onSubmit={form.submit} aria-label="Register a team metric">
          <div className="form-row">
            <label>
              Team
              <input required value={team} onChange={(e) => setTeam(e.target.value)} />
            </label>
            <StageField
              label="Stage"
              value={stage}
              onChange={setStage}
              stages={stages}
              constraint={constraint}
              allowWhole
            />
          </div>
          <label>
            Metric
            <input
              required
              value={name}
              onChange={(e) => setName(e.target.value)}
              placeholder="e.g. Items completed per week"
            />
          </label>
          <label>
            What it counts <span className="muted">(optional)</span>
            <input value={description} onChange={(e) => setDescription(e.target.value)} />
          </label>
          <label>
            Target
            <input required value={target} onChange={(e) => setTarget(e.target.value)} />
          </label>
          <button type="submit" className="button" disabled={form.busy}>
            Add team metric
          </button>
          {form.error !== undefined && (
            <ErrorBanner error={form.error} context="Adding the team metric" />
          )}
        </form>
      </Panel>
    </div>
  );
}
