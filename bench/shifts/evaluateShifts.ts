import { parseArgs } from 'node:util';
import { analyzeDetailed } from '../../src/core/analysis/analyzeLog.js';
import {
  type ConstraintShift,
  DEFAULT_SHIFT_OPTIONS,
  detectShifts,
  peopleByWeek,
  segmentLoads,
} from '../../src/core/shifts/detectShifts.js';
import { drawScenario, type Scenario } from '../detection/drawScenario.js';
import { childSeed, Random } from '../detection/random.js';
import {
  computeTruth,
  type SimulatedLog,
  simulateValueStream,
  toEventLog,
  type ValueStreamSpec,
} from '../detection/simulateValueStream.js';

/**
 * Held-out measurement of constraint-shift detection: simulated logs drawn like the constraint
 * bench's (bench/detection/drawScenario.ts), half of them given a shift, none of them seen while
 * tuning the detector. A shift log takes an internal scenario (not a shared pool), raises one
 * other stage to rho 0.76-0.86 (still 0.1 or more below the constraint), and at 30-70 % of the
 * arrivals gives the constraint enough people to fall 0.1 or more below that stage; seeds where
 * that stage would not then lead every other by 0.1 or more are skipped. A move is
 * found when `detectShifts` reports the right new constraint within 7 days of the shift.
 *
 *   node --import tsx bench/shifts/evaluateShifts.ts --logs 40 --seed 2026
 *   node --import tsx bench/shifts/evaluateShifts.ts --replay 466582453   # one shift log, week by week
 */

const HOURS_PER_WEEK = { wall: 168, working: 40 };
const MIN_WEEKS = 20;
const DAY = 86_400_000;

interface Row {
  seed: number;
  setting: string;
  truth: string;
  reported: string;
  right: boolean;
}

function describeSetting(s: Scenario): string {
  return `${s.kind} ${s.variant}${s.completeOnly ? ' complete-only' : ''}`;
}

function showShifts(shifts: ConstraintShift[]): string {
  if (shifts.length === 0) return 'no move';
  return shifts.map((s) => `${s.from}→${s.to} ${s.at.slice(0, 10)} (${s.confidence})`).join('; ');
}

/** A scenario given a shift; null when its seed draws no scenario that can take one. */
function shiftSpec(seed: number): { scenario: Scenario; spec: ValueStreamSpec } | null {
  const scenario = drawScenario(seed);
  if (scenario.kind !== 'internal' || scenario.spec.sharedPool !== null) return null;
  const rng = new Random(childSeed(seed, 11));
  const base = scenario.spec;
  const truth = computeTruth(base);
  const names = base.stages.map((s) => s.name);
  const from = names.indexOf(truth.constraint);
  const others = names.map((_, k) => k).filter((k) => k !== from);
  const to = others[rng.int(0, others.length - 1)]!;
  const top = truth.rho[truth.constraint]!;
  const target = Math.min(top - 0.1, rng.uniform(0.76, 0.86));
  const stages = base.stages.map((s, k) =>
    k === to
      ? { ...s, meanServiceHours: (s.meanServiceHours * target) / truth.rho[names[k]!]! }
      : s,
  );
  const work = top * stages[from]!.servers;
  const needed = Math.ceil(work / (target - 0.1));
  // The new constraint must lead clearly after the shift too (0.1 ahead, as an internal truth).
  const after = computeTruth({
    ...base,
    stages: stages.map((s, k) => (k === from ? { ...s, servers: needed } : s)),
  });
  const rest = Object.entries(after.rho)
    .filter(([name]) => name !== names[to])
    .map(([, rho]) => rho);
  if (after.constraint !== names[to] || target - Math.max(...rest) < 0.1) return null;
  const perWeek = HOURS_PER_WEEK[base.workingHours ? 'working' : 'wall'];
  const cases = Math.max(base.cases, Math.ceil(base.arrivalsPerHour * perWeek * MIN_WEEKS));
  const spec: ValueStreamSpec = {
    ...base,
    stages,
    cases,
    shift: {
      stage: from,
      addServers: needed - stages[from]!.servers,
      afterShare: rng.uniform(0.3, 0.7),
    },
  };
  return { scenario, spec };
}

