import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

/** A `drumbeat serve` child on a fresh data folder, as a user would run it. */
export interface Serve {
  url: string;
  token: string;
  dataDir: string;
  child: ChildProcess;
  stop(): Promise<void>;
}

const ROOT = resolve(import.meta.dirname, '../..');

/** Starts the compiled CLI (run `npm run build` first) and waits for its start-up line. */
export async function startServe(
  dataDir = mkdtempSync(join(tmpdir(), 'drumbeat-bench-')),
): Promise<Serve> {
  const token = 'bench-token-0123456789';
  const child = spawn(
    process.execPath,
    [join(ROOT, 'bin/drumbeat.js'), 'serve', '--data-dir', dataDir, '--port', '0'],
    {
      env: { ...process.env, DRUMBEAT_TOKEN: token },
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  const url = await new Promise<string>((done, fail) => {
    let out = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const m = /(http:\/\/[^/\s]+)\//.exec(out);
      if (m) done(m[1]!);
    });
    child.on('exit', (code) =>
      fail(new Error(`drumbeat serve exited with ${code} before it was ready`)),
    );
  });
  return {
    url,
    token,
    dataDir,
    child,
    stop: async () => {
      const exited = new Promise((done) => child.on('exit', done));
      child.kill('SIGTERM');
      await exited;
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
