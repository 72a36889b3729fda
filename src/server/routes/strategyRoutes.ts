import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi';
import { renderReviewHtml } from '../../core/strategy/review/renderReviewHtml.js';
import type { StrategyItems } from '../../store/StrategyStore.js';
import { errorResponses } from '../schemas/errorResponses.js';
import { CheckInBody } from '../schemas/strategy/CheckInBody.js';
import { DecisionBody } from '../schemas/strategy/DecisionBody.js';
import { InitiativeBody } from '../schemas/strategy/InitiativeBody.js';
import { KeyResultBody } from '../schemas/strategy/KeyResultBody.js';
import { ObjectiveBody } from '../schemas/strategy/ObjectiveBody.js';
import { RegisterEntryBody } from '../schemas/strategy/RegisterEntryBody.js';
import { StatementBody } from '../schemas/strategy/StatementBody.js';
import { TeamMetricBody } from '../schemas/strategy/TeamMetricBody.js';
import { WorkspaceParams } from '../schemas/WorkspaceParams.js';
import { renderReviewPdf } from '../strategy/renderReviewPdf.js';
import { type StrategyInputs, StrategyService } from '../strategy/StrategyService.js';
import type { WorkspaceRegistry } from '../WorkspaceRegistry.js';

const BASE = '/api/workspaces/{id}/strategy';
const TAG = ['Strategy'];
const json = <T extends z.ZodType>(schema: T) => ({ 'application/json': { schema } });
// The evaluated documents are typed by src/core/strategy and described in docs/strategy.md;
// declared here as objects so the two descriptions cannot drift apart.
const document = (name: string, description: string) =>
  z.object({}).loose().openapi(name, { description });
const Stored = z.object({ id: z.string() }).loose();
const ItemParams = WorkspaceParams.extend({
  itemId: z
    .string()
    .min(1)
    .openapi({ param: { name: 'itemId', in: 'path' } }),
});

const view = createRoute({
  method: 'get',
  path: BASE,
  tags: TAG,
  summary:
    'The whole strategy read against the analysis: register, plan, cascade, triage, incentives',
  request: { params: WorkspaceParams },
  responses: {
    200: {
      description: 'StrategyView in src/core/strategy/review',
      content: json(document('StrategyView', 'See docs/strategy.md')),
    },
    ...errorResponses(401, 404),
  },
});

const statement = createRoute({
  method: 'put',
  path: `${BASE}/statement`,
  tags: TAG,
  summary: 'Write the strategy statement: how we exploit the constraint',
  request: { params: WorkspaceParams, body: { required: true, content: json(StatementBody) } },
  responses: {
    200: { description: 'The stored statement', content: json(z.object({}).loose()) },
    ...errorResponses(400, 401, 404, 415),
  },
});

const readRegister = createRoute({
  method: 'get',
  path: `${BASE}/register`,
  tags: TAG,
  summary: 'The constraint in force and its history (detected shifts and people’s entries)',
  request: { params: WorkspaceParams },
  responses: {
    200: {
      description: 'ConstraintRegister',
      content: json(document('ConstraintRegister', 'See docs/strategy.md')),
    },
    ...errorResponses(401, 404),
  },
});

const addRegister = createRoute({
  method: 'post',
  path: `${BASE}/register`,
  tags: TAG,
  summary: 'Confirm the detected constraint, or override it (a reason is required)',
  request: { params: WorkspaceParams, body: { required: true, content: json(RegisterEntryBody) } },
  responses: {
    201: {
      description: 'The register after the entry',
      content: json(document('ConstraintRegister', 'See docs/strategy.md')),
    },
    ...errorResponses(400, 401, 404, 415),
  },
});

const addCheckIn = createRoute({
  method: 'post',
  path: `${BASE}/key-results/{itemId}/check-ins`,
  tags: TAG,
  summary: 'Record a check-in (value, confidence, narrative) on a check-in key result',
  request: { params: ItemParams, body: { required: true, content: json(CheckInBody) } },
  responses: {
    201: { description: 'The stored check-in', content: json(Stored) },
    ...errorResponses(400, 401, 404, 409, 415),
  },
});

const listCheckIns = createRoute({
  method: 'get',
  path: `${BASE}/key-results/{itemId}/check-ins`,
  tags: TAG,
  summary: "A key result's check-ins, newest first",
  request: { params: ItemParams },
  responses: {
    200: { description: 'Check-ins', content: json(z.array(Stored)) },
    ...errorResponses(401, 404),
  },
});

