/**
 * Calibration check over the shared logs: simulates each log's calibrated model unchanged and
 * prints the simulated throughput, utilisation and lead times beside the log's own (the table
 * in docs/whatif.md). Run: node --import tsx bench/whatif/calibrationCheck.ts [--replications 20]
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { analyzeDetailed } from '../../src/core/analysis/analyzeLog.js';
import { readEventLog } from '../../src/readers/readEventLog.js';
import { runWhatIf } from '../../src/simulation/runWhatIf.js';

const data = resolve(import.meta.dirname, '../../../shared/data');
const replications = Number(process.argv[process.argv.indexOf('--replications') + 1]) || 20;
const files = [
  ...readdirSync(join(data, 'ground-truth'))
    .filter((f) => f.endsWith('.csv.gz'))
    .map((f) => join(data, 'ground-truth', f)),
  ...['helpdesk.xes.gz', 'receipt.xes.gz', 'BPI_Challenge_2012_W_Two_TS.xes.gz', 'sepsis.csv'].map(
    (f) => join(data, 'logs', f),
  ),
];
const hours = (s: number) => (s / 3600).toFixed(1);
for (const file of files) {
  const { log } = await readEventLog(file, {});
  const detail = analyzeDetailed(log);
  let notes = '';
  try {
    const truth = JSON.parse(readFileSync(file.replace('.csv.gz', '.truth.json'), 'utf8'));
    notes = [
      truth.kind,
      truth.hours_are?.startsWith('working') && 'working hours',
      truth.batch_stage && 'batch stage',
      truth.truncated_before && 'truncated',
      truth.shared_pool && 'shared pool',
      truth.complete_only && 'complete only',
      truth.shift_at && 'shift',
    ]
      .filter(Boolean)
      .join(', ');
  } catch {
    notes = 'real log';
  }
  const t0 = performance.now();
  const r = await runWhatIf(detail, {}, { replications, weeks: 52, seed: 1 });
  const ms = performance.now() - t0;
  const by = new Map(r.calibration.map((c) => [c.figure, c]));
  const tp = by.get('throughputPerWeek');
  const util = r.calibration.filter((c) => c.figure.startsWith('utilization:'));
  const worstUtil = util.reduce(
    (w, c) => (Math.abs(c.error) > Math.abs(w?.error ?? 0) ? c : w),
    util[0],
  );
  const med = by.get('leadTimeMedianSeconds');
  const p85 = by.get('leadTimeP85Seconds');
  const ok = (c: { within: boolean } | undefined) => (c ? (c.within ? 'ok' : 'OFF') : '–');
  console.log(
    [
      file.split('/').pop(),
      notes,
      `tp ${tp?.log.toFixed(1)} vs ${tp?.simulated.toFixed(1)} (${((tp?.error ?? 0) * 100).toFixed(1)} %) ${ok(tp)}`,
      `util worst ${worstUtil?.figure.slice(12)} ${worstUtil?.log.toFixed(3)} vs ${worstUtil?.simulated.toFixed(3)} ${util.every((c) => c.within) ? 'ok' : `OFF ${util.filter((c) => !c.within).length}/${util.length}`}`,
      `median ${hours(med?.log ?? NaN)} h vs ${hours(med?.simulated ?? NaN)} h ${ok(med)}`,
      `p85 ${hours(p85?.log ?? NaN)} h vs ${hours(p85?.simulated ?? NaN)} h ${ok(p85)}`,
      `constraint ${detail.report.constraint.stage} vs ${r.baseline.constraint}`,
      `${(ms / 1000).toFixed(1)} s`,
    ].join(' | '),
  );
}
