import { parseArgs } from 'node:util';
import { analyzeDetailed } from '../../src/core/analysis/analyzeLog.js';
import type { PatternChange, PatternKind } from '../../src/core/changes/PatternChange.js';
import { drawScenario, type Scenario } from '../detection/drawScenario.js';
import { childSeed, Random } from '../detection/random.js';
import {
  type PatternStep,
  simulateValueStream,
  toEventLog,
  type ValueStreamSpec,
} from '../detection/simulateValueStream.js';

/**
 * Held-out measurement of pattern-change detection (docs/change-points.md). Each seed draws a
 * value stream like the constraint bench's (bench/detection/drawScenario.ts, every export
 * variant), lengthened to at least 20 weeks, and puts one known step at 30-70 % of its
 * arrivals, the kinds taken in turn:
 * - demand: the arrival rate times 0.6-0.75 or 1.3-1.5;
 * - capacity: one dedicated stage given 1-2 more people (the `shift` option);
 * - variability: one stage's service times from gamma shape 4 (CV 0.5) to log-normal CV 1.5, or back;
 * - rework: one stage (not the first) sending back 15-30 % of its work from 0-3 %.
 * A step is found when a change of its kind (and stage) is reported within N days of it. The
 * same seeds without the step are the stable logs: any change reported there is a false alarm.
 * None of these seeds was used to set the detector's thresholds (those were set on the
 * ground-truth logs and seed 7).
 *
 *   node --import tsx bench/changes/evaluateChanges.ts --logs 40 --seed 2027
 */

const DAY = 86_400_000;
const KINDS: PatternKind[] = ['demand', 'capacity', 'variability', 'rework'];
const HOURS_PER_WEEK = { wall: 168, working: 40 };
const MIN_WEEKS = 20;

interface Planted {
  kind: PatternKind;
  stage: string | null;
  spec: ValueStreamSpec;
}

/** The scenario of `seed` with a step of `kind`, and its stream lengthened to MIN_WEEKS. */
function plant(scenario: Scenario, kind: PatternKind, seed: number): Planted {
  const rng = new Random(childSeed(seed, 13));
  const base = scenario.spec;
  const perWeek = HOURS_PER_WEEK[base.workingHours ? 'working' : 'wall'];
  const cases = Math.max(base.cases, Math.ceil(base.arrivalsPerHour * perWeek * MIN_WEEKS));
  const spec: ValueStreamSpec = { ...base, cases };
  const afterShare = rng.uniform(0.3, 0.7);
  const pool = base.sharedPool;
  const dedicated = base.stages
    .map((_, k) => k)
    .filter((k) => pool === null || (k !== pool && k !== pool + 1));
  switch (kind) {
    case 'demand': {
      const arrivalFactor = rng.chance(0.5) ? rng.uniform(0.6, 0.75) : rng.uniform(1.3, 1.5);
      return { kind, stage: null, spec: { ...spec, step: { afterShare, arrivalFactor } } };
    }
    case 'capacity': {
      const stage = rng.pick(dedicated);
      const addServers = rng.int(1, 2);
      return {
        kind,
        stage: base.stages[stage]!.name,
        spec: { ...spec, shift: { stage, addServers, afterShare } },
      };
    }
    case 'variability': {
      const stage = rng.pick(dedicated);
      const calm = { kind: 'gamma', shape: 4 } as const;
      const wild = { kind: 'lognormal', cv: 1.5 } as const;
      const up = rng.chance(0.5);
      const stages = base.stages.map((s, k) =>
        k === stage ? { ...s, service: up ? calm : wild } : s,
      );
      const step: PatternStep = { afterShare, stage, service: up ? wild : calm };
      return { kind, stage: base.stages[stage]!.name, spec: { ...spec, stages, step } };
    }
    case 'rework': {
      const stage = rng.int(1, base.stages.length - 1);
      const stages = base.stages.map((s, k) =>
        k === stage ? { ...s, rework: rng.uniform(0, 0.03) } : s,
      );
      const step: PatternStep = { afterShare, stage, rework: rng.uniform(0.15, 0.3) };
      return { kind, stage: base.stages[stage]!.name, spec: { ...spec, stages, step } };
    }
  }
}

