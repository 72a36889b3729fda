/**
 * The benchmark runner (`npm run bench`): `drumbeat analyze --json` against a bare DuckDB
 * directly-follows query on one synthetic CSV, plus events per second on the real logs.
 * Progress goes to stderr; the Markdown report alone goes to stdout. See docs/benchmarks.md.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { availableParallelism, release, totalmem } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { countEvents } from './countEvents.js';
import type { DuckdbDfgResult } from './duckdbDfg.js';
import { generateLog } from './generateLog.js';
import { type ChildMeasurement, measureChild } from './measureChild.js';

const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const DUCKDB_SCRIPT = 'bench/duckdbDfg.ts';
const REAL_LOG_PATTERN = /\.(xes|xes\.gz|csv)$/i;
/** Targets from docs/benchmarks.md; MB here is 10^6 bytes, the stricter reading of "2 GB". */
const TARGET_RATIO = 1.5;
const TARGET_PEAK_MB = 2000;
const TARGET_EVENTS = 10_000_000;

interface Series {
  seconds: number[];
  peakRssBytes: number[];
}

interface RealLogResult {
  name: string;
  bytes: number;
  events: number;
  series: Series | undefined;
  error: string | undefined;
}

function log(message: string): void {
  process.stderr.write(`${message}\n`);
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

function minimum(values: readonly number[]): number {
  return Math.min(...values);
}

function maximum(values: readonly number[]): number {
  return Math.max(...values);
}

const integer = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });

function fmtSeconds(seconds: number): string {
  return seconds.toFixed(seconds < 10 ? 3 : 2);
}

function fmtMb(bytes: number): string {
  return (bytes / 1e6).toFixed(1);
}

function fmtPeak(series: Series): string {
  // A child killed before its exit hook ran leaves no figure; say so rather than guess.
  return series.peakRssBytes.length === series.seconds.length
    ? fmtMb(maximum(series.peakRssBytes))
    : 'n/a';
}

function emptySeries(): Series {
  return { seconds: [], peakRssBytes: [] };
}

function record(series: Series, seconds: number, measurement: ChildMeasurement): void {
  series.seconds.push(seconds);
  if (measurement.peakRssBytes !== undefined) series.peakRssBytes.push(measurement.peakRssBytes);
}

/** A failure squeezed into a table cell: stderr's lines joined, long ones cut. */
function oneLine(text: string): string {
  const joined = text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean)
    .join(' ');
  return joined.length > 200 ? `${joined.slice(0, 199)}…` : joined;
}

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** Validates the DuckDB child's JSON by hand: it crosses a process boundary untyped. */
function parseDuckdbResult(text: string): DuckdbDfgResult {
  const parsed: unknown = JSON.parse(text);
  if (typeof parsed !== 'object' || parsed === null) throw new Error('DuckDB child: not an object');
  const { arcs, seconds, threads, version } = parsed as Record<string, unknown>;
  if (!Array.isArray(arcs) || arcs.length === 0) throw new Error('DuckDB child: no arcs');
  if (typeof seconds !== 'number' || typeof threads !== 'number' || typeof version !== 'string') {
    throw new Error('DuckDB child: missing seconds, threads or version');
  }
  return { arcs, seconds, threads, version };
}

function cpuModel(): string {
  try {
    const line = readFileSync('/proc/cpuinfo', 'utf8')
      .split('\n')
      .find((l) => l.startsWith('model name'));
    return line?.split(':')[1]?.trim() ?? 'unknown';
  } catch {
    return 'unknown';
  }
}

function defaultLogPath(events: number): string {
  const label = events % 1_000_000 === 0 ? `${events / 1_000_000}m` : String(events);
  return `bench/out/events-${label}.csv`;
}

function drumbeatArgs(file: string): string[] {
  return ['analyze', file, '--json'];
}

