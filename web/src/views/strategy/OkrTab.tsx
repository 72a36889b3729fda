import { useState } from 'react';
import type { KeyResult, LiveMetric, Objective } from '../../../../src/core/strategy/Strategy.js';
import type {
  ScoredKeyResult,
  ScoredObjective,
} from '../../../../src/core/strategy/scoreCascade.js';
import { strategyApi } from '../../api/strategyApi';
import { ErrorBanner } from '../../components/ErrorBanner';
import { Panel } from '../../components/Panel';
import { formatDate } from '../../format/formatDate';
import { ConfirmDelete } from './ConfirmDelete';
import { EditForm } from './EditForm';
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
  const context: TreeContext = {
    workspaceId,
    objectives: all,
    stages,
    constraint: view.register.stage,
    onChange,
  };
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
              <ObjectiveNode key={o.id} objective={o} parent={null} context={context} />
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

/** What every node of the tree needs to edit itself. */
interface TreeContext {
  workspaceId: string;
  /** Every objective, flattened: the choices of parent and of a key result's objective. */
  objectives: ScoredObjective[];
  stages: string[] | null;
  constraint: string | null;
  onChange: () => void;
}

type Mode = 'view' | 'edit' | 'delete';

const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

function ObjectiveNode({
  objective: o,
  parent,
  context,
}: {
  objective: ScoredObjective;
  parent: ScoredObjective | null;
  context: TreeContext;
}) {
  const [mode, setMode] = useState<Mode>('view');
  const close = () => setMode('view');
  const saved = () => {
    close();
    context.onChange();
  };
  const hangingOff = [
    o.keyResults.length > 0 && count(o.keyResults.length, 'key result', 'key results'),
    o.children.length > 0 && count(o.children.length, 'child objective', 'child objectives'),
  ].filter((x): x is string => x !== false);
  return (
    <li className="okr-objective" data-testid="objective">
      <div className="okr-head">
        <span className="badge">{o.level === 'company' ? 'Company' : o.team}</span>{' '}
        <strong>{o.title}</strong> <span className="muted">({o.owner})</span>
        <ProgressBar value={o.progress} label={`Progress of ${o.title}`} />
        <ItemActions noun="objective" title={o.title} mode={mode} setMode={setMode} />
      </div>
      {mode === 'edit' && (
        <ObjectiveEditor objective={o} context={context} onSaved={saved} onCancel={close} />
      )}
      {mode === 'delete' && (
        <ConfirmDelete
          what={`the objective “${o.title}”`}
          blocked={hangingOff.length > 0}
          consequences={
            hangingOff.length > 0
              ? `It still has ${hangingOff.join(' and ')}. Drumbeat deletes an objective only once nothing hangs off it, so no key result or team objective is left without a parent: delete them, or move them under another objective with Edit, first.`
              : `Nothing hangs off it.${parent ? ` “${parent.title}” rolls up without it.` : ''} This cannot be undone.`
          }
          remove={() => strategyApi.remove(context.workspaceId, 'objectives', o.id)}
          onDeleted={saved}
          onFailed={context.onChange}
          onCancel={close}
        />
      )}
      {o.keyResults.length > 0 && (
        <ul className="okr-krs">
          {o.keyResults.map((k) => (
            <KeyResultNode key={k.id} kr={k} objective={o} context={context} />
          ))}
        </ul>
      )}
      {o.children.length > 0 && (
        <ul className="okr-tree">
          {o.children.map((c) => (
            <ObjectiveNode key={c.id} objective={c} parent={o} context={context} />
          ))}
        </ul>
      )}
    </li>
  );
}

/** Edit and Delete for one record; each says whether its form is open, for a screen reader. */
function ItemActions({
  noun,
  title,
  mode,
  setMode,
}: {
  noun: string;
  title: string;
  mode: Mode;
  setMode: (mode: Mode) => void;
}) {
  return (
    <span className="item-actions">
      <button
        type="button"
        className="button-link"
        aria-label={`Edit ${noun} ${title}`}
        aria-expanded={mode === 'edit'}
        onClick={() => setMode(mode === 'edit' ? 'view' : 'edit')}
      >
        Edit
      </button>
      <button
        type="button"
        className="button-link"
        aria-label={`Delete ${noun} ${title}`}
        aria-expanded={mode === 'delete'}
        onClick={() => setMode(mode === 'delete' ? 'view' : 'delete')}
      >
        Delete
      </button>
    </span>
  );
}

