import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import type { AnalysisReport } from '../../src/core/analysis/AnalysisReport.js';
import { analyzeDetailed } from '../../src/core/analysis/analyzeLog.js';
import { DEFAULT_DETECT_OPTIONS } from '../../src/core/constraint/detectConstraint.js';
import { measureLoads } from '../../src/core/constraint/measureLoads.js';
import { stageLoad } from '../../src/core/constraint/stageLoad.js';
import { drawScenario, type Scenario } from './drawScenario.js';
import { childSeed } from './random.js';
import {
  computeTruth,
  DOMAINS,
  personName,
  type SimulatedLog,
  simulateValueStream,
  type Truth,
  toCsv,
  toEventLog,
} from './simulateValueStream.js';

/**
 * Held-out accuracy of the constraint detector: simulates N value streams of the kind of the
 * ground-truth logs (a seeded mix of internal and demand constraints, complete-only exports,
 * working hours, weekly batches, truncated exports and shared pools), runs `analyzeLog` on
 * each and prints a Markdown report: accuracy by variant, measurement error of utilisation
 * against the analytic truth, and every miss with its ranking.
 *
 *   node --import tsx bench/detection/evaluateDetection.ts --logs 60 --seed 1
 *   node --import tsx bench/detection/evaluateDetection.ts --replay 123456789   # one log, in detail
 *   ... --dump bench/out/detection   # also write each log as gt-like .csv.gz + .truth.json
 */

interface Outcome {
  scenario: Scenario;
  sim: SimulatedLog;
  eventCount: number;
  report: AnalysisReport;
  kindRight: boolean;
  /** Internal: named stage among the truth's constraint stages. Demand: named the busiest stage. */
  stageRight: boolean;
  /** The detector's load (utilisation, or pool load past the threshold) and pool load, by stage. */
  loads: Map<string, { load: number; pool: number }>;
  ms: number;
}

function evaluate(seed: number): Outcome {
  const t0 = performance.now();
  const scenario = drawScenario(seed);
  const sim = simulateValueStream(scenario.spec, seed);
  if (sim.truth.kind !== scenario.kind)
    throw new Error(`seed ${seed}: drawn as ${scenario.kind}, truth is ${sim.truth.kind}`);
  const detail = analyzeDetailed(toEventLog(sim.events));
  const { report } = detail;
  const { constraint } = report;
  const measured = measureLoads(detail.capacity, detail.timeline);
  const loads = new Map(
    detail.stages.names.map((name, s) => [
      name,
      {
        load: stageLoad(measured, s, DEFAULT_DETECT_OPTIONS.internalThreshold),
        pool: measured.poolLoad[s]!,
      },
    ]),
  );
  const kindRight = constraint.kind === sim.truth.kind;
  const stageRight =
    sim.truth.kind === 'internal'
      ? sim.truth.constraintStages.includes(constraint.stage)
      : constraint.stage === sim.truth.constraint;
  const ms = performance.now() - t0;
  return { scenario, sim, eventCount: sim.events.length, report, kindRight, stageRight, loads, ms };
}

const isRight = (o: Outcome) =>
  o.sim.truth.kind === 'internal' ? o.kindRight && o.stageRight : o.kindRight;

function describeSetting(s: Scenario): string {
  const parts = [
    s.spec.domain,
    `${s.spec.stages.length} stages`,
    `${s.spec.cases} cases`,
    s.completeOnly ? 'complete-only' : 'start+complete',
  ];
  if (s.variant !== 'plain') parts.push(s.variant);
  return parts.join(', ');
}

function fraction(right: number, total: number): string {
  if (total === 0) return '–';
  // Never round a miss up to 100 %.
  const percent = right === total ? 100 : Math.min(99, Math.round((100 * right) / total));
  return `${right}/${total} (${percent} %)`;
}

function accuracyRow(label: string, outcomes: Outcome[]): string {
  const internal = outcomes.filter((o) => o.sim.truth.kind === 'internal');
  const demand = outcomes.filter((o) => o.sim.truth.kind === 'demand');
  const cells = [
    label,
    String(outcomes.length),
    fraction(internal.filter(isRight).length, internal.length),
    fraction(demand.filter((o) => o.kindRight).length, demand.length),
    fraction(demand.filter((o) => o.kindRight && o.stageRight).length, demand.length),
  ];
  return `| ${cells.join(' | ')} |`;
}

