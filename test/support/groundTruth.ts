import { readdirSync, readFileSync } from 'node:fs';
import { sharedPath } from './sharedData.js';

/** What a ground-truth log's `.truth.json` states (../shared/data/ground-truth/README.md). */
export interface GroundTruth {
  kind: 'internal' | 'demand';
  constraint: string;
  constraint_stages?: string[];
  complete_only: boolean;
  rho: Record<string, number>;
  servers: Record<string, number>;
  idle_server_hours?: Record<string, number>;
  starved_server_hours?: Record<string, number>;
  shared_pool?: { stages: string[]; people: number; rho: number };
  shift_at?: string;
  constraint_after?: string;
}

/** The truth of one ground-truth log, e.g. `readTruth('gt-1002')`. */
export function readTruth(id: string): GroundTruth {
  return JSON.parse(
    readFileSync(sharedPath('ground-truth', `${id}.truth.json`), 'utf8'),
  ) as GroundTruth;
}

/** Every ground-truth log with its truth, by id. */
export function groundTruthLogs(): Array<{ id: string; truth: GroundTruth }> {
  return readdirSync(sharedPath('ground-truth'))
    .filter((f) => f.endsWith('.truth.json'))
    .sort()
    .map((f) => f.replace('.truth.json', ''))
    .map((id) => ({ id, truth: readTruth(id) }));
}
