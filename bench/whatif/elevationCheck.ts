/**
 * Elevation check over the ground-truth logs with an internal constraint: one more server at
 * the true constraint, and which stage the simulation then names, beside the stage the truth's
 * utilisations say (docs/whatif.md). On a shared-pool log the server is added to the pool. Run: node --import tsx bench/whatif/elevationCheck.ts
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { analyzeDetailed } from '../../src/core/analysis/analyzeLog.js';
import { readEventLog } from '../../src/readers/readEventLog.js';
import { runWhatIf } from '../../src/simulation/runWhatIf.js';

const dir = resolve(import.meta.dirname, '../../../shared/data/ground-truth');
for (const f of readdirSync(dir).filter((x) => x.endsWith('.truth.json'))) {
  const truth = JSON.parse(readFileSync(join(dir, f), 'utf8'));
  if (truth.kind !== 'internal') continue;
  const { log } = await readEventLog(join(dir, f.replace('.truth.json', '.csv.gz')), {});
  const detail = analyzeDetailed(log);
  // After a shift the constraint in force (and the what-if's model) is the one after it.
  const rho: Record<string, number> = truth.rho_after ?? truth.rho;
  const constraint: string = truth.constraint_after ?? truth.constraint;
  const r = await runWhatIf(
    detail,
    { capacity: { [constraint]: 1 } },
    { replications: 20, weeks: 52, seed: 1 },
  );
  const servers = r.baseline.utilization[constraint]! / r.scenario.utilization[constraint]!;
  const c = Math.round(1 / (servers - 1));
  // A pool's new person works in all its stages, so each of them loses the same share of load.
  const elevated: string[] = truth.shared_pool?.stages ?? [constraint];
  const after: Record<string, number> = { ...rho };
  for (const x of elevated) after[x] = (rho[x]! * c) / (c + 1);
  const expected = Object.entries(after).sort((a, b) => b[1] - a[1]);
  const notes = [
    truth.shared_pool && 'shared pool',
    truth.shift_at && 'shift',
    truth.batch_stage && 'batch',
    truth.truncated_before && 'truncated',
    truth.complete_only && 'complete only',
  ]
    .filter(Boolean)
    .join(', ');
  console.log(
    `${f.replace('.truth.json', '')} | ${notes} | baseline names ${r.baseline.constraint} | ${elevated.join(' + ')} ${c}→${c + 1} servers | truth after: ${expected
      .slice(0, 3)
      .map(([s, x]) => `${s} ${x.toFixed(3)}`)
      .join(
        ', ',
      )} | simulated: ${r.scenario.constraint} ${JSON.stringify(r.scenario.constraintShare)} | ${expected[0]![0] === r.scenario.constraint ? 'same' : 'DIFFERENT'}`,
  );
}
