import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { AnalysisReport } from '../../src/core/analysis/AnalysisReport.js';
import { analyzeLog } from '../../src/core/analysis/analyzeLog.js';
import type { EventLog } from '../../src/core/model/EventLog.js';
import { readEventLog } from '../../src/readers/readEventLog.js';
import {
  DOMAINS,
  type Domain,
  type ServiceTime,
  SimClock,
  simulateValueStream,
  toEventLog,
  type ValueStreamSpec,
} from './simulateValueStream.js';

/**
 * Checks the simulator against the real ground-truth sample: for each given file, simulates a
 * stream with the same domain, stages, servers, truth rho, arrival rate, visits per stage
 * (hence rework), variant and lifecycle, and compares what `analyzeLog` measures on the real
 * file and on the simulated one. When the utilisations measured on the simulation sit as close
 * to the truth's rho as those measured on the real file, the simulation is of the same kind.
 *
 *   node --import tsx bench/detection/validateGenerator.ts gt-1002 gt-1014 ...
 */

interface RealTruth {
  kind: string;
  constraint: string;
  constraint_stages?: string[];
  rho: Record<string, number>;
  servers: Record<string, number>;
  domain: Domain;
  cases: number;
  complete_only: boolean;
  hours_are: string;
  batch_stage: string | null;
  truncated_before?: string;
  shared_pool?: { stages: string[]; people: number; rho: number };
  shift_at?: string;
}

const HOUR = 3_600_000;
const DIR = resolve(import.meta.dirname, '../../../shared/data/ground-truth');

/** Processing durations of start/complete pairs per activity (FIFO within a case), in hours. */
function processingHours(log: EventLog): Map<string, number[]> {
  const startId = log.lifecycleNames.indexOf('start');
  const out = new Map<string, number[]>();
  if (startId < 0) return out;
  for (let c = 0; c + 1 < log.caseOffsets.length; c++) {
    const open = new Map<number, number[]>();
    for (let k = log.caseOffsets[c]!; k < log.caseOffsets[c + 1]!; k++) {
      const e = log.order[k]!;
      const a = log.activityOf[e]!;
      if (log.lifecycleOf[e] === startId) {
        const list = open.get(a) ?? [];
        list.push(log.time[e]!);
        open.set(a, list);
      } else {
        const s = open.get(a)?.shift();
        if (s === undefined) continue;
        const name = log.activityNames[a]!;
        const list = out.get(name) ?? [];
        list.push((log.time[e]! - s) / HOUR);
        out.set(name, list);
      }
    }
  }
  return out;
}

function coefficientOfVariation(xs: number[]): number {
  const mean = xs.reduce((s, x) => s + x, 0) / xs.length;
  const sd = Math.sqrt(xs.reduce((s, x) => s + (x - mean) ** 2, 0) / (xs.length - 1));
  return sd / mean;
}

/** A spec that reproduces the real file's setting, with the truth's rho. */
function specFor(truth: RealTruth, log: EventLog, real: AnalysisReport): ValueStreamSpec {
  const names = Object.keys(truth.rho);
  const arrival = DOMAINS[truth.domain].arrival;
  const working = truth.hours_are.startsWith('working');
  const startMs = Date.UTC(2025, 0, 6);
  const clock = new SimClock(startMs, working);
  const arrivalId = log.activityNames.indexOf(arrival);
  const arrivals: number[] = [];
  const completes = new Map<string, number>();
  const completeId = log.lifecycleNames.indexOf('complete');
  for (let e = 0; e < log.size; e++) {
    if (log.activityOf[e] === arrivalId) arrivals.push(log.time[e]!);
    if (log.lifecycleOf[e] === completeId) {
      const name = log.activityNames[log.activityOf[e]!]!;
      completes.set(name, (completes.get(name) ?? 0) + 1);
    }
  }
  arrivals.sort((a, b) => a - b);
  const first = arrivals[0]!;
  const last = arrivals[arrivals.length - 1]!;
  const arrivalsPerHour =
    ((arrivals.length - 1) * HOUR) / (clock.fromWall(last) - clock.fromWall(first));
  const visits = names.map((n) => (completes.get(n) ?? 0) / arrivals.length);
  // Invert the traffic equations: net forward flow of one case across every boundary.
  const rework = new Array<number>(names.length).fill(0);
  for (let k = names.length - 1; k >= 1; k--) {
    const back = k + 1 < names.length ? visits[k + 1]! * rework[k + 1]! : 0;
    rework[k] = Math.min(0.9, Math.max(0, 1 - (1 + back) / visits[k]!));
  }
  const cvs = processingHours(log);
  const pool = truth.shared_pool;
  const poolFirst = pool ? names.indexOf(pool.stages[0]!) : -1;
  const measured = new Map(real.stages.map((s) => [s.name, s.utilization ?? 0]));
  const stageRho = (k: number): number => {
    if (!pool || (k !== poolFirst && k !== poolFirst + 1)) return truth.rho[names[k]!]!;
    // The truth gives the pool's rho only; split it as the real file's own stage loads split.
    const a = measured.get(names[poolFirst]!)!;
    const b = measured.get(names[poolFirst + 1]!)!;
    return (pool.rho * (k === poolFirst ? a : b)) / (a + b);
  };
  const stages = names.map((name, k) => {
    const durations = cvs.get(name);
    let service: ServiceTime = { kind: 'exponential' };
    if (durations && durations.length > 100 && !working) {
      const cv = coefficientOfVariation(durations);
      if (Math.abs(cv - 1) > 0.1) service = { kind: 'gamma', shape: 1 / (cv * cv) };
    }
    const servers = truth.servers[name]!;
    return {
      name,
      servers,
      meanServiceHours: (stageRho(k) * servers) / (arrivalsPerHour * visits[k]!),
      service,
      rework: rework[k]!,
    };
  });
  let truncateShare = 0;
  if (truth.truncated_before) {
    const cut = Date.parse(truth.truncated_before);
    const origin = clock.toWall(0);
    truncateShare = (cut - origin) / (last - origin);
  }
  return {
    domain: truth.domain,
    stages,
    arrivalsPerHour,
    cases: truth.cases,
    startMs,
    completeOnly: truth.complete_only,
    workingHours: working,
    batchStage: truth.batch_stage !== null,
    truncateShare,
    sharedPool: poolFirst >= 0 ? poolFirst : null,
  };
}

