import { useState } from 'react';
import type { IncentiveVerdict } from '../../../../src/core/strategy/checkIncentives.js';
import type { TeamMetric } from '../../../../src/core/strategy/Strategy.js';
import { strategyApi } from '../../api/strategyApi';
import { ErrorBanner } from '../../components/ErrorBanner';
import { Panel } from '../../components/Panel';
import { ConfirmDelete } from './ConfirmDelete';
import { EditForm } from './EditForm';
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
  const [draft, setDraft] = useState<MetricDraft>(EMPTY);
  const [open, setOpen] = useState<{ id: string; mode: 'edit' | 'delete' } | null>(null);
  const form = useSubmit(
    async () => {
      await strategyApi.addTeamMetric(workspaceId, metricOf(draft));
    },
    () => {
      setDraft({ ...draft, name: '', description: '', target: '' });
      onChange();
    },
  );
  const chosen = open && view.incentives.find((i) => i.metric.id === open.id)?.metric;
  const closed = () => {
    setOpen(null);
    onChange();
  };
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
                  <th>Change</th>
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
                    <td>
                      <span className="item-actions">
                        {(['edit', 'delete'] as const).map((mode) => (
                          <button
                            key={mode}
                            type="button"
                            className="button-link"
                            aria-label={`${mode === 'edit' ? 'Edit' : 'Delete'} team metric ${i.metric.name} (${i.metric.team})`}
                            aria-expanded={open?.id === i.metric.id && open.mode === mode}
                            onClick={() =>
                              setOpen(
                                open?.id === i.metric.id && open.mode === mode
                                  ? null
                                  : { id: i.metric.id, mode },
                              )
                            }
                          >
                            {mode === 'edit' ? 'Edit' : 'Delete'}
                          </button>
                        ))}
                      </span>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
        {chosen && open?.mode === 'edit' && (
          <TeamMetricEditor
            key={chosen.id}
            metric={chosen}
            workspaceId={workspaceId}
            stages={stages}
            constraint={constraint}
            onSaved={closed}
            onCancel={() => setOpen(null)}
          />
        )}
        {chosen && open?.mode === 'delete' && (
          <ConfirmDelete
            key={chosen.id}
            what={`the team metric “${chosen.name}” of ${chosen.team}`}
            consequences={deleteConsequences(
              chosen,
              view.incentives.map((i) => i.metric),
            )}
            remove={() => strategyApi.remove(workspaceId, 'team-metrics', chosen.id)}
            onDeleted={closed}
            onFailed={onChange}
            onCancel={() => setOpen(null)}
          />
        )}
      </Panel>
      <Panel
        title="Each team's contribution to constraint throughput"
        subtitle="Of a stage's weekly output, only as much as the constraint finishes can become throughput; the rest waits."
      >
        {view.contributions.length === 0 ? (
          <p>Register a team metric with a stage to see its team here.</p>
        ) : (
          <div className="table-scroll">
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
          </div>
        )}
      </Panel>
      <Panel
        title="Register a team metric"
        subtitle="What a team is measured and rewarded on, with its target."
      >
        <form className="form" onSubmit={form.submit} aria-label="Register a team metric">
          <TeamMetricFields
            draft={draft}
            setDraft={setDraft}
            stages={stages}
            constraint={constraint}
          />
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

/** A team metric being written, as its fields hold it. */
type MetricDraft = Omit<TeamMetric, 'id'>;

const EMPTY: MetricDraft = { team: '', stage: '', name: '', description: '', target: '' };

/** The body the API takes: no stage ('') is the whole stream (null). */
function metricOf(d: MetricDraft): MetricDraft {
  return { ...d, stage: d.stage === '' || d.stage === null ? null : d.stage };
}

/** What deleting a metric takes with it: its verdict, and its team's contribution row if no other metric names that stage. */
function deleteConsequences(m: TeamMetric, all: TeamMetric[]): string {
  const row =
    m.stage !== null && !all.some((o) => o.id !== m.id && o.team === m.team && o.stage === m.stage);
  return `Its verdict leaves this page${
    row ? ` and ${m.team} (${m.stage}) leaves the contribution table` : ''
  }. This cannot be undone.`;
}

/** The fields of a team metric, shared by the register and edit forms. */
function TeamMetricFields({
  draft,
  setDraft,
  stages,
  constraint,
}: {
  draft: MetricDraft;
  setDraft: (draft: MetricDraft) => void;
  stages: string[] | null;
  constraint: string | null;
}) {
  const set = (field: keyof MetricDraft) => (value: string) =>
    setDraft({ ...draft, [field]: value });
  return (
    <>
      <div className="form-row">
        <label>
          Team
          <input required value={draft.team} onChange={(e) => set('team')(e.target.value)} />
        </label>
        <StageField
          label="Stage"
          value={draft.stage ?? ''}
          onChange={set('stage')}
          stages={stages}
          constraint={constraint}
          allowWhole
        />
      </div>
      <label>
        Metric
        <input
          required
          value={draft.name}
          onChange={(e) => set('name')(e.target.value)}
          placeholder="e.g. Items completed per week"
        />
      </label>
      <label>
        What it counts <span className="muted">(optional)</span>
        <input value={draft.description} onChange={(e) => set('description')(e.target.value)} />
      </label>
      <label>
        Target
        <input required value={draft.target} onChange={(e) => set('target')(e.target.value)} />
      </label>
    </>
  );
}

function TeamMetricEditor({
  metric,
  workspaceId,
  stages,
  constraint,
  onSaved,
  onCancel,
}: {
  metric: TeamMetric;
  workspaceId: string;
  stages: string[] | null;
  constraint: string | null;
  onSaved: () => void;
  onCancel: () => void;
}) {
  const { id, ...fields } = metric;
  const [draft, setDraft] = useState<MetricDraft>({ ...fields, stage: fields.stage ?? '' });
  return (
    <EditForm
      label={`Edit team metric ${metric.name} (${metric.team})`}
      what="the team metric"
      save={() => strategyApi.update(workspaceId, 'team-metrics', { id, ...metricOf(draft) })}
      onSaved={onSaved}
      onCancel={onCancel}
    >
      <TeamMetricFields draft={draft} setDraft={setDraft} stages={stages} constraint={constraint} />
    </EditForm>
  );
}
