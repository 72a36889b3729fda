import type { AnalysisDetail } from '../analysis/analyzeLog.js';
import { workingMs } from '../calendar/workingTime.js';
import type { ServerPool, ServiceTime } from './SimulationModel.js';

/**
 * Per stage, the waits that capacity does not explain: the time from a case becoming ready for
 * the stage (its previous completion) to the work starting, over the instances that became
 * ready while the stage had a free server. Such a case was not queueing — a server could have
 * taken it — so it was waiting for something outside the stream: the customer, a third party,
 * a release day. The wait of an instance that found every server busy is queueing, which the
 * simulation produces itself, so it is left out; the delays of the instances that found a free
 * server are taken as a sample of the external delays all cases see (they are assumed
 * independent of how busy the stage is), and the simulation resamples them before a case joins
 * the stage's queue. Queue mining reads queueing from a log the same way, from when servers
 * were busy (Senderovich et al., "Queue mining for delay prediction in multi-class service
 * processes", Information Systems 53, 2015); what it cannot attribute to them is the delay here.
 *
 * Delays are in working time, like processing times: the simulation already adds the nights
 * and weekends between working blocks, so a wait from Friday evening to Monday morning is no
 * delay at all, and a wall-clock measure would count those hours twice.
 *
 * Complete-only logs: estimated starts (estimateStarts) put the start at the case's ready
 * moment when its person was free, so a wait there is already inside the processing time and
 * is not counted again; only starts trimmed as implausible leave an external wait here. A
 * case's first work has no ready moment and gives no sample: delays apply between stages.
 * A stage whose samples are all zero gets no delay ('none'), so a log without such waits (a
 * pure queueing network) is simulated exactly as before.
 *
 * The stages of a shared pool have one set of servers: a case waiting at one of them while the
 * pool's people are all busy, wherever, is queueing.
 *
 * `servers` is the model's servers per stage, `pools` its shared pools; `since` keeps
 * instances ready from then on.
 */
export function measureExternalDelays(
  detail: AnalysisDetail,
  servers: readonly number[],
  pools: readonly ServerPool[],
  since = Number.NEGATIVE_INFINITY,
): ServiceTime[] {
  const { instances, calendar } = detail;
  const n = servers.length;
  // Busy servers are counted per station: a stage, or a pool's stages together.
  const stationOf = Array.from({ length: n }, (_, s) => s);
  const stationServers = [...servers];
  for (const pool of pools) {
    for (const s of pool.stages) stationOf[s] = pool.stages[0]!;
    stationServers[pool.stages[0]!] = pool.servers;
  }
  const starts: number[][] = servers.map(() => []);
  const completes: number[][] = servers.map(() => []);
  for (let i = 0; i < instances.size; i++) {
    const s = stationOf[instances.stageOf[i]!]!;
    const start = instances.start[i]!;
    if (Number.isNaN(start)) continue;
    starts[s]!.push(start);
    // Work still open at the end of the log holds its server to the end.
    const complete = instances.complete[i]!;
    completes[s]!.push(Number.isNaN(complete) ? Number.POSITIVE_INFINITY : complete);
  }
  const sortedStarts = starts.map((xs) => Float64Array.from(xs).sort());
  const sortedCompletes = completes.map((xs) => Float64Array.from(xs).sort());
  const samples: number[][] = servers.map(() => []);
  for (let i = 0; i < instances.size; i++) {
    const ready = instances.ready[i]!;
    const start = instances.start[i]!;
    if (!(ready >= since) || !(start >= ready)) continue;
    const s = instances.stageOf[i]!;
    const station = stationOf[s]!;
    // Work started at or before `ready` and not yet complete: the servers busy at that moment.
    const busy =
      countAtMost(sortedStarts[station]!, ready) - countAtMost(sortedCompletes[station]!, ready);
    if (busy >= stationServers[station]!) continue;
    samples[s]!.push(start > ready ? workingMs(calendar, ready, start) : 0);
  }
  const out: ServiceTime[] = [];
  for (let s = 0; s < n; s++) {
    const xs = samples[s]!;
    out.push(
      xs.some((x) => x > 0)
        ? { kind: 'empirical', samplesMs: Float64Array.from(xs) }
        : { kind: 'none' },
    );
  }
  return out;
}

/** How many values of the ascending array are at most x (binary search). */
function countAtMost(sorted: Float64Array, x: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]! <= x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
