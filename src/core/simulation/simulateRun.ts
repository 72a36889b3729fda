import { quantile } from '../stats/quantile.js';
import { seededRandom } from '../stats/seededRandom.js';
import { EventHeap } from './EventHeap.js';
import type { RunResult } from './RunResult.js';
import type { ServiceTime, SimulationModel } from './SimulationModel.js';
import { workingClock } from './workingClock.js';

const WEEK = 7 * 86_400_000;
const EXPONENTIAL = 0;
const EMPIRICAL = 1;
const NONE = 2;
const KIND: Record<ServiceTime['kind'], number> = {
  exponential: EXPONENTIAL,
  empirical: EMPIRICAL,
  none: NONE,
};
const EMPTY = new Float64Array(0);

/** Length of one replication. */
export interface RunLength {
  /** Weeks measured after the warm-up. */
  weeks: number;
  /** Weeks simulated first and discarded, so the stream is not measured while it fills from empty. */
  warmupWeeks: number;
}

/**
 * One replication of a discrete-event simulation of the value stream: cases arrive, are let in
 * by the release policy, visit stages by Markov routing (repeats are rework), queue first come
 * first served for a stage's servers (one set for the stages of a shared pool) and take a
 * sampled processing time in working time. A case moving into a stage with an external delay first waits that long without holding a server. The
 * event list is a binary heap (Law, *Simulation Modeling and Analysis*, 5th ed., ch. 1–2).
 * Separate random streams for arrivals, processing and routing keep a scenario's run
 * comparable with the baseline's (common random numbers, Law ch. 11).
 */
