import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi';

const health = createRoute({
  method: 'get',
  path: '/api/health',
  tags: ['Service'],
  summary: 'Liveness probe; needs no token',
  security: [],
  responses: {
    200: {
      description: 'The server is up',
      content: {
        'application/json': { schema: z.object({ status: z.literal('ok'), version: z.string() }) },
      },
    },
  },
});

/** `GET /api/health`, for scripts waiting on a starting server. */
export function healthRoute(app: OpenAPIHono, version: string): void {
  app.openapi(health, (c) => c.json({ status: 'ok' as const, version }, 200));
}
