import { useState } from 'react';
import type { Objective } from '../../../../../src/core/strategy/Strategy.js';
import type { ScoredObjective } from '../../../../../src/core/strategy/scoreCascade.js';
import { strategyApi } from '../../../api/strategyApi';
import { EditForm } from '../EditForm';
import { flatten } from '../OkrTab';
import type { TreeContext } from './TreeContext';

export function ObjectiveEditor({
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