/** One untimed run that must print valid JSON: proves the timed runs time real work. */
async function checkDrumbeatJson(cli: string, file: string): Promise<void> {
  const run = await measureChild({
    script: cli,
    args: drumbeatArgs(file),
    cwd: REPO_ROOT,
    stdout: 'capture',
  });
  try {
    JSON.parse(run.stdout);
  } catch {
    throw new Error(
      `${cli} analyze ${file} --json did not print one JSON document: ${run.stdout.slice(0, 200)}`,
    );
  }
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      events: { type: 'string', default: String(TARGET_EVENTS) },
      file: { type: 'string' },
      runs: { type: 'string', default: '3' },
      cli: { type: 'string', default: 'bin/drumbeat.js' },
      logs: { type: 'string', default: '../shared/data/logs' },
      'skip-real-logs': { type: 'boolean', default: false },
    },
  });
  const requestedEvents = Number(values.events);
  if (!Number.isSafeInteger(requestedEvents) || requestedEvents < 5 || requestedEvents % 5 !== 0) {
    throw new Error('--events must be a positive multiple of 5 (five activities per case)');
  }
  const runs = Number(values.runs);
  if (!Number.isSafeInteger(runs) || runs < 1) throw new Error('--runs must be a positive integer');
  const file = resolve(REPO_ROOT, values.file ?? defaultLogPath(requestedEvents));
  const cli = resolve(REPO_ROOT, values.cli);
  const cliShown = relative(REPO_ROOT, cli);
  const fileShown = relative(REPO_ROOT, file);

  let generation = '';
  if (!existsSync(file)) {
    log(`generating ${fileShown} (${integer.format(requestedEvents)} events)…`);
    const made = generateLog({ cases: requestedEvents / 5, out: file });
    generation = `generated in this run in ${made.seconds.toFixed(1)} s (${made.order} order)`;
    log(generation);
  }
  const bytes = statSync(file).size;
  const events = await countEvents(file);
  if (values.file === undefined && events !== requestedEvents) {
    log(
      `warning: ${fileShown} holds ${events} events, not ${requestedEvents}; delete it to regenerate`,
    );
  }

  // Both sides run as child processes measured the same way: wall time and peak RSS.
  const duckdbQuery = emptySeries();
  const duckdbWall = emptySeries();
  const drumbeat = emptySeries();
  const failures: string[] = [];
  const duckdbRun = (): Promise<ChildMeasurement> =>
    measureChild({
      nodeFlags: ['--import', 'tsx'],
      script: DUCKDB_SCRIPT,
      args: [file],
      cwd: REPO_ROOT,
      stdout: 'capture',
    });
  const drumbeatRun = (): Promise<ChildMeasurement> =>
    measureChild({ script: cli, args: drumbeatArgs(file), cwd: REPO_ROOT, stdout: 'discard' });

  log('warm-up: DuckDB query (untimed)…');
  const warm = parseDuckdbResult((await duckdbRun()).stdout);
  // What an idle DuckDB child costs (node + tsx + DuckDB loaded, no query), for reading RSS.
  const idle = await measureChild({
    nodeFlags: ['--import', 'tsx', '--import', '@duckdb/node-api'],
    script: '-e',
    args: [''],
    cwd: REPO_ROOT,
    stdout: 'discard',
  });
  let drumbeatReady = existsSync(cli);
  if (!drumbeatReady) {
    failures.push(`${cliShown} not found: run \`npm run build\` first, or pass --cli`);
  } else {
    log(`warm-up: ${cliShown} analyze (untimed, output checked as JSON)…`);
    try {
      await checkDrumbeatJson(cli, file);
    } catch (error) {
      failures.push(errorText(error));
      drumbeatReady = false;
    }
  }
  // Interleaved so a slow spell on the machine hits both sides alike.
  for (let i = 1; i <= runs; i++) {
    log(`run ${i}/${runs}: DuckDB…`);
    const duck = await duckdbRun();
    record(duckdbQuery, parseDuckdbResult(duck.stdout).seconds, duck);
    record(duckdbWall, duck.wallSeconds, duck);
    if (drumbeatReady) {
      log(`run ${i}/${runs}: drumbeat…`);
      try {
        const run = await drumbeatRun();
        record(drumbeat, run.wallSeconds, run);
      } catch (error) {
        failures.push(errorText(error));
        drumbeatReady = false;
      }
    }
  }

  const realLogs: RealLogResult[] = [];
  const logsDir = resolve(REPO_ROOT, values.logs);
  if (!values['skip-real-logs'] && existsSync(cli) && existsSync(logsDir)) {
    for (const name of readdirSync(logsDir)
      .filter((n) => REAL_LOG_PATTERN.test(n))
      .sort()) {
      const path = join(logsDir, name);
      const result: RealLogResult = {
        name,
        bytes: statSync(path).size,
        events: await countEvents(path),
        series: undefined,
        error: undefined,
      };
      log(`real log ${name}…`);
      try {
        await checkDrumbeatJson(cli, path);
        const series = emptySeries();
        for (let i = 0; i < runs; i++) {
          const run = await measureChild({
            script: cli,
            args: drumbeatArgs(path),
            cwd: REPO_ROOT,
            stdout: 'discard',
          });
          record(series, run.wallSeconds, run);
        }
        result.series = series;
      } catch (error) {
        // The table cell says why in one line; the run still counts as failed below.
        result.error = oneLine(errorText(error));
      }
      realLogs.push(result);
    }
  } else if (!values['skip-real-logs'] && !existsSync(logsDir)) {
    failures.push(`real logs folder ${values.logs} not found`);
  }

  const out: string[] = [];
  out.push('## Drumbeat benchmark', '');
  out.push(
    `Machine: nproc ${availableParallelism()}, ${cpuModel()}, ${(totalmem() / 2 ** 30).toFixed(1)} GiB RAM, ` +
      `Node ${process.version}, Linux ${release()}, DuckDB ${warm.version} (${warm.threads} threads).`,
  );
  out.push(
    `Log: \`${fileShown}\`: ${integer.format(events)} events, ${fmtMb(bytes)} MB` +
      `${generation ? `, ${generation}` : ''}. CLI under test: \`${cliShown}\`. ` +
      `${runs} timed runs per figure after one untimed warm-up.`,
    '',
  );
  out.push('| Figure | Median (s) | Min (s) | Peak RSS (MB) | Events/s (median) |');
  out.push('| --- | ---: | ---: | ---: | ---: |');
  const row = (label: string, series: Series, peak: string): void => {
    if (series.seconds.length < runs) {
      out.push(`| ${label} | failed | | | |`);
      return;
    }
    const mid = median(series.seconds);
    out.push(
      `| ${label} | ${fmtSeconds(mid)} | ${fmtSeconds(minimum(series.seconds))} | ${peak} | ${integer.format(events / mid)} |`,
    );
  };
  row('DuckDB DFG query, in-process (CSV read → rows)', duckdbQuery, '');
  row('DuckDB DFG child process, wall', duckdbWall, fmtPeak(duckdbWall));
  row(`\`${cliShown} analyze --json\`, wall`, drumbeat, fmtPeak(drumbeat));
  out.push('');
  out.push(
    `Idle DuckDB child (node + tsx + DuckDB loaded, no query): wall ${fmtSeconds(idle.wallSeconds)} s, ` +
      `peak RSS ${idle.peakRssBytes === undefined ? 'n/a' : fmtMb(idle.peakRssBytes)} MB: ` +
      'the share of the DuckDB child figures that is start-up, not query.',
    '',
  );

  const atTargetSize = events === TARGET_EVENTS;
  const verdict = (ok: boolean): string =>
    `${ok ? 'pass' : 'miss'}${atTargetSize ? '' : ' (target is set at 10M events)'}`;
  out.push('| Target | Measured | Target | Status |');
  out.push('| --- | ---: | ---: | --- |');
  if (drumbeat.seconds.length === runs) {
    const ratio = median(drumbeat.seconds) / median(duckdbQuery.seconds);
    const wallRatio = median(drumbeat.seconds) / median(duckdbWall.seconds);
    out.push(
      `| drumbeat wall / DuckDB in-process query (medians) | ${ratio.toFixed(2)}× | ≤ ${TARGET_RATIO}× | ${verdict(ratio <= TARGET_RATIO)} |`,
    );
    out.push(
      `| drumbeat wall / DuckDB child wall (medians) | ${wallRatio.toFixed(2)}× | (information) | |`,
    );
    if (drumbeat.peakRssBytes.length === runs) {
      const peak = maximum(drumbeat.peakRssBytes) / 1e6;
      out.push(
        `| drumbeat peak RSS (max of runs) | ${peak.toFixed(1)} MB | < ${TARGET_PEAK_MB} MB | ${verdict(peak < TARGET_PEAK_MB)} |`,
      );
    }
  } else {
    out.push('| drumbeat vs DuckDB | not measured | ≤ 1.5×, < 2000 MB | see failures |');
  }
  out.push('');

  if (realLogs.length > 0) {
    out.push('Real logs (`drumbeat analyze --json`, wall time including process start):', '');
    out.push(
      '| Log | Size (MB) | Events | Median (s) | Min (s) | Events/s (median) | Peak RSS (MB) |',
    );
    out.push('| --- | ---: | ---: | ---: | ---: | ---: | ---: |');
    for (const r of realLogs) {
      if (r.series === undefined) {
        // A pipe in the message would split the Markdown cell.
        const why = (r.error ?? '').replaceAll('|', '\\|');
        out.push(
          `| ${r.name} | ${fmtMb(r.bytes)} | ${integer.format(r.events)} | failed: ${why} | | | |`,
        );
        continue;
      }
      const mid = median(r.series.seconds);
      out.push(
        `| ${r.name} | ${fmtMb(r.bytes)} | ${integer.format(r.events)} | ${fmtSeconds(mid)} | ${fmtSeconds(minimum(r.series.seconds))} | ${integer.format(r.events / mid)} | ${fmtPeak(r.series)} |`,
      );
    }
    out.push('');
  }
  if (failures.length > 0) {
    out.push('Failures:', '');
    for (const failure of failures) out.push(`- ${failure.split('\n').join(' ')}`);
    out.push('');
  }
  process.stdout.write(`${out.join('\n')}\n`);
  // A benchmark with a failed command is not a result: make that visible to scripts too.
  if (failures.length > 0 || realLogs.some((r) => r.error !== undefined)) process.exitCode = 1;
}

await main();
