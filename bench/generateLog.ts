import { closeSync, mkdirSync, openSync, renameSync, rmSync, statSync, writeSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';

/** Row order of the generated CSV. */
export type LogOrder = 'time' | 'case';

export interface GenerateLogOptions {
  /** Number of cases; every case has exactly one event per stage, so events = 5 × cases. */
  cases: number;
  /** Path of the CSV to write; its folder is created if missing. */
  out: string;
  /** PRNG seed: the same seed and case count give a byte-identical file. */
  seed?: number;
  /**
   * `time` (default): rows in global timestamp order, as a log exported from a database would
   * be, so a reader must regroup interleaved cases. `case`: each case's five rows together.
   */
  order?: LogOrder;
}

export interface GenerateLogResult {
  cases: number;
  events: number;
  bytes: number;
  seconds: number;
  order: LogOrder;
}

/**
 * The simulated value stream: five stages in a line, each staffed by ten resources. Service
 * times are log-normal around these means; with one arrival a minute on average, Assemble
 * runs at 90 % utilisation while no other stage passes 60 %, so Assemble is the constraint.
 */
const STAGES = [
  { activity: 'Receive order', resource: 'clerk', meanSeconds: 240 },
  { activity: 'Check credit', resource: 'analyst', meanSeconds: 300 },
  { activity: 'Assemble', resource: 'assembler', meanSeconds: 540 },
  { activity: 'Inspect', resource: 'inspector', meanSeconds: 360 },
  { activity: 'Ship', resource: 'shipper', meanSeconds: 180 },
] as const;
const RESOURCES_PER_STAGE = 10;
const MEAN_INTERARRIVAL_SECONDS = 60;
/** Coefficient of variation of service times: variable enough to build queues, never negative. */
const SERVICE_CV = 0.5;
/** A service never takes under a second, so timestamps strictly increase within a case. */
const MIN_SERVICE_MS = 1000;
const START_MS = Date.UTC(2021, 0, 4);
const DEFAULT_SEED = 20240601;
/** Flush the pending text once it reaches this many characters: bounded memory, few syscalls. */
const FLUSH_CHARS = 1 << 20;

/** mulberry32: a tiny 32-bit-state PRNG, good enough for simulation and fully reproducible. */
function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Min-heap of pending events keyed by (timestamp, case × stage), kept in typed arrays so that
 * ten million pushes and pops allocate nothing. The second key makes equal timestamps pop in a
 * fixed order, which keeps the output deterministic.
 */
class PendingEvents {
  private time = new Float64Array(1024);
  private key = new Float64Array(1024);
  size = 0;

  push(time: number, key: number): void {
    if (this.size === this.time.length) {
      const grownTime = new Float64Array(this.size * 2);
      grownTime.set(this.time);
      this.time = grownTime;
      const grownKey = new Float64Array(this.size * 2);
      grownKey.set(this.key);
      this.key = grownKey;
    }
    let i = this.size++;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!this.less(time, key, this.time[parent]!, this.key[parent]!)) break;
      this.time[i] = this.time[parent]!;
      this.key[i] = this.key[parent]!;
      i = parent;
    }
    this.time[i] = time;
    this.key[i] = key;
  }

  peekTime(): number {
    return this.time[0]!;
  }

  /** Removes the smallest entry and returns its key (read the time with peekTime first). */
  pop(): number {
    const top = this.key[0]!;
    const n = --this.size;
    const time = this.time[n]!;
    const key = this.key[n]!;
    let i = 0;
    for (;;) {
      let child = 2 * i + 1;
      if (child >= n) break;
      if (
        child + 1 < n &&
        this.less(this.time[child + 1]!, this.key[child + 1]!, this.time[child]!, this.key[child]!)
      ) {
        child++;
      }
      if (!this.less(this.time[child]!, this.key[child]!, time, key)) break;
      this.time[i] = this.time[child]!;
      this.key[i] = this.key[child]!;
      i = child;
    }
    this.time[i] = time;
    this.key[i] = key;
    return top;
  }

  private less(timeA: number, keyA: number, timeB: number, keyB: number): boolean {
    return timeA < timeB || (timeA === timeB && keyA < keyB);
  }
}

/**
 * Writes a synthetic event log `case_id,activity,timestamp,resource` (completion timestamps,
 * ISO 8601 UTC with milliseconds and `Z`) by simulating the five-stage line above: Poisson
 * arrivals; at each stage a case takes the resource that frees up first and waits for it if
 * needed. Cases are served in arrival order at every stage (no overtaking in queues), which is
 * the "simple" part of the simulation. Text is flushed to disk in ~1 MiB pieces into a
 * `.partial` file renamed at the end, so an interrupted run never leaves a truncated log that
 * looks complete.
 */
