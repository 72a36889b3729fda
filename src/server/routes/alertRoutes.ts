import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi';
import type { AlertSettings } from '../../store/EventStore.js';
import { AlertBody } from '../schemas/AlertBody.js';
import { AlertSettingsBody } from '../schemas/AlertSettingsBody.js';
import { DeliveryAttemptBody } from '../schemas/DeliveryAttemptBody.js';
import { errorResponses } from '../schemas/errorResponses.js';
import { WorkspaceParams } from '../schemas/WorkspaceParams.js';
import type { WorkspaceRegistry } from '../WorkspaceRegistry.js';

const ALERTS_LISTED = 200;
const DELIVERIES_LISTED = 500;

const json = <T extends z.ZodType>(schema: T) => ({ 'application/json': { schema } });

const readSettings = createRoute({
  method: 'get',
  path: '/api/workspaces/{id}/alert-settings',
  tags: ['Alerts'],
  summary: 'Alert rules and webhooks (the defaults until changed)',
  request: { params: WorkspaceParams },
  responses: {
    200: { description: 'The settings', content: json(AlertSettingsBody) },
    ...errorResponses(401, 404),
  },
});

const saveSettings = createRoute({
  method: 'put',
  path: '/api/workspaces/{id}/alert-settings',
  tags: ['Alerts'],
  summary: 'Replace the alert rules and webhooks',
  request: {
    params: WorkspaceParams,
    body: { required: true, content: json(AlertSettingsBody) },
  },
  responses: {
    200: { description: 'The stored settings', content: json(AlertSettingsBody) },
    ...errorResponses(400, 401, 404, 415),
  },
});

const listAlerts = createRoute({
  method: 'get',
  path: '/api/workspaces/{id}/alerts',
  tags: ['Alerts'],
  summary: `The latest ${ALERTS_LISTED} alerts, newest first`,
  request: { params: WorkspaceParams },
  responses: {
    200: { description: 'Alerts', content: json(z.array(AlertBody)) },
    ...errorResponses(401, 404),
  },
});

const listDeliveries = createRoute({
  method: 'get',
  path: '/api/workspaces/{id}/alert-deliveries',
  tags: ['Alerts'],
  summary: `The latest ${DELIVERIES_LISTED} webhook delivery attempts, newest first`,
  request: { params: WorkspaceParams },
  responses: {
    200: { description: 'Delivery attempts', content: json(z.array(DeliveryAttemptBody)) },
    ...errorResponses(401, 404),
  },
});

/** Alert settings, alerts raised and their deliveries (docs/api.md, "Alerts"). */
export function alertRoutes(app: OpenAPIHono, registry: WorkspaceRegistry): void {
  app.openapi(readSettings, (c) =>
    c.json(registry.find(c.req.valid('param').id).alerts.settings, 200),
  );

  app.openapi(saveSettings, async (c) => {
    const ws = registry.find(c.req.valid('param').id);
    const settings = toAlertSettings(c.req.valid('json'));
    return c.json(await ws.exclusive(() => ws.alerts.save(settings)), 200);
  });

  app.openapi(listAlerts, async (c) => {
    const { id } = c.req.valid('param');
    registry.find(id);
    return c.json(await registry.store.listAlerts(id, ALERTS_LISTED), 200);
  });

  app.openapi(listDeliveries, async (c) => {
    const { id } = c.req.valid('param');
    registry.find(id);
    return c.json(await registry.store.listDeliveries(id, DELIVERIES_LISTED), 200);
  });
}

/** The validated body without the keys zod leaves as undefined, as stored settings have them. */
function toAlertSettings(body: z.output<typeof AlertSettingsBody>): AlertSettings {
  return {
    rules: body.rules.map((r) => ({
      kind: r.kind,
      enabled: r.enabled,
      ...(r.minutes !== undefined && { minutes: r.minutes }),
      ...(r.days !== undefined && { days: r.days }),
    })),
    webhooks: body.webhooks.map((w) => ({
      id: w.id,
      url: w.url,
      format: w.format,
      secret: w.secret,
    })),
  };
}
