import type { EventLog } from '../../src/core/model/EventLog.js';
import { EventLogBuilder } from '../../src/core/model/EventLogBuilder.js';
/**
 * A seeded discrete-event simulation of a value stream, of the same kind as the ground-truth
 * logs in ../shared/data/ground-truth (see its README): stages in a line, each a multi-server
 * FIFO station with named people; Poisson arrivals; exponential, log-normal or gamma service
 * times; rework that sends a case back one stage; an instantaneous arrival event per case by
 * `system`; start and complete events. Options add what real exports have: complete-only
 * events, working hours, a weekly batch release, a truncated export and a pool of people
 * shared by two adjacent stages.
 *
 * The truth is analytic (traffic equations), never measured from the simulated events.
 *
 * `shift` reproduces the ground-truth shift logs: at a chosen point of the arrival period a
 * stage is given more people (named `<stage>-101`, `-102`, …), and the truth gains `shiftAt`
 * and `constraintAfter`. `step` changes the arrival rate, or one stage's service-time
 * distribution or rework, at a chosen point (the truth gains `stepAt`).
 */
import { computeTruth, personName } from './computeTruth.js';
import { Random } from './random.js';
import { SimClock } from './SimClock.js';
import {
  BATCH_RESOURCE,
  BATCH_STAGE,
  DOMAINS,
  type SimEvent,
  type SimulatedLog,
  type ValueStreamSpec,
} from './ValueStreamSpec.js';

export { computeTruth, personName, visitsPerCase } from './computeTruth.js';
export { SimClock } from './SimClock.js';
export * from './ValueStreamSpec.js';

const HOUR = 3_600_000;
/** A release ships each item within this many minutes of Friday 16:00. */
const RELEASE_MINUTES: readonly [number, number] = [0.5, 12];

type Pending =
  | { kind: 'arrival'; time: number; seq: number; caseIndex: number }
  | { kind: 'done'; time: number; seq: number; caseIndex: number; stage: number; person: number }
  | { kind: 'release'; time: number; seq: number }
  | { kind: 'shipped'; time: number; seq: number; caseIndex: number }
  | { kind: 'shift'; time: number; seq: number }
  | { kind: 'step'; time: number; seq: number };

/** A binary min-heap of pending simulation events, by time and then by scheduling order. */
class Agenda {
  private readonly heap: Pending[] = [];

  get size(): number {
    return this.heap.length;
  }

  push(e: Pending): void {
    const h = this.heap;
    h.push(e);
    let i = h.length - 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!before(h[i]!, h[parent]!)) break;
      [h[i], h[parent]] = [h[parent]!, h[i]!];
      i = parent;
    }
  }

  pop(): Pending | undefined {
    const h = this.heap;
    const top = h[0];
    const last = h.pop();
    if (h.length === 0 || last === undefined) return top;
    h[0] = last;
    let i = 0;
    for (;;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let m = i;
      if (l < h.length && before(h[l]!, h[m]!)) m = l;
      if (r < h.length && before(h[r]!, h[m]!)) m = r;
      if (m === i) break;
      [h[i], h[m]] = [h[m]!, h[i]!];
      i = m;
    }
    return top;
  }
}

function before(a: Pending, b: Pending): boolean {
  return a.time < b.time || (a.time === b.time && a.seq < b.seq);
}

/** A FIFO of case indices. */
class Queue {
  private items: number[] = [];
  private head = 0;

  get length(): number {
    return this.items.length - this.head;
  }

  push(x: number): void {
    this.items.push(x);
  }

  shift(): number | undefined {
    if (this.head >= this.items.length) return undefined;
    const x = this.items[this.head++];
    if (this.head > 1024 && this.head * 2 > this.items.length) {
      this.items = this.items.slice(this.head);
      this.head = 0;
    }
    return x;
  }
}

/** People who serve one stage, or the two stages of a shared pool. */
interface Team {
  /** Stage indices served, ascending: a free person takes the latest stage's oldest item. */
  stages: number[];
  people: number[];
}

interface Person {
  name: string;
  busy: boolean;
  team: number;
}

interface Logged {
  sim: number;
  closing: boolean;
  seq: number;
  caseIndex: number;
  activity: string;
  lifecycle: 'start' | 'complete';
  resource: string;
}

