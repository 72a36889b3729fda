import { randomUUID } from 'node:crypto';
import type { AlertState } from '../../core/alerts/AlertState.js';
import { alertConditionKey } from '../../core/alerts/alertConditionKey.js';
import { defaultAlertRules } from '../../core/alerts/defaultAlertRules.js';
import { emptyAlertState } from '../../core/alerts/emptyAlertState.js';
import { evaluateAlerts } from '../../core/alerts/evaluateAlerts.js';
import type { AnalysisReport } from '../../core/analysis/AnalysisReport.js';
import type { Alert, AlertSettings, DeliveryAttempt, EventStore } from '../../store/EventStore.js';
import type { DeliveryPolicy } from './DeliveryPolicy.js';
import { deliverWebhook } from './deliverWebhook.js';
import { webhookBody } from './webhookBody.js';

/** How many past alerts seed the debounce at start: the API's list, more than enough. */
const SEED_ALERTS = 200;

/**
 * The alerts of one workspace: its settings, the rules' memory between analyses, and the
 * delivery of what they raise (stored first, then posted to every webhook in the background).
 */
export class WorkspaceAlerts {
  private state: AlertState;
  private readonly inFlight = new Set<Promise<void>>();
  private readonly stopping = new AbortController();

  private constructor(
    private readonly workspaceId: string,
    private current: AlertSettings,
    state: AlertState,
    private readonly store: EventStore,
    private readonly policy: DeliveryPolicy,
  ) {
    this.state = state;
  }

  /**
   * Reads the settings and seeds the debounce from the alerts already raised, so a restart does
   * not raise again what was raised just before it.
   */
  static async load(
    store: EventStore,
    workspaceId: string,
    policy: DeliveryPolicy,
  ): Promise<WorkspaceAlerts> {
    const settings = (await store.getAlertSettings(workspaceId)) ?? defaultSettings();
    const state = emptyAlertState();
    const past = await store.listAlerts(workspaceId, SEED_ALERTS);
    // Newest first: the first alert seen for a condition is its latest.
    for (const alert of past) {
      const key = alertConditionKey(alert.rule, alert.stage, alert.details);
      state.conditions[key] ??= {
        active: true,
        lastFiredAt: Date.parse(alert.at),
        clearedSinceFired: false,
      };
    }
    return new WorkspaceAlerts(workspaceId, settings, state, store, policy);
  }

  /** A new workspace: default settings, nothing raised yet. */
  static fresh(store: EventStore, workspaceId: string, policy: DeliveryPolicy): WorkspaceAlerts {
    return new WorkspaceAlerts(workspaceId, defaultSettings(), emptyAlertState(), store, policy);
  }

  get settings(): AlertSettings {
    return this.current;
  }

  async save(settings: AlertSettings): Promise<AlertSettings> {
    await this.store.saveAlertSettings(this.workspaceId, settings);
    this.current = settings;
    return settings;
  }

  /**
   * Runs the rules over a fresh analysis and returns the alerts raised, for the live stream.
   * Synchronous so that two analyses in a row cannot interleave their state; storing and
   * delivery go on in the background.
   */
  evaluate(report: AnalysisReport, workspaceName: string, now = Date.now()): Alert[] {
    const result = evaluateAlerts(report, this.current.rules, this.state, now);
    this.state = result.state;
    if (result.alerts.length === 0) return [];
    const alerts = result.alerts.map((a) => ({ id: randomUUID(), ...a }));
    const task = this.dispatch(alerts, { id: this.workspaceId, name: workspaceName }).catch(
      (error: unknown) => {
        process.stderr.write(
          `drumbeat: alerts of workspace ${this.workspaceId} not delivered: ${error}\n`,
        );
      },
    );
    this.inFlight.add(task);
    void task.finally(() => this.inFlight.delete(task));
    return alerts;
  }

  /** Resolves once every alert raised so far is stored and delivered or given up on. */
  async idle(): Promise<void> {
    while (this.inFlight.size > 0) await Promise.allSettled([...this.inFlight]);
  }

  /** Cuts retries short (the server stops or the workspace is deleted). */
  stop(): void {
    this.stopping.abort();
  }

  private async dispatch(alerts: Alert[], workspace: { id: string; name: string }) {
    await this.store.appendAlerts(this.workspaceId, alerts);
    const webhooks = this.current.webhooks;
    const record = (attempt: DeliveryAttempt) =>
      this.store.appendDeliveries(this.workspaceId, [attempt]);
    await Promise.all(
      alerts.flatMap((alert) =>
        webhooks.map((hook) =>
          deliverWebhook(
            { alertId: alert.id, webhookId: hook.id, url: hook.url, secret: hook.secret },
            webhookBody(alert, workspace, hook.format),
            this.policy,
            record,
            this.stopping.signal,
          ),
        ),
      ),
    );
  }
}

function defaultSettings(): AlertSettings {
  return { rules: defaultAlertRules(), webhooks: [] };
}
