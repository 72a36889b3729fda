import { type RunningServer, startServer } from '../../../src/server/startServer.js';
import type { EventStore } from '../../../src/store/EventStore.js';
import { MemoryEventStore } from './MemoryEventStore.js';

export interface TestServer extends RunningServer {
  token: string;
  store: EventStore;
  /** fetch against the server, with the token unless `headers.authorization` says otherwise. */
  api(path: string, init?: RequestInit): Promise<Response>;
  /** Sends `body` as JSON and returns status and parsed answer. */
  send(method: string, path: string, body?: unknown): Promise<{ status: number; body: unknown }>;
}

/** A real server on a free port, in this process, over an in-memory store unless given one. */
export async function startTestServer(
  options: { store?: EventStore; webRoot?: string } = {},
): Promise<TestServer> {
  const token = 'test-token-0123456789';
  const store = options.store ?? new MemoryEventStore();
  const server = await startServer({
    store,
    token,
    port: 0,
    ...(options.webRoot && { webRoot: options.webRoot }),
  });
  const api = (path: string, init: RequestInit = {}) =>
    fetch(`${server.url}${path}`, {
      ...init,
      headers: { authorization: `Bearer ${token}`, ...(init.headers as Record<string, string>) },
    });
  return {
    ...server,
    token,
    store,
    api,
    send: async (method, path, body) => {
      const response = await api(path, {
        method,
        ...(body !== undefined && {
          body: JSON.stringify(body),
          headers: { 'content-type': 'application/json' },
        }),
      });
      const text = await response.text();
      return { status: response.status, body: text ? JSON.parse(text) : undefined };
    },
  };
}
