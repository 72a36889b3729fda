import type { FileHandle } from 'node:fs/promises';
import {
  type DuckDBConnection,
  type DuckDBInstance,
  DuckDBVarCharVector,
  timestampTZValue,
} from '@duckdb/node-api';
import type { StageMap } from '../../core/flow/StageMap.js';
import type { AuditStore } from '../AuditStore.js';
import type {
  Alert,
  AlertSettings,
  AppendResult,
  DeliveryAttempt,
  EventStore,
  StoredEvent,
  Workspace,
  WorkspaceSettings,
} from '../EventStore.js';
import { newWorkspaceId } from '../newWorkspaceId.js';
import { SerialQueue } from '../SerialQueue.js';
import type { StrategyStore } from '../StrategyStore.js';
import { appendEventRows } from './appendEventRows.js';
import { DuckDbAuditStore } from './DuckDbAuditStore.js';
import { DuckDbStrategyStore } from './DuckDbStrategyStore.js';
import { scanStoredEvents } from './scanStoredEvents.js';

/** What {@link openDuckDbStore} has opened and read for the store. */
interface DuckDbStoreParts {
  instance: DuckDBInstance;
  /** The one connection every write goes through, one write at a time. */
  connection: DuckDBConnection;
  /** The data folder, synced after each append; undefined where the platform cannot. */
  directory: FileHandle | undefined;
  workspaces: Map<string, Workspace>;
  /** The `seq` the next accepted event gets. */
  nextSeq: number;
  /** Called once the store is closed, so the folder can be opened again. */
  release: () => void;
}

/**
 * The {@link EventStore} on one DuckDB file. This process owns the file, so the workspaces, their
 * event counts and (once a workspace is first appended to) its event ids live in memory and
 * only changes go to DuckDB.
 *
 * Durability: every append is one transaction, and DuckDB's commit writes the transaction to the
 * write-ahead log and fsyncs it before returning (checked with strace on DuckDB 1.5.6: one
 * fsync of the `.wal` per commit). The folder is fsynced too because DuckDB deletes the WAL at
 * each checkpoint and creates a new one, and a new file's name is only durable once its folder
 * is synced.
 */
export class DuckDbEventStore implements EventStore {
  /** Events per `scanEvents` batch: large enough to amortise the call, small enough for memory. */
  static readonly scanBatchSize = 50_000;

  private readonly writes = new SerialQueue();
  /** Event ids per workspace, loaded on the workspace's first append since open. */
  private readonly ids = new Map<string, Set<string>>();
  private readonly scans = new Set<Promise<void>>();
  private closing: Promise<void> | undefined;
  readonly strategy: StrategyStore;

  readonly audits: AuditStore;

  constructor(private readonly parts: DuckDbStoreParts) {
    this.audits = new DuckDbAuditStore(parts.connection, this.writes, () => this.assertOpen());
    this.strategy = new DuckDbStrategyStore(parts.connection, this.writes, (id) => {
      this.assertOpen();
      this.workspace(id);
    });
  }

  async listWorkspaces(): Promise<Workspace[]> {
    this.assertOpen();
    return [...this.parts.workspaces.values()].map((w) => structuredClone(w));
  }

  async getWorkspace(id: string): Promise<Workspace | undefined> {
    this.assertOpen();
    const workspace = this.parts.workspaces.get(id);
    return workspace && structuredClone(workspace);
  }

  async createWorkspace(
    settings: Partial<WorkspaceSettings> & { name: string },
  ): Promise<Workspace> {
    this.assertOpen();
    return this.writes.run(async () => {
      let id = newWorkspaceId();
      while (this.parts.workspaces.has(id)) id = newWorkspaceId();
      const createdAt = Date.now();
      const workspace: Workspace = {
        id,
        name: settings.name,
        calendar: settings.calendar ?? null,
        timezone: settings.timezone ?? 'UTC',
        stageMap: settings.stageMap ? roundTrip(settings.stageMap) : null,
        bufferTargetHours: settings.bufferTargetHours ?? null,
        createdAt: new Date(createdAt).toISOString(),
        events: 0,
      };
      await this.parts.connection.run(
        `INSERT INTO workspaces (id, name, calendar, timezone, stage_map, created_at, buffer_target_hours)
         VALUES ($1, $2, $3, $4, $5::JSON, $6, $7)`,
        [
          id,
          workspace.name,
          workspace.calendar,
          workspace.timezone,
          stageMapJson(workspace.stageMap),
          timestampTZValue(BigInt(createdAt) * 1000n),
          workspace.bufferTargetHours,
        ],
      );
      this.parts.workspaces.set(id, workspace);
      this.ids.set(id, new Set());
      return structuredClone(workspace);
    });
  }

