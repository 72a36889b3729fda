import type { EventLog } from '../../src/core/model/EventLog.js';
import { EventLogBuilder } from '../../src/core/model/EventLogBuilder.js';
import { Random } from './random.js';

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
 * and `constraintAfter`.
 */

export type Domain = 'software' | 'support' | 'sales' | 'marketplace';

/** Stage names in flow order, and the name of each domain's arrival event. */
export const DOMAINS: Readonly<Record<Domain, { arrival: string; stages: readonly string[] }>> = {
  software: {
    arrival: 'Ticket Created',
    stages: ['Refinement', 'Design', 'Development', 'Code Review', 'QA', 'Release'],
  },
  support: {
    arrival: 'Ticket Opened',
    stages: [
      'Triage',
      'Reproduction',
      'Investigation',
      'Fix',
      'Fix Review',
      'Customer Confirmation',
      'Knowledge Base',
      'Closure',
    ],
  },
  sales: {
    arrival: 'Lead Created',
    stages: [
      'Lead Qualification',
      'Discovery Call',
      'Demo',
      'Technical Validation',
      'Proposal',
      'Legal Review',
      'Negotiation',
      'Contract Signature',
    ],
  },
  marketplace: {
    arrival: 'Application Submitted',
    stages: [
      'Application',
      'Identity Check',
      'Background Check',
      'Onboarding Call',
      'Photo Shoot',
      'Listing Draft',
      'Listing Review',
      'Pricing',
      'Activation',
    ],
  },
};

export type ServiceTime =
  | { kind: 'exponential' }
  | { kind: 'lognormal'; cv: number }
  | { kind: 'gamma'; shape: number };

export interface StageSpec {
  name: string;
  /** People working the stage; for the two stages of a shared pool, the pool's size. */
  servers: number;
  /** Mean service time of one visit, in hours (working hours when `workingHours`). */
  meanServiceHours: number;
  service: ServiceTime;
  /** Probability that a case finishing this stage is sent back to the previous one (0 for the first). */
  rework: number;
}

export interface ValueStreamSpec {
  domain: Domain;
  /** Stages in flow order. */
  stages: StageSpec[];
  /** Poisson arrival rate per hour (per working hour when `workingHours`). */
  arrivalsPerHour: number;
  cases: number;
  /** Monday 00:00 UTC of the first simulated week, in ms. */
  startMs: number;
  /** Drop start events: the export has completions only. */
  completeOnly: boolean;
  /** People work, and cases arrive, Monday to Friday 09:00-17:00 UTC only. */
  workingHours: boolean;
  /** Add a final "Weekly Release" that ships everything finished by Friday 16:00 at once. */
  batchStage: boolean;
  /** Share of the arrival period cut from the front of the export (0: nothing cut). */
  truncateShare: number;
  /** Index of the first of two adjacent stages worked by one pool of people, or null. */
  sharedPool: number | null;
  /** Add people to a dedicated stage once this share of the cases has arrived (null: no shift). */
  shift?: { stage: number; addServers: number; afterShare: number } | null;
}

export type TruthKind = 'internal' | 'demand' | 'between';

/** The analytic truth, with the fields of the ground-truth `*.truth.json` files (camel-cased). */
export interface Truth {
  kind: TruthKind;
  /** The stage with the highest utilisation (the pool's first stage for a shared pool). */
  constraint: string;
  /** Every stage whose naming is right: the constraint, or both stages of its pool. */
  constraintStages: string[];
  rho: Record<string, number>;
  servers: Record<string, number>;
  /** Mean visits per case (traffic equations). */
  visits: Record<string, number>;
  domain: Domain;
  cases: number;
  completeOnly: boolean;
  hoursAre: string;
  batchStage: string | null;
  truncatedBefore: string | null;
  sharedPool: { stages: string[]; people: number; rho: number } | null;
  /** ISO time of the shift, when the spec has one. */
  shiftAt?: string;
  /** The constraint from the shift on. */
  constraintAfter?: string;
  rhoAfter?: Record<string, number>;
}

/** One event as a CSV row of the ground-truth files would hold it. */
export interface SimEvent {
  case: string;
  activity: string;
  /** ms since the epoch, UTC, whole seconds. */
  time: number;
  lifecycle: 'start' | 'complete';
  resource: string;
}

export interface SimulatedLog {
  spec: ValueStreamSpec;
  truth: Truth;
  /** In time order; ties in the order they happened. */
  events: SimEvent[];
}

/** Thresholds of the truth's `kind`, as the data README states them. */
export const INTERNAL_MIN_RHO = 0.86;
export const INTERNAL_MIN_GAP = 0.1;
export const DEMAND_MAX_RHO = 0.5;

export const BATCH_STAGE = 'Weekly Release';
export const BATCH_RESOURCE = 'release-manager';
const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const WORK_DAY = 8 * HOUR;
/** A release ships each item within this many minutes of Friday 16:00. */
const RELEASE_MINUTES: readonly [number, number] = [0.5, 12];

/**
 * Mean visits per case of each stage of a line in which stage k sends a case back to k-1 with
 * probability `rework[k]`. Across every boundary the net forward flow is one case, so
 * v[n-1] (1 - p[n-1]) = 1 and v[k] (1 - p[k]) - v[k+1] p[k+1] = 1.
 */
export function visitsPerCase(rework: readonly number[]): number[] {
  const n = rework.length;
  const v = new Array<number>(n).fill(1);
  const p = rework.map((x, k) => (k === 0 ? 0 : x));
  for (let k = n - 1; k >= 0; k--) {
    const back = k + 1 < n ? v[k + 1]! * p[k + 1]! : 0;
    v[k] = (1 + back) / (1 - p[k]!);
  }
  return v;
}

