import { existsSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { analyzeDetailed } from '../../src/core/analysis/analyzeLog.js';
import { detectChanges } from '../../src/core/changes/detectChanges.js';
import { readEventLog } from '../../src/readers/readEventLog.js';
import { generateLog } from '../generateLog.js';

/**
 * What change-point detection adds to an analysis: the whole analysis of a generated log
 * (bench/generateLog.ts) is timed, then `detectChanges` alone on the same analysis, 3 runs each
 * (median reported).
 *
 *   node --import tsx bench/changes/timeChanges.ts --events 1000000
 */
const { values } = parseArgs({ options: { events: { type: 'string', default: '1000000' } } });
const events = Number(values.events);
const out = `bench/out/events-${events}.csv`;
if (!existsSync(out)) await generateLog({ cases: events / 5, out });
const { log } = await readEventLog(out);
const median = (xs: number[]) => xs.sort((a, b) => a - b)[xs.length >> 1]!;
const whole: number[] = [];
const alone: number[] = [];
let found = 0;
for (let run = 0; run < 3; run++) {
  let t = performance.now();
  const detail = analyzeDetailed(log);
  whole.push(performance.now() - t);
  t = performance.now();
  found = detectChanges(detail).length;
  alone.push(performance.now() - t);
}
console.log(
  `${log.size} events, ${log.caseNames.length} cases: analysis ${Math.round(median(whole))} ms, of which change points ${Math.round(median(alone))} ms (${found} changes)`,
);