function ObjectiveEditor({
  objective: o,
  context,
  onSaved,
  onCancel,
}: {
  objective: ScoredObjective;
  context: TreeContext;
  onSaved: () => void;
  onCancel: () => void;
}) {
  const [title, setTitle] = useState(o.title);
  const [level, setLevel] = useState(o.level);
  const [team, setTeam] = useState(o.team ?? '');
  const [parentId, setParentId] = useState(o.parentId ?? '');
  const [owner, setOwner] = useState(o.owner);
  // An objective cannot sit under itself or under one of its own descendants (the API refuses a cycle).
  const below = new Set([o.id, ...flatten(o.children).map((c) => c.id)]);
  const parents = context.objectives.filter((p) => !below.has(p.id));
  const edited: Objective = {
    id: o.id,
    title,
    level,
    team: level === 'team' ? team : null,
    parentId: parentId === '' ? null : parentId,
    owner,
  };
  return (
    <EditForm
      label={`Edit objective ${o.title}`}
      what="the objective"
      save={() => strategyApi.update(context.workspaceId, 'objectives', edited)}
      onSaved={onSaved}
      onCancel={onCancel}
    >
      <label>
        Objective
        <input required value={title} onChange={(e) => setTitle(e.target.value)} />
      </label>
      <div className="form-row">
        <label>
          Level
          <select value={level} onChange={(e) => setLevel(e.target.value as Objective['level'])}>
            <option value="company">Company</option>
            <option value="team">Team</option>
          </select>
        </label>
        {level === 'team' && (
          <label>
            Team
            <input required value={team} onChange={(e) => setTeam(e.target.value)} />
          </label>
        )}
      </div>
      <label>
        Parent objective
        <select value={parentId} onChange={(e) => setParentId(e.target.value)}>
          <option value="">None (top level)</option>
          {parents.map((p) => (
            <option key={p.id} value={p.id}>
              {p.title}
            </option>
          ))}
        </select>
      </label>
      <label>
        Owner
        <input required value={owner} onChange={(e) => setOwner(e.target.value)} />
      </label>
    </EditForm>
  );
}

