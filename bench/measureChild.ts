import { spawn } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { isAbsolute, join, relative } from 'node:path';

/** The preload that makes a child report its own peak RSS (see reportMaxRss.mjs). */
const PRELOAD_URL = new URL('./reportMaxRss.mjs', import.meta.url).href;
/** Enough of a failing child's stderr to show why, without holding a runaway log in memory. */
const STDERR_TAIL_CHARS = 4000;

export interface MeasureChildOptions {
  /** Node flags that follow the peak-RSS preload, e.g. `['--import', 'tsx']`. */
  nodeFlags?: readonly string[];
  /** Script path, resolved against `cwd`. */
  script: string;
  args: readonly string[];
  cwd: string;
  /** `discard` is `> /dev/null` (the child writes straight to it); `capture` keeps the text. */
  stdout: 'discard' | 'capture';
}

export interface ChildMeasurement {
  /** From just before spawn to the child's exit: process start, module load and the work. */
  wallSeconds: number;
  /** Peak resident set size in bytes, or undefined if the child died before reporting it. */
  peakRssBytes: number | undefined;
  /** Captured stdout ('' when discarded). */
  stdout: string;
}

/**
 * Runs `node <preload> <nodeFlags> <script> <args>` once and measures it. Throws, with the tail
 * of stderr, when the child exits non-zero or by a signal: a benchmark of a failing command is
 * meaningless.
 */
export async function measureChild(options: MeasureChildOptions): Promise<ChildMeasurement> {
  const scratch = mkdtempSync(join(tmpdir(), 'drumbeat-bench-'));
  const rssFile = join(scratch, 'maxrss');
  const devNull = options.stdout === 'discard' ? openSync('/dev/null', 'w') : undefined;
  try {
    const argv = [
      '--import',
      PRELOAD_URL,
      ...(options.nodeFlags ?? []),
      options.script,
      ...options.args,
    ];
    const started = performance.now();
    const child = spawn(process.execPath, argv, {
      cwd: options.cwd,
      env: { ...process.env, DRUMBEAT_BENCH_MAXRSS_FILE: rssFile },
      stdio: ['ignore', devNull ?? 'pipe', 'pipe'],
    });
    const stdoutChunks: Buffer[] = [];
    child.stdout?.on('data', (chunk: Buffer) => stdoutChunks.push(chunk));
    let stderr = '';
    child.stderr?.on('data', (chunk: Buffer) => {
      stderr = (stderr + chunk.toString('utf8')).slice(-STDERR_TAIL_CHARS);
    });
    let ended = started;
    const { code, signal } = await new Promise<{
      code: number | null;
      signal: NodeJS.Signals | null;
    }>((resolveExit, rejectExit) => {
      child.on('error', rejectExit);
      // The clock stops at exit; 'close' (all output drained) is what we wait for.
      child.on('exit', () => {
        ended = performance.now();
      });
      child.on('close', (exitCode, exitSignal) =>
        resolveExit({ code: exitCode, signal: exitSignal }),
      );
    });
    if (code !== 0) {
      const how = signal === null ? `exit code ${code}` : `signal ${signal}`;
      throw new Error(
        `${[options.script, ...options.args].map((a) => shortPath(a, options.cwd)).join(' ')} failed (${how}):\n${stderr.trim()}`,
      );
    }
    return {
      wallSeconds: (ended - started) / 1000,
      peakRssBytes: readPeakRss(rssFile),
      stdout: Buffer.concat(stdoutChunks).toString('utf8'),
    };
  } finally {
    if (devNull !== undefined) closeSync(devNull);
    rmSync(scratch, { recursive: true, force: true });
  }
}

/** Absolute paths shown relative to the child's folder, so messages fit a table cell. */
function shortPath(arg: string, cwd: string): string {
  return isAbsolute(arg) ? relative(cwd, arg) : arg;
}

/** getrusage reports maxRSS in KiB on Linux. */
function readPeakRss(file: string): number | undefined {
  try {
    const kib = Number.parseInt(readFileSync(file, 'utf8'), 10);
    return Number.isFinite(kib) ? kib * 1024 : undefined;
  } catch {
    return undefined;
  }
}
