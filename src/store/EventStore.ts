import type { StageMap } from '../core/flow/StageMap.js';

/** What a person sets on a workspace: one value stream. */
export interface WorkspaceSettings {
  name: string;
  /** `--calendar` text, e.g. "Mon-Fri 09:00-17:00 Europe/Amsterdam"; null to infer it. */
  calendar: string | null;
  /** Zone for timestamps without offset; "UTC" by default. */
  timezone: string;
  stageMap: StageMap | null;
}

export interface Workspace extends WorkspaceSettings {
  id: string;
  createdAt: string;
  /** Events stored. */
  events: number;
}

/** An event as stored; `time` in ms since the epoch (UTC). */
export interface StoredEvent {
  id?: string | undefined;
  case: string;
  activity: string;
  time: number;
  lifecycle?: string | undefined;
  resource?: string | undefined;
  /** Start of the activity instance (ms), from a start-timestamp column. */
  startTime?: number | undefined;
  attributes?: Record<string, unknown> | undefined;
}

export interface AppendResult {
  accepted: number;
  duplicates: number;
  /** Indices (into the input) of the events accepted, ascending. */
  acceptedIndices: number[];
}

/**
 * The port every storage backend implements. One process owns a store at a time; a second
 * `openEventStore` on the same folder fails with {@link StoreLockedError}.
 */
export interface EventStore {
  listWorkspaces(): Promise<Workspace[]>;
  getWorkspace(id: string): Promise<Workspace | undefined>;
  createWorkspace(settings: Partial<WorkspaceSettings> & { name: string }): Promise<Workspace>;
  updateWorkspace(id: string, patch: Partial<WorkspaceSettings>): Promise<Workspace | undefined>;
  deleteWorkspace(id: string): Promise<boolean>;
  /**
   * Stores events; resolves only once the accepted ones are durable (they survive SIGKILL).
   * An event whose `id` is already stored, or appears earlier in the batch, is a duplicate.
   */
  appendEvents(workspaceId: string, events: StoredEvent[]): Promise<AppendResult>;
  /** Streams a workspace's events in arrival order, in batches. */
  scanEvents(workspaceId: string, onBatch: (events: StoredEvent[]) => void): Promise<void>;
  close(): Promise<void>;
}

/** Thrown when another process holds the data directory. */
export class StoreLockedError extends Error {
  constructor(
    readonly dataDir: string,
    detail: string,
  ) {
    super(
      `${dataDir} is in use by another Drumbeat process (${detail}); stop it or use another --data-dir`,
    );
    this.name = 'StoreLockedError';
  }
}
