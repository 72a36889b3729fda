import { useState } from 'react';
import type { ScoredObjective } from '../../../../../src/core/strategy/scoreCascade.js';
import { strategyApi } from '../../../api/strategyApi';
import { ErrorBanner } from '../../../components/ErrorBanner';
import { Panel } from '../../../components/Panel';
import { useSubmit } from '../useSubmit';
import { type KeyResultDraft, KeyResultFields, keyResultOf } from './KeyResultFields';

export function KeyResultForm({
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