function hours(seconds: number | null): string {
  return seconds === null ? '–' : (seconds / 3600).toFixed(1);
}

function signed(x: number): string {
  return `${x >= 0 ? '+' : '−'}${Math.abs(x).toFixed(3)}`;
}

async function validate(id: string, seed: number): Promise<string[]> {
  const truth = JSON.parse(readFileSync(`${DIR}/${id}.truth.json`, 'utf8')) as RealTruth;
  if (truth.shift_at) return [`${id}: a shift log; not simulated.`, ''];
  const { log } = await readEventLog(`${DIR}/${id}.csv.gz`);
  const real = analyzeLog(log);
  const spec = specFor(truth, log, real);
  const sim = simulateValueStream(spec, seed);
  const simulated = analyzeLog(toEventLog(sim.events));
  const realStage = new Map(real.stages.map((s) => [s.name, s]));
  const simStage = new Map(simulated.stages.map((s) => [s.name, s]));
  const variant = [
    truth.complete_only ? 'complete-only' : 'start+complete',
    truth.hours_are.startsWith('working') ? 'working hours' : '',
    truth.batch_stage ? 'batch' : '',
    truth.truncated_before ? 'truncated' : '',
    truth.shared_pool ? 'shared pool' : '',
  ]
    .filter(Boolean)
    .join(', ');
  const lines = [
    `### ${id} (${truth.domain}, ${variant}; ${spec.arrivalsPerHour.toFixed(3)} arrivals/h)`,
    '',
    `Events: real ${log.size}, simulated ${sim.events.length}. Mean lead time (h): real ${hours(real.caseDuration.meanSeconds)}, simulated ${hours(simulated.caseDuration.meanSeconds)}. Verdict: real ${real.constraint.kind} ${real.constraint.stage}, simulated ${simulated.constraint.kind} ${simulated.constraint.stage}; truth ${truth.kind} ${(truth.constraint_stages ?? [truth.constraint]).join(' / ')}.`,
    '',
    '| stage | servers | rework | truth ρ | real: util | real − ρ | sim: util | sim − ρ | real: mean wait h | sim: mean wait h |',
    '|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
  ];
  for (const s of spec.stages) {
    const rho = truth.rho[s.name]!;
    const r = realStage.get(s.name);
    const m = simStage.get(s.name);
    const ru = r?.utilization ?? Number.NaN;
    const mu = m?.utilization ?? Number.NaN;
    lines.push(
      `| ${s.name} | ${s.servers} | ${s.rework.toFixed(3)} | ${rho.toFixed(3)} | ${ru.toFixed(3)} | ${signed(ru - rho)} | ${mu.toFixed(3)} | ${signed(mu - rho)} | ${hours(r?.meanWaitSeconds ?? null)} | ${hours(m?.meanWaitSeconds ?? null)} |`,
    );
  }
  lines.push('');
  return lines;
}

async function main(): Promise<void> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { seed: { type: 'string', default: '1' } },
  });
  const ids = positionals.length ? positionals : ['gt-1002'];
  for (const id of ids) console.log((await validate(id, Number(values.seed))).join('\n'));
}

await main();
