import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { startTestServer, type TestServer } from './support/startTestServer.js';

let server: TestServer;
before(async () => {
  server = await startTestServer();
});
after(() => server.close());

test('/api/openapi.json describes every route of docs/api.md', async () => {
  const response = await fetch(`${server.url}/api/openapi.json`);
  assert.equal(response.status, 200);
  const doc = (await response.json()) as {
    openapi: string;
    paths: Record<string, Record<string, unknown>>;
    components: { schemas: Record<string, unknown>; securitySchemes: Record<string, unknown> };
  };
  assert.match(doc.openapi, /^3\./);
  const routes = Object.entries(doc.paths).flatMap(([path, methods]) =>
    Object.keys(methods).map((m) => `${m.toUpperCase()} ${path}`),
  );
  assert.deepEqual(
    routes.sort(),
    [
      'DELETE /api/workspaces/{id}',
      'GET /api/health',
      'GET /api/workspaces',
      'GET /api/workspaces/{id}',
      'GET /api/workspaces/{id}/alert-deliveries',
      'GET /api/workspaces/{id}/alert-settings',
      'GET /api/workspaces/{id}/alerts',
      'GET /api/workspaces/{id}/analysis',
      'GET /api/workspaces/{id}/audits',
      'GET /api/workspaces/{id}/audits/{auditId}',
      'GET /api/workspaces/{id}/audits/{auditId}/responses',
      'GET /api/workspaces/{id}/audits/{auditId}/summary',
      'GET /api/workspaces/{id}/flow',
      'GET /api/workspaces/{id}/forecast',
      'GET /api/workspaces/{id}/live',
      'GET /api/workspaces/{id}/stages/{stage}',
      'GET /api/workspaces/{id}/stream',
      'GET /api/workspaces/{id}/whatif/{job}',
      'PATCH /api/workspaces/{id}',
      'POST /api/workspaces',
      'POST /api/workspaces/{id}/audits',
      'POST /api/workspaces/{id}/audits/{auditId}/close',
      'POST /api/workspaces/{id}/events',
      'POST /api/workspaces/{id}/import',
      'POST /api/workspaces/{id}/whatif',
      'PUT /api/workspaces/{id}/alert-settings',
      'GET /survey-api/{token}',
      'POST /survey-api/{token}',
      ...[
        'GET /api/workspaces/{id}/strategy',
        'PUT /api/workspaces/{id}/strategy/statement',
        'GET /api/workspaces/{id}/strategy/register',
        'POST /api/workspaces/{id}/strategy/register',
        ...['initiatives', 'objectives', 'key-results', 'team-metrics'].flatMap((c) => [
          `GET /api/workspaces/{id}/strategy/${c}`,
          `POST /api/workspaces/{id}/strategy/${c}`,
          `PUT /api/workspaces/{id}/strategy/${c}/{itemId}`,
          `DELETE /api/workspaces/{id}/strategy/${c}/{itemId}`,
        ]),
        'GET /api/workspaces/{id}/strategy/key-results/{itemId}/check-ins',
        'POST /api/workspaces/{id}/strategy/key-results/{itemId}/check-ins',
        'GET /api/workspaces/{id}/strategy/decisions',
        'POST /api/workspaces/{id}/strategy/decisions',
        'GET /api/workspaces/{id}/strategy/triage',
        'GET /api/workspaces/{id}/strategy/incentives',
        'GET /api/workspaces/{id}/strategy/review',
        'GET /api/workspaces/{id}/strategy/review/export',
      ],
    ].sort(),
  );
  for (const name of [
    'Event',
    'Workspace',
    'WorkspaceSettings',
    'StageMap',
    'Error',
    'AlertSettings',
    'AlertRule',
    'Webhook',
    'Alert',
    'DeliveryAttempt',
    'Forecast',
  ]) {
    assert.ok(name in doc.components.schemas, name);
  }
  assert.ok('bearer' in doc.components.securitySchemes);
  // Every $ref points at a schema that exists.
  const refs = [...JSON.stringify(doc).matchAll(/"\$ref":"#\/components\/schemas\/([^"]+)"/g)];
  for (const [, name] of refs) assert.ok(name! in doc.components.schemas, name);
});

test('the dashboard is served for any non-API path (client routes deep-link)', async () => {
  const { mkdtemp, writeFile, mkdir, rm } = await import('node:fs/promises');
  const { tmpdir } = await import('node:os');
  const { join } = await import('node:path');
  const web = await mkdtemp(join(tmpdir(), 'drumbeat-web-'));
  await mkdir(join(web, 'assets'));
  await writeFile(join(web, 'index.html'), '<!doctype html><title>dash</title>');
  await writeFile(join(web, 'assets/app.js'), 'console.log(1)');
  const withWeb = await startTestServer({ webRoot: web });
  try {
    for (const path of ['/', '/workspaces/abc', '/workspaces/abc/stages/Review']) {
      const response = await fetch(`${withWeb.url}${path}`);
      assert.equal(response.status, 200, path);
      assert.match(await response.text(), /<title>dash<\/title>/);
    }
    const asset = await fetch(`${withWeb.url}/assets/app.js`);
    assert.equal(await asset.text(), 'console.log(1)');
    assert.equal((await fetch(`${withWeb.url}/api/nope`)).status, 401);
  } finally {
    await withWeb.close();
  }
  const without = await startTestServer({ webRoot: join(web, 'missing') });
  try {
    const page = await fetch(`${without.url}/workspaces/abc`);
    assert.match(await page.text(), /npm run build:web/);
  } finally {
    await without.close();
    await rm(web, { recursive: true, force: true });
  }
});