/** Resource name of the n-th person (1-based) of a dedicated stage: first word, lowercased. */
export function personName(stage: string, n: number): string {
  return `${stage.split(' ')[0]!.toLowerCase()}-${n}`;
}

/** The analytic truth of a spec: rho = arrival rate x visits x mean service / servers. */
export function computeTruth(spec: ValueStreamSpec, truncatedBefore: string | null = null): Truth {
  const names = spec.stages.map((s) => s.name);
  const visits = visitsPerCase(spec.stages.map((s) => s.rework));
  const work = spec.stages.map((s, k) => spec.arrivalsPerHour * visits[k]! * s.meanServiceHours);
  const rho: Record<string, number> = {};
  const servers: Record<string, number> = {};
  const visitsByName: Record<string, number> = {};
  spec.stages.forEach((s, k) => {
    rho[s.name] = round4(work[k]! / s.servers);
    servers[s.name] = s.servers;
    visitsByName[s.name] = round4(visits[k]!);
  });
  let sharedPool: Truth['sharedPool'] = null;
  const pool = spec.sharedPool;
  if (pool !== null) {
    const people = spec.stages[pool]!.servers;
    const poolRho = round4((work[pool]! + work[pool + 1]!) / people);
    rho[names[pool]!] = poolRho;
    rho[names[pool + 1]!] = poolRho;
    sharedPool = { stages: [names[pool]!, names[pool + 1]!], people, rho: poolRho };
  }
  // Candidates for the constraint: the pool counts once, as its first stage.
  const candidates = names.filter((_, k) => pool === null || k !== pool + 1);
  candidates.sort((a, b) => rho[b]! - rho[a]! || names.indexOf(a) - names.indexOf(b));
  const top = candidates[0]!;
  const second = candidates[1];
  const topRho = rho[top]!;
  const gap = second === undefined ? 1 : topRho - rho[second]!;
  const kind: TruthKind =
    topRho >= INTERNAL_MIN_RHO && gap >= INTERNAL_MIN_GAP
      ? 'internal'
      : topRho < DEMAND_MAX_RHO
        ? 'demand'
        : 'between';
  const constraintStages =
    pool !== null && top === names[pool] ? [names[pool]!, names[pool + 1]!] : [top];
  return {
    kind,
    constraint: top,
    constraintStages,
    rho,
    servers,
    visits: visitsByName,
    domain: spec.domain,
    cases: spec.cases,
    completeOnly: spec.completeOnly,
    hoursAre: spec.workingHours ? 'working (Mon-Fri 09:00-17:00 UTC)' : 'wall-clock',
    batchStage: spec.batchStage ? BATCH_STAGE : null,
    truncatedBefore,
    sharedPool,
  };
}

function round4(x: number): number {
  return Math.round(x * 10_000) / 10_000;
}

/**
 * Simulation time against the wall clock. In wall-clock mode simulation time 0 is Monday 08:00
 * UTC of the first week and runs on with the wall clock. In working-hours mode simulation time
 * counts working time only (Monday to Friday 09:00-17:00 UTC), so service times and arrivals are
 * in working time and nothing happens outside working hours.
 */
export class SimClock {
  constructor(
    readonly startMs: number,
    readonly workingHours: boolean,
  ) {}

  /**
   * The wall-clock instant of simulation time `t`. An instant at the end of a working day is
   * also the start of the next one: `closing` picks the end of the day (for completions).
   */
  toWall(t: number, closing = false): number {
    if (!this.workingHours) return this.startMs + 8 * HOUR + t;
    let day = Math.floor(t / WORK_DAY);
    let within = t - day * WORK_DAY;
    if (closing && within === 0 && day > 0) {
      day--;
      within = WORK_DAY;
    }
    const week = Math.floor(day / 5);
    return this.startMs + week * 7 * DAY + (day % 5) * DAY + 9 * HOUR + within;
  }

  /** Simulation time of a wall-clock instant (outside working hours: the next working instant). */
  fromWall(wall: number): number {
    if (!this.workingHours) return wall - this.startMs - 8 * HOUR;
    const sinceStart = wall - this.startMs;
    const week = Math.floor(sinceStart / (7 * DAY));
    const dayOfWeek = Math.floor((sinceStart - week * 7 * DAY) / DAY);
    if (dayOfWeek >= 5) return (week + 1) * 5 * WORK_DAY;
    const hourMs = sinceStart - week * 7 * DAY - dayOfWeek * DAY;
    const within = Math.min(WORK_DAY, Math.max(0, hourMs - 9 * HOUR));
    return (week * 5 + dayOfWeek) * WORK_DAY + within;
  }

  /** Simulation time of the first weekly release (Friday 16:00 UTC) and the time between releases. */
  releaseSchedule(): { first: number; every: number } {
    return this.workingHours
      ? { first: 4 * WORK_DAY + 7 * HOUR, every: 5 * WORK_DAY }
      : { first: 4 * DAY + 8 * HOUR, every: 7 * DAY };
  }
}

type Pending =
  | { kind: 'arrival'; time: number; seq: number; caseIndex: number }
  | { kind: 'done'; time: number; seq: number; caseIndex: number; stage: number; person: number }
  | { kind: 'release'; time: number; seq: number }
  | { kind: 'shipped'; time: number; seq: number; caseIndex: number }
  | { kind: 'shift'; time: number; seq: number };

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
  const meanGapMs = HOUR / spec.arrivalsPerHour;

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
    const s = spec.stages[stage]!;
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
        const back = e.stage > 0 && rng.chance(spec.stages[e.stage]!.rework);
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
