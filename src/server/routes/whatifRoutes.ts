import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi';
import { ScenarioError } from '../../core/simulation/applyScenario.js';
import { planWhatIf } from '../../core/simulation/planWhatIf.js';
import type { Scenario } from '../../core/simulation/Scenario.js';
import { ApiError } from '../ApiError.js';
import { errorResponses } from '../schemas/errorResponses.js';
import { WhatIfJobBody, WhatIfRequestBody } from '../schemas/WhatIfBody.js';
import { WorkspaceParams } from '../schemas/WorkspaceParams.js';
import type { WorkspaceRegistry } from '../WorkspaceRegistry.js';
import type { WhatIfJobs } from '../whatif/WhatIfJobs.js';

const json = <T extends z.ZodType>(schema: T) => ({ 'application/json': { schema } });

const start = createRoute({
  method: 'post',
  path: '/api/workspaces/{id}/whatif',
  tags: ['What-if'],
  summary: "Start a what-if on the workspace's current events; poll the job for answers",
  request: { params: WorkspaceParams, body: { required: true, content: json(WhatIfRequestBody) } },
  responses: {
    202: {
      description: 'The job, running; its first answer follows within seconds',
      content: json(WhatIfJobBody),
    },
    ...errorResponses(400, 401, 404, 409, 415),
  },
});

const poll = createRoute({
  method: 'get',
  path: '/api/workspaces/{id}/whatif/{job}',
  tags: ['What-if'],
  summary: 'A what-if job: the answer from the replications done so far',
  request: {
    params: WorkspaceParams.extend({
      job: z
        .string()
        .min(1)
        .openapi({ param: { name: 'job', in: 'path' } }),
    }),
  },
  responses: {
    200: { description: 'The job', content: json(WhatIfJobBody) },
    ...errorResponses(401, 404),
  },
});

/** What-if simulation of a workspace's stream (docs/api.md, "What-if"; docs/whatif.md). */
export function whatifRoutes(
  app: OpenAPIHono,
  registry: WorkspaceRegistry,
  jobs: WhatIfJobs,
): void {
  app.openapi(start, (c) => {
    const { id } = c.req.valid('param');
    const ws = registry.find(id);
    if (ws.analysis.size === 0) throw new ApiError(409, `workspace "${id}" has no events yet`);
    const { replications, weeks, seed, ...fields } = c.req.valid('json');
    const scenario: Scenario = {
      ...(fields.capacity && { capacity: fields.capacity }),
      ...(fields.processing && { processing: fields.processing }),
      ...(fields.arrivals !== undefined && { arrivals: fields.arrivals }),
      ...(fields.rope !== undefined && { rope: fields.rope }),
      ...(fields.wipCap !== undefined && { wipCap: fields.wipCap }),
    };
    const detail = ws.analysis.currentDetail();
    let plan: ReturnType<typeof planWhatIf>;
    try {
      plan = planWhatIf(detail, scenario, { replications, weeks, seed });
    } catch (error) {
      if (error instanceof ScenarioError || error instanceof RangeError)
        throw new ApiError(400, `body field ${error.message}`);
      // The log itself cannot be simulated (for example, all cases arrived at once).
      if (error instanceof Error) throw new ApiError(409, `cannot simulate: ${error.message}`);
      throw error;
    }
    return c.json(jobs.start(id, plan, detail), 202);
  });

  app.openapi(poll, (c) => {
    const { id, job } = c.req.valid('param');
    registry.find(id);
    const found = jobs.find(id, job);
    if (!found) throw new ApiError(404, `no what-if job "${job}" in workspace "${id}"`);
    return c.json(found, 200);
  });
}
