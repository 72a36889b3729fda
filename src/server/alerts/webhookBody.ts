import type { Alert, Webhook } from '../../store/EventStore.js';

/**
 * What is posted to a webhook: the alert with the workspace it belongs to, or for `slack` the
 * `{"text"}` an incoming webhook of Slack (and of Mattermost, Rocket.Chat, …) shows as a message.
 */
export function webhookBody(
  alert: Alert,
  workspace: { id: string; name: string },
  format: Webhook['format'],
): string {
  if (format === 'slack') {
    return JSON.stringify({ text: `Drumbeat, ${workspace.name}: ${alert.message}` });
  }
  return JSON.stringify({ ...alert, workspace: { id: workspace.id, name: workspace.name } });
}