function accuracyTable(outcomes: Outcome[]): string[] {
  const lines = [
    '| logs | n | internal: kind and stage right | demand: kind right | demand: busiest stage named |',
    '|---|---:|---:|---:|---:|',
    accuracyRow('**all**', outcomes),
    accuracyRow(
      'start+complete',
      outcomes.filter((o) => !o.scenario.completeOnly),
    ),
    accuracyRow(
      'complete-only',
      outcomes.filter((o) => o.scenario.completeOnly),
    ),
  ];
  const variants = [
    'plain',
    'working-hours',
    'batch',
    'batch+working-hours',
    'truncated',
    'shared-pool',
  ];
  for (const v of variants) {
    const group = outcomes.filter((o) => o.scenario.variant === v);
    if (group.length) lines.push(accuracyRow(`variant: ${v}`, group));
  }
  for (const d of Object.keys(DOMAINS)) {
    const group = outcomes.filter((o) => o.scenario.spec.domain === d);
    if (group.length) lines.push(accuracyRow(`domain: ${d}`, group));
  }
  return lines;
}

/**
 * Stages whose people carry the same names as another stage's (`fix-1` in Fix and in Fix Review),
 * each with that other stage. Pools name their people `res-NN`, so they have none.
 */
function namesakes(stages: readonly string[], pooled: boolean): Map<string, string> {
  const out = new Map<string, string>();
  if (pooled) return out;
  for (const a of stages) {
    for (const b of stages) {
      if (a !== b && personName(a, 1) === personName(b, 1)) out.set(a, b);
    }
  }
  return out;
}

const namesakesOf = (truth: Truth) => namesakes(Object.keys(truth.rho), truth.sharedPool !== null);

/**
 * Mean and worst absolute gap between the measured utilisation and the truth's rho, over stages
 * with dedicated, uniquely named people (pool stages and name-sharing stages are reported apart).
 */
function measurementTable(outcomes: Outcome[]): string[] {
  type Gap = { d: number; where: string };
  const groups = new Map<string, Gap[]>();
  const add = (key: string, gap: Gap) => {
    const list = groups.get(key) ?? [];
    list.push(gap);
    groups.set(key, list);
  };
  for (const o of outcomes) {
    const { truth } = o.sim;
    const pool = new Set(truth.sharedPool?.stages ?? []);
    const colliding = namesakesOf(truth);
    const lifecycle = o.scenario.completeOnly ? 'complete-only' : 'start+complete';
    for (const s of o.report.stages) {
      const rho = truth.rho[s.name];
      if (rho === undefined || s.utilization === null) continue;
      const gap = { d: s.utilization - rho, where: `${s.name} (seed ${o.scenario.seed})` };
      if (pool.has(s.name)) add(`shared-pool stage, own share, ${lifecycle}`, gap);
      else if (colliding.has(s.name)) add(`stage sharing people's names, ${lifecycle}`, gap);
      else add(`${o.scenario.variant}, ${lifecycle}`, gap);
    }
  }
  const lines = [
    '| stages (variant, lifecycle) | n | mean measured − ρ | mean abs | worst |',
    '|---|---:|---:|---:|---|',
  ];
  for (const [key, gaps] of [...groups.entries()].sort((a, b) => a[0].localeCompare(b[0]))) {
    if (key.startsWith('shared-pool')) continue;
    const mean = gaps.reduce((s, g) => s + g.d, 0) / gaps.length;
    const abs = gaps.reduce((s, g) => s + Math.abs(g.d), 0) / gaps.length;
    const worst = gaps.reduce((w, g) => (Math.abs(g.d) > Math.abs(w.d) ? g : w));
    lines.push(
      `| ${key} | ${gaps.length} | ${signed(mean)} | ${abs.toFixed(3)} | ${signed(worst.d)} ${worst.where} |`,
    );
  }
  return lines;
}

function signed(x: number): string {
  return `${x >= 0 ? '+' : '−'}${Math.abs(x).toFixed(3)}`;
}

function rankingLine(o: Outcome, top = 4): string {
  const { truth } = o.sim;
  return [...o.report.stages]
    .filter((s) => s.utilization !== null)
    .sort((a, b) => a.rank - b.rank)
    .slice(0, top)
    .map((s) => {
      const l = o.loads.get(s.name);
      const pool = l && !Number.isNaN(l.pool) ? `, pool ${l.pool.toFixed(2)}` : '';
      return `${s.rank}. ${s.name} score ${s.score.toFixed(2)} (util ${s.utilization!.toFixed(2)}${pool}, wait share ${s.waitingShare.toFixed(2)}) [ρ ${fmtRho(truth.rho[s.name])}]`;
    })
    .join(' · ');
}

function fmtRho(x: number | undefined): string {
  return x === undefined ? '–' : x.toFixed(2);
}

