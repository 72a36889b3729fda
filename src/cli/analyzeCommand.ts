import { stat } from 'node:fs/promises';
import { basename } from 'node:path';
import pc from 'picocolors';
import { analyzeDetailed } from '../core/analysis/analyzeLog.js';
import { parseCalendar } from '../core/calendar/parseCalendar.js';
import { timeZone } from '../core/calendar/zoneOffset.js';
import { readEventLog } from '../readers/readEventLog.js';
import { readStageMap } from '../readers/readStageMap.js';
import { createProgress } from './createProgress.js';
import { parseServers } from './parseServers.js';
import { type ReaderFlags, readerOptions } from './readerOptions.js';
import { renderReport } from './renderReport.js';

/** Options of `drumbeat analyze`, as commander hands them over. */
export interface AnalyzeFlags extends ReaderFlags {
  json?: boolean;
  timezone: string;
  calendar?: string;
  stages?: string;
  servers?: string;
  bufferTarget?: number;
  valuePerItem?: number;
}

/** Reads and analyses a log as the flags say; shared by `analyze` and `forecast`. */
export async function readAndAnalyze(file: string, flags: AnalyzeFlags) {
  const zone = timeZone(flags.timezone);
  const calendar = flags.calendar ? parseCalendar(flags.calendar, zone) : undefined;
  const stageMap = flags.stages ? await readStageMap(flags.stages) : undefined;
  const servers = flags.servers ? parseServers(flags.servers) : undefined;
  const size = await stat(file).then(
    (s) => s.size,
    () => 0,
  );
  const progress = createProgress(size, flags.progress && !flags.json);
  let result: Awaited<ReturnType<typeof readEventLog>>;
  try {
    result = await readEventLog(file, {
      ...readerOptions(flags),
      timezone: flags.timezone,
      onProgress: (bytes) => progress.update(bytes),
    });
  } finally {
    progress.stop();
  }
  const detail = analyzeDetailed(result.log, {
    timezone: zone,
    ...(calendar && { calendar }),
    ...(stageMap && { stageMap }),
    ...(servers && { servers }),
    ...(flags.bufferTarget !== undefined && {
      bufferTargetHours: checkPositive('--buffer-target', flags.bufferTarget),
    }),
    ...(flags.valuePerItem !== undefined && {
      valuePerItem: checkPositive('--value-per-item', flags.valuePerItem),
    }),
  });
  return { detail, source: result.source, skipped: result.skipped };
}

/** Reads, analyses and prints; throws on bad input so that nothing partial reaches stdout. */
export async function analyzeCommand(file: string, flags: AnalyzeFlags): Promise<void> {
  const { detail, source, skipped } = await readAndAnalyze(file, flags);
  const report = detail.report;
  const result = { source, skipped };
  if (flags.json) {
    process.stdout.write(
      `${JSON.stringify({ ...report, source: result.source, skipped: result.skipped })}\n`,
    );
    return;
  }
  const colors = pc.isColorSupported && process.stdout.isTTY ? pc : pc.createColors(false);
  const text = renderReport(
    report,
    { file: basename(file), timezone: result.source.timezone, skipped: result.skipped },
    colors,
  );
  process.stdout.write(`${text}\n`);
}

function checkPositive(flag: string, value: number): number {
  if (!(value > 0)) throw new Error(`${flag}: expected a positive number`);
  return value;
}