  async updateWorkspace(
    id: string,
    patch: Partial<WorkspaceSettings>,
  ): Promise<Workspace | undefined> {
    this.assertOpen();
    return this.writes.run(async () => {
      const current = this.parts.workspaces.get(id);
      if (!current) return undefined;
      // Field by field: a key present with the value undefined changes nothing.
      const next: Workspace = {
        ...current,
        name: patch.name ?? current.name,
        calendar: patch.calendar !== undefined ? patch.calendar : current.calendar,
        timezone: patch.timezone ?? current.timezone,
        stageMap:
          patch.stageMap === undefined
            ? current.stageMap
            : patch.stageMap && roundTrip(patch.stageMap),
        bufferTargetHours:
          patch.bufferTargetHours !== undefined
            ? patch.bufferTargetHours
            : current.bufferTargetHours,
      };
      await this.parts.connection.run(
        `UPDATE workspaces SET name = $2, calendar = $3, timezone = $4, stage_map = $5::JSON,
           buffer_target_hours = $6
         WHERE id = $1`,
        [
          id,
          next.name,
          next.calendar,
          next.timezone,
          stageMapJson(next.stageMap),
          next.bufferTargetHours,
        ],
      );
      this.parts.workspaces.set(id, next);
      return structuredClone(next);
    });
  }

  async deleteWorkspace(id: string): Promise<boolean> {
    this.assertOpen();
    return this.writes.run(async () => {
      if (!this.parts.workspaces.has(id)) return false;
      await this.inTransaction(async (connection) => {
        await connection.run('DELETE FROM events WHERE workspace_id = $1', [id]);
        for (const table of [
          'alert_settings',
          'alerts',
          'alert_deliveries',
          'audits',
          'audit_respondents',
          'audit_responses',
          'strategy_statements',
          'strategy_items',
          'strategy_log',
        ]) {
          await connection.run(`DELETE FROM ${table} WHERE workspace_id = $1`, [id]);
        }
        await connection.run('DELETE FROM workspaces WHERE id = $1', [id]);
      });
      this.parts.workspaces.delete(id);
      this.ids.delete(id);
      return true;
    });
  }

  async appendEvents(workspaceId: string, events: StoredEvent[]): Promise<AppendResult> {
    this.assertOpen();
    return this.writes.run(async () => {
      const workspace = this.workspace(workspaceId);
      events.forEach((event, index) => {
        if (!Number.isSafeInteger(event.time)) {
          throw new RangeError(
            `event ${index}: time must be whole milliseconds, got ${event.time}`,
          );
        }
      });
      const known = await this.knownIds(workspaceId);
      const added = new Set<string>();
      const accepted: StoredEvent[] = [];
      const acceptedIndices: number[] = [];
      events.forEach((event, index) => {
        if (event.id !== undefined) {
          if (known.has(event.id) || added.has(event.id)) return;
          added.add(event.id);
        }
        accepted.push(event);
        acceptedIndices.push(index);
      });
      if (accepted.length > 0) {
        await this.inTransaction(async (connection) => {
          const appender = await connection.createAppender('events');
          try {
            appendEventRows(appender, workspaceId, this.parts.nextSeq, accepted);
          } catch (error) {
            appender.clear();
            appender.closeSync();
            throw error;
          }
          appender.closeSync();
        });
        // Committed: memory follows before anything else can fail, or a re-send of these ids
        // would be stored twice.
        this.parts.nextSeq += accepted.length;
        for (const id of added) known.add(id);
        workspace.events += accepted.length;
        await this.parts.directory?.sync();
      }
      return {
        accepted: accepted.length,
        duplicates: events.length - accepted.length,
        acceptedIndices,
      };
    });
  }

  async scanEvents(workspaceId: string, onBatch: (events: StoredEvent[]) => void): Promise<void> {
    this.assertOpen();
    this.workspace(workspaceId);
    // Its own connection: a scan reads a snapshot and never waits for, or holds up, appends.
    const scan = (async () => {
      const connection = await this.parts.instance.connect();
      try {
        await scanStoredEvents(connection, workspaceId, DuckDbEventStore.scanBatchSize, onBatch);
      } finally {
        connection.disconnectSync();
      }
    })();
    this.scans.add(scan);
    try {
      await scan;
    } finally {
      this.scans.delete(scan);
    }
  }

  async getAlertSettings(workspaceId: string): Promise<AlertSettings | undefined> {
    this.assertOpen();
    // Through the write queue: a read then sees every save acknowledged before it.
    return this.writes.run(async () => {
      const reader = await this.parts.connection.runAndReadAll(
        'SELECT settings::VARCHAR FROM alert_settings WHERE workspace_id = $1',
        [workspaceId],
      );
      const json = reader.getRowsJS()[0]?.[0];
      return typeof json === 'string' ? (JSON.parse(json) as AlertSettings) : undefined;
    });
  }

  async saveAlertSettings(workspaceId: string, settings: AlertSettings): Promise<void> {
    this.assertOpen();
    await this.writes.run(async () => {
      this.workspace(workspaceId);
      await this.parts.connection.run(
        `INSERT INTO alert_settings VALUES ($1, $2::JSON)
         ON CONFLICT (workspace_id) DO UPDATE SET settings = excluded.settings`,
        [workspaceId, JSON.stringify(settings)],
      );
    });
  }

