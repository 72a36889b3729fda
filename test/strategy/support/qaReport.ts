import type { AnalysisReport } from '../../../src/core/analysis/AnalysisReport.js';
import { analyzeLog } from '../../../src/core/analysis/analyzeLog.js';
import { readEventLog } from '../../../src/readers/readEventLog.js';
import { sharedPath } from '../../support/sharedData.js';

/**
 * The analysis of ground-truth log `name`: gt-1003 is a simulated delivery stream whose
 * constraint is known to be QA (96 % utilised), with Development upstream and Release downstream.
 */
export async function groundTruthReport(name = 'gt-1003'): Promise<AnalysisReport> {
  const { log } = await readEventLog(sharedPath('ground-truth', `${name}.csv.gz`), {});
  return analyzeLog(log);
}
