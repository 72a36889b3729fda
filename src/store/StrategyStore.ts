import type {
  CheckIn,
  Decision,
  Initiative,
  KeyResult,
  Objective,
  RegisterEntry,
  StrategyRecords,
  StrategyStatement,
  TeamMetric,
} from '../core/strategy/Strategy.js';

/** Records kept by id, replaced whole on save. */
export interface StrategyItems {
  initiatives: Initiative;
  objectives: Objective;
  keyResults: KeyResult;
  teamMetrics: TeamMetric;
}

/** Append-only logs: the register's entries, check-ins, decisions. */
export interface StrategyLogs {
  register: RegisterEntry;
  checkIns: CheckIn;
  decisions: Decision;
}

/**
 * Where a workspace's strategy is kept (docs/strategy.md). Writes resolve once durable; lists
 * come back in the order records were first saved. Logs are never edited, so the history of
 * the register, the check-ins and the decisions stays as it was written.
 */
export interface StrategyStore {
  /** Everything stored for the workspace, in one consistent read. */
  read(workspaceId: string): Promise<StrategyRecords>;
  saveStatement(workspaceId: string, statement: StrategyStatement): Promise<void>;
  /** Inserts or replaces the record with `item.id`. */
  saveItem<K extends keyof StrategyItems>(
    workspaceId: string,
    kind: K,
    item: StrategyItems[K],
  ): Promise<void>;
  /** False when there was no such record. */
  deleteItem(workspaceId: string, kind: keyof StrategyItems, id: string): Promise<boolean>;
  append<K extends keyof StrategyLogs>(
    workspaceId: string,
    kind: K,
    entry: StrategyLogs[K],
  ): Promise<void>;
}
