import { useState } from 'react';
import type {
  FocusingStep,
  Initiative,
  InitiativeStatus,
} from '../../../../src/core/strategy/Strategy.js';
import { strategyApi } from '../../api/strategyApi';
import { ErrorBanner } from '../../components/ErrorBanner';
import { Panel } from '../../components/Panel';
import { ConfirmDelete } from './ConfirmDelete';
import { EditForm } from './EditForm';
import {
  draftOf,
  FOCUSING_STEPS,
  type InitiativeDraft,
  InitiativeFields,
  initiativeOf,
  STATUSES,
} from './InitiativeFields';
import type { TabProps } from './TabProps';
import { useSubmit } from './useSubmit';

/** What each of Goldratt's five focusing steps asks of the plan. */
const STEP_TEXT: Record<FocusingStep, string> = {
  identify: 'Name the constraint (from the register).',
  exploit: 'Get the most out of it as it is: no idle time, no waste at the constraint.',
  subordinate: 'Make everything else follow its pace: release, buffers, priorities.',
  elevate: 'Only then add capacity to it.',
  repeat: 'When it moves, start again: do not let inertia become the constraint.',
};

/** The plan on one page: the strategy statement, and the initiatives under each focusing step. */
export function PlanTab({ workspaceId, view, stages, onChange }: TabProps) {
  const constraint = view.register.stage;
  const [text, setText] = useState(view.statement?.text ?? '');
  const [by, setBy] = useState(view.statement?.updatedBy ?? '');
  const statement = useSubmit(
    () => strategyApi.saveStatement(workspaceId, { text, by }).then(() => undefined),
    onChange,
  );

  const fresh: InitiativeDraft = {
    title: '',
    step: 'exploit',
    stage: constraint ?? '',
    owner: '',
    effect: '',
    effort: '1',
    status: 'active',
  };
  const [draft, setDraft] = useState<InitiativeDraft>(fresh);
  const initiative = useSubmit(
    async () => {
      await strategyApi.addInitiative(workspaceId, initiativeOf(draft));
    },
    () => {
      // The next initiative often shares the step, stage and owner: keep them.
      setDraft({ ...draft, title: '', effect: '' });
      onChange();
    },
  );

  return (
    <div className="grid-two">
      <Panel
        title="Strategy statement"
        subtitle="How we exploit the constraint, in one paragraph."
        className="span-two"
      >
        {view.statement && (
          <blockquote className="statement" data-testid="statement">
            {view.statement.text}
            <footer className="muted">— {view.statement.updatedBy}</footer>
          </blockquote>
        )}
        <form className="form" onSubmit={statement.submit} aria-label="Strategy statement">
          <label>
            Statement
            <textarea required rows={3} value={text} onChange={(e) => setText(e.target.value)} />
          </label>
          <label>
            Your name
            <input required value={by} onChange={(e) => setBy(e.target.value)} />
          </label>
          <button type="submit" className="button" disabled={statement.busy}>
            Save statement
          </button>
          {statement.error !== undefined && (
            <ErrorBanner error={statement.error} context="Saving the statement" />
          )}
        </form>
      </Panel>
      <div className="span-two steps">
        {FOCUSING_STEPS.map((s, i) => {
          const items = view.initiatives.filter((x) => x.step === s);
          return (
            <section key={s} className="panel step" aria-labelledby={`step-${s}`}>
              <h2 id={`step-${s}`}>
                {i + 1}. {s[0]!.toUpperCase() + s.slice(1)}
              </h2>
              <p className="muted">{STEP_TEXT[s]}</p>
              {s === 'identify' && (
                <p>
                  Constraint: <strong>{constraint ?? 'not known yet'}</strong> (
                  {view.register.status})
                </p>
              )}
              <ul className="initiative-list">
                {items.map((x) => (
                  <InitiativeItem
                    key={x.id}
                    initiative={x}
                    atConstraint={x.stage === constraint}
                    stages={stages}
                    constraint={constraint}
                    workspaceId={workspaceId}
                    onChange={onChange}
                  />
                ))}
              </ul>
            </section>
          );
        })}
      </div>
      <Panel
        title="Add an initiative"
        subtitle="Every initiative names the stage it works on."
        className="span-two"
      >
        <form className="form" onSubmit={initiative.submit} aria-label="Add an initiative">
          <InitiativeFields
            draft={draft}
            onChange={setDraft}
            stages={stages}
            constraint={constraint}
          />
          <button type="submit" className="button" disabled={initiative.busy}>
            Add initiative
          </button>
          {initiative.error !== undefined && (
            <ErrorBanner error={initiative.error} context="Adding the initiative" />
          )}
        </form>
      </Panel>
    </div>
  );
}