function truthLine(truth: Truth): string {
  const byRho = Object.entries(truth.rho).sort((a, b) => b[1] - a[1]);
  const top = byRho[0]!;
  const next = byRho.find(([name]) => !truth.constraintStages.includes(name) && name !== top[0]);
  const stages = truth.constraintStages.join(' / ');
  const runner = next ? `; next ${next[0]} ${next[1].toFixed(2)}` : '';
  return `${truth.kind} **${stages}** (ρ ${top[1].toFixed(2)}${runner})`;
}

/** Plain facts about a miss that bear on its cause (no guessing). */
function factsOf(o: Outcome): string[] {
  const { truth } = o.sim;
  const named = o.report.constraint.stage;
  const facts: string[] = [];
  const same = namesakesOf(truth);
  if (o.scenario.completeOnly) {
    const pairs = new Set<string>();
    for (const stage of [...truth.constraintStages, named]) {
      const other = same.get(stage);
      if (other) pairs.add([stage, other].sort().join(' and '));
    }
    for (const pair of pairs) {
      const first = pair.split(' and ')[0]!;
      facts.push(
        `complete-only, and ${pair} have people of the same names (${personName(first, 1)}, …)`,
      );
    }
  }
  const rhoNamed = truth.rho[named];
  const rhoTop = truth.rho[truth.constraint]!;
  if (truth.kind === 'demand' && rhoNamed !== undefined && rhoTop - rhoNamed < 0.02)
    facts.push(`near-tie in the truth: ρ ${rhoTop.toFixed(3)} against ${rhoNamed.toFixed(3)}`);
  return facts;
}

function failureLines(outcomes: Outcome[]): string[] {
  const lines: string[] = [];
  const misses = outcomes.filter((o) => !isRight(o));
  const busiest = outcomes.filter(
    (o) => o.sim.truth.kind === 'demand' && o.kindRight && !o.stageRight,
  );
  const entry = (o: Outcome) => {
    const c = o.report.constraint;
    const shared = c.sharedWith.length ? ` (with ${c.sharedWith.join(', ')})` : '';
    lines.push(
      `- seed ${o.scenario.seed} · ${describeSetting(o.scenario)} · truth ${truthLine(o.sim.truth)} · named ${c.kind} **${c.stage}**${shared}, confidence ${c.confidence.toFixed(2)}`,
      `  - ranking: ${rankingLine(o)}`,
    );
    const hints = factsOf(o);
    if (hints.length) lines.push(`  - note: ${hints.join('; ')}`);
  };
  lines.push(`### Misses (${misses.length})`, '');
  if (!misses.length) lines.push('None.');
  for (const o of misses) entry(o);
  lines.push('', `### Demand logs: busiest stage not named (${busiest.length})`, '');
  if (!busiest.length) lines.push('None.');
  for (const o of busiest) entry(o);
  return lines;
}

function replay(seed: number): Outcome {
  const o = evaluate(seed);
  const { spec } = o.scenario;
  console.log(`seed ${seed}: ${describeSetting(o.scenario)}; ${o.sim.events.length} events`);
  console.log(`arrivals ${spec.arrivalsPerHour}/h${spec.workingHours ? ' (working hours)' : ''}`);
  for (const s of spec.stages) {
    const service =
      s.service.kind === 'exponential'
        ? 'exponential'
        : s.service.kind === 'lognormal'
          ? `lognormal cv ${s.service.cv}`
          : `gamma shape ${s.service.shape}`;
    console.log(
      `  ${s.name.padEnd(22)} servers ${s.servers}  mean ${s.meanServiceHours.toFixed(2)} h  ${service.padEnd(20)} rework ${s.rework}  visits ${o.sim.truth.visits[s.name]}  ρ ${o.sim.truth.rho[s.name]}`,
    );
  }
  console.log(`truth: ${truthLine(o.sim.truth)}`);
  const c = o.report.constraint;
  console.log(
    `named: ${c.kind} ${c.stage}${c.sharedWith.length ? ` with ${c.sharedWith.join(', ')}` : ''}, confidence ${c.confidence}  → ${isRight(o) ? 'right' : 'WRONG'}`,
  );
  console.log(
    `calendar: ${o.report.log.calendar.label}; pairing ${JSON.stringify(o.report.log.pairing)}`,
  );
  for (const s of [...o.report.stages].sort((a, b) => a.rank - b.rank)) {
    const people = s.topPeople
      .map((p) => `${p.name} ${p.share.toFixed(2)}/${p.load?.toFixed(2) ?? '–'}`)
      .join(', ');
    const l = o.loads.get(s.name);
    console.log(
      `  #${s.rank} ${s.name.padEnd(22)} score ${s.score.toFixed(3)} load ${l?.load.toFixed(3)} util ${s.utilization?.toFixed(3) ?? '–'} pool ${l?.pool.toFixed(3)} [ρ ${fmtRho(o.sim.truth.rho[s.name])}] servers ${s.servers} wait share ${s.waitingShare.toFixed(3)} est ${s.estimatedStartShare.toFixed(2)} people: ${people}`,
    );
  }
  for (const e of c.evidence) console.log(`  - ${e}`);
  return o;
}

