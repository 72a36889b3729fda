import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { serveStatic } from '@hono/node-server/serve-static';
import type { OpenAPIHono } from '@hono/zod-openapi';
import type { MiddlewareHandler } from 'hono';

const NOT_BUILT = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Drumbeat</title></head>
<body style="font-family: system-ui, sans-serif; max-width: 40em; margin: 4em auto">
<h1>Drumbeat is running, but its dashboard is not built</h1>
<p>Run <code>npm run build:web</code> in the Drumbeat folder, then reload this page.
The API works meanwhile: see <a href="/api/openapi.json">/api/openapi.json</a>.</p>
</body></html>
`;

const isApi = (path: string) => path === '/api' || path.startsWith('/api/');

/**
 * The dashboard from `webRoot` (dist/web): its files, and index.html for any other non-API
 * path so that client routes such as /workspaces/abc can be bookmarked and reloaded. Whether it
 * is built is checked per request, so `npm run build:web` needs no restart.
 */
export function dashboardRoutes(app: OpenAPIHono, webRoot: string): void {
  const index = join(webRoot, 'index.html');
  let files: MiddlewareHandler | undefined;
  app.get('*', async (c, next) => {
    if (isApi(c.req.path) || !existsSync(index)) return next();
    files ??= serveStatic({ root: webRoot });
    return files(c, next);
  });
  app.get('*', async (c, next) => {
    if (isApi(c.req.path)) return next();
    c.header('Cache-Control', 'no-cache');
    if (!existsSync(index)) return c.html(NOT_BUILT);
    return c.html(await readFile(index, 'utf8'));
  });
}