export function simulateRun(model: SimulationModel, length: RunLength, seed: number): RunResult {
  const n = model.stages.length;
  const clock = workingClock(model.week);
  const measureFromWall = length.warmupWeeks * WEEK;
  const endWall = (length.warmupWeeks + length.weeks) * WEEK;
  const measureFrom = clock.toWorking(measureFromWall);
  const end = clock.toWorking(endWall);

  const arrivalRandom = seededRandom(mix(seed, 1));
  const serviceRandom = seededRandom(mix(seed, 2));
  const routeRandom = seededRandom(mix(seed, 3));
  const delayRandom = seededRandom(mix(seed, 4));

  // All arrivals are known up front: wall-clock instants, and the working instant each becomes.
  const inWorkingTime = model.arrivals.kind === 'empirical' && model.arrivals.working === true;
  let arrivalWall: Float64Array;
  let arrivalWorking: Float64Array;
  if (inWorkingTime) {
    arrivalWorking = arrivalTimes(model, end, arrivalRandom);
    arrivalWall = arrivalWorking.map((w) => clock.toWall(w));
  } else {
    arrivalWall = arrivalTimes(model, endWall, arrivalRandom);
    arrivalWorking = arrivalWall.map((t) => clock.toWorking(t));
  }
  const cases = arrivalWall.length;

  const enteredWall = new Float64Array(cases);
  const beforeRope = new Uint8Array(cases);
  // Stations: one per stage, except that the stages of a pool share one set of servers. A
  // freed server of a pool takes the waiting case of the stage furthest downstream first
  // (stages are in flow order): finishing started work before starting new, as the pool
  // logs show (cases hardly wait for a pool's later stage); first come first served within it.
  const stationOf = Int32Array.from(model.stages, (_, s) => s);
  const stationStages = model.stages.map((_, s) => Int32Array.of(s));
  const servers = Int32Array.from(model.servers);
  for (const pool of model.pools ?? []) {
    const head = pool.stages[0]!;
    for (const s of pool.stages) stationOf[s] = head;
    stationStages[head] = Int32Array.from(pool.stages).sort().reverse();
    servers[head] = pool.servers;
  }
  const queues = model.stages.map(() => new IntQueue());
  const busy = new Int32Array(n);
  const busyMs = new Float64Array(n);
  // Processing times per stage without a closure per stage: one call site, monomorphic.
  const serviceKind = new Int8Array(n);
  const serviceMean = new Float64Array(n);
  const serviceScale = new Float64Array(n);
  const serviceSamples = model.service.map((service, i) => {
    serviceScale[i] = model.serviceScale[i] ?? 1;
    serviceKind[i] = KIND[service.kind];
    if (service.kind === 'exponential') serviceMean[i] = service.meanMs * serviceScale[i]!;
    return service.kind === 'empirical' ? service.samplesMs : EMPTY;
  });
  const sample = (s: number): number => {
    const kind = serviceKind[s]!;
    if (kind === EXPONENTIAL) return -serviceMean[s]! * Math.log(1 - serviceRandom());
    if (kind === NONE) return 0;
    const values = serviceSamples[s]!;
    return values[Math.floor(serviceRandom() * values.length)]! * serviceScale[s]!;
  };
  // External delays: samples per stage, or none (an empty array).
  const delaySamples = model.stages.map((_, s) => {
    const delay = model.externalDelay?.[s];
    return delay?.kind === 'empirical' ? delay.samplesMs : EMPTY;
  });
  const delayMean = Float64Array.from(model.stages, (_, s) => {
    const delay = model.externalDelay?.[s];
    return delay?.kind === 'exponential' ? delay.meanMs : 0;
  });
  const entryCum = cumulative(model.entry);
  const routeCum = model.routing.map(cumulative);
  const heap = new EventHeap();
  const backlog = new IntQueue();
  const leadTimes: number[] = [];
  const release = model.release;
  let inStream = 0;
  let aheadOfRope = 0;
  let finished = 0;
  // Doubles changed on every event live in a typed array: as captured variables V8 would box
  // each new value on the heap, and the garbage collector would take a fifth of the run.
  const wip = Float64Array.of(0, measureFrom); // [area, last change]

  const countWip = (w: number, delta: number): void => {
    if (w > measureFrom) {
      wip[0]! += inStream * (Math.min(w, end) - Math.max(wip[1]!, measureFrom));
      wip[1] = w;
    }
    inStream += delta;
  };
  const gateOpen = (): boolean =>
    release.kind === 'open' ||
    (release.kind === 'conwip' ? inStream < release.cap : aheadOfRope < release.bufferCases);
  const startService = (c: number, s: number, w: number): void => {
    const d = sample(s);
    const from = Math.max(w, measureFrom);
    const to = Math.min(w + d, end);
    if (to > from) busyMs[s]! += to - from;
    heap.push(w + d, c, s);
  };
  const visit = (c: number, s: number, w: number): void => {
    const station = stationOf[s]!;
    if (busy[station]! < servers[station]!) {
      busy[station]!++;
      startService(c, s, w);
    } else queues[s]!.push(c);
  };
  /** A server of the station is free: it takes the next case waiting there, or idles. */
  const serveNext = (station: number, w: number): void => {
    const served = stationStages[station]!;
    for (let k = 0; k < served.length; k++) {
      const t = served[k]!;
      const queue = queues[t]!;
      if (queue.size > 0) {
        startService(queue.shift(), t, w);
        return;
      }
    }
    busy[station]!--;
  };
  // A case moving into stage s after an external delay is an event of stage n + s.
  const moveTo = (c: number, s: number, w: number): void => {
    const values = delaySamples[s]!;
    const d =
      values.length > 0
        ? values[Math.floor(delayRandom() * values.length)]!
        : delayMean[s]! > 0
          ? -delayMean[s]! * Math.log(1 - delayRandom())
          : 0;
    if (d > 0) heap.push(w + d, c, n + s);
    else visit(c, s, w);
  };
  const enter = (c: number, w: number): void => {
    enteredWall[c] = Math.max(arrivalWall[c]!, clock.toWall(w));
    countWip(w, 1);
    if (release.kind === 'rope') {
      beforeRope[c] = 1;
      aheadOfRope++;
    }
    visit(c, pick(entryCum, routeRandom()), w);
  };
  const releaseHeld = (w: number): void => {
    while (backlog.size > 0 && gateOpen()) enter(backlog.shift(), w);
  };
  const passRope = (c: number): void => {
    if (beforeRope[c] === 1) {
      beforeRope[c] = 0;
      aheadOfRope--;
    }
  };

  let next = 0;
  for (;;) {
    const tEvent = heap.peekTime();
    const tArrival = next < cases ? arrivalWorking[next]! : Number.POSITIVE_INFINITY;
    const w = Math.min(tEvent, tArrival);
    if (!(w <= end)) break;
    if (tArrival <= tEvent) {
      const c = next++;
      if (backlog.size === 0 && gateOpen()) enter(c, w);
      else backlog.push(c);
      continue;
    }
    heap.pop();
    const c = heap.poppedCase;
    const s = heap.poppedStage;
    if (s >= n) {
      visit(c, s - n, w);
      continue;
    }
    serveNext(stationOf[s]!, w);
    if (release.kind === 'rope' && s === release.stage) passRope(c);
    const to = pick(routeCum[s]!, routeRandom());
    if (to < n) {
      moveTo(c, to, w);
      continue;
    }
    if (release.kind === 'rope') passRope(c);
    countWip(w, -1);
    if (w >= measureFrom) {
      finished++;
      leadTimes.push((clock.toWall(w) - enteredWall[c]!) / 1000);
    }
    releaseHeld(w);
  }
  countWip(end, 0);

  const available = end - measureFrom;
  const utilization = model.servers.map((k, s) => busyMs[s]! / (k * available));
  // The load that counts is the pool's where people are shared (as in the analysis's pool
  // load): the pool is the constraint when its people are the busiest, named by its busiest stage.
  const load = [...utilization];
  for (const pool of model.pools ?? []) {
    let poolBusy = 0;
    for (const s of pool.stages) poolBusy += busyMs[s]!;
    for (const s of pool.stages) load[s] = poolBusy / (pool.servers * available);
  }
  let constraint = 0;
  for (let s = 1; s < n; s++) {
    const c = constraint;
    if (load[s]! > load[c]! || (load[s] === load[c] && utilization[s]! > utilization[c]!))
      constraint = s;
  }
  const sorted = Float64Array.from(leadTimes).sort();
  return {
    throughputPerWeek: finished / length.weeks,
    leadTimeMedianSeconds: quantile(sorted, 0.5),
    leadTimeP85Seconds: quantile(sorted, 0.85),
    utilization,
    constraint,
    wipMean: available > 0 ? wip[0]! / available : 0,
    heldBackAtEnd: backlog.size,
  };
}

