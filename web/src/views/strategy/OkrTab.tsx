import { useState } from 'react';
import type { LiveMetric } from '../../../../src/core/strategy/Strategy.js';
import type {
  ScoredKeyResult,
  ScoredObjective,
} from '../../../../src/core/strategy/scoreCascade.js';
import { strategyApi } from '../../api/strategyApi';
import { ErrorBanner } from '../../components/ErrorBanner';
import { Panel } from '../../components/Panel';
import { formatDate } from '../../format/formatDate';
import { ProgressBar } from './ProgressBar';
import { StageField } from './StageField';
import type { TabProps } from './TabProps';
import { useSubmit } from './useSubmit';

const LIVE: Array<{ metric: LiveMetric; label: string; unit: string }> = [
  {
    metric: 'constraint-throughput-per-week',
    label: 'Constraint throughput per week',
    unit: 'items/week',
  },
  {
    metric: 'buffer-green-share',
    label: 'Share of days with the buffer in green (0–1)',
    unit: 'share',
  },
  { metric: 'lead-time-p85-days', label: 'Lead time, 85th percentile (days)', unit: 'days' },
];

/** The OKR cascade: company objectives, team objectives under them, key results with progress and check-ins. */
export function OkrTab({ workspaceId, view, stages, onChange }: TabProps) {
  const all = flatten(view.cascade);
  return (
    <div className="grid-two">
      <Panel
        title="Objectives and key results"
        subtitle="Progress is the share of the way from start to target; an objective is the mean of its key results and child objectives."
        className="span-two"
      >
        {view.cascade.length === 0 ? (
          <p>No objectives yet. Start with a company objective below.</p>
        ) : (
          <ul className="okr-tree">
            {view.cascade.map((o) => (
              <ObjectiveNode
                key={o.id}
                objective={o}
                workspaceId={workspaceId}
                onChange={onChange}
              />
            ))}
          </ul>
        )}
      </Panel>
      <ObjectiveForm workspaceId={workspaceId} objectives={all} onChange={onChange} />
      <KeyResultForm
        workspaceId={workspaceId}
        objectives={all}
        stages={stages}
        constraint={view.register.stage}
        onChange={onChange}
      />
    </div>
  );
}

function flatten(tree: ScoredObjective[]): ScoredObjective[] {
  return tree.flatMap((o) => [o, ...flatten(o.children)]);
}

function ObjectiveNode({
  objective: o,
  workspaceId,
  onChange,
}: {
  objective: ScoredObjective;
  workspaceId: string;
  onChange: () => void;
}) {
  return (
    <li className="okr-objective" data-testid="objective">
      <div className="okr-head">
        <span className="badge">{o.level === 'company' ? 'Company' : o.team}</span>{' '}
        <strong>{o.title}</strong> <span className="muted">({o.owner})</span>
        <ProgressBar value={o.progress} label={`Progress of ${o.title}`} />
      </div>
      {o.keyResults.length > 0 && (
        <ul className="okr-krs">
          {o.keyResults.map((k) => (
            <KeyResultNode key={k.id} kr={k} workspaceId={workspaceId} onChange={onChange} />
          ))}
        </ul>
      )}
      {o.children.length > 0 && (
        <ul className="okr-tree">
          {o.children.map((c) => (
            <ObjectiveNode key={c.id} objective={c} workspaceId={workspaceId} onChange={onChange} />
          ))}
        </ul>
      )}
    </li>
  );
}

