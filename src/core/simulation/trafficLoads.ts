import type { SimulationModel } from './SimulationModel.js';

/** Analytic figures of a model from the traffic equations of an open Jackson network. */
export interface TrafficLoads {
  /** Cases entering per working ms. */
  arrivalRate: number;
  /** Mean visits per case, per stage. */
  visits: number[];
  /** Mean processing time per visit in working ms, per stage. */
  meanServiceMs: number[];
  /** Offered load per server: arrival rate × visits × mean processing time / servers (a pool's for its stages). */
  rho: number[];
}

/**
 * Solves the traffic equations v = e + v·P for the visits per case (Jackson 1963; Kleinrock,
 * *Queueing Systems* vol. 1, §4.8) by fixed-point iteration, which converges whenever every
 * case eventually leaves. Arrival gaps are wall-clock, so the arrival rate per working ms is
 * scaled by the share of the week that is working time.
 */
export function trafficLoads(model: SimulationModel, weeklyWorkingMs: number): TrafficLoads {
  const n = model.stages.length;
  const meanGap =
    model.arrivals.kind === 'poisson' ? model.arrivals.meanGapMs : mean(model.arrivals.gapsMs);
  const working = model.arrivals.kind === 'empirical' && model.arrivals.working === true;
  const arrivalRate = working
    ? 1 / (meanGap * model.gapScale)
    : ((1 / (meanGap * model.gapScale)) * 7 * 86_400_000) / weeklyWorkingMs;
  let visits = [...model.entry];
  for (let iteration = 0; iteration < 100_000; iteration++) {
    const next = [...model.entry];
    for (let s = 0; s < n; s++)
      for (let t = 0; t < n; t++) next[t]! += visits[s]! * (model.routing[s]![t] ?? 0);
    const change = next.reduce((m, x, i) => Math.max(m, Math.abs(x - visits[i]!)), 0);
    visits = next;
    if (change < 1e-12) break;
  }
  const meanServiceMs = model.service.map((service, s) => {
    const scale = model.serviceScale[s] ?? 1;
    if (service.kind === 'none') return 0;
    return scale * (service.kind === 'exponential' ? service.meanMs : mean(service.samplesMs));
  });
  const rho = visits.map((v, s) => (arrivalRate * v * meanServiceMs[s]!) / model.servers[s]!);
  // The stages of a shared pool load one set of servers: each carries the pool's load.
  for (const pool of model.pools ?? []) {
    let offered = 0;
    for (const s of pool.stages) offered += arrivalRate * visits[s]! * meanServiceMs[s]!;
    for (const s of pool.stages) rho[s] = offered / pool.servers;
  }
  return { arrivalRate, visits, meanServiceMs, rho };
}

function mean(xs: Float64Array): number {
  let sum = 0;
  for (const x of xs) sum += x;
  return xs.length ? sum / xs.length : Number.NaN;
}
