import type { KeyResult, LiveMetric } from '../../../../../src/core/strategy/Strategy.js';
import type { ScoredObjective } from '../../../../../src/core/strategy/scoreCascade.js';
import { StageField } from '../StageField';

export const LIVE: Array<{ metric: LiveMetric; label: string; unit: string }> = [
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

/** A key result being written, as its fields hold it. */
export interface KeyResultDraft {
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
export function keyResultOf(d: KeyResultDraft): Omit<KeyResult, 'id'> {
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
export function KeyResultFields({
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