const addDecision = createRoute({
  method: 'post',
  path: `${BASE}/decisions`,
  tags: TAG,
  summary: 'Log a decision: what was decided, by whom (the time is recorded)',
  request: { params: WorkspaceParams, body: { required: true, content: json(DecisionBody) } },
  responses: {
    201: { description: 'The stored decision', content: json(Stored) },
    ...errorResponses(400, 401, 404, 415),
  },
});

const listDecisions = createRoute({
  method: 'get',
  path: `${BASE}/decisions`,
  tags: TAG,
  summary: 'The decision log, newest first',
  request: { params: WorkspaceParams },
  responses: {
    200: { description: 'Decisions', content: json(z.array(Stored)) },
    ...errorResponses(401, 404),
  },
});

const triage = createRoute({
  method: 'get',
  path: `${BASE}/triage`,
  tags: TAG,
  summary:
    'Flags (scaling trap, hedging, activity metrics) with why, and the share of effort at the constraint',
  request: { params: WorkspaceParams },
  responses: {
    200: { description: 'Triage', content: json(document('Triage', 'See docs/strategy.md')) },
    ...errorResponses(401, 404),
  },
});

const incentives = createRoute({
  method: 'get',
  path: `${BASE}/incentives`,
  tags: TAG,
  summary: "Each team metric's verdict against the constraint, and each team's contribution",
  request: { params: WorkspaceParams },
  responses: {
    200: {
      description: 'Incentive checks and contributions',
      content: json(
        z.object({
          checks: z.array(z.object({}).loose()),
          contributions: z.array(z.object({}).loose()),
        }),
      ),
    },
    ...errorResponses(401, 404),
  },
});

const review = createRoute({
  method: 'get',
  path: `${BASE}/review`,
  tags: TAG,
  summary: 'The review: constraint, buffer, throughput, OKRs, flags, incentives, decisions',
  request: { params: WorkspaceParams },
  responses: {
    200: { description: 'Review', content: json(document('Review', 'See docs/strategy.md')) },
    ...errorResponses(401, 404),
  },
});

const exportReview = createRoute({
  method: 'get',
  path: `${BASE}/review/export`,
  tags: TAG,
  summary: 'The review as a self-contained HTML file or a PDF, to download',
  request: {
    params: WorkspaceParams,
    query: z.object({
      format: z.enum(['html', 'pdf']).openapi({ description: 'html or pdf' }),
    }),
  },
  responses: {
    200: {
      description: 'The file (Content-Disposition: attachment)',
      content: {
        'text/html': { schema: z.string() },
        'application/pdf': { schema: z.string().openapi({ format: 'binary' }) },
      },
    },
    ...errorResponses(400, 401, 404),
  },
});

