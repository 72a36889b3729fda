import assert from 'node:assert/strict';
import { request } from 'node:http';
import { after, before, test } from 'node:test';
import { readSse } from './support/readSse.js';
import { startTestServer, type TestServer } from './support/startTestServer.js';

let server: TestServer;
before(async () => {
  server = await startTestServer();
});
after(() => server.close());

/** A GET with a Host header of our choosing (fetch does not let one set Host). */
function getWithHost(host: string, path: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: '127.0.0.1',
        port: server.port,
        path,
        headers: { host, authorization: `Bearer ${server.token}` },
      },
      (res) => {
        res.resume();
        resolve(res.statusCode ?? 0);
      },
    );
    req.on('error', reject);
    req.end();
  });
}

test('the API refuses requests without a token, or with a wrong one, with 401 JSON', async () => {
  for (const headers of [{}, { authorization: 'Bearer nope' }, { authorization: 'Basic abc' }]) {
    const response = await fetch(`${server.url}/api/workspaces`, { headers });
    assert.equal(response.status, 401);
    assert.match(response.headers.get('www-authenticate') ?? '', /^Bearer/);
    const body = (await response.json()) as { error: string };
    assert.equal(typeof body.error, 'string');
  }
});

test('the right token opens the API; health and the OpenAPI document need none', async () => {
  assert.equal((await server.api('/api/workspaces')).status, 200);
  assert.equal((await fetch(`${server.url}/api/health`)).status, 200);
  assert.equal((await fetch(`${server.url}/api/openapi.json`)).status, 200);
});

test('only the stream takes the token as ?token=', async () => {
  const { body } = await server.send('POST', '/api/workspaces', { name: 'S' });
  const { id } = body as { id: string };
  const plain = await fetch(`${server.url}/api/workspaces/${id}?token=${server.token}`);
  assert.equal(plain.status, 401);
  const stream = await readSse(`${server.url}/api/workspaces/${id}/stream?token=${server.token}`);
  assert.equal(stream.response.status, 200);
  assert.match(stream.response.headers.get('content-type') ?? '', /^text\/event-stream/);
  stream.close();
  const refused = await fetch(`${server.url}/api/workspaces/${id}/stream?token=wrong`);
  assert.equal(refused.status, 401);
});

test('a foreign Host header is refused with 403 (DNS rebinding); local names are not', async () => {
  assert.equal(await getWithHost(`evil.example:${server.port}`, '/api/workspaces'), 403);
  assert.equal(await getWithHost(`127.0.0.1:${server.port + 1}`, '/api/health'), 403);
  assert.equal(await getWithHost('evil.example', '/'), 403);
  for (const host of ['127.0.0.1', 'localhost', 'LOCALHOST', '[::1]']) {
    assert.equal(await getWithHost(`${host}:${server.port}`, '/api/workspaces'), 200, host);
  }
});