/** Arrival instants in [0, endAt), from resampled or exponential gaps (wall-clock or working, as the gaps are). */
function arrivalTimes(model: SimulationModel, endAt: number, random: () => number): Float64Array {
  const a = model.arrivals;
  const scale = model.gapScale;
  let out = new Float64Array(1024);
  let count = 0;
  let t = 0;
  for (;;) {
    const gap =
      a.kind === 'poisson'
        ? -a.meanGapMs * Math.log(1 - random())
        : a.gapsMs[Math.floor(random() * a.gapsMs.length)]!;
    t += gap * scale;
    if (!(t < endAt)) break;
    if (count === out.length) {
      const grown = new Float64Array(count * 2);
      grown.set(out);
      out = grown;
    }
    out[count++] = t;
  }
  return out.subarray(0, count);
}

function cumulative(p: readonly number[]): Float64Array {
  const out = new Float64Array(p.length);
  let sum = 0;
  for (let i = 0; i < p.length; i++) {
    sum += p[i]!;
    out[i] = sum;
  }
  return out;
}

/** The first index whose cumulative probability exceeds u (the last one if rounding leaves a gap). */
function pick(cum: Float64Array, u: number): number {
  const total = cum[cum.length - 1]!;
  const x = u * total;
  for (let i = 0; i < cum.length; i++) if (x < cum[i]!) return i;
  return cum.length - 1;
}

/** A seed for one of a replication's random streams (splitmix32-style mixing). */
function mix(seed: number, stream: number): number {
  let h = (seed ^ Math.imul(stream, 0x9e3779b9)) >>> 0;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

/** A growable FIFO ring of case indices. */
class IntQueue {
  private items = new Int32Array(16);
  private head = 0;
  size = 0;

  push(x: number): void {
    if (this.size === this.items.length) {
      const grown = new Int32Array(this.items.length * 2);
      for (let i = 0; i < this.size; i++)
        grown[i] = this.items[(this.head + i) % this.items.length]!;
      this.items = grown;
      this.head = 0;
    }
    this.items[(this.head + this.size++) % this.items.length] = x;
  }

  shift(): number {
    const x = this.items[this.head]!;
    this.head = (this.head + 1) % this.items.length;
    this.size--;
    return x;
  }
}
