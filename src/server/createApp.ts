import { OpenAPIHono } from '@hono/zod-openapi';
import { HTTPException } from 'hono/http-exception';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { ApiError } from './ApiError.js';
import { checkHost } from './checkHost.js';
import { describeIssue } from './describeIssue.js';
import { requireToken } from './requireToken.js';
import { alertRoutes } from './routes/alertRoutes.js';
import { analysisRoutes } from './routes/analysisRoutes.js';
import { auditRoutes } from './routes/auditRoutes.js';
import { dashboardRoutes } from './routes/dashboardRoutes.js';
import { forecastRoutes } from './routes/forecastRoutes.js';
import { healthRoute } from './routes/healthRoute.js';
import { ingestRoutes } from './routes/ingestRoutes.js';
import { strategyRoutes } from './routes/strategyRoutes.js';
import { streamRoute } from './routes/streamRoute.js';
import { surveyRoutes } from './routes/surveyRoutes.js';
import { whatifRoutes } from './routes/whatifRoutes.js';
import { workspaceRoutes } from './routes/workspaceRoutes.js';
import type { WorkspaceRegistry } from './WorkspaceRegistry.js';
import { WhatIfJobs } from './whatif/WhatIfJobs.js';

export interface AppOptions {
  registry: WorkspaceRegistry;
  token: string;
  /** Host header values to answer (read per request: the port is known once listening). */
  allowedHosts: () => ReadonlySet<string>;
  /** The built dashboard (dist/web). */
  webRoot: string;
  version: string;
}

// How a validation target is named in messages: "body field "timezone": …".
const TARGET: Record<string, string> = {
  json: 'body',
  query: 'query',
  param: 'path',
  header: 'header',
};

/**
 * The whole HTTP application of docs/api.md: Host check on everything, token on the API, the
 * routes (validated by the zod schemas that also produce /api/openapi.json), then the dashboard.
 * Every error leaves as `{"error", "details"?}`.
 */
export function createApp(options: AppOptions): OpenAPIHono {
  const app = new OpenAPIHono({
    defaultHook: (result, c) => {
      if (result.success) return;
      const where = TARGET[result.target] ?? result.target;
      const issues = result.error.issues;
      const first = issues[0];
      return c.json(
        {
          error: first ? describeIssue(first, `${where} field`) : `invalid ${where}`,
          details: issues.map((i) => ({ path: i.path.map(String), message: i.message })),
        },
        400,
      );
    },
  });
  app.use('*', checkHost(options.allowedHosts));
  app.use('/api/*', requireToken(options.token));

  healthRoute(app, options.version);
  workspaceRoutes(app, options.registry);
  ingestRoutes(app, options.registry);
  analysisRoutes(app, options.registry);
  streamRoute(app, options.registry);
  alertRoutes(app, options.registry);
  auditRoutes(app, options.registry);
  surveyRoutes(app, options.registry.store.audits);
  forecastRoutes(app, options.registry);
  whatifRoutes(app, options.registry, new WhatIfJobs());
  strategyRoutes(app, options.registry);

  app.openAPIRegistry.registerComponent('securitySchemes', 'bearer', {
    type: 'http',
    scheme: 'bearer',
    description: 'The token printed in the start-up URL (`#token=…`), or DRUMBEAT_TOKEN',
  });
  app.doc('/api/openapi.json', {
    openapi: '3.0.3',
    info: {
      title: 'Drumbeat',
      version: options.version,
      description:
        'Find the constraint of a value stream from its events, kept current as they arrive. See docs/api.md.',
    },
    security: [{ bearer: [] }],
  });

  dashboardRoutes(app, options.webRoot);

  app.notFound((c) => c.json({ error: `no such route: ${c.req.method} ${c.req.path}` }, 404));
  app.onError((error, c) => {
    if (error instanceof ApiError) {
      if (error.status === 401) c.header('WWW-Authenticate', 'Bearer realm="drumbeat"');
      return c.json(
        { error: error.message, ...(error.details && { details: error.details }) },
        error.status,
      );
    }
    if (error instanceof HTTPException) {
      return c.json(
        { error: error.message || 'bad request' },
        error.status as ContentfulStatusCode,
      );
    }
    process.stderr.write(
      `drumbeat: ${c.req.method} ${c.req.path} failed: ${error.stack ?? error}\n`,
    );
    return c.json({ error: `internal error: ${error.message}` }, 500);
  });
  return app;
}
