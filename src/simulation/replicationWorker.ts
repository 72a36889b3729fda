import { parentPort } from 'node:worker_threads';
import type { SimulationModel } from '../core/simulation/SimulationModel.js';
import { simulateReplications } from '../core/simulation/simulateReplications.js';
import type { RunLength } from '../core/simulation/simulateRun.js';

/** One slice of replications for a worker thread. */
export interface ReplicationSlice {
  model: SimulationModel;
  length: RunLength;
  seed: number;
  from: number;
  to: number;
}

// Each message is a slice to run with the pure core; the answer is its runs, in order.
parentPort?.on('message', (slice: ReplicationSlice) => {
  try {
    parentPort?.postMessage({
      runs: simulateReplications(slice.model, slice.length, slice.seed, slice.from, slice.to),
    });
  } catch (error) {
    parentPort?.postMessage({ error: error instanceof Error ? error.message : String(error) });
  }
});
