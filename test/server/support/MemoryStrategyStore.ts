import type { StrategyRecords } from '../../../src/core/strategy/Strategy.js';
import type {
  StrategyItems,
  StrategyLogs,
  StrategyStore,
} from '../../../src/store/StrategyStore.js';

const empty = (): StrategyRecords => ({
  statement: null,
  register: [],
  initiatives: [],
  objectives: [],
  keyResults: [],
  checkIns: [],
  teamMetrics: [],
  decisions: [],
});

/** The StrategyStore port held in memory, for route tests; records are copied in and out. */
export class MemoryStrategyStore implements StrategyStore {
  private readonly workspaces = new Map<string, StrategyRecords>();

  constructor(private readonly exists: (workspaceId: string) => boolean) {}

  async read(workspaceId: string): Promise<StrategyRecords> {
    return structuredClone(this.records(workspaceId));
  }

  async saveStatement(workspaceId: string, statement: StrategyRecords['statement']) {
    this.records(workspaceId).statement = structuredClone(statement);
  }

  async saveItem<K extends keyof StrategyItems>(
    workspaceId: string,
    kind: K,
    item: StrategyItems[K],
  ) {
    const list = this.records(workspaceId)[kind] as StrategyItems[K][];
    const at = list.findIndex((x) => x.id === item.id);
    if (at >= 0) list[at] = structuredClone(item);
    else list.push(structuredClone(item));
  }

  async deleteItem(workspaceId: string, kind: keyof StrategyItems, id: string) {
    const records = this.records(workspaceId);
    const list = records[kind] as Array<{ id: string }>;
    const at = list.findIndex((x) => x.id === id);
    if (at < 0) return false;
    list.splice(at, 1);
    return true;
  }

  async append<K extends keyof StrategyLogs>(workspaceId: string, kind: K, entry: StrategyLogs[K]) {
    (this.records(workspaceId)[kind] as StrategyLogs[K][]).push(structuredClone(entry));
  }

  /** The workspace was deleted: its strategy goes with it. */
  forget(workspaceId: string): void {
    this.workspaces.delete(workspaceId);
  }

  private records(workspaceId: string): StrategyRecords {
    if (!this.exists(workspaceId)) throw new Error(`no workspace "${workspaceId}" in the store`);
    let records = this.workspaces.get(workspaceId);
    if (!records) {
      records = empty();
      this.workspaces.set(workspaceId, records);
    }
    return records;
  }
}