export function generateLog(options: GenerateLogOptions): GenerateLogResult {
  const { cases, out } = options;
  const order = options.order ?? 'time';
  if (!Number.isSafeInteger(cases) || cases < 1) {
    throw new Error(`cases must be a positive integer, got ${cases}`);
  }
  const started = performance.now();
  const random = mulberry32(options.seed ?? DEFAULT_SEED);
  const sigma = Math.sqrt(Math.log(1 + SERVICE_CV * SERVICE_CV));
  const mu = STAGES.map((stage) => Math.log(stage.meanSeconds * 1000) - (sigma * sigma) / 2);
  const activities = STAGES.map((stage) => stage.activity);
  const resources = STAGES.map((stage) =>
    Array.from(
      { length: RESOURCES_PER_STAGE },
      (_, r) => `${stage.resource}-${String(r + 1).padStart(2, '0')}`,
    ),
  );
  const freeAt = STAGES.map(() => new Float64Array(RESOURCES_PER_STAGE).fill(START_MS));
  const stageCount = STAGES.length;

  mkdirSync(dirname(resolve(out)), { recursive: true });
  const partial = `${out}.partial`;
  const fd = openSync(partial, 'w');
  let text = 'case_id,activity,timestamp,resource\n';
  const flush = (): void => {
    writeSync(fd, text);
    text = '';
  };
  const emit = (caseIndex: number, stage: number, resource: number, time: number): void => {
    text += `case-${caseIndex + 1},${activities[stage]},${new Date(time).toISOString()},${resources[stage]![resource]}\n`;
    if (text.length >= FLUSH_CHARS) flush();
  };
  // Packs (case, stage, resource) into one exact double: case × 1024 + stage × 16 + resource.
  const emitKey = (time: number, key: number): void => {
    const caseIndex = Math.floor(key / 1024);
    const rest = key - caseIndex * 1024;
    emit(caseIndex, rest >> 4, rest & 15, time);
  };

  const pending = new PendingEvents();
  try {
    let arrival = START_MS;
    for (let c = 0; c < cases; c++) {
      let ready = arrival;
      for (let s = 0; s < stageCount; s++) {
        const free = freeAt[s]!;
        let pick = 0;
        for (let r = 1; r < RESOURCES_PER_STAGE; r++) if (free[r]! < free[pick]!) pick = r;
        // Box–Muller: one standard normal per service, from two uniforms (1 - u avoids log 0).
        const z = Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
        const service = Math.max(MIN_SERVICE_MS, Math.round(Math.exp(mu[s]! + sigma * z)));
        const done = Math.max(ready, free[pick]!) + service;
        free[pick] = done;
        ready = done;
        if (order === 'case') emit(c, s, pick, done);
        else pending.push(done, c * 1024 + s * 16 + pick);
      }
      // Exponential inter-arrival gaps make arrivals a Poisson process; whole milliseconds.
      arrival += Math.round(-Math.log(1 - random()) * MEAN_INTERARRIVAL_SECONDS * 1000);
      // Every later case finishes its first stage after its arrival + 1 s, so anything pending
      // at or before the next arrival can be written now, already in global time order.
      while (pending.size > 0 && pending.peekTime() <= arrival) {
        const time = pending.peekTime();
        emitKey(time, pending.pop());
      }
    }
    while (pending.size > 0) {
      const time = pending.peekTime();
      emitKey(time, pending.pop());
    }
    flush();
  } catch (error) {
    closeSync(fd);
    rmSync(partial, { force: true });
    throw error;
  }
  closeSync(fd);
  renameSync(partial, out);
  return {
    cases,
    events: cases * stageCount,
    bytes: statSync(out).size,
    seconds: (performance.now() - started) / 1000,
    order,
  };
}

function main(): void {
  const { values } = parseArgs({
    options: {
      cases: { type: 'string', default: '2000000' },
      out: { type: 'string', default: 'bench/out/events-10m.csv' },
      seed: { type: 'string', default: String(DEFAULT_SEED) },
      order: { type: 'string', default: 'time' },
    },
  });
  const order = values.order;
  if (order !== 'time' && order !== 'case') throw new Error(`--order must be time or case`);
  const result = generateLog({
    cases: Number(values.cases),
    out: values.out,
    seed: Number(values.seed),
    order,
  });
  process.stderr.write(
    `wrote ${result.events.toLocaleString('en-US')} events (${result.cases.toLocaleString('en-US')} cases, ${(result.bytes / 1e6).toFixed(1)} MB, ${result.order} order) to ${values.out} in ${result.seconds.toFixed(1)} s\n`,
  );
}

// Run as a command only when executed directly, not when the benchmark runner imports it.
if (
  process.argv[1] !== undefined &&
  import.meta.url === pathToFileURL(resolve(process.argv[1])).href
) {
  main();
}