function KeyResultNode({
  kr,
  objective,
  context,
}: {
  kr: ScoredKeyResult;
  objective: ScoredObjective;
  context: TreeContext;
}) {
  const { workspaceId, onChange } = context;
  const [open, setOpen] = useState(false);
  const [mode, setMode] = useState<Mode>('view');
  const close = () => setMode('view');
  const saved = () => {
    close();
    onChange();
  };
  const round = (n: number) => (Number.isInteger(n) ? String(n) : n.toFixed(2));
  return (
    <li className="okr-kr" data-testid="key-result">
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
        <ItemActions noun="key result" title={kr.title} mode={mode} setMode={setMode} />
      </div>
      {mode === 'edit' && (
        <KeyResultEditor kr={kr} context={context} onSaved={saved} onCancel={close} />
      )}
      {mode === 'delete' && (
        <ConfirmDelete
          what={`the key result “${kr.title}”`}
          consequences={`“${objective.title}” rolls up without it.${
            kr.checkIns.length > 0
              ? ` Its check-ins (${kr.checkIns.length}) stay in the check-in log, which is never edited, but are no longer shown.`
              : ''
          } This cannot be undone.`}
          remove={() => strategyApi.remove(workspaceId, 'key-results', kr.id)}
          onDeleted={saved}
          onFailed={context.onChange}
          onCancel={close}
        />
      )}
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

function KeyResultEditor({
  kr,
  context,
  onSaved,
  onCancel,
}: {
  kr: ScoredKeyResult;
  context: TreeContext;
  onSaved: () => void;
  onCancel: () => void;
}) {
  const [draft, setDraft] = useState<KeyResultDraft>({
    objectiveId: kr.objectiveId,
    title: kr.title,
    description: kr.description,
    stage: kr.stage ?? '',
    measure: kr.source === 'live' && kr.liveMetric !== null ? kr.liveMetric : 'check-in',
    start: String(kr.start),
    target: String(kr.target),
    unit: kr.unit,
  });
  const switched =
    (draft.measure === 'check-in') !== (kr.source === 'check-in')
      ? draft.measure === 'check-in'
        ? 'From now on progress comes from check-ins: a dash until the first one.'
        : kr.checkIns.length > 0
          ? `Its check-ins so far (${kr.checkIns.length}) stay in the history but do not count while it follows the live metric; switch back to check-ins and they count again.`
          : 'From now on progress follows the live metric, measured from the events.'
      : null;
  return (
    <EditForm
      label={`Edit key result ${kr.title}`}
      what="the key result"
      save={() =>
        strategyApi.update(context.workspaceId, 'key-results', { id: kr.id, ...keyResultOf(draft) })
      }
      onSaved={onSaved}
      onCancel={onCancel}
    >
      <KeyResultFields
        draft={draft}
        setDraft={setDraft}
        objectives={context.objectives}
        stages={context.stages}
        constraint={context.constraint}
      />
      {switched && <p className="notice-warning">{switched}</p>}
    </EditForm>
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
  const [chosenParent, setParentId] = useState('');
  const [team, setTeam] = useState('');
  const [owner, setOwner] = useState('');
  // A parent deleted since it was chosen no longer counts.
  const parentId = objectives.some((o) => o.id === chosenParent) ? chosenParent : '';
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

/** A key result being written, as its fields hold it. */
interface KeyResultDraft {
  objectiveId: string;
  title: string;
  description: string;
  stage: string;
  /** A live metric, or check-ins. */
  measure: LiveMetric | 'check-in';
  start: string;
  target: string;
  unit: string;
}

/** The body the API takes for a draft; a live metric brings its own unit. */
function keyResultOf(d: KeyResultDraft): Omit<KeyResult, 'id'> {
  const live = d.measure === 'check-in' ? null : d.measure;
  return {
    objectiveId: d.objectiveId,
    title: d.title,
    description: d.description,
    stage: d.stage === '' ? null : d.stage,
    source: live === null ? 'check-in' : 'live',
    liveMetric: live,
    start: Number(d.start),
    target: Number(d.target),
    unit: live === null ? d.unit : (LIVE.find((l) => l.metric === live)?.unit ?? ''),
  };
}

/** The fields of a key result, shared by the add and edit forms so both ask the same way. */
function KeyResultFields({
  draft,
  setDraft,
  objectives,
  stages,
  constraint,
}: {
  draft: KeyResultDraft;
  setDraft: (draft: KeyResultDraft) => void;
  objectives: ScoredObjective[];
  stages: string[] | null;
  constraint: string | null;
}) {
  const set =
    <F extends keyof KeyResultDraft>(field: F) =>
    (value: KeyResultDraft[F]) =>
      setDraft({ ...draft, [field]: value });
  return (
    <>
      <label>
        Objective
        <select
          required
          value={draft.objectiveId}
          onChange={(e) => set('objectiveId')(e.target.value)}
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
        <input required value={draft.title} onChange={(e) => set('title')(e.target.value)} />
      </label>
      <label>
        What it counts <span className="muted">(optional)</span>
        <input value={draft.description} onChange={(e) => set('description')(e.target.value)} />
      </label>
      <StageField
        label="Stage it works on"
        value={draft.stage}
        onChange={set('stage')}
        stages={stages}
        constraint={constraint}
        allowWhole
      />
      <label>
        Measured by
        <select
          value={draft.measure}
          onChange={(e) => set('measure')(e.target.value as KeyResultDraft['measure'])}
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
            value={draft.start}
            onChange={(e) => set('start')(e.target.value)}
          />
        </label>
        <label>
          Target
          <input
            type="number"
            step="any"
            required
            value={draft.target}
            onChange={(e) => set('target')(e.target.value)}
          />
        </label>
        {draft.measure === 'check-in' && (
          <label>
            Unit
            <input value={draft.unit} onChange={(e) => set('unit')(e.target.value)} />
          </label>
        )}
      </div>
    </>
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
  const [draft, setDraft] = useState<KeyResultDraft>({
    objectiveId: '',
    title: '',
    description: '',
    stage: constraint ?? '',
    measure: 'constraint-throughput-per-week',
    start: '',
    target: '',
    unit: '',
  });
  // Until one is chosen (or after the chosen one is deleted), the first objective.
  const objectiveId = objectives.some((o) => o.id === draft.objectiveId)
    ? draft.objectiveId
    : (objectives[0]?.id ?? '');
  const form = useSubmit(
    async () => {
      await strategyApi.addKeyResult(workspaceId, keyResultOf({ ...draft, objectiveId }));
    },
    () => {
      setDraft({ ...draft, title: '', description: '', start: '', target: '' });
      onChange();
    },
  );
  return (
    <Panel
      title="Add a key result"
      subtitle="Linked to a live metric from the events, or updated by check-ins."
    >
      <form className="form" onSubmit={form.submit} aria-label="Add a key result">
        <KeyResultFields
          draft={{ ...draft, objectiveId }}
          setDraft={setDraft}
          objectives={objectives}
          stages={stages}
          constraint={constraint}
        />
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
