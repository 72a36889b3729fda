import type { Scenario } from './Scenario.js';
import type { SimulationModel } from './SimulationModel.js';
import { trafficLoads } from './trafficLoads.js';
import { workingClock } from './workingClock.js';

/** A scenario that cannot be applied to the model; the message names the field and the problem. */
export class ScenarioError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ScenarioError';
  }
}

/**
 * The model with the scenario's changes. The rope's drum is the stage with the highest offered
 * load after the other changes (traffic equations, see trafficLoads). Its default buffer is the
 * cases the drum finishes in twice a case's total touch time and external delays, plus one per
 * drum server: enough that upstream variation rarely starves it, few enough to keep work out
 * of the stream.
 */
export function applyScenario(model: SimulationModel, scenario: Scenario): SimulationModel {
  const stage = (field: string, name: string): number => {
    const s = model.stages.indexOf(name);
    if (s < 0)
      throw new ScenarioError(
        `${field}: unknown stage "${name}"; the stages are ${model.stages.map((x) => `"${x}"`).join(', ')}`,
      );
    return s;
  };
  const servers = [...model.servers];
  const pools = model.pools?.map((pool) => ({ ...pool }));
  for (const [name, delta] of Object.entries(scenario.capacity ?? {})) {
    const s = stage('capacity', name);
    if (!Number.isInteger(delta))
      throw new ScenarioError(`capacity: "${name}" needs a whole number of servers, got ${delta}`);
    // A stage of a shared pool gains or loses people of the pool, who work in all its stages.
    const pool = pools?.find((p) => p.stages.includes(s));
    const has = pool ? pool.servers : servers[s]!;
    if (has + delta < 1 || servers[s]! + delta < 1)
      throw new ScenarioError(
        `capacity: "${name}" has ${has} server(s)${pool ? ' in its shared pool' : ''}; it cannot lose ${-delta} and keep one`,
      );
    if (pool) {
      pool.servers += delta;
      for (const t of pool.stages) servers[t] = Math.max(1, servers[t]! + delta);
    } else servers[s] = servers[s]! + delta;
  }
  const serviceScale = [...model.serviceScale];
  for (const [name, change] of Object.entries(scenario.processing ?? {})) {
    const s = stage('processing', name);
    if (!(change > -1) || !Number.isFinite(change))
      throw new ScenarioError(
        `processing: "${name}" change must be above -100 %, got ${change * 100} %`,
      );
    serviceScale[s] = serviceScale[s]! * (1 + change);
  }
  const arrivals = scenario.arrivals ?? 0;
  if (!(arrivals > -1) || !Number.isFinite(arrivals))
    throw new ScenarioError(`arrivals: change must be above -100 %, got ${arrivals * 100} %`);
  const changed: SimulationModel = {
    ...model,
    servers,
    ...(pools ? { pools } : {}),
    serviceScale,
    gapScale: model.gapScale / (1 + arrivals),
  };
  if (scenario.wipCap !== undefined) {
    if (!Number.isInteger(scenario.wipCap) || scenario.wipCap < 1)
      throw new ScenarioError(
        `wipCap: expected a whole number of cases, at least 1, got ${scenario.wipCap}`,
      );
    if (scenario.rope) throw new ScenarioError('rope and wipCap: choose one release policy');
    return { ...changed, release: { kind: 'conwip', cap: scenario.wipCap } };
  }
  if (scenario.rope === undefined || scenario.rope === false) return changed;
  const loads = trafficLoads(changed, workingClock(changed.week).weekly);
  let drum = 0;
  for (let s = 1; s < loads.rho.length; s++) if (loads.rho[s]! > loads.rho[drum]!) drum = s;
  let bufferCases: number;
  if (typeof scenario.rope === 'number') {
    if (!Number.isInteger(scenario.rope) || scenario.rope < 1)
      throw new ScenarioError(
        `rope: the buffer must be a whole number of cases, at least 1, got ${scenario.rope}`,
      );
    bufferCases = scenario.rope;
  } else {
    // External delays keep released cases in the stream as work does: the buffer covers them.
    const delay = (s: number): number => {
      const d = changed.externalDelay?.[s];
      if (d?.kind === 'exponential') return d.meanMs;
      if (d?.kind !== 'empirical' || d.samplesMs.length === 0) return 0;
      let sum = 0;
      for (const x of d.samplesMs) sum += x;
      return sum / d.samplesMs.length;
    };
    const touch = loads.visits.reduce(
      (sum, v, s) => sum + v * (loads.meanServiceMs[s]! + delay(s)),
      0,
    );
    const drumServers = pools?.find((p) => p.stages.includes(drum))?.servers ?? servers[drum]!;
    const pace = drumServers / loads.meanServiceMs[drum]!;
    bufferCases = Math.ceil(pace * 2 * touch) + drumServers;
    if (!Number.isFinite(bufferCases)) bufferCases = drumServers * 2;
  }
  return { ...changed, release: { kind: 'rope', stage: drum, bufferCases } };
}