function KeyResultNode({
  kr,
  workspaceId,
  onChange,
}: {
  kr: ScoredKeyResult;
  workspaceId: string;
  onChange: () => void;
}) {
  const [open, setOpen] = useState(false);
  const round = (n: number) => (Number.isInteger(n) ? String(n) : n.toFixed(2));
  return (
    <li className="okr-kr">
      <div className="okr-head">
        {kr.title}{' '}
        <span className="muted">
          {kr.stage ?? 'whole stream'} ·{' '}
          {kr.source === 'live' ? `live: ${kr.liveMetric}` : 'check-ins'} · now{' '}
          {kr.current === null ? '—' : `${round(kr.current)} ${kr.unit}`} (from {round(kr.start)} to{' '}
          {round(kr.target)})
          {kr.confidence !== null && ` · confidence ${Math.round(kr.confidence * 100)} %`}
        </span>
        <ProgressBar value={kr.progress} label={`Progress of ${kr.title}`} />
      </div>
      {kr.source === 'check-in' && (
        <>
          <button
            type="button"
            className="button-secondary"
            onClick={() => setOpen(!open)}
            aria-expanded={open}
          >
            {open ? 'Close check-ins' : `Check in (${kr.checkIns.length})`}
          </button>
          {open && <CheckInForm kr={kr} workspaceId={workspaceId} onChange={onChange} />}
        </>
      )}
    </li>
  );
}

