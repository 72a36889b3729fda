import { realpath } from 'node:fs/promises';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { type EventStore, StoreLockedError } from '../EventStore.js';
import { openDirectoryToSync } from '../openDirectoryToSync.js';
import { DuckDbEventStore } from './DuckDbEventStore.js';
import { loadWorkspaces } from './loadWorkspaces.js';
import { lockConflict } from './lockConflict.js';
import { migrate } from './migrate.js';

/**
 * Database files open in this process. DuckDB's file lock is a POSIX record lock, which only
 * keeps other processes out: a second open from the same process would succeed and two
 * instances would then write the same file. So this process keeps its own list.
 *
 * The same kind of lock is also why nothing else in this process may open `drumbeat.duckdb`
 * (to copy or hash it, say): closing any descriptor a process has on a file drops all its
 * record locks on that file, and another process could then open the store alongside us.
 */
const openFiles = new Set<string>();

/** Opens `dataDir/drumbeat.duckdb` (the folder must exist), migrating its schema. */
export async function openDuckDbStore(dataDir: string): Promise<EventStore> {
  const dir = await realpath(dataDir);
  const file = join(dir, 'drumbeat.duckdb');
  if (openFiles.has(file)) throw new StoreLockedError(dataDir, 'already open in this process');
  openFiles.add(file);
  const release = () => openFiles.delete(file);
  let instance: DuckDBInstance;
  try {
    // DuckDB takes its lock before reading or writing anything, so a refused open leaves the
    // file exactly as the owner has it.
    instance = await DuckDBInstance.create(file);
  } catch (error) {
    release();
    const holder = lockConflict(error);
    throw holder === undefined ? error : new StoreLockedError(dataDir, holder);
  }
  try {
    const connection = await instance.connect();
    await migrate(connection, file);
    const workspaces = await loadWorkspaces(connection);
    const seq = await connection.runAndReadAll('SELECT coalesce(max(seq) + 1, 0) FROM events');
    const nextSeq = Number(seq.getRowsJS()[0]?.[0] ?? 0);
    const directory = await openDirectoryToSync(dir);
    return new DuckDbEventStore({ instance, connection, directory, workspaces, nextSeq, release });
  } catch (error) {
    instance.closeSync();
    release();
    throw error;
  }
}