/** The strategy module (docs/strategy.md; docs/api.md, "Strategy"). */
export function strategyRoutes(app: OpenAPIHono, registry: WorkspaceRegistry): void {
  const service = new StrategyService(registry);

  app.openapi(view, async (c) =>
    c.json((await service.evaluate(c.req.valid('param').id)).view, 200),
  );

  app.openapi(statement, async (c) =>
    c.json(await service.saveStatement(c.req.valid('param').id, c.req.valid('json')), 200),
  );

  app.openapi(readRegister, async (c) =>
    c.json((await service.evaluate(c.req.valid('param').id)).view.register, 200),
  );

  app.openapi(addRegister, async (c) => {
    const { id } = c.req.valid('param');
    await service.addRegisterEntry(id, c.req.valid('json'));
    return c.json((await service.evaluate(id)).view.register, 201);
  });

  itemRoutes(app, service, 'initiatives', 'initiatives', InitiativeBody, 'Initiative');
  itemRoutes(app, service, 'objectives', 'objectives', ObjectiveBody, 'Objective');
  itemRoutes(app, service, 'key-results', 'keyResults', KeyResultBody, 'Key result');
  itemRoutes(app, service, 'team-metrics', 'teamMetrics', TeamMetricBody, 'Team metric');

  app.openapi(addCheckIn, async (c) => {
    const { id, itemId } = c.req.valid('param');
    return c.json(await service.addCheckIn(id, itemId, c.req.valid('json')), 201);
  });

  app.openapi(listCheckIns, async (c) => {
    const { id, itemId } = c.req.valid('param');
    const { records } = await service.evaluate(id);
    if (!records.keyResults.some((k) => k.id === itemId)) {
      return c.json({ error: `no key result "${itemId}" in workspace "${id}"` }, 404);
    }
    return c.json(records.checkIns.filter((x) => x.keyResultId === itemId).reverse(), 200);
  });

  app.openapi(addDecision, async (c) =>
    c.json(await service.addDecision(c.req.valid('param').id, c.req.valid('json')), 201),
  );

  app.openapi(listDecisions, async (c) => {
    const { records } = await service.evaluate(c.req.valid('param').id);
    return c.json([...records.decisions].reverse(), 200);
  });

  app.openapi(triage, async (c) =>
    c.json((await service.evaluate(c.req.valid('param').id)).view.triage, 200),
  );

  app.openapi(incentives, async (c) => {
    const { view: v } = await service.evaluate(c.req.valid('param').id);
    return c.json({ checks: v.incentives, contributions: v.contributions }, 200);
  });

  app.openapi(review, async (c) => c.json(await service.review(c.req.valid('param').id), 200));

  app.openapi(exportReview, async (c) => {
    const { id } = c.req.valid('param');
    const r = await service.review(id);
    const name = `strategy-review-${r.generatedAt.slice(0, 10)}`;
    if (c.req.valid('query').format === 'html') {
      c.header('Content-Disposition', `attachment; filename="${name}.html"`);
      c.header('Content-Type', 'text/html; charset=utf-8');
      return c.body(renderReviewHtml(r), 200);
    }
    const pdf = await renderReviewPdf(r);
    c.header('Content-Disposition', `attachment; filename="${name}.pdf"`);
    c.header('Content-Type', 'application/pdf');
    return c.body(new Uint8Array(pdf), 200);
  });
}

/** List, create, replace and delete routes of one collection. */
function itemRoutes<K extends keyof StrategyItems>(
  app: OpenAPIHono,
  service: StrategyService,
  segment: string,
  kind: K,
  body: z.ZodType<StrategyInputs[K]>,
  noun: string,
): void {
  const path = `${BASE}/${segment}`;
  const list = createRoute({
    method: 'get',
    path,
    tags: TAG,
    summary: `${noun}s, in the order written`,
    request: { params: WorkspaceParams },
    responses: {
      200: { description: `${noun}s`, content: json(z.array(Stored)) },
      ...errorResponses(401, 404),
    },
  });
  const create = createRoute({
    method: 'post',
    path,
    tags: TAG,
    summary: `Add a ${noun.toLowerCase()}`,
    request: { params: WorkspaceParams, body: { required: true, content: json(body) } },
    responses: {
      201: { description: `The stored ${noun.toLowerCase()}, with its id`, content: json(Stored) },
      ...errorResponses(400, 401, 404, 415),
    },
  });
  const replace = createRoute({
    method: 'put',
    path: `${path}/{itemId}`,
    tags: TAG,
    summary: `Replace a ${noun.toLowerCase()}`,
    request: { params: ItemParams, body: { required: true, content: json(body) } },
    responses: {
      200: { description: `The stored ${noun.toLowerCase()}`, content: json(Stored) },
      ...errorResponses(400, 401, 404, 415),
    },
  });
  const remove = createRoute({
    method: 'delete',
    path: `${path}/{itemId}`,
    tags: TAG,
    summary: `Delete a ${noun.toLowerCase()}`,
    request: { params: ItemParams },
    responses: { 204: { description: 'Deleted' }, ...errorResponses(401, 404, 409) },
  });

  app.openapi(list, async (c) => {
    const { records } = await service.evaluate(c.req.valid('param').id);
    return c.json(records[kind] as Array<{ id: string }>, 200);
  });
  app.openapi(create, async (c) => {
    const input = c.req.valid('json') as StrategyInputs[K];
    return c.json(await service.saveItem(c.req.valid('param').id, kind, input), 201);
  });
  app.openapi(replace, async (c) => {
    const { id, itemId } = c.req.valid('param');
    const input = c.req.valid('json') as StrategyInputs[K];
    return c.json(await service.saveItem(id, kind, input, itemId), 200);
  });
  app.openapi(remove, async (c) => {
    const { id, itemId } = c.req.valid('param');
    await service.deleteItem(id, kind, itemId);
    return c.body(null, 204);
  });
}