/** Runs the simulation of `spec`, seeded by `seed`, and returns its events and analytic truth. */
export function simulateValueStream(spec: ValueStreamSpec, seed: number): SimulatedLog {
  validate(spec);
  const rng = new Random(seed);
  const clock = new SimClock(spec.startMs, spec.workingHours);
  const n = spec.stages.length;
  const { people, teams, teamOf } = staff(spec);
  const queues = spec.stages.map(() => new Queue());
  const agenda = new Agenda();
  const logged: Logged[] = [];
  const batch: number[] = [];
  const arrivalName = DOMAINS[spec.domain].arrival;
  const caseName = (c: number) => `C${String(c + 1).padStart(6, '0')}`;
  let seq = 0;
  let finished = 0;
  let arrived = 0;
  let meanGapMs = HOUR / spec.arrivalsPerHour;
  const stages = spec.stages.map((s) => ({ ...s }));

  const log = (
    sim: number,
    caseIndex: number,
    activity: string,
    lifecycle: 'start' | 'complete',
    resource: string,
  ) => {
    logged.push({
      sim,
      closing: lifecycle === 'complete',
      seq: seq++,
      caseIndex,
      activity,
      lifecycle,
      resource,
    });
  };
  const serviceMs = (stage: number): number => {
    const s = stages[stage]!;
    const mean = s.meanServiceHours * HOUR;
    switch (s.service.kind) {
      case 'exponential':
        return rng.exponential(mean);
      case 'lognormal':
        return rng.lognormal(mean, s.service.cv);
      case 'gamma':
        return rng.gamma(s.service.shape, mean);
    }
  };
  const dispatch = (team: number, now: number) => {
    const t = teams[team]!;
    for (;;) {
      const person = t.people.find((p) => !people[p]!.busy);
      if (person === undefined) return;
      let stage = -1;
      for (let k = t.stages.length - 1; k >= 0; k--) {
        if (queues[t.stages[k]!]!.length > 0) {
          stage = t.stages[k]!;
          break;
        }
      }
      if (stage < 0) return;
      const caseIndex = queues[stage]!.shift()!;
      people[person]!.busy = true;
      log(now, caseIndex, spec.stages[stage]!.name, 'start', people[person]!.name);
      agenda.push({
        kind: 'done',
        time: now + serviceMs(stage),
        seq: seq++,
        caseIndex,
        stage,
        person,
      });
    }
  };
  const enter = (stage: number, caseIndex: number, now: number) => {
    queues[stage]!.push(caseIndex);
    dispatch(teamOf[stage]!, now);
  };

  agenda.push({ kind: 'arrival', time: rng.exponential(meanGapMs), seq: seq++, caseIndex: 0 });
  if (spec.batchStage) {
    agenda.push({ kind: 'release', time: clock.releaseSchedule().first, seq: seq++ });
  }
  const arrivalTimes: number[] = [];
  const shift = spec.shift ?? null;
  let shiftSim = Number.NaN;
  if (shift) {
    shiftSim = Math.round(shift.afterShare * spec.cases) * meanGapMs;
    agenda.push({ kind: 'shift', time: shiftSim, seq: seq++ });
  }
  const step = spec.step ?? null;
  let stepSim = Number.NaN;
  if (step) {
    stepSim = Math.round(step.afterShare * spec.cases) * meanGapMs;
    agenda.push({ kind: 'step', time: stepSim, seq: seq++ });
  }
  for (let e = agenda.pop(); e !== undefined; e = agenda.pop()) {
    const now = e.time;
    switch (e.kind) {
      case 'arrival': {
        arrived++;
        arrivalTimes.push(now);
        log(now, e.caseIndex, arrivalName, 'complete', 'system');
        if (arrived < spec.cases) {
          agenda.push({
            kind: 'arrival',
            time: now + rng.exponential(meanGapMs),
            seq: seq++,
            caseIndex: e.caseIndex + 1,
          });
        }
        enter(0, e.caseIndex, now);
        break;
      }
      case 'done': {
        const person = people[e.person]!;
        person.busy = false;
        log(now, e.caseIndex, spec.stages[e.stage]!.name, 'complete', person.name);
        const back = e.stage > 0 && rng.chance(stages[e.stage]!.rework);
        const next = back ? e.stage - 1 : e.stage + 1;
        if (next < n) enter(next, e.caseIndex, now);
        else if (spec.batchStage) batch.push(e.caseIndex);
        else finished++;
        dispatch(person.team, now);
        break;
      }
      case 'release': {
        const [lo, hi] = RELEASE_MINUTES;
        for (const caseIndex of batch) {
          log(now, caseIndex, BATCH_STAGE, 'start', BATCH_RESOURCE);
          agenda.push({
            kind: 'shipped',
            time: now + rng.uniform(lo, hi) * 60_000,
            seq: seq++,
            caseIndex,
          });
        }
        batch.length = 0;
        if (finished + batch.length < spec.cases) {
          agenda.push({ kind: 'release', time: now + clock.releaseSchedule().every, seq: seq++ });
        }
        break;
      }
      case 'shipped': {
        log(now, e.caseIndex, BATCH_STAGE, 'complete', BATCH_RESOURCE);
        finished++;
        break;
      }
      case 'shift': {
        if (!shift) break;
        const team = teamOf[shift.stage]!;
        for (let i = 1; i <= shift.addServers; i++) {
          teams[team]!.people.push(people.length);
          people.push({
            name: personName(spec.stages[shift.stage]!.name, 100 + i),
            busy: false,
            team,
          });
        }
        dispatch(team, now);
        break;
      }
      case 'step': {
        if (!step) break;
        if (step.arrivalFactor !== undefined) meanGapMs /= step.arrivalFactor;
        const target = step.stage === undefined ? undefined : stages[step.stage];
        if (target && step.service) target.service = step.service;
        if (target && step.rework !== undefined) target.rework = step.rework;
        break;
      }
    }
  }
  if (finished !== spec.cases) throw new Error(`simulation ended with ${finished} cases finished`);

  let cut = Number.NEGATIVE_INFINITY;
  let truncatedBefore: string | null = null;
  if (spec.truncateShare > 0 && arrivalTimes.length > 1) {
    const first = clock.toWall(arrivalTimes[0]!);
    const last = clock.toWall(arrivalTimes[arrivalTimes.length - 1]!);
    cut = first + spec.truncateShare * (last - first);
    truncatedBefore = new Date(cut).toISOString();
  }
  const events: SimEvent[] = [];
  const rows = logged.map((r) => ({
    r,
    time: Math.round(clock.toWall(r.sim, r.closing) / 1000) * 1000,
  }));
  rows.sort((a, b) => a.time - b.time || a.r.seq - b.r.seq);
  for (const { r, time } of rows) {
    if (time < cut) continue;
    if (spec.completeOnly && r.lifecycle === 'start') continue;
    events.push({
      case: caseName(r.caseIndex),
      activity: r.activity,
      time,
      lifecycle: r.lifecycle,
      resource: r.resource,
    });
  }
  const truth = computeTruth(spec, truncatedBefore);
  if (shift) {
    const stages = spec.stages.map((st, k) =>
      k === shift.stage ? { ...st, servers: st.servers + shift.addServers } : st,
    );
    const after = computeTruth({ ...spec, stages, shift: null }, truncatedBefore);
    truth.shiftAt = new Date(clock.toWall(shiftSim)).toISOString();
    truth.constraintAfter = after.constraint;
    truth.rhoAfter = after.rho;
  }
  if (step) truth.stepAt = new Date(clock.toWall(stepSim)).toISOString();
  return { spec, truth, events };
}

