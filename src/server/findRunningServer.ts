import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { ServerInfo } from './writeServerInfo.js';

/**
 * The server that owns `dataDir`, from its server.json, if its process is still alive. A
 * server killed without shutting down leaves the file behind; the pid check sees through it.
 */
export async function findRunningServer(dataDir: string): Promise<ServerInfo | undefined> {
  let info: unknown;
  try {
    info = JSON.parse(await readFile(join(dataDir, 'server.json'), 'utf8'));
  } catch {
    return undefined;
  }
  if (!isServerInfo(info) || !isAlive(info.pid)) return undefined;
  return info;
}

function isServerInfo(x: unknown): x is ServerInfo {
  if (typeof x !== 'object' || x === null) return false;
  const o = x as Record<string, unknown>;
  return typeof o.port === 'number' && typeof o.host === 'string' && typeof o.pid === 'number';
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
