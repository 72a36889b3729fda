import { readFile, rm } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { loadToken } from '../server/loadToken.js';
import { packageRoot } from '../server/packageRoot.js';
import { startServer } from '../server/startServer.js';
import type { WorkspaceRegistry } from '../server/WorkspaceRegistry.js';
import { writeServerInfo } from '../server/writeServerInfo.js';
import { openEventStore } from '../store/openEventStore.js';

/** Options of `drumbeat serve`, as commander hands them over. */
export interface ServeFlags {
  dataDir: string;
  port: number;
  host: string;
  demo?: boolean;
}

/**
 * Opens the data folder (refused while another process owns it), loads every workspace,
 * serves the API and the dashboard, and prints the one line a person needs: the URL with the
 * token. Runs until SIGINT or SIGTERM, then shuts down cleanly.
 */
export async function serveCommand(flags: ServeFlags): Promise<void> {
  const dataDir = resolve(flags.dataDir);
  const store = await openEventStore(dataDir);
  let server: Awaited<ReturnType<typeof startServer>>;
  let token: string;
  try {
    token = await loadToken(dataDir);
    server = await startServer({
      store,
      token,
      host: flags.host,
      port: flags.port,
      ...(flags.demo && { prepare: addDemo }),
    });
  } catch (error) {
    await store.close();
    throw error;
  }
  const pid = process.pid;
  await writeServerInfo(dataDir, { port: server.port, host: server.host, pid });
  process.stdout.write(`Drumbeat is running: ${server.url}/#token=${encodeURIComponent(token)}\n`);

  let stopping = false;
  const stop = async (signal: NodeJS.Signals) => {
    if (stopping) {
      // A second Ctrl-C means "now": the store's writes are durable as acknowledged anyway.
      process.stderr.write(`drumbeat: ${signal} again, exiting at once\n`);
      process.exit(1);
    }
    stopping = true;
    await server.close();
    await store.close();
    await removeServerInfo(dataDir, pid);
    process.exit(0);
  };
  process.on('SIGINT', (s) => void stop(s));
  process.on('SIGTERM', (s) => void stop(s));
}

const DEMO_NAME = 'Help desk (demo)';

/** `--demo`: a first-time user gets a workspace with a real log to look at. */
async function addDemo(registry: WorkspaceRegistry): Promise<void> {
  if ((await registry.list()).length > 0) return;
  const w = await registry.create({ name: DEMO_NAME });
  await registry.importFile(w.id, join(packageRoot, 'examples/helpdesk.xes.gz'), {});
}

/** Removes server.json if it is still ours (a later server may have replaced it). */
async function removeServerInfo(dataDir: string, pid: number): Promise<void> {
  const file = join(dataDir, 'server.json');
  const info: unknown = await readFile(file, 'utf8').then(JSON.parse, () => undefined);
  if (typeof info === 'object' && info !== null && 'pid' in info && info.pid === pid) {
    await rm(file, { force: true });
  }
}
