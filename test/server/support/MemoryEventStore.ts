import { randomUUID } from 'node:crypto';
import type {
  Alert,
  AlertSettings,
  AppendResult,
  DeliveryAttempt,
  EventStore,
  StoredEvent,
  Workspace,
  WorkspaceSettings,
} from '../../../src/store/EventStore.js';
import { MemoryAuditStore } from './MemoryAuditStore.js';
import { MemoryStrategyStore } from './MemoryStrategyStore.js';

/**
 * The EventStore port held in memory, for route tests that need no disk: the same duplicate
 * rules as the real store (an id already stored, or earlier in the batch, is a duplicate).
 */
export class MemoryEventStore implements EventStore {
  readonly audits = new MemoryAuditStore();
  private readonly workspaces = new Map<string, Omit<Workspace, 'events'>>();
  private readonly events = new Map<string, StoredEvent[]>();
  private readonly ids = new Map<string, Set<string>>();
  private readonly alertSettings = new Map<string, AlertSettings>();
  private readonly alerts = new Map<string, Alert[]>();
  private readonly deliveries = new Map<string, DeliveryAttempt[]>();
  readonly strategy = new MemoryStrategyStore((id) => this.workspaces.has(id));

  async listWorkspaces(): Promise<Workspace[]> {
    return [...this.workspaces.keys()].map((id) => this.view(id)!);
  }

  async getWorkspace(id: string): Promise<Workspace | undefined> {
    return this.view(id);
  }

  async createWorkspace(
    settings: Partial<WorkspaceSettings> & { name: string },
  ): Promise<Workspace> {
    const id = randomUUID().slice(0, 8);
    this.workspaces.set(id, {
      id,
      name: settings.name,
      calendar: settings.calendar ?? null,
      timezone: settings.timezone ?? 'UTC',
      stageMap: settings.stageMap ?? null,
      bufferTargetHours: settings.bufferTargetHours ?? null,
      createdAt: new Date().toISOString(),
    });
    this.events.set(id, []);
    this.ids.set(id, new Set());
    return this.view(id)!;
  }

  async updateWorkspace(
    id: string,
    patch: Partial<WorkspaceSettings>,
  ): Promise<Workspace | undefined> {
    const w = this.workspaces.get(id);
    if (!w) return undefined;
    this.workspaces.set(id, { ...w, ...patch });
    return this.view(id);
  }

  async deleteWorkspace(id: string): Promise<boolean> {
    this.events.delete(id);
    this.ids.delete(id);
    this.alertSettings.delete(id);
    this.alerts.delete(id);
    this.deliveries.delete(id);
    this.strategy.forget(id);
    return this.workspaces.delete(id);
  }

  async appendEvents(workspaceId: string, events: StoredEvent[]): Promise<AppendResult> {
    const stored = this.events.get(workspaceId);
    const ids = this.ids.get(workspaceId);
    if (!stored || !ids) throw new Error(`no workspace ${workspaceId}`);
    const acceptedIndices: number[] = [];
    events.forEach((e, i) => {
      if (e.id !== undefined) {
        if (ids.has(e.id)) return;
        ids.add(e.id);
      }
      stored.push(structuredClone(e));
      acceptedIndices.push(i);
    });
    return {
      accepted: acceptedIndices.length,
      duplicates: events.length - acceptedIndices.length,
      acceptedIndices,
    };
  }

  async scanEvents(workspaceId: string, onBatch: (events: StoredEvent[]) => void): Promise<void> {
    const stored = this.events.get(workspaceId) ?? [];
    for (let i = 0; i < stored.length; i += 1000) onBatch(stored.slice(i, i + 1000));
  }

  async getAlertSettings(workspaceId: string): Promise<AlertSettings | undefined> {
    const settings = this.alertSettings.get(workspaceId);
    return settings && structuredClone(settings);
  }

  async saveAlertSettings(workspaceId: string, settings: AlertSettings): Promise<void> {
    this.alertSettings.set(workspaceId, structuredClone(settings));
  }

  async appendAlerts(workspaceId: string, alerts: Alert[]): Promise<void> {
    const list = this.alerts.get(workspaceId) ?? [];
    list.push(...structuredClone(alerts));
    this.alerts.set(workspaceId, list);
  }

  async listAlerts(workspaceId: string, limit: number): Promise<Alert[]> {
    return structuredClone((this.alerts.get(workspaceId) ?? []).slice(-limit).reverse());
  }

  async appendDeliveries(workspaceId: string, attempts: DeliveryAttempt[]): Promise<void> {
    const list = this.deliveries.get(workspaceId) ?? [];
    list.push(...structuredClone(attempts));
    this.deliveries.set(workspaceId, list);
  }

  async listDeliveries(workspaceId: string, limit: number): Promise<DeliveryAttempt[]> {
    return structuredClone((this.deliveries.get(workspaceId) ?? []).slice(-limit).reverse());
  }

  async close(): Promise<void> {}

  private view(id: string): Workspace | undefined {
    const w = this.workspaces.get(id);
    return w && { ...w, events: this.events.get(id)?.length ?? 0 };
  }
}
