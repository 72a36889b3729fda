import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { basename, resolve } from 'node:path';
import { Readable } from 'node:stream';
import type { InputIssue } from '../readers/readEventLog.js';
import { readEventLog } from '../readers/readEventLog.js';
import { findRunningServer } from '../server/findRunningServer.js';
import { loadToken } from '../server/loadToken.js';
import { storeEventLog } from '../server/storeEventLog.js';
import type { ServerInfo } from '../server/writeServerInfo.js';
import { openEventStore } from '../store/openEventStore.js';
import { createProgress } from './createProgress.js';
import { type ReaderFlags, readerOptions } from './readerOptions.js';

/** Options of `drumbeat import`, as commander hands them over. */
export interface ImportFlags extends ReaderFlags {
  workspace: string;
  dataDir: string;
  timezone?: string;
}

interface Imported {
  workspace: string;
  accepted: number;
  duplicates: number;
  skipped: { count: number; examples: Array<Pick<InputIssue, 'message'>> };
}

/**
 * Adds an event log file to a workspace. A running server owns the data folder, so the file
 * goes through its import endpoint (and reaches its live analysis at once); otherwise the store
 * is opened here. Either way the same readers read it as `drumbeat analyze` would.
 */
export async function importCommand(file: string, flags: ImportFlags): Promise<void> {
  const dataDir = resolve(flags.dataDir);
  const server = await findRunningServer(dataDir);
  const result = server
    ? await importThroughServer(server, dataDir, file, flags)
    : await importDirectly(dataDir, file, flags);
  if (result.skipped.count > 0) {
    process.stderr.write(
      `skipped ${result.skipped.count} invalid records, e.g. ${result.skipped.examples[0]?.message ?? ''}\n`,
    );
  }
  process.stdout.write(
    `imported ${result.accepted} events (${result.duplicates} duplicates) into ${result.workspace}\n`,
  );
}

async function importDirectly(
  dataDir: string,
  file: string,
  flags: ImportFlags,
): Promise<Imported> {
  const store = await openEventStore(dataDir);
  try {
    const workspace = await store.getWorkspace(flags.workspace);
    if (!workspace) throw new Error(`no workspace "${flags.workspace}" in ${dataDir}`);
    const size = await stat(file).then(
      (s) => s.size,
      () => 0,
    );
    const progress = createProgress(size, flags.progress);
    let read: Awaited<ReturnType<typeof readEventLog>>;
    try {
      read = await readEventLog(file, {
        ...readerOptions(flags),
        timezone: flags.timezone ?? workspace.timezone,
        onProgress: (bytes) => progress.update(bytes),
      });
    } finally {
      progress.stop();
    }
    const counts = await storeEventLog(read.log, (batch) =>
      store.appendEvents(workspace.id, batch),
    );
    return { workspace: workspace.name, ...counts, skipped: read.skipped };
  } finally {
    await store.close();
  }
}

async function importThroughServer(
  server: ServerInfo,
  dataDir: string,
  file: string,
  flags: ImportFlags,
): Promise<Imported> {
  const token = await loadToken(dataDir, { create: false });
  const host = server.host === '0.0.0.0' || server.host === '::' ? '127.0.0.1' : server.host;
  const base = `http://${host.includes(':') ? `[${host}]` : host}:${server.port}/api/workspaces/${encodeURIComponent(flags.workspace)}`;
  const headers = { authorization: `Bearer ${token}` };
  const workspace = await call<{ name: string }>(fetch(base, { headers }));
  const query = new URLSearchParams({ filename: basename(file) });
  const { columns, ...rest } = readerOptions(flags);
  for (const [key, value] of Object.entries({ ...rest, ...columns })) {
    if (value !== undefined) query.set(key, String(value));
  }
  if (flags.timezone) query.set('timezone', flags.timezone);
  const answer = await call<Omit<Imported, 'workspace'>>(
    fetch(`${base}/import?${query}`, {
      method: 'POST',
      headers: { ...headers, 'content-type': 'application/octet-stream' },
      body: Readable.toWeb(createReadStream(file)) as ReadableStream<Uint8Array>,
      duplex: 'half',
    }),
  );
  return { workspace: workspace.name, ...answer };
}

/** The answer's JSON, or an Error carrying the server's own message. */
async function call<T>(request: Promise<Response>): Promise<T> {
  const response = await request;
  const body: unknown = await response.json().catch(() => undefined);
  if (!response.ok) {
    const message =
      typeof body === 'object' && body !== null && 'error' in body ? String(body.error) : '';
    throw new Error(`the server answered ${response.status}${message ? `: ${message}` : ''}`);
  }
  return body as T;
}
