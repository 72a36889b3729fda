import { randomBytes } from 'node:crypto';
import { chmod, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/**
 * The API token: `DRUMBEAT_TOKEN` when set, else `DIR/token`, created on first start with 32
 * random bytes. The file is readable by its owner only: the token is the whole of the access
 * control for a server that holds a company's process data. Clients of a running server pass
 * `create: false`: inventing a token they would only be refused with.
 */
export async function loadToken(
  dataDir: string,
  { create = true, env = process.env }: { create?: boolean; env?: NodeJS.ProcessEnv } = {},
): Promise<string> {
  const fromEnv = env.DRUMBEAT_TOKEN?.trim();
  if (fromEnv) return fromEnv;
  const file = join(dataDir, 'token');
  const existing = await readFile(file, 'utf8').then(
    (text) => text.trim(),
    (error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT') return undefined;
      throw error;
    },
  );
  if (existing) {
    // A copied or restored file may have lost its mode; tighten it again.
    await chmod(file, 0o600);
    return existing;
  }
  if (!create) {
    throw new Error(`no token in ${file} and DRUMBEAT_TOKEN is not set`);
  }
  const token = randomBytes(32).toString('base64url');
  await writeFile(file, `${token}\n`, { mode: 0o600 });
  return token;
}