/** People, teams and which team serves each stage; names follow the ground-truth files. */
function staff(spec: ValueStreamSpec): { people: Person[]; teams: Team[]; teamOf: number[] } {
  const people: Person[] = [];
  const teams: Team[] = [];
  const teamOf: number[] = [];
  const pool = spec.sharedPool;
  const pooled = pool !== null;
  spec.stages.forEach((stage, k) => {
    if (pool !== null && k === pool + 1) {
      teamOf.push(teamOf[pool]!);
      return;
    }
    const team = teams.length;
    const members: number[] = [];
    for (let i = 1; i <= stage.servers; i++) {
      members.push(people.length);
      const name = pooled
        ? `res-${String(people.length + 1).padStart(2, '0')}`
        : personName(stage.name, i);
      people.push({ name, busy: false, team });
    }
    teams.push({ stages: pool === k ? [k, k + 1] : [k], people: members });
    teamOf.push(team);
  });
  return { people, teams, teamOf };
}

function validate(spec: ValueStreamSpec): void {
  if (spec.stages.length < 1) throw new Error('a value stream needs a stage');
  for (const s of spec.stages) {
    if (!(s.servers >= 1 && Number.isInteger(s.servers))) throw new Error(`${s.name}: servers`);
    if (!(s.meanServiceHours > 0)) throw new Error(`${s.name}: mean service time`);
    if (!(s.rework >= 0 && s.rework < 1)) throw new Error(`${s.name}: rework probability`);
  }
  const pool = spec.sharedPool;
  if (pool !== null) {
    const a = spec.stages[pool];
    const b = spec.stages[pool + 1];
    if (!a || !b || a.servers !== b.servers) throw new Error('a shared pool needs two stages');
  }
  if (!(spec.arrivalsPerHour > 0 && spec.cases >= 1)) throw new Error('arrivals');
}

/** The simulated events as an in-memory event log, in time order (the file order of an export). */
export function toEventLog(events: readonly SimEvent[]): EventLog {
  const b = new EventLogBuilder();
  for (const e of events) {
    b.add({
      case: e.case,
      activity: e.activity,
      time: e.time,
      lifecycle: e.lifecycle,
      resource: e.resource,
    });
  }
  return b.build();
}

/** The events as the CSV of the ground-truth files: `case_id,activity,timestamp,lifecycle,resource`. */
export function toCsv(events: readonly SimEvent[]): string {
  const lines = ['case_id,activity,timestamp,lifecycle,resource'];
  for (const e of events) {
    const time = new Date(e.time).toISOString().replace('.000Z', 'Z');
    lines.push(`${e.case},${e.activity},${time},${e.lifecycle},${e.resource}`);
  }
  return `${lines.join('\n')}\n`;
}
