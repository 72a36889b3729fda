import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi';
import { streamSSE } from 'hono/streaming';
import { errorResponses } from '../schemas/errorResponses.js';
import { WorkspaceParams } from '../schemas/WorkspaceParams.js';
import type { WorkspaceRegistry } from '../WorkspaceRegistry.js';

/** Proxies close streams that stay silent for a minute or so; a comment line every 15 s keeps it open. */
const HEARTBEAT_MS = 15_000;

const stream = createRoute({
  method: 'get',
  path: '/api/workspaces/{id}/stream',
  tags: ['Live updates'],
  summary: 'Server-Sent Events: `events` after each acknowledged batch, `analysis` when recomputed',
  request: {
    params: WorkspaceParams,
    query: z.object({
      token: z
        .string()
        .optional()
        .openapi({ description: 'The token, for EventSource, which cannot send headers' }),
    }),
  },
  responses: {
    200: {
      description: 'The event stream',
      content: { 'text/event-stream': { schema: z.string() } },
    },
    ...errorResponses(401, 404),
  },
});

/** The live stream of one workspace (docs/api.md, "Live updates"). */
export function streamRoute(app: OpenAPIHono, registry: WorkspaceRegistry): void {
  app.openapi(stream, (c) => {
    const ws = registry.find(c.req.valid('param').id);
    return streamSSE(c, async (sse) => {
      await new Promise<void>((resolve) => {
        let done = false;
        const finish = () => {
          if (done) return;
          done = true;
          clearInterval(heartbeat);
          unsubscribe();
          resolve();
        };
        const heartbeat = setInterval(() => void sse.write(': heartbeat\n\n'), HEARTBEAT_MS);
        const unsubscribe = ws.subscribe({
          send: (event, data) => void sse.writeSSE({ event, data: JSON.stringify(data) }),
          close: finish,
        });
        sse.onAbort(finish);
        c.req.raw.signal.addEventListener('abort', finish);
        // Sends the headers and a first line at once, so the client knows it is connected.
        void sse.write(': connected\n\n');
      });
    });
  });
}
