import { useEffect, useMemo } from 'react';
import type { Alert } from '../../../api/Alerts';
import { ApiError } from '../../../api/ApiError';
import { api } from '../../../api/api';
import { EmptyState } from '../../../components/EmptyState';
import { ErrorBanner } from '../../../components/ErrorBanner';
import { Panel } from '../../../components/Panel';
import { Skeleton } from '../../../components/Skeleton';
import { formatDateTime } from '../../../format/formatDateTime';
import { useResource } from '../../../hooks/useResource';
import { AlertRulesEditor } from './AlertRulesEditor';
import { ruleLabel } from './alertRules';

/** The server keeps the latest 200; so does the list. */
const keptAlerts = 200;

/** A 404 means this server has no alert routes yet: an answer, not a failure. */
async function unlessMissing<T>(request: Promise<T>): Promise<T | null> {
  try {
    return await request;
  } catch (error) {
    if (error instanceof ApiError && error.status === 404) return null;
    throw error;
  }
}

interface AlertsPanelProps {
  workspaceId: string;
  /** Alerts received on the live stream since the page opened, newest first. */
  liveAlerts: readonly Alert[];
  /** Changes when the live stream came back after a break: alerts may have been missed. */
  resyncs: number;
}

/** Recent alerts, newest first (live ones prepended), and the rules and webhooks that send them. */
export function AlertsPanel({ workspaceId, liveAlerts, resyncs }: AlertsPanelProps) {
  const alerts = useResource(`alerts:${workspaceId}`, (signal) =>
    unlessMissing(api.getAlerts(workspaceId, signal)),
  );
  const settings = useResource(`alert-settings:${workspaceId}`, (signal) =>
    unlessMissing(api.getAlertSettings(workspaceId, signal)),
  );

  const reloadAlerts = alerts.reload;
  useEffect(() => {
    if (resyncs > 0) reloadAlerts();
  }, [resyncs, reloadAlerts]);

  const list = useMemo(() => {
    const seen = new Set<string>();
    const merged: Alert[] = [];
    for (const alert of [...liveAlerts, ...(alerts.data ?? [])]) {
      if (seen.has(alert.id)) continue;
      seen.add(alert.id);
      merged.push(alert);
    }
    merged.sort((a, b) => Date.parse(b.at) - Date.parse(a.at));
    return merged.slice(0, keptAlerts);
  }, [liveAlerts, alerts.data]);

  const unavailable = alerts.data === null || settings.data === null;
  return (
    <Panel
      title="Alerts"
      className="alerts-panel"
      subtitle="Checked each time the analysis is brought up to date; new alerts appear here live and go to your webhooks."
    >
      {unavailable ? (
        <div className="notice-warning" role="status">
          <p>
            <strong>Alerts are not available on this server.</strong> This version of{' '}
            <code>drumbeat serve</code> has no alert routes yet; update it to get alerts and
            webhooks. Everything else on this page works without them.
          </p>
        </div>
      ) : (
        <div className="grid-two-inner">
          <section aria-labelledby="recent-alerts-title">
            <h3 className="subheading" id="recent-alerts-title">
              Recent alerts
            </h3>
            {alerts.error !== undefined && (
              <ErrorBanner
                error={alerts.error}
                context="Loading the alerts"
                onRetry={alerts.reload}
              />
            )}
            {alerts.data === undefined ? (
              alerts.error === undefined && <Skeleton height={160} label="Loading the alerts…" />
            ) : list.length === 0 ? (
              <EmptyState title="No alerts yet">
                <p>When a rule on the right fires, it is listed here, newest first.</p>
              </EmptyState>
            ) : (
              <ol className="alert-list" aria-live="polite">
                {list.map((alert) => (
                  <li key={alert.id}>
                    <p className="alert-head">
                      <strong>{ruleLabel(alert.rule)}</strong>
                      {alert.stage !== null && alert.stage !== undefined && (
                        <span className="alert-stage"> · {alert.stage}</span>
                      )}
                    </p>
                    <p className="alert-message">{alert.message}</p>
                    <p className="fact-note">
                      <time dateTime={alert.at}>{formatDateTime(alert.at)}</time>
                    </p>
                  </li>
                ))}
              </ol>
            )}
          </section>
          <section aria-labelledby="alert-rules-title">
            <h3 className="subheading" id="alert-rules-title">
              Rules and webhooks
            </h3>
            {settings.error !== undefined && (
              <ErrorBanner
                error={settings.error}
                context="Loading the alert settings"
                onRetry={settings.reload}
              />
            )}
            {settings.data === undefined
              ? settings.error === undefined && (
                  <Skeleton height={220} label="Loading the alert settings…" />
                )
              : settings.data !== null && (
                  <AlertRulesEditor
                    key={workspaceId}
                    workspaceId={workspaceId}
                    settings={settings.data}
                  />
                )}
          </section>
        </div>
      )}
    </Panel>
  );
}
