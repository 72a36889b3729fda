import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi';
import { ApiError } from '../ApiError.js';
import { errorResponses } from '../schemas/errorResponses.js';
import { WorkspaceParams } from '../schemas/WorkspaceParams.js';
import type { WorkspaceRegistry } from '../WorkspaceRegistry.js';

const DAY = 86_400_000;

const ForecastQuery = z
  .object({
    items: z.coerce
      .number()
      .int()
      .min(1)
      .max(100_000)
      .optional()
      .openapi({ description: 'When will this many more items be done?', example: 50 }),
    days: z.coerce
      .number()
      .int()
      .min(1)
      .max(3650)
      .optional()
      .openapi({ description: 'How many done in this many (working) days?', example: 30 }),
    date: z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date as YYYY-MM-DD')
      .optional()
      .openapi({
        description: 'How many done by the end of this local date?',
        example: '2025-09-30',
      }),
    history: z.coerce
      .number()
      .int()
      .min(7)
      .max(3650)
      .optional()
      .openapi({ description: 'Calendar days of throughput history to draw from (default 90)' }),
  })
  .superRefine((q, ctx) => {
    if (q.items === undefined && q.days === undefined && q.date === undefined)
      ctx.addIssue({ code: 'custom', path: ['items'], message: 'ask for items, days or date' });
    if (q.days !== undefined && q.date !== undefined)
      ctx.addIssue({ code: 'custom', path: ['date'], message: 'give days or date, not both' });
  });

const Bin = z.object({ from: z.number(), to: z.number(), share: z.number() });
const Target = z.object({
  perDay: z.number(),
  when: z
    .object({
      p50Days: z.number().nullable(),
      p85Days: z.number().nullable(),
      p95Days: z.number().nullable(),
      p50Date: z.string().nullable(),
      p85Date: z.string().nullable(),
      p95Date: z.string().nullable(),
      distribution: z.array(Bin),
    })
    .nullable(),
  howMany: z
    .object({ p50: z.number(), p85: z.number(), p95: z.number(), distribution: z.array(Bin) })
    .nullable(),
});
const ForecastBody = z
  .object({
    from: z.string().nullable(),
    historyDays: z.number(),
    dayUnit: z.enum(['days', 'working days']),
    items: z.number().nullable(),
    days: z.number().nullable(),
    date: z.string().nullable(),
    trials: z.number(),
    stream: Target,
    constraint: Target.extend({ stage: z.string() }),
  })
  .openapi('Forecast', { description: 'See docs/api.md, "Forecast", and docs/forecasting.md' });

const forecast = createRoute({
  method: 'get',
  path: '/api/workspaces/{id}/forecast',
  tags: ['Analysis'],
  summary: 'Monte Carlo forecast: when will N items be done, how many in D days or by a date',
  request: { params: WorkspaceParams, query: ForecastQuery },
  responses: {
    200: { description: 'The forecast', content: { 'application/json': { schema: ForecastBody } } },
    ...errorResponses(400, 401, 404, 409),
  },
});

/** The forecast route (docs/api.md, "Forecast"). */
export function forecastRoutes(app: OpenAPIHono, registry: WorkspaceRegistry): void {
  app.openapi(forecast, (c) => {
    const ws = registry.find(c.req.valid('param').id);
    if (ws.analysis.size === 0) throw new ApiError(409, `workspace "${ws.id}" has no events yet`);
    const { items, days, date, history } = c.req.valid('query');
    let dateDay: number | undefined;
    if (date !== undefined) {
      const [y, m, d] = date.split('-').map(Number) as [number, number, number];
      const t = Date.UTC(y, m - 1, d);
      if (new Date(t).getUTCDate() !== d)
        throw new ApiError(400, `query field "date": "${date}" is not a calendar date`);
      dateDay = t / DAY;
    }
    try {
      return c.json(
        ws.analysis.forecast({
          ...(items === undefined ? {} : { items }),
          ...(days === undefined ? {} : { days }),
          ...(dateDay === undefined ? {} : { dateDay }),
          ...(history === undefined ? {} : { history }),
        }),
        200,
      );
    } catch (error) {
      if (error instanceof RangeError) throw new ApiError(400, `query field ${error.message}`);
      throw error;
    }
  });
}
