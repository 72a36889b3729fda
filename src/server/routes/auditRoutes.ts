import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi';
import { AuditService } from '../audits/AuditService.js';
import { AuditCreateBody } from '../schemas/AuditCreateBody.js';
import { AuditParams } from '../schemas/AuditParams.js';
import { errorResponses } from '../schemas/errorResponses.js';
import { WorkspaceParams } from '../schemas/WorkspaceParams.js';
import type { WorkspaceRegistry } from '../WorkspaceRegistry.js';

const json = <T extends z.ZodType>(schema: T) => ({ 'application/json': { schema } });
// The answers are described in docs/alignment-audit.md and src/core/alignment (AuditSummary,
// AnswerScore) and src/server/audits/AuditService.ts (AuditView); declared, not re-specified.
const document = (name: string, description: string) =>
  z.object({}).loose().openapi(name, { description });
const AuditDocument = document('Audit', 'See src/core/alignment/AuditView.ts');
const SummaryDocument = document('AuditSummary', 'See src/core/alignment/AuditSummary.ts');

const create = createRoute({
  method: 'post',
  path: '/api/workspaces/{id}/audits',
  tags: ['Alignment audits'],
  summary: 'Start an alignment audit: statement, constraint, respondents (a survey link each)',
  request: { params: WorkspaceParams, body: { required: true, content: json(AuditCreateBody) } },
  responses: {
    201: { description: "The audit, with each respondent's link", content: json(AuditDocument) },
    ...errorResponses(400, 401, 404, 409, 415),
  },
});

const list = createRoute({
  method: 'get',
  path: '/api/workspaces/{id}/audits',
  tags: ['Alignment audits'],
  summary: 'Every audit of the workspace, oldest first, each with its summary',
  request: { params: WorkspaceParams },
  responses: {
    200: {
      description: 'Audits',
      content: json(z.array(AuditDocument.extend({ summary: SummaryDocument }))),
    },
    ...errorResponses(401, 404),
  },
});

const read = createRoute({
  method: 'get',
  path: '/api/workspaces/{id}/audits/{auditId}',
  tags: ['Alignment audits'],
  summary: 'One audit: definition, key points, respondents and their links',
  request: { params: AuditParams },
  responses: {
    200: { description: 'The audit', content: json(AuditDocument) },
    ...errorResponses(401, 404),
  },
});

const summary = createRoute({
  method: 'get',
  path: '/api/workspaces/{id}/audits/{auditId}/summary',
  tags: ['Alignment audits'],
  summary: 'Score, share naming the constraint, gap by team and level, misunderstandings, trend',
  request: { params: AuditParams },
  responses: {
    200: { description: 'The summary', content: json(SummaryDocument) },
    ...errorResponses(401, 404),
  },
});

const responses = createRoute({
  method: 'get',
  path: '/api/workspaces/{id}/audits/{auditId}/responses',
  tags: ['Alignment audits'],
  summary: 'Responses with their scores (matched and missed points, flags), best first',
  request: { params: AuditParams },
  responses: {
    200: {
      description: 'Scored responses',
      content: json(
        z.array(document('ScoredResponse', 'See src/core/alignment/ScoredResponse.ts')),
      ),
    },
    ...errorResponses(401, 404),
  },
});

const close = createRoute({
  method: 'post',
  path: '/api/workspaces/{id}/audits/{auditId}/close',
  tags: ['Alignment audits'],
  summary: 'Close the audit: its survey links take no more responses (410)',
  request: { params: AuditParams },
  responses: {
    200: { description: 'The closed audit', content: json(AuditDocument) },
    ...errorResponses(401, 404),
  },
});

/** The leader's side of alignment audits (docs/api.md, "Alignment audits"). */
export function auditRoutes(app: OpenAPIHono, registry: WorkspaceRegistry): void {
  const audits = new AuditService(registry);
  app.openapi(create, async (c) =>
    c.json(await audits.create(c.req.valid('param').id, c.req.valid('json'), new Date()), 201),
  );
  app.openapi(list, async (c) => c.json(await audits.list(c.req.valid('param').id), 200));
  app.openapi(read, async (c) => {
    const { id, auditId } = c.req.valid('param');
    return c.json(await audits.read(id, auditId), 200);
  });
  app.openapi(summary, async (c) => {
    const { id, auditId } = c.req.valid('param');
    return c.json(await audits.summary(id, auditId), 200);
  });
  app.openapi(responses, async (c) => {
    const { id, auditId } = c.req.valid('param');
    return c.json(await audits.responses(id, auditId), 200);
  });
  app.openapi(close, async (c) => {
    const { id, auditId } = c.req.valid('param');
    return c.json(await audits.close(id, auditId, new Date()), 200);
  });
}
