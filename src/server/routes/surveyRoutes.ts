import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi';
import { surveyQuestions } from '../../core/alignment/surveyQuestions.js';
import type { AuditStore } from '../../store/AuditStore.js';
import { ApiError } from '../ApiError.js';
import { errorResponses } from '../schemas/errorResponses.js';
import { SurveyAnswersBody } from '../schemas/SurveyAnswersBody.js';

const json = <T extends z.ZodType>(schema: T) => ({ 'application/json': { schema } });

const TokenParams = z.object({
  token: z
    .string()
    .min(1)
    .max(200)
    .openapi({ param: { name: 'token', in: 'path' }, description: "The survey link's secret" }),
});

const SurveyBody = z
  .object({
    title: z.string(),
    anonymous: z.boolean(),
    respondent: z.object({ name: z.string().nullable(), team: z.string(), level: z.string() }),
    questions: z.array(z.object({ key: z.string(), text: z.string() })),
    submitted: z.boolean(),
  })
  .openapi('Survey');

const read = createRoute({
  method: 'get',
  path: '/survey-api/{token}',
  tags: ['Survey'],
  summary: "A survey link's own questions (no token: the link is the credential)",
  security: [],
  request: { params: TokenParams },
  responses: {
    200: { description: 'The questions', content: json(SurveyBody) },
    ...errorResponses(404, 410),
  },
});

const submit = createRoute({
  method: 'post',
  path: '/survey-api/{token}',
  tags: ['Survey'],
  summary: 'Submit the one response this link allows',
  security: [],
  request: {
    params: TokenParams,
    body: { required: true, content: json(SurveyAnswersBody) },
  },
  responses: {
    201: { description: 'Stored', content: json(z.object({ submitted: z.literal(true) })) },
    ...errorResponses(400, 404, 409, 410, 415),
  },
});

const unknownLink = () => new ApiError(404, 'no such survey link');
const closed = () => new ApiError(410, 'this audit is closed: it takes no more answers');

/**
 * What a survey link can do, outside the token-checked `/api`: read its own questions and
 * submit one response to its own audit. Nothing else answers under /survey-api; in particular
 * the statement, the other respondents and every answer stay with the leader's API.
 */
export function surveyRoutes(app: OpenAPIHono, audits: AuditStore): void {
  app.openapi(read, async (c) => {
    const found = await audits.findByToken(c.req.valid('param').token);
    if (!found) throw unknownLink();
    if (found.audit.closedAt !== null) throw closed();
    const { audit, respondent } = found;
    return c.json(
      {
        title: audit.title,
        anonymous: audit.anonymous,
        respondent: { name: respondent.name, team: respondent.team, level: respondent.level },
        questions: surveyQuestions.map((q) => ({ key: q.key, text: q.text })),
        submitted: respondent.responded,
      },
      200,
    );
  });

  app.openapi(submit, async (c) => {
    const outcome = await audits.submitResponse(
      c.req.valid('param').token,
      c.req.valid('json'),
      new Date(),
    );
    if (outcome === 'unknown') throw unknownLink();
    if (outcome === 'closed') throw closed();
    if (outcome === 'already-submitted') {
      throw new ApiError(409, 'this link has already been used to answer: one response per link');
    }
    return c.json({ submitted: true as const }, 201);
  });

  // Anything else under /survey-api is not found, never the dashboard page.
  app.all('/survey-api/*', () => {
    throw new ApiError(404, 'no such survey route');
  });
}
