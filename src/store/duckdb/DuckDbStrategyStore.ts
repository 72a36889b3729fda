import type { DuckDBConnection } from '@duckdb/node-api';
import type { StrategyRecords } from '../../core/strategy/Strategy.js';
import type { SerialQueue } from '../SerialQueue.js';
import type { StrategyItems, StrategyLogs, StrategyStore } from '../StrategyStore.js';

/**
 * The {@link StrategyStore} in the event store's DuckDB file, through its one write connection
 * and queue: each write is one autocommitted statement, which DuckDB makes durable (WAL fsync)
 * before it returns, like every other write of the store. Records are JSON documents, since
 * they are read and written whole and their shape is the API's.
 */
export class DuckDbStrategyStore implements StrategyStore {
  constructor(
    private readonly connection: DuckDBConnection,
    private readonly writes: SerialQueue,
    /** Throws when the store is closed or the workspace does not exist. */
    private readonly check: (workspaceId: string) => void,
  ) {}

  read(workspaceId: string): Promise<StrategyRecords> {
    // Through the write queue: a read sees every write acknowledged before it.
    return this.writes.run(async () => {
      this.check(workspaceId);
      const statement = await this.connection.runAndReadAll(
        'SELECT body::VARCHAR FROM strategy_statements WHERE workspace_id = $1',
        [workspaceId],
      );
      const items = await this.connection.runAndReadAll(
        'SELECT kind, body::VARCHAR FROM strategy_items WHERE workspace_id = $1 ORDER BY seq',
        [workspaceId],
      );
      const logs = await this.connection.runAndReadAll(
        'SELECT kind, body::VARCHAR FROM strategy_log WHERE workspace_id = $1 ORDER BY seq',
        [workspaceId],
      );
      const text = statement.getRowsJS()[0]?.[0];
      const records: StrategyRecords = {
        statement: typeof text === 'string' ? JSON.parse(text) : null,
        register: [],
        initiatives: [],
        objectives: [],
        keyResults: [],
        checkIns: [],
        teamMetrics: [],
        decisions: [],
      };
      for (const [kind, body] of [...items.getRowsJS(), ...logs.getRowsJS()]) {
        const list = records[String(kind) as keyof StrategyItems | keyof StrategyLogs];
        (list as unknown[]).push(JSON.parse(String(body)));
      }
      return records;
    });
  }

  async saveStatement(workspaceId: string, statement: StrategyRecords['statement']): Promise<void> {
    await this.writes.run(async () => {
      this.check(workspaceId);
      await this.connection.run(
        `INSERT INTO strategy_statements VALUES ($1, $2::JSON)
         ON CONFLICT (workspace_id) DO UPDATE SET body = excluded.body`,
        [workspaceId, JSON.stringify(statement)],
      );
    });
  }

  async saveItem<K extends keyof StrategyItems>(
    workspaceId: string,
    kind: K,
    item: StrategyItems[K],
  ): Promise<void> {
    await this.writes.run(async () => {
      this.check(workspaceId);
      await this.connection.run(
        `INSERT INTO strategy_items (workspace_id, kind, id, body) VALUES ($1, $2, $3, $4::JSON)
         ON CONFLICT (workspace_id, kind, id) DO UPDATE SET body = excluded.body`,
        [workspaceId, kind, item.id, JSON.stringify(item)],
      );
    });
  }

  deleteItem(workspaceId: string, kind: keyof StrategyItems, id: string): Promise<boolean> {
    return this.writes.run(async () => {
      this.check(workspaceId);
      const result = await this.connection.run(
        'DELETE FROM strategy_items WHERE workspace_id = $1 AND kind = $2 AND id = $3',
        [workspaceId, kind, id],
      );
      return result.rowsChanged > 0;
    });
  }

  async append<K extends keyof StrategyLogs>(
    workspaceId: string,
    kind: K,
    entry: StrategyLogs[K],
  ): Promise<void> {
    await this.writes.run(async () => {
      this.check(workspaceId);
      await this.connection.run(
        'INSERT INTO strategy_log (workspace_id, kind, body) VALUES ($1, $2, $3::JSON)',
        [workspaceId, kind, JSON.stringify(entry)],
      );
    });
  }
}
