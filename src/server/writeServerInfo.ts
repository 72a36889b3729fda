import { rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/** `DIR/server.json`: where the server owning a data folder listens, for `drumbeat import`. */
export interface ServerInfo {
  port: number;
  host: string;
  pid: number;
}

/** Writes server.json whole or not at all (rename), so a reader never sees half a file. */
export async function writeServerInfo(dataDir: string, info: ServerInfo): Promise<void> {
  const file = join(dataDir, 'server.json');
  await writeFile(`${file}.tmp`, `${JSON.stringify(info)}\n`, { mode: 0o600 });
  await rename(`${file}.tmp`, file);
}
