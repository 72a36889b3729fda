import { type FileHandle, open } from 'node:fs/promises';

/**
 * A handle on a folder whose fsync makes the folder's entries durable, or undefined where the
 * platform cannot open or sync a folder (Windows). POSIX asks for it: a file created since the
 * folder's last fsync may vanish on power loss even though its own data was synced.
 */
export async function openDirectoryToSync(dir: string): Promise<FileHandle | undefined> {
  let handle: FileHandle;
  try {
    handle = await open(dir, 'r');
  } catch {
    return undefined;
  }
  try {
    await handle.sync();
    return handle;
  } catch {
    await handle.close();
    return undefined;
  }
}
