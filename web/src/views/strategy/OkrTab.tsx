import type { ScoredObjective } from '../../../../src/core/strategy/scoreCascade.js';
import { Panel } from '../../components/Panel';
import { KeyResultForm } from './okr/KeyResultForm';
import { ObjectiveForm } from './okr/ObjectiveForm';
import { ObjectiveNode } from './okr/ObjectiveNode';
import type { TreeContext } from './okr/TreeContext';
import type { TabProps } from './TabProps';

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

export function flatten(tree: ScoredObjective[]): ScoredObjective[] {
  return tree.flatMap((o) => [o, ...flatten(o.children)]);
}