function dump(dir: string, o: Outcome): void {
  mkdirSync(dir, { recursive: true });
  const base = resolve(dir, `sim-${o.scenario.seed}`);
  writeFileSync(`${base}.csv.gz`, gzipSync(toCsv(o.sim.events)));
  const t = o.sim.truth;
  // The keys of the ground-truth files, so tools that read those read these too.
  const truth = {
    kind: t.kind,
    constraint: t.constraint,
    constraint_stages: t.constraintStages,
    rho: t.rho,
    servers: t.servers,
    visits: t.visits,
    domain: t.domain,
    cases: t.cases,
    complete_only: t.completeOnly,
    hours_are: t.hoursAre,
    batch_stage: t.batchStage,
    ...(t.truncatedBefore ? { truncated_before: t.truncatedBefore } : {}),
    ...(t.sharedPool ? { shared_pool: t.sharedPool } : {}),
    seed: o.scenario.seed,
    variant: o.scenario.variant,
    spec: o.scenario.spec,
  };
  writeFileSync(`${base}.truth.json`, `${JSON.stringify(truth, null, 1)}\n`);
}

/**
 * `--focus colliding-names`: keeps only logs whose true constraint (internal) or busiest stage
 * (demand) has people named like another stage's (Fix and Fix Review, Listing Draft and Listing
 * Review). Decided from the drawn setting alone, before simulating.
 */
function constraintHasNamesakes(seed: number): boolean {
  const { spec } = drawScenario(seed);
  const truth = computeTruth(spec);
  return namesakesOf(truth).has(truth.constraint);
}

function main(): void {
  const { values } = parseArgs({
    options: {
      logs: { type: 'string', default: '60' },
      seed: { type: 'string', default: '1' },
      replay: { type: 'string' },
      dump: { type: 'string' },
      focus: { type: 'string' },
    },
  });
  if (values.focus !== undefined && values.focus !== 'colliding-names')
    throw new Error('--focus takes one value: colliding-names');
  if (values.replay !== undefined) {
    const o = replay(Number(values.replay));
    if (values.dump) dump(values.dump, o);
    return;
  }
  const logs = Number(values.logs);
  const seed = Number(values.seed);
  if (!(Number.isInteger(logs) && logs > 0 && Number.isFinite(seed)))
    throw new Error('--logs must be a positive integer and --seed a number');
  const t0 = performance.now();
  const outcomes: Outcome[] = [];
  for (let i = 0; outcomes.length < logs; i++) {
    if (i > 1000 * logs) throw new Error('--focus found too few logs');
    const logSeed = childSeed(seed, i);
    if (values.focus && !constraintHasNamesakes(logSeed)) continue;
    const o = evaluate(logSeed);
    if (values.dump) dump(values.dump, o);
    // Keep the verdict and the truth, not the events: a few hundred logs stay in little memory.
    outcomes.push({ ...o, sim: { ...o.sim, events: [] } });
    process.stderr.write(
      `\r${outcomes.length}/${logs} ${isRight(o) ? 'ok  ' : 'MISS'} seed ${o.scenario.seed} ${(o.ms / 1000).toFixed(1)} s   `,
    );
  }
  process.stderr.write('\n');
  const seconds = (performance.now() - t0) / 1000;
  const events = outcomes.reduce((s, o) => s + o.eventCount, 0);
  const internal = outcomes.filter((o) => o.sim.truth.kind === 'internal').length;
  const out = [
    `## Detection accuracy: ${logs} simulated logs, seed ${seed}${values.focus ? `, focus ${values.focus}` : ''}`,
    '',
    `${internal} internal, ${logs - internal} demand; ${outcomes.filter((o) => o.scenario.completeOnly).length} complete-only; ${events.toLocaleString('en')} events in all; ${seconds.toFixed(0)} s (simulation and analysis, one process).`,
    '',
    ...accuracyTable(outcomes),
    '',
    "Internal: right when the kind is `internal` and the named stage is among the truth's constraint stages (either stage of a shared pool). Demand: the kind is `demand`; separately, whether the stage named as busiest is the truth's highest-ρ stage.",
    '',
    '### Measured utilisation against the truth',
    '',
    ...measurementTable(outcomes),
    '',
    ...failureLines(outcomes),
  ];
  console.log(out.join('\n'));
}

main();
