import type { ScoredObjective } from '../../../../../src/core/strategy/scoreCascade.js';

/** What every node of the tree needs to edit itself. */
export interface TreeContext {
  workspaceId: string;
  /** Every objective, flattened: the choices of parent and of a key result's objective. */
  objectives: ScoredObjective[];
  stages: string[] | null;
  constraint: string | null;
  onChange: () => void;
}

export type Mode = 'view' | 'edit' | 'delete';

export const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
