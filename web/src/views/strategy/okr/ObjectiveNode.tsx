import { useState } from 'react';
import type { ScoredObjective } from '../../../../../src/core/strategy/scoreCascade.js';
import { strategyApi } from '../../../api/strategyApi';
import { ConfirmDelete } from '../ConfirmDelete';
import { ProgressBar } from '../ProgressBar';
import { ItemActions } from './ItemActions';
import { KeyResultNode } from './KeyResultNode';
import { ObjectiveEditor } from './ObjectiveEditor';
import { count, type Mode, type TreeContext } from './TreeContext';

export function ObjectiveNode({
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
