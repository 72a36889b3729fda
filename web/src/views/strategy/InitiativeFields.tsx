import type { ReactNode } from 'react';
import type {
  FocusingStep,
  Initiative,
  InitiativeStatus,
} from '../../../../src/core/strategy/Strategy.js';
import { StageField } from './StageField';

export const FOCUSING_STEPS: FocusingStep[] = [
  'identify',
  'exploit',
  'subordinate',
  'elevate',
  'repeat',
];

export const STATUSES: InitiativeStatus[] = ['proposed', 'active', 'done', 'stopped'];

/** An initiative as its form holds it: numbers as typed, so a half-typed value is kept. */
export interface InitiativeDraft {
  title: string;
  step: FocusingStep;
  stage: string;
  owner: string;
  effect: string;
  effort: string;
  status: InitiativeStatus;
}

export function draftOf(x: Omit<Initiative, 'id'>): InitiativeDraft {
  return {
    title: x.title,
    step: x.step,
    stage: x.stage,
    owner: x.owner,
    effect: x.expectedEffectPerWeek === null ? '' : String(x.expectedEffectPerWeek),
    effort: String(x.effort),
    status: x.status,
  };
}

export function initiativeOf(d: InitiativeDraft): Omit<Initiative, 'id'> {
  return {
    title: d.title,
    step: d.step,
    owner: d.owner,
    stage: d.stage,
    expectedEffectPerWeek: d.effect.trim() === '' ? null : Number(d.effect),
    effort: Number(d.effort),
    status: d.status,
  };
}

/**
 * Every field of an initiative, for adding one and for editing one in place. `stacked` puts
 * one field per line, for the narrow column of a focusing step.
 */
export function InitiativeFields({
  draft,
  onChange,
  stages,
  constraint,
  stacked = false,
}: {
  draft: InitiativeDraft;
  onChange: (draft: InitiativeDraft) => void;
  stages: string[] | null;
  constraint: string | null;
  stacked?: boolean;
}) {
  const set = (patch: Partial<InitiativeDraft>) => onChange({ ...draft, ...patch });
  // A function, not a component: a component defined here would be a new type on every render,
  // and React would remount the inputs (losing focus) on each keystroke.
  const row = (children: ReactNode) =>
    stacked ? children : <div className="form-row">{children}</div>;
  return (
    <>
      <label>
        Title
        <input required value={draft.title} onChange={(e) => set({ title: e.target.value })} />
      </label>
      {row(
        <>
          <label>
            Focusing step
            <select
              value={draft.step}
              onChange={(e) => set({ step: e.target.value as FocusingStep })}
            >
              {FOCUSING_STEPS.map((s) => (
                <option key={s}>{s}</option>
              ))}
            </select>
          </label>
          <StageField
            label="Target stage"
            value={draft.stage}
            onChange={(stage) => set({ stage })}
            stages={stages}
            constraint={constraint}
          />
          <label>
            Owner
            <input required value={draft.owner} onChange={(e) => set({ owner: e.target.value })} />
          </label>
        </>,
      )}
      {row(
        <>
          <label>
            Expected effect on constraint throughput (items/week)
            <input
              type="number"
              step="any"
              value={draft.effect}
              onChange={(e) => set({ effect: e.target.value })}
            />
          </label>
          <label>
            Effort (person-weeks)
            <input
              type="number"
              step="any"
              min="0.1"
              required
              value={draft.effort}
              onChange={(e) => set({ effort: e.target.value })}
            />
          </label>
          <label>
            Status
            <select
              value={draft.status}
              onChange={(e) => set({ status: e.target.value as InitiativeStatus })}
            >
              {STATUSES.map((s) => (
                <option key={s}>{s}</option>
              ))}
            </select>
          </label>
        </>,
      )}
    </>
  );
}