function CheckInForm({
  kr,
  workspaceId,
  onChange,
}: {
  kr: ScoredKeyResult;
  workspaceId: string;
  onChange: () => void;
}) {
  const [value, setValue] = useState('');
  const [confidence, setConfidence] = useState('0.7');
  const [note, setNote] = useState('');
  const [by, setBy] = useState('');
  const form = useSubmit(
    async () => {
      await strategyApi.addCheckIn(workspaceId, kr.id, {
        value: Number(value),
        confidence: Number(confidence),
        note,
        by,
      });
    },
    () => {
      setValue('');
      setNote('');
      onChange();
    },
  );
  return (
    <div className="check-ins">
      <form className="form" onSubmit={form.submit} aria-label={`Check in on ${kr.title}`}>
        <div className="form-row">
          <label>
            Value ({kr.unit || 'number'})
            <input
              type="number"
              step="any"
              required
              value={value}
              onChange={(e) => setValue(e.target.value)}
            />
          </label>
          <label>
            Confidence (0–1)
            <input
              type="number"
              step="0.05"
              min="0"
              max="1"
              required
              value={confidence}
              onChange={(e) => setConfidence(e.target.value)}
            />
          </label>
          <label>
            Your name
            <input required value={by} onChange={(e) => setBy(e.target.value)} />
          </label>
        </div>
        <label>
          What happened
          <input value={note} onChange={(e) => setNote(e.target.value)} />
        </label>
        <button type="submit" className="button" disabled={form.busy}>
          Save check-in
        </button>
        {form.error !== undefined && (
          <ErrorBanner error={form.error} context="Saving the check-in" />
        )}
      </form>
      {kr.checkIns.length > 0 && (
        <ol className="check-in-history" aria-label="Check-in history">
          {kr.checkIns.map((c) => (
            <li key={c.id}>
              {formatDate(c.at)}: <strong>{c.value}</strong>, confidence{' '}
              {Math.round(c.confidence * 100)} % — {c.note || 'no note'}{' '}
              <span className="muted">({c.by})</span>
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}

function ObjectiveForm({
  workspaceId,
  objectives,
  onChange,
}: {
  workspaceId: string;
  objectives: ScoredObjective[];
  onChange: () => void;
}) {
  const [title, setTitle] = useState('');
  const [parentId, setParentId] = useState('');
  const [team, setTeam] = useState('');
  const [owner, setOwner] = useState('');
  const level = parentId === '' ? 'company' : 'team';
  const form = useSubmit(
    async () => {
      await strategyApi.addObjective(workspaceId, {
        title,
        level,
        team: level === 'team' ? team : null,
        parentId: parentId === '' ? null : parentId,
        owner,
      });
    },
    () => {
      setTitle('');
      onChange();
    },
  );
  return (
    <Panel
      title="Add an objective"
      subtitle="Without a parent it is a company objective; under one, a team's."
    >
      <form className="form" onSubmit={form.submit} aria-label="Add an objective">
        <label>
          Objective
          <input required value={title} onChange={(e) => setTitle(e.target.value)} />
        </label>
        <label>
          Parent objective
          <select value={parentId} onChange={(e) => setParentId(e.target.value)}>
            <option value="">None (company level)</option>
            {objectives.map((o) => (
              <option key={o.id} value={o.id}>
                {o.title}
              </option>
            ))}
          </select>
        </label>
        {level === 'team' && (
          <label>
            Team
            <input required value={team} onChange={(e) => setTeam(e.target.value)} />
          </label>
        )}
        <label>
          Owner
          <input required value={owner} onChange={(e) => setOwner(e.target.value)} />
        </label>
        <button type="submit" className="button" disabled={form.busy}>
          Add objective
        </button>
        {form.error !== undefined && (
          <ErrorBanner error={form.error} context="Adding the objective" />
        )}
      </form>
    </Panel>
  );
}

function KeyResultForm({
  workspaceId,
  objectives,
  stages,
  constraint,
  onChange,
}: {
  workspaceId: string;
  objectives: ScoredObjective[];
  stages: string[] | null;
  constraint: string | null;
  onChange: () => void;
}) {
  const [objectiveId, setObjectiveId] = useState('');
  const [title, setTitle] = useState('');
  const [stage, setStage] = useState(constraint ?? '');
  const [source, setSource] = useState<'live' | 'check-in'>('live');
  const [metric, setMetric] = useState<LiveMetric>('constraint-throughput-per-week');
  const [start, setStart] = useState('');
  const [target, setTarget] = useState('');
  const [unit, setUnit] = useState('');
  const form = useSubmit(
    async () => {
      await strategyApi.addKeyResult(workspaceId, {
        objectiveId: objectiveId || (objectives[0]?.id ?? ''),
        title,
        description: '',
        stage: stage === '' ? null : stage,
        source,
        liveMetric: source === 'live' ? metric : null,
        start: Number(start),
        target: Number(target),
        unit: source === 'live' ? (LIVE.find((l) => l.metric === metric)?.unit ?? '') : unit,
      });
    },
    () => {
      setTitle('');
      setStart('');
      setTarget('');
      onChange();
    },
  );
  return (
    <Panel
      title="Add a key result"
      subtitle="Linked to a live metric from the events, or updated by check-ins."
    >
      <form className="form" onSubmit={form.submit} aria-label="Add a key result">
        <label>
          Objective
          <select
            required
            value={objectiveId || (objectives[0]?.id ?? '')}
            onChange={(e) => setObjectiveId(e.target.value)}
          >
            {objectives.map((o) => (
              <option key={o.id} value={o.id}>
                {o.title}
              </option>
            ))}
          </select>
        </label>
        <label>
          Key result
          <input required value={title} onChange={(e) => setTitle(e.target.value)} />
        </label>
        <StageField
          label="Stage it works on"
          value={stage}
          onChange={setStage}
          stages={stages}
          constraint={constraint}
          allowWhole
        />
        <label>
          Measured by
          <select
            value={source === 'live' ? metric : 'check-in'}
            onChange={(e) => {
              if (e.target.value === 'check-in') setSource('check-in');
              else {
                setSource('live');
                setMetric(e.target.value as LiveMetric);
              }
            }}
          >
            {LIVE.map((l) => (
              <option key={l.metric} value={l.metric}>
                Live: {l.label}
              </option>
            ))}
            <option value="check-in">Check-ins (value, confidence, note)</option>
          </select>
        </label>
        <div className="form-row">
          <label>
            Start
            <input
              type="number"
              step="any"
              required
              value={start}
              onChange={(e) => setStart(e.target.value)}
            />
          </label>
          <label>
            Target
            <input
              type="number"
              step="any"
              required
              value={target}
              onChange={(e) => setTarget(e.target.value)}
            />
          </label>
          {source === 'check-in' && (
            <label>
              Unit
              <input value={unit} onChange={(e) => setUnit(e.target.value)} />
            </label>
          )}
        </div>
        <button type="submit" className="button" disabled={form.busy || objectives.length === 0}>
          Add key result
        </button>
        {form.error !== undefined && (
          <ErrorBanner error={form.error} context="Adding the key result" />
        )}
      </form>
    </Panel>
  );
}
