import { LiveAnalysis } from '../core/live/LiveAnalysis.js';
import { InputError } from '../readers/InputError.js';
import { type ReadOptions, type ReadResult, readEventLog } from '../readers/readEventLog.js';
import type {
  AppendResult,
  EventStore,
  StoredEvent,
  Workspace,
  WorkspaceSettings,
} from '../store/EventStore.js';
import { ApiError } from './ApiError.js';
import type { DeliveryPolicy } from './alerts/DeliveryPolicy.js';
import { WorkspaceAlerts } from './alerts/WorkspaceAlerts.js';
import { LiveWorkspace } from './LiveWorkspace.js';
import { type ImportCounts, storeEventLog } from './storeEventLog.js';
import { toAnalyzeOptions } from './toAnalyzeOptions.js';

/** What an import added, and the records the reader skipped (with `skipInvalid`). */
export interface ImportResult extends ImportCounts {
  skipped: ReadResult['skipped'];
}

/**
 * The workspaces the server keeps live: one {@link LiveAnalysis} per workspace, built from the
 * store at start and rebuilt when settings that change the analysis change. Every write goes to
 * the store first and reaches the analysis only once durable, so what the API shows is always
 * what a restart would show.
 */
export class WorkspaceRegistry {
  private readonly workspaces = new Map<string, LiveWorkspace>();

  private constructor(
    readonly store: EventStore,
    private readonly delivery: DeliveryPolicy,
  ) {}

  /**
   * Loads every workspace's events from the store into its live analysis, and has the alert
   * rules run over each soon after (docs/api.md: alerts are evaluated on start-up too).
   */
  static async load(store: EventStore, delivery: DeliveryPolicy): Promise<WorkspaceRegistry> {
    const registry = new WorkspaceRegistry(store, delivery);
    for (const w of await store.listWorkspaces()) {
      const settings = settingsOf(w);
      const ws = new LiveWorkspace(
        w.id,
        settings,
        await registry.build(w.id, settings),
        await WorkspaceAlerts.load(store, w.id, delivery),
      );
      registry.workspaces.set(w.id, ws);
      ws.refreshSoon();
    }
    return registry;
  }

  /** The live workspace, or a 404. */
  find(id: string): LiveWorkspace {
    const ws = this.workspaces.get(id);
    if (!ws || ws.closed) throw new ApiError(404, `no workspace "${id}"`);
    return ws;
  }

  list(): Promise<Workspace[]> {
    return this.store.listWorkspaces();
  }

  async describe(id: string): Promise<Workspace> {
    const w = await this.store.getWorkspace(id);
    if (!w) throw new ApiError(404, `no workspace "${id}"`);
    return w;
  }

  async create(settings: Partial<WorkspaceSettings> & { name: string }): Promise<Workspace> {
    const w = await this.store.createWorkspace(settings);
    const s = settingsOf(w);
    const alerts = WorkspaceAlerts.fresh(this.store, w.id, this.delivery);
    this.workspaces.set(
      w.id,
      new LiveWorkspace(w.id, s, new LiveAnalysis(toAnalyzeOptions(s)), alerts),
    );
    return w;
  }

  /**
   * Changes settings; a new calendar, zone, stage map or buffer target rebuilds the analysis
   * from the store.
   */
  async update(id: string, patch: Partial<WorkspaceSettings>): Promise<Workspace> {
    const ws = this.find(id);
    return ws.exclusive(async () => {
      const w = await this.store.updateWorkspace(id, patch);
      if (!w) throw new ApiError(404, `no workspace "${id}"`);
      const next = settingsOf(w);
      const before = ws.settings;
      const reanalyse =
        next.calendar !== before.calendar ||
        next.timezone !== before.timezone ||
        JSON.stringify(next.stageMap) !== JSON.stringify(before.stageMap) ||
        next.bufferTargetHours !== before.bufferTargetHours;
      if (reanalyse) ws.replace(next, await this.build(id, next));
      else ws.settings = next;
      return w;
    });
  }

  async delete(id: string): Promise<void> {
    const ws = this.find(id);
    await ws.exclusive(async () => {
      if (!(await this.store.deleteWorkspace(id))) throw new ApiError(404, `no workspace "${id}"`);
      this.workspaces.delete(id);
      ws.close();
    });
  }

  /**
   * Stores events, then adds the accepted ones (not the duplicates) to the analysis; listeners
   * hear of it just after the caller's answer has gone out.
   */
  async ingest(id: string, events: StoredEvent[]): Promise<AppendResult> {
    const ws = this.find(id);
    return ws.exclusive(async () => this.appendDurably(ws, events));
  }

  /** Reads a file with the CLI's readers (in the workspace's zone unless told) and ingests it. */
  async importFile(
    id: string,
    file: string,
    options: ReadOptions,
    displayName = file,
  ): Promise<ImportResult> {
    const ws = this.find(id);
    let read: ReadResult;
    try {
      read = await readEventLog(file, { timezone: ws.settings.timezone, ...options });
    } catch (error) {
      if (error instanceof InputError) {
        // The reader names the temporary file; the client knows it by its own name.
        throw new ApiError(400, error.message.replaceAll(file, displayName));
      }
      throw error;
    }
    const counts = await ws.exclusive(() =>
      storeEventLog(read.log, (batch) => this.appendDurably(ws, batch)),
    );
    return {
      ...counts,
      skipped: {
        count: read.skipped.count,
        examples: read.skipped.examples.map((issue) => ({
          ...issue,
          file: displayName,
          message: issue.message.replaceAll(file, displayName),
        })),
      },
    };
  }

  /** Ends every live stream and pending recomputation; the store stays open (its owner closes it). */
  close(): void {
    for (const ws of this.workspaces.values()) {
      ws.endStreams();
      ws.alerts.stop();
    }
  }

  /** Resolves once alerts in flight are stored and their deliveries ended: the store may close. */
  async alertsSettled(): Promise<void> {
    await Promise.all([...this.workspaces.values()].map((ws) => ws.alerts.idle()));
  }

  private async appendDurably(ws: LiveWorkspace, events: StoredEvent[]): Promise<AppendResult> {
    if (ws.closed) throw new ApiError(404, `no workspace "${ws.id}"`);
    const result = await this.store.appendEvents(ws.id, events);
    const accepted = result.acceptedIndices.map((i) => events[i]!);
    const summary = ws.analysis.append(accepted);
    // setImmediate: the answer to the client is written first, then the stream hears of it.
    if (accepted.length > 0) setImmediate(() => ws.announce(summary));
    return result;
  }

  private async build(id: string, settings: WorkspaceSettings): Promise<LiveAnalysis> {
    const live = new LiveAnalysis(optionsOrDefault(id, settings));
    await this.store.scanEvents(id, (batch) => {
      live.append(batch);
    });
    return live;
  }
}

function settingsOf(w: Workspace): WorkspaceSettings {
  return {
    name: w.name,
    calendar: w.calendar,
    timezone: w.timezone,
    stageMap: w.stageMap,
    bufferTargetHours: w.bufferTargetHours,
  };
}

/**
 * Settings were checked when set, but a stored zone can vanish from a newer tz database; the
 * workspace then still loads, analysed in UTC with an inferred calendar, and says so.
 */
function optionsOrDefault(id: string, settings: WorkspaceSettings) {
  try {
    return toAnalyzeOptions(settings);
  } catch (error) {
    process.stderr.write(
      `drumbeat: workspace ${id}: ${error instanceof Error ? error.message : error}; analysing in UTC with an inferred calendar\n`,
    );
    return {};
  }
}