function judgeShift(seed: number, scenario: Scenario, sim: SimulatedLog): Row {
  const shifts = detectShifts(analyzeDetailed(toEventLog(sim.events)));
  const at = Date.parse(sim.truth.shiftAt ?? '');
  const right = shifts.some(
    (s) => s.to === sim.truth.constraintAfter && Math.abs(Date.parse(s.at) - at) <= 7 * DAY,
  );
  return {
    seed,
    setting: describeSetting(scenario),
    truth: `${sim.truth.constraint}→${sim.truth.constraintAfter} ${sim.truth.shiftAt?.slice(0, 10)}`,
    reported: showShifts(shifts),
    right,
  };
}

function judgeStable(seed: number, scenario: Scenario, sim: SimulatedLog): Row {
  const shifts = detectShifts(analyzeDetailed(toEventLog(sim.events)));
  return {
    seed,
    setting: describeSetting(scenario),
    truth: `stable ${sim.truth.kind} ${sim.truth.constraint}`,
    reported: showShifts(shifts),
    right: shifts.length === 0,
  };
}

/** One shift log in detail: its truth, the reported moves and each stage's load in rolling windows. */
function replay(seed: number): void {
  const drawn = shiftSpec(seed);
  if (!drawn) throw new Error(`seed ${seed} draws no shift log`);
  const sim = simulateValueStream(drawn.spec, seed);
  const detail = analyzeDetailed(toEventLog(sim.events));
  console.log(describeSetting(drawn.scenario), JSON.stringify(sim.truth.rho));
  console.log(
    `truth: ${sim.truth.constraint}→${sim.truth.constraintAfter} at ${sim.truth.shiftAt}`,
  );
  console.log(JSON.stringify(detectShifts(detail), null, 1));
  const people = peopleByWeek(detail);
  const size = DEFAULT_SHIFT_OPTIONS.windowWeeks;
  const names = detail.stages.names;
  console.log(`window start | ${names.join(' | ')}`);
  for (let w = 0; w + size <= detail.timeline.availableMs.length; w++) {
    const loads = segmentLoads(
      detail,
      people,
      w,
      w + size,
      DEFAULT_SHIFT_OPTIONS.internalThreshold,
    );
    const day = new Date(detail.timeline.weekStarts[w]!).toISOString().slice(0, 10);
    console.log(
      `${day} | ${loads.map((l, s) => `${l.toFixed(2)}/${people[s]![w]!.size}`).join(' | ')}`,
    );
  }
}

const { values } = parseArgs({
  options: {
    logs: { type: 'string', default: '40' },
    seed: { type: 'string', default: '2026' },
    replay: { type: 'string' },
  },
});
if (values.replay) {
  replay(Number(values.replay));
  process.exit(0);
}
const perSet = Number(values.logs);
const root = Number(values.seed);

const shiftRows: Row[] = [];
for (let i = 0; shiftRows.length < perSet; i++) {
  const seed = childSeed(root, 2 * i);
  const drawn = shiftSpec(seed);
  if (!drawn) continue;
  shiftRows.push(judgeShift(seed, drawn.scenario, simulateValueStream(drawn.spec, seed)));
}
const stableRows: Row[] = [];
for (let i = 0; stableRows.length < perSet; i++) {
  const seed = childSeed(root, 2 * i + 1);
  const scenario = drawScenario(seed);
  stableRows.push(judgeStable(seed, scenario, simulateValueStream(scenario.spec, seed)));
}

const print = (title: string, rows: Row[]) => {
  console.log(`\n${title}`);
  console.log('| seed | setting | truth | reported | right |');
  console.log('|---|---|---|---|---|');
  for (const r of rows) {
    console.log(
      `| ${r.seed} | ${r.setting} | ${r.truth} | ${r.reported} | ${r.right ? 'yes' : 'NO'} |`,
    );
  }
};
print('Shift logs', shiftRows);
print('Stable logs', stableRows);
const found = shiftRows.filter((r) => r.right).length;
const falseMoves = stableRows.filter((r) => !r.right).length;
console.log(
  `\nmoves found (right stage, within 7 days): ${found}/${shiftRows.length} = ${((100 * found) / shiftRows.length).toFixed(0)} %`,
);
console.log(
  `stable logs with a false move: ${falseMoves}/${stableRows.length} = ${((100 * falseMoves) / stableRows.length).toFixed(0)} %`,
);