function show(changes: PatternChange[]): string {
  if (changes.length === 0) return 'none';
  return changes
    .map(
      (c) => `${c.kind}${c.stage ? ` ${c.stage}` : ''} ${c.at.slice(0, 10)} ${c.before}→${c.after}`,
    )
    .join('; ');
}

const { values } = parseArgs({
  options: {
    logs: { type: 'string', default: '40' },
    seed: { type: 'string', default: '2027' },
  },
});
const count = Number(values.logs);
const root = Number(values.seed);

interface Row {
  seed: number;
  setting: string;
  kind: PatternKind;
  stage: string | null;
  at: number;
  lagDays: number | null;
  others: number;
  reported: string;
  stable: string;
  falseAlarm: boolean;
  ms: number;
}

const rows: Row[] = [];
for (let i = 0; i < count; i++) {
  const seed = childSeed(root, i);
  const scenario = drawScenario(seed);
  const kind = KINDS[i % KINDS.length]!;
  const planted = plant(scenario, kind, seed);
  const sim = simulateValueStream(planted.spec, seed);
  const at = Date.parse(sim.truth.stepAt ?? sim.truth.shiftAt ?? '');
  const t0 = performance.now();
  const changes = analyzeDetailed(toEventLog(sim.events)).report.changes;
  const ms = performance.now() - t0;
  const matching = changes.filter(
    (c) => c.kind === kind && (planted.stage === null || c.stage === planted.stage),
  );
  const lags = matching.map((c) => Math.abs(Date.parse(c.at) - at) / DAY);
  const lagDays = lags.length ? Math.min(...lags) : null;
  const stableSpec: ValueStreamSpec = { ...planted.spec, shift: null, step: null };
  const stable = analyzeDetailed(toEventLog(simulateValueStream(stableSpec, seed).events)).report
    .changes;
  rows.push({
    seed,
    setting: `${scenario.kind} ${scenario.variant}${scenario.completeOnly ? ' complete-only' : ''}, ${planted.spec.stages.length} stages, ${planted.spec.cases} cases`,
    kind,
    stage: planted.stage,
    at,
    lagDays,
    others: changes.length - matching.length,
    reported: show(changes),
    stable: show(stable),
    falseAlarm: stable.length > 0,
    ms,
  });
}

console.log('| seed | setting | step | at | reported | lag (days) | stable twin reported |');
console.log('|---|---|---|---|---|---|---|');
for (const r of rows) {
  console.log(
    `| ${r.seed} | ${r.setting} | ${r.kind}${r.stage ? ` ${r.stage}` : ''} | ${new Date(r.at).toISOString().slice(0, 10)} | ${r.reported} | ${r.lagDays === null ? '–' : r.lagDays.toFixed(1)} | ${r.stable} |`,
  );
}
const pct = (k: number, n: number) => `${k}/${n} = ${n ? Math.round((100 * k) / n) : 0} %`;
console.log('\nfound within 7 / 14 days, by kind:');
for (const kind of KINDS) {
  const of = rows.filter((r) => r.kind === kind);
  const in7 = of.filter((r) => r.lagDays !== null && r.lagDays <= 7).length;
  const in14 = of.filter((r) => r.lagDays !== null && r.lagDays <= 14).length;
  console.log(`  ${kind}: ${pct(in7, of.length)} / ${pct(in14, of.length)}`);
}
const in7 = rows.filter((r) => r.lagDays !== null && r.lagDays <= 7).length;
const in14 = rows.filter((r) => r.lagDays !== null && r.lagDays <= 14).length;
console.log(`  all: ${pct(in7, rows.length)} / ${pct(in14, rows.length)}`);
const falseLogs = rows.filter((r) => r.falseAlarm).length;
const falseChanges = rows.reduce(
  (n, r) => n + (r.stable === 'none' ? 0 : r.stable.split('; ').length),
  0,
);
console.log(
  `stable logs with any change reported: ${pct(falseLogs, rows.length)} (${falseChanges} changes)`,
);
console.log(
  `other changes reported beside the planted one: ${rows.reduce((n, r) => n + r.others, 0)} over ${rows.length} logs`,
);
const times = rows.map((r) => r.ms).sort((a, b) => a - b);
console.log(
  `analysis time per log (whole analysis): median ${Math.round(times[times.length >> 1] ?? 0)} ms`,
);