/** One initiative: what, where, who, and its status, changed in place (done and stopped leave triage). */
function InitiativeItem({
  initiative: x,
  atConstraint,
  stages,
  constraint,
  workspaceId,
  onChange,
}: {
  initiative: Initiative;
  atConstraint: boolean;
  stages: string[] | null;
  constraint: string | null;
  workspaceId: string;
  onChange: () => void;
}) {
  const [editing, setEditing] = useState(false);
  const [removing, setRemoving] = useState(false);
  const [error, setError] = useState<unknown>(undefined);
  const run = (action: Promise<unknown>) => {
    setError(undefined);
    action.then(onChange, setError);
  };
  return (
    <li className={atConstraint ? 'at-constraint' : ''}>
      <strong>{x.title}</strong>
      <span className="muted">
        {' '}
        {x.stage} · {x.owner} · {x.effort} pw
        {x.expectedEffectPerWeek !== null &&
          ` · ${x.expectedEffectPerWeek > 0 ? '+' : ''}${x.expectedEffectPerWeek}/week`}
      </span>
      <span className="initiative-actions">
        <select
          aria-label={`Status of ${x.title}`}
          value={x.status}
          onChange={(e) =>
            run(
              strategyApi.updateInitiative(workspaceId, {
                ...x,
                status: e.target.value as InitiativeStatus,
              }),
            )
          }
        >
          {STATUSES.map((s) => (
            <option key={s}>{s}</option>
          ))}
        </select>
        <button
          type="button"
          className="button-link"
          aria-label={`Edit ${x.title}`}
          aria-expanded={editing}
          onClick={() => setEditing(!editing)}
        >
          Edit
        </button>
        <button
          type="button"
          className="button-link"
          aria-label={`Remove ${x.title}`}
          aria-expanded={removing}
          onClick={() => setRemoving(!removing)}
        >
          Remove
        </button>
      </span>
      {error !== undefined && <ErrorBanner error={error} context="Changing the initiative" />}
      {removing && (
        <ConfirmDelete
          what={`the initiative “${x.title}”`}
          consequences="It leaves the plan, the triage and the share of effort at the constraint. To keep a record that it was dropped, set its status to stopped instead. This cannot be undone."
          remove={() => strategyApi.remove(workspaceId, 'initiatives', x.id)}
          onDeleted={onChange}
          onFailed={onChange}
          onCancel={() => setRemoving(false)}
        />
      )}
      {editing && (
        <InitiativeEditor
          initiative={x}
          stages={stages}
          constraint={constraint}
          workspaceId={workspaceId}
          onSaved={() => {
            setEditing(false);
            onChange();
          }}
          onCancel={() => setEditing(false)}
        />
      )}
    </li>
  );
}

/** Every field of an initiative, edited in place; fields stack because a step's column is narrow. */
function InitiativeEditor({
  initiative: x,
  stages,
  constraint,
  workspaceId,
  onSaved,
  onCancel,
}: {
  initiative: Initiative;
  stages: string[] | null;
  constraint: string | null;
  workspaceId: string;
  onSaved: () => void;
  onCancel: () => void;
}) {
  const [draft, setDraft] = useState(() => draftOf(x));
  const edited: Initiative = { id: x.id, ...initiativeOf(draft) };
  return (
    <EditForm
      label={`Edit initiative ${x.title}`}
      what="the initiative"
      save={() => strategyApi.update(workspaceId, 'initiatives', edited)}
      onSaved={onSaved}
      onCancel={onCancel}
    >
      <InitiativeFields
        draft={draft}
        onChange={setDraft}
        stages={stages}
        constraint={constraint}
        stacked
      />
    </EditForm>
  );
}
