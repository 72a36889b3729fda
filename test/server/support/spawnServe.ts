import { type ChildProcess, spawn } from 'node:child_process';
import { resolve } from 'node:path';

const root = resolve(import.meta.dirname, '../../..');

export interface ServeProcess {
  child: ChildProcess;
  url: string;
  token: string;
  stderr(): string;
  /** Resolves with the exit code (or the signal's name) once the process has ended. */
  exited: Promise<number | string>;
}

/** Runs the CLI from source (no build needed), as `drumbeat <args>`, in the repository. */
export function spawnDrumbeat(args: string[], env: NodeJS.ProcessEnv = {}): ChildProcess {
  return spawn(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', ...args], {
    cwd: root,
    env: { ...process.env, NO_COLOR: '1', DRUMBEAT_TOKEN: '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

/**
 * `drumbeat serve` as a child process, resolved once it prints its start-up line; rejected with
 * its stderr if it exits first.
 */
export function spawnServe(dataDir: string, ...args: string[]): Promise<ServeProcess> {
  const child = spawnDrumbeat(['serve', '--data-dir', dataDir, '--port', '0', ...args]);
  let out = '';
  let err = '';
  child.stderr?.on('data', (d) => {
    err += d;
  });
  const exited = new Promise<number | string>((done) =>
    child.once('exit', (code, signal) => done(code ?? signal ?? -1)),
  );
  return new Promise((resolveStart, reject) => {
    child.stdout?.on('data', (d) => {
      out += d;
      const m = out.match(/^Drumbeat is running: (http:\/\/\S+)\/#token=(\S+)\n/);
      if (m) {
        resolveStart({
          child,
          url: m[1]!,
          token: decodeURIComponent(m[2]!),
          stderr: () => err,
          exited,
        });
      }
    });
    void exited.then((code) => reject(new Error(`drumbeat serve exited (${code}): ${err}${out}`)));
  });
}
