import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { RunResult } from '../core/simulation/RunResult.js';
import type { SimulationModel } from '../core/simulation/SimulationModel.js';
import { simulateReplications } from '../core/simulation/simulateReplications.js';
import type { RunLength } from '../core/simulation/simulateRun.js';
import type { ReplicationSlice } from './replicationWorker.js';

/** Which replications to run and on how many threads. */
export interface ReplicationRange {
  from: number;
  to: number;
  /** Worker threads; 0 runs on the calling thread. Default: os.availableParallelism(). */
  threads?: number;
}

// Under tsx (tests, benchmarks) this module is the .ts source, and a worker thread does not
// inherit tsx's loader, so it registers it before importing the worker; built, it is plain .js.
const FROM_SOURCE = import.meta.url.endsWith('.ts');
const WORKER_URL = new URL(
  FROM_SOURCE ? './replicationWorker.ts' : './replicationWorker.js',
  import.meta.url,
);

function startWorker(): Worker {
  if (!FROM_SOURCE) return new Worker(WORKER_URL);
  const load = `import('tsx/esm/api').then((tsx) => { tsx.register(); return import(${JSON.stringify(WORKER_URL.href)}); })`;
  return new Worker(load, { eval: true });
}

/**
 * Replications `from`..`to − 1` of a model, split into contiguous slices over worker threads,
 * each running the pure core. Replication i's seed depends only on i, and the slices are joined
 * in order, so the result is the same as one thread's, run for run.
 */
export async function runReplications(
  model: SimulationModel,
  length: RunLength,
  seed: number,
  range: ReplicationRange,
): Promise<RunResult[]> {
  const count = range.to - range.from;
  if (range.threads === 0 || count <= 0)
    return simulateReplications(model, length, seed, range.from, range.to);
  const threads = Math.max(1, Math.min(range.threads ?? availableParallelism(), count));
  const slices: ReplicationSlice[] = [];
  for (let k = 0; k < threads; k++) {
    const from = range.from + Math.floor((count * k) / threads);
    const to = range.from + Math.floor((count * (k + 1)) / threads);
    if (to > from) slices.push({ model, length, seed, from, to });
  }
  const parts = await Promise.all(slices.map(runInWorker));
  return parts.flat();
}

function runInWorker(slice: ReplicationSlice): Promise<RunResult[]> {
  return new Promise((resolve, reject) => {
    const worker = startWorker();
    worker.once('message', (answer: { runs?: RunResult[]; error?: string }) => {
      void worker.terminate();
      if (answer.runs) resolve(answer.runs);
      else reject(new Error(answer.error ?? 'the simulation worker gave no answer'));
    });
    worker.once('error', (error) => {
      void worker.terminate();
      reject(error);
    });
    worker.postMessage(slice);
  });
}
