import { useState } from 'react';
import type {
  ScoredKeyResult,
  ScoredObjective,
} from '../../../../../src/core/strategy/scoreCascade.js';
import { strategyApi } from '../../../api/strategyApi';
import { ConfirmDelete } from '../ConfirmDelete';
import { ProgressBar } from '../ProgressBar';
import { CheckInForm } from './CheckInForm';
import { ItemActions } from './ItemActions';
import { KeyResultEditor } from './KeyResultEditor';
import type { Mode, TreeContext } from './TreeContext';

export function KeyResultNode({
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
