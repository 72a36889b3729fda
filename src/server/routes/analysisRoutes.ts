import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi';
import { parseTimestamp } from '../../readers/timestamps/parseTimestamp.js';
import { ApiError } from '../ApiError.js';
import type { LiveWorkspace } from '../LiveWorkspace.js';
import { errorResponses } from '../schemas/errorResponses.js';
import { WorkspaceParams } from '../schemas/WorkspaceParams.js';
import type { WorkspaceRegistry } from '../WorkspaceRegistry.js';

// The documents are described in docs/report-format.md and src/core/views; here they are
// declared as objects, not re-specified, so the two descriptions cannot drift apart.
const document = (name: string, description: string) =>
  z.object({}).loose().openapi(name, { description });

const analysis = createRoute({
  method: 'get',
  path: '/api/workspaces/{id}/analysis',
  tags: ['Analysis'],
  summary: 'The document of `drumbeat analyze --json` over the stored events',
  request: {
    params: WorkspaceParams,
    query: z.object({
      from: z
        .string()
        .min(1)
        .optional()
        .openapi({ description: 'ISO instant; events at or after it' }),
      to: z.string().min(1).optional().openapi({ description: 'ISO instant; events before it' }),
    }),
  },
  responses: {
    200: {
      description: 'The analysis',
      content: {
        'application/json': {
          schema: document('AnalysisReport', 'See docs/report-format.md'),
        },
      },
    },
    ...errorResponses(400, 401, 404, 409),
  },
});

const live = createRoute({
  method: 'get',
  path: '/api/workspaces/{id}/live',
  tags: ['Analysis'],
  summary: "The constraint's output and utilisation today and this week; null without events",
  request: { params: WorkspaceParams },
  responses: {
    200: {
      description: 'The live output (LiveOutput in src/core/views), or null',
      content: {
        'application/json': {
          schema: document('LiveOutput', 'See src/core/views/LiveOutput.ts').nullable(),
        },
      },
    },
    ...errorResponses(401, 404),
  },
});

const flow = createRoute({
  method: 'get',
  path: '/api/workspaces/{id}/flow',
  tags: ['Analysis'],
  summary: 'Chart data: cumulative flow, throughput, cycle-time scatter, aging WIP',
  request: { params: WorkspaceParams },
  responses: {
    200: {
      description: 'FlowCharts in src/core/views',
      content: {
        'application/json': { schema: document('FlowCharts', 'See src/core/views/FlowCharts.ts') },
      },
    },
    ...errorResponses(401, 404, 409),
  },
});

const stage = createRoute({
  method: 'get',
  path: '/api/workspaces/{id}/stages/{stage}',
  tags: ['Analysis'],
  summary: 'Drill-down of one stage: items, wait and processing distributions, people',
  request: {
    params: WorkspaceParams.extend({
      stage: z
        .string()
        .min(1)
        .openapi({ param: { name: 'stage', in: 'path' }, example: 'Review' }),
    }),
  },
  responses: {
    200: {
      description: 'StageDetail in src/core/views',
      content: {
        'application/json': {
          schema: document('StageDetail', 'See src/core/views/StageDetail.ts'),
        },
      },
    },
    ...errorResponses(401, 404, 409),
  },
});

/** The analysis and its dashboard views (docs/api.md, "Analysis"). */
export function analysisRoutes(app: OpenAPIHono, registry: WorkspaceRegistry): void {
  app.openapi(analysis, (c) => {
    const ws = withEvents(registry.find(c.req.valid('param').id));
    const { from, to } = c.req.valid('query');
    const report = ws.analysis.report();
    if (from === undefined && to === undefined) return c.json(report, 200);
    const start = from === undefined ? Number.NEGATIVE_INFINITY : instant('from', from, ws.zone);
    const end = to === undefined ? Number.POSITIVE_INFINITY : instant('to', to, ws.zone);
    // The analysis of no events is undefined (and the core does not guard against it).
    const first = Date.parse(report.log.start ?? '');
    const last = Date.parse(report.log.end ?? '');
    if (!(start <= last && end > first)) {
      throw new ApiError(409, `no events between "${from ?? ''}" and "${to ?? ''}"`);
    }
    return c.json(ws.analysis.reportBetween(start, end), 200);
  });

  app.openapi(live, (c) => {
    const ws = registry.find(c.req.valid('param').id);
    return c.json(ws.analysis.size > 0 ? (ws.analysis.live() ?? null) : null, 200);
  });

  app.openapi(flow, (c) => {
    const ws = withEvents(registry.find(c.req.valid('param').id));
    return c.json(ws.analysis.flow(), 200);
  });

  app.openapi(stage, (c) => {
    const { id, stage: name } = c.req.valid('param');
    const detail = withEvents(registry.find(id)).analysis.stage(name);
    if (!detail) throw new ApiError(404, `no stage "${name}" in workspace "${id}"`);
    return c.json(detail, 200);
  });
}

/** The workspace, or a 409 while it has no events: there is nothing to analyse yet. */
function withEvents(ws: LiveWorkspace): LiveWorkspace {
  if (ws.analysis.size === 0) throw new ApiError(409, `workspace "${ws.id}" has no events yet`);
  return ws;
}

function instant(field: string, text: string, zone: Parameters<typeof parseTimestamp>[1]): number {
  const t = parseTimestamp(text, zone);
  if (!Number.isFinite(t)) {
    throw new ApiError(
      400,
      `query field "${field}": cannot read "${text}" as a time (use ISO 8601)`,
    );
  }
  return t;
}
