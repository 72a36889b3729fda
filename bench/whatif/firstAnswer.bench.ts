import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { parseArgs } from 'node:util';
import { sharedPath } from '../../test/support/sharedData.js';
import { startServe } from '../service/startServe.js';

/**
 * How soon the dashboard's what-if panel has a first answer: against `drumbeat serve` (run
 * `npm run build` first), a log imported, then "one more server at the constraint" asked
 * `--runs` times through the API the panel uses (POST …/whatif, then polling the job every
 * 25 ms, tighter than the panel's 250 ms so the figure is the server's). The peer in the same
 * run is the analysis request the dashboard makes anyway (GET …/analysis).
 *
 *   node --import tsx bench/whatif/firstAnswer.bench.ts [--log path] [--runs 5]
 */
const { values } = parseArgs({
  options: {
    log: { type: 'string', default: sharedPath('ground-truth', 'gt-1002.csv.gz') },
    runs: { type: 'string', default: '5' },
  },
});
const RUNS = Number(values.runs);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

interface Job {
  id: string;
  status: 'running' | 'done' | 'failed' | 'cancelled';
  done: number;
  replications: number;
  result: unknown;
}

const serve = await startServe();
try {
  const auth = { authorization: `Bearer ${serve.token}` };
  const call = async <T>(path: string, init: RequestInit = {}): Promise<T> => {
    const res = await fetch(`${serve.url}${path}`, {
      ...init,
      headers: { ...auth, ...(init.headers as Record<string, string>) },
    });
    if (!res.ok)
      throw new Error(`${init.method ?? 'GET'} ${path}: ${res.status} ${await res.text()}`);
    return (await res.json()) as T;
  };
  const { id } = await call<{ id: string }>('/api/workspaces', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ name: 'What-if first answer' }),
  });
  await call(`/api/workspaces/${id}/import?filename=${encodeURIComponent(basename(values.log))}`, {
    method: 'POST',
    headers: { 'content-type': 'application/octet-stream' },
    body: readFileSync(values.log),
  });

  const rows: string[] = [];
  for (let run = 1; run <= RUNS; run++) {
    const t0 = performance.now();
    const report = await call<{ constraint: { stage: string } }>(`/api/workspaces/${id}/analysis`);
    const analysisSeconds = (performance.now() - t0) / 1000;
    const t1 = performance.now();
    let job = await call<Job>(`/api/workspaces/${id}/whatif`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ capacity: { [report.constraint.stage]: 1 } }),
    });
    let first: number | null = null;
    let firstDone = 0;
    while (job.status === 'running') {
      await sleep(25);
      job = await call<Job>(`/api/workspaces/${id}/whatif/${job.id}`);
      if (first === null && job.result !== null) {
        first = (performance.now() - t1) / 1000;
        firstDone = job.done;
      }
    }
    if (job.status !== 'done') throw new Error(`what-if job ${job.status}`);
    const all = (performance.now() - t1) / 1000;
    rows.push(
      `| ${run} | ${analysisSeconds.toFixed(2)} s | ${first?.toFixed(2)} s (${firstDone} of ${job.replications}) | ${all.toFixed(2)} s |`,
    );
  }
  console.log(
    `log: ${basename(values.log)}; load average ${(await import('node:os')).loadavg()[0]?.toFixed(1)} on 2 cores`,
  );
  console.log('| run | peer: GET analysis | what-if first answer | all replications |');
  console.log('| --: | --: | --: | --: |');
  for (const row of rows) console.log(row);
} finally {
  await serve.stop();
}
