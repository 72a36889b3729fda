import { readFileSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { createAdaptorServer } from '@hono/node-server';
import type { EventStore } from '../store/EventStore.js';
import { type DeliveryPolicy, defaultDeliveryPolicy } from './alerts/DeliveryPolicy.js';
import { allowedHosts } from './allowedHosts.js';
import { createApp } from './createApp.js';
import { packageRoot } from './packageRoot.js';
import { WorkspaceRegistry } from './WorkspaceRegistry.js';

export interface ServerOptions {
  store: EventStore;
  token: string;
  /** Default 127.0.0.1: the API holds a company's process data; other machines need opting in. */
  host?: string;
  /** 0 picks a free port. */
  port?: number;
  webRoot?: string;
  /** Runs once the workspaces are loaded, before listening (e.g. the demo import). */
  prepare?: (registry: WorkspaceRegistry) => Promise<void>;
  /** Webhook retries; tests shorten the backoff. */
  alertDelivery?: Partial<DeliveryPolicy>;
}

export interface RunningServer {
  host: string;
  port: number;
  /** Base URL, without the token. */
  url: string;
  registry: WorkspaceRegistry;
  /** Stops listening, ends live streams and waits for requests in flight; the store stays open. */
  close(): Promise<void>;
}

/** How long requests in flight get to finish on shutdown before their connections are cut. */
const DRAIN_MS = 5_000;

/** Loads every workspace from the store, then serves the API and the dashboard. */
export async function startServer(options: ServerOptions): Promise<RunningServer> {
  const host = options.host ?? '127.0.0.1';
  const registry = await WorkspaceRegistry.load(options.store, {
    ...defaultDeliveryPolicy,
    ...options.alertDelivery,
  });
  await options.prepare?.(registry);
  let hosts: ReadonlySet<string> = new Set();
  const app = createApp({
    registry,
    token: options.token,
    allowedHosts: () => hosts,
    webRoot: options.webRoot ?? join(packageRoot, 'dist/web'),
    version: packageVersion(),
  });
  // Without `createServer` options the adapter makes a plain node:http server.
  const server = createAdaptorServer({ fetch: app.fetch }) as Server;
  const requests = trackRequests(server);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const port = (server.address() as AddressInfo).port;
  hosts = allowedHosts(host, port);
  const urlHost = host.includes(':') ? `[${host}]` : host;
  return {
    host,
    port,
    url: `http://${urlHost === '0.0.0.0' || urlHost === '[::]' ? '127.0.0.1' : urlHost}:${port}`,
    registry,
    close: async () => {
      registry.close();
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      // Answers in flight (an ingest waiting on the disk) may finish; then every connection is
      // cut, idle keep-alive ones included, so stopping takes no longer than the work in hand.
      await Promise.race([requests.idle(), new Promise((r) => setTimeout(r, DRAIN_MS).unref())]);
      server.closeAllConnections();
      await closed;
      // Retries were cut short by registry.close(); what they record must reach the store
      // before its owner closes it.
      await registry.alertsSettled();
    },
  };
}

/** Counts requests whose answer is not yet fully sent, to know when shutting down may cut. */
function trackRequests(server: Server): { idle(): Promise<void> } {
  let open = 0;
  let waiting: Array<() => void> = [];
  server.on('request', (_request, response) => {
    open++;
    response.once('close', () => {
      open--;
      if (open === 0) {
        for (const resolve of waiting) resolve();
        waiting = [];
      }
    });
  });
  return {
    idle: () => (open === 0 ? Promise.resolve() : new Promise((r) => waiting.push(r))),
  };
}

function packageVersion(): string {
  const pkg: unknown = JSON.parse(readFileSync(join(packageRoot, 'package.json'), 'utf8'));
  return typeof pkg === 'object' && pkg !== null && 'version' in pkg ? String(pkg.version) : '0';
}
