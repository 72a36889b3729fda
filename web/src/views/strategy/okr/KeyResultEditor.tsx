import { useState } from 'react';
import type { ScoredKeyResult } from '../../../../../src/core/strategy/scoreCascade.js';
import { strategyApi } from '../../../api/strategyApi';
import { EditForm } from '../EditForm';
import { type KeyResultDraft, KeyResultFields, keyResultOf } from './KeyResultFields';
import type { TreeContext } from './TreeContext';

export function KeyResultEditor({
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
