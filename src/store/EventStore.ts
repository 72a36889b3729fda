import type { AlertRule } from '../core/alerts/AlertRule.js';
import type { NewAlert } from '../core/alerts/NewAlert.js';
import type { StageMap } from '../core/flow/StageMap.js';
import type { AuditStore } from './AuditStore.js';
import type { StrategyStore } from './StrategyStore.js';

/** What a person sets on a workspace: one value stream. */
export interface WorkspaceSettings {
  name: string;
  /** `--calendar` text, e.g. "Mon-Fri 09:00-17:00 Europe/Amsterdam"; null to infer it. */
  calendar: string | null;
  /** Zone for timestamps without offset; "UTC" by default. */
  timezone: string;
  stageMap: StageMap | null;
  /**
   * The constraint buffer's target in constraint hours (docs/report-format.md, "Buffer"); null
   * to derive it from the upstream supply's variability.
   */
  bufferTargetHours: number | null;
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

/** Where alerts are posted; `secret` signs each body (docs/api.md, "Alerts"). */
export interface Webhook {
  id: string;
  url: string;
  format: 'json' | 'slack';
  secret: string;
}

/** A workspace's alert rules and webhooks. */
export interface AlertSettings {
  rules: AlertRule[];
  webhooks: Webhook[];
}

/** An alert as stored and shown. */
export interface Alert extends NewAlert {
  id: string;
}

/** One attempt to post an alert to a webhook. */
export interface DeliveryAttempt {
  alertId: string;
  webhookId: string;
  /** 1 for the first try. */
  attempt: number;
  at: string;
  /** The HTTP status answered; null when no answer came (network error, timeout). */
  status: number | null;
  error?: string | undefined;
}

/**
 * The port every storage backend implements. One process owns a store at a time; a second
 * `openEventStore` on the same folder fails with {@link StoreLockedError}.
 */
export interface EventStore {
  /** Alignment audits, on the same database (docs/alignment-audit.md). */
  readonly audits: AuditStore;
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
  /** The alert settings saved for a workspace; undefined until someone saves them. */
  getAlertSettings(workspaceId: string): Promise<AlertSettings | undefined>;
  saveAlertSettings(workspaceId: string, settings: AlertSettings): Promise<void>;
  appendAlerts(workspaceId: string, alerts: Alert[]): Promise<void>;
  /** The latest `limit` alerts, newest first. */
  listAlerts(workspaceId: string, limit: number): Promise<Alert[]>;
  appendDeliveries(workspaceId: string, attempts: DeliveryAttempt[]): Promise<void>;
  /** The latest `limit` delivery attempts, newest first. */
  listDeliveries(workspaceId: string, limit: number): Promise<DeliveryAttempt[]>;
  /** The workspaces' strategies, in the same store (deleted with their workspace). */
  readonly strategy: StrategyStore;
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