  async appendAlerts(workspaceId: string, alerts: Alert[]): Promise<void> {
    this.assertOpen();
    await this.writes.run(async () => {
      this.workspace(workspaceId);
      await this.inTransaction(async (connection) => {
        for (const a of alerts) {
          await connection.run(
            `INSERT INTO alerts (workspace_id, id, rule, raised_at, stage, message, details)
             VALUES ($1, $2, $3, $4, $5, $6, $7::JSON)`,
            [workspaceId, a.id, a.rule, a.at, a.stage, a.message, JSON.stringify(a.details)],
          );
        }
      });
    });
  }

  async listAlerts(workspaceId: string, limit: number): Promise<Alert[]> {
    this.assertOpen();
    return this.writes.run(async () => {
      const reader = await this.parts.connection.runAndReadAll(
        `SELECT id, rule, raised_at, stage, message, details::VARCHAR AS details FROM alerts
         WHERE workspace_id = $1 ORDER BY seq DESC LIMIT $2`,
        [workspaceId, limit],
      );
      return reader.getRowObjectsJS().map((row) => ({
        id: String(row.id),
        rule: String(row.rule) as Alert['rule'],
        at: String(row.raised_at),
        stage: String(row.stage),
        message: String(row.message),
        details: JSON.parse(String(row.details)) as Alert['details'],
      }));
    });
  }

  async appendDeliveries(workspaceId: string, attempts: DeliveryAttempt[]): Promise<void> {
    this.assertOpen();
    await this.writes.run(async () => {
      this.workspace(workspaceId);
      await this.inTransaction(async (connection) => {
        for (const d of attempts) {
          await connection.run(
            `INSERT INTO alert_deliveries
               (workspace_id, alert_id, webhook_id, attempt, attempted_at, status, error)
             VALUES ($1, $2, $3, $4, $5, $6, $7)`,
            [workspaceId, d.alertId, d.webhookId, d.attempt, d.at, d.status, d.error ?? null],
          );
        }
      });
    });
  }

  async listDeliveries(workspaceId: string, limit: number): Promise<DeliveryAttempt[]> {
    this.assertOpen();
    return this.writes.run(async () => {
      const reader = await this.parts.connection.runAndReadAll(
        `SELECT alert_id, webhook_id, attempt, attempted_at, status, error FROM alert_deliveries
         WHERE workspace_id = $1 ORDER BY seq DESC LIMIT $2`,
        [workspaceId, limit],
      );
      return reader.getRowObjectsJS().map((row) => ({
        alertId: String(row.alert_id),
        webhookId: String(row.webhook_id),
        attempt: Number(row.attempt),
        at: String(row.attempted_at),
        status: row.status === null ? null : Number(row.status),
        ...(row.error !== null && { error: String(row.error) }),
      }));
    });
  }

  close(): Promise<void> {
    this.closing ??= this.shutDown();
    return this.closing;
  }

  private async shutDown(): Promise<void> {
    await this.writes.idle();
    await Promise.allSettled([...this.scans]);
    this.parts.connection.disconnectSync();
    // Closing checkpoints: the WAL is folded into the database file and removed.
    this.parts.instance.closeSync();
    await this.parts.directory?.close();
    this.parts.release();
  }

  private assertOpen(): void {
    if (this.closing) throw new Error('the event store is closed');
  }

  private workspace(id: string): Workspace {
    const workspace = this.parts.workspaces.get(id);
    if (!workspace) throw new Error(`no workspace "${id}" in the event store`);
    return workspace;
  }

  private async knownIds(workspaceId: string): Promise<Set<string>> {
    let ids = this.ids.get(workspaceId);
    if (ids) return ids;
    ids = new Set();
    const result = await this.parts.connection.stream(
      'SELECT event_id FROM events WHERE workspace_id = $1 AND event_id IS NOT NULL',
      [workspaceId],
    );
    for (;;) {
      const chunk = await result.fetchChunk();
      if (!chunk || chunk.rowCount === 0) break;
      const column = chunk.getColumnVector(0);
      if (!(column instanceof DuckDBVarCharVector)) throw new Error('expected event_id as text');
      for (let row = 0; row < chunk.rowCount; row++) ids.add(column.getItem(row) ?? '');
    }
    this.ids.set(workspaceId, ids);
    return ids;
  }

  /** Runs `work` as one transaction: all of it is committed (durably), or none of it. */
  private async inTransaction(work: (connection: DuckDBConnection) => Promise<void>) {
    const { connection } = this.parts;
    await connection.run('BEGIN TRANSACTION');
    try {
      await work(connection);
      await connection.run('COMMIT');
    } catch (error) {
      // A failed COMMIT has already ended the transaction; the ROLLBACK then fails harmlessly.
      await connection.run('ROLLBACK').catch(() => undefined);
      throw error;
    }
  }
}

/** The stage map as it will read back after a restart, detached from the caller's object. */
function roundTrip(stageMap: StageMap): StageMap {
  return JSON.parse(JSON.stringify(stageMap)) as StageMap;
}

function stageMapJson(stageMap: StageMap | null): string | null {
  return stageMap === null ? null : JSON.stringify(stageMap);
}
