import { useState } from 'react';
import type { ScoredObjective } from '../../../../../src/core/strategy/scoreCascade.js';
import { strategyApi } from '../../../api/strategyApi';
import { ErrorBanner } from '../../../components/ErrorBanner';
import { Panel } from '../../../components/Panel';
import { useSubmit } from '../useSubmit';

export function ObjectiveForm({
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
