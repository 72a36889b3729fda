import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi';
import type { StageMap } from '../../core/flow/StageMap.js';
import type { WorkspaceSettings } from '../../store/EventStore.js';
import { errorResponses } from '../schemas/errorResponses.js';
import type { StageMapBody } from '../schemas/StageMapBody.js';
import { WorkspaceBody } from '../schemas/WorkspaceBody.js';
import { WorkspaceParams } from '../schemas/WorkspaceParams.js';
import { WorkspaceSettingsBody } from '../schemas/WorkspaceSettingsBody.js';
import type { WorkspaceRegistry } from '../WorkspaceRegistry.js';

const WorkspacePatch = WorkspaceSettingsBody.partial().openapi('WorkspacePatch');

const json = <T extends z.ZodType>(schema: T) => ({ 'application/json': { schema } });

const list = createRoute({
  method: 'get',
  path: '/api/workspaces',
  tags: ['Workspaces'],
  summary: 'List the workspaces',
  responses: {
    200: { description: 'All workspaces', content: json(z.array(WorkspaceBody)) },
    ...errorResponses(401),
  },
});

const create = createRoute({
  method: 'post',
  path: '/api/workspaces',
  tags: ['Workspaces'],
  summary: 'Create a workspace (one value stream)',
  request: { body: { required: true, content: json(WorkspaceSettingsBody) } },
  responses: {
    201: { description: 'Created', content: json(z.object({ id: z.string() })) },
    ...errorResponses(400, 401, 415),
  },
});

const read = createRoute({
  method: 'get',
  path: '/api/workspaces/{id}',
  tags: ['Workspaces'],
  summary: 'One workspace',
  request: { params: WorkspaceParams },
  responses: {
    200: { description: 'The workspace', content: json(WorkspaceBody) },
    ...errorResponses(401, 404),
  },
});

const update = createRoute({
  method: 'patch',
  path: '/api/workspaces/{id}',
  tags: ['Workspaces'],
  summary:
    'Change settings; a new calendar, time zone, stage map or buffer target re-analyses the events',
  request: {
    params: WorkspaceParams,
    body: {
      required: true,
      content: json(WorkspacePatch),
    },
  },
  responses: {
    200: { description: 'The changed workspace', content: json(WorkspaceBody) },
    ...errorResponses(400, 401, 404, 415),
  },
});

const remove = createRoute({
  method: 'delete',
  path: '/api/workspaces/{id}',
  tags: ['Workspaces'],
  summary: 'Delete a workspace and its events',
  request: { params: WorkspaceParams },
  responses: { 204: { description: 'Deleted' }, ...errorResponses(401, 404) },
});

/** Workspace CRUD (docs/api.md, "Workspaces"). */
export function workspaceRoutes(app: OpenAPIHono, registry: WorkspaceRegistry): void {
  app.openapi(list, async (c) => c.json(await registry.list(), 200));

  app.openapi(create, async (c) => {
    const body = c.req.valid('json');
    const w = await registry.create({ ...settingsPatch(body), name: body.name });
    return c.json({ id: w.id }, 201);
  });

  app.openapi(read, async (c) => c.json(await registry.describe(c.req.valid('param').id), 200));

  app.openapi(update, async (c) => {
    const { id } = c.req.valid('param');
    return c.json(await registry.update(id, settingsPatch(c.req.valid('json'))), 200);
  });

  app.openapi(remove, async (c) => {
    await registry.delete(c.req.valid('param').id);
    return c.body(null, 204);
  });
}

/** The validated body without absent keys, as the store's optional fields expect. */
function settingsPatch(body: z.output<typeof WorkspacePatch>): Partial<WorkspaceSettings> {
  const patch: Partial<WorkspaceSettings> = {};
  if (body.name !== undefined) patch.name = body.name;
  if (body.calendar !== undefined) patch.calendar = body.calendar;
  if (body.timezone !== undefined) patch.timezone = body.timezone;
  if (body.stageMap !== undefined) patch.stageMap = body.stageMap && toStageMap(body.stageMap);
  if (body.bufferTargetHours !== undefined) patch.bufferTargetHours = body.bufferTargetHours;
  return patch;
}

/** The stage map without the keys zod leaves as undefined (StageMap's are absent or set). */
function toStageMap(body: z.output<typeof StageMapBody>): StageMap {
  const map: { -readonly [K in keyof StageMap]: StageMap[K] } = {};
  if (body.stages) map.stages = body.stages;
  if (body.exclude) map.exclude = body.exclude;
  if (body.rename) map.rename = body.rename;
  return map;
}
