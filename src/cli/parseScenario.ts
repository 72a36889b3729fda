import type { Scenario } from '../core/simulation/Scenario.js';

/** The scenario flags of `drumbeat whatif` as commander hands them over. */
export interface ScenarioFlags {
  capacity?: string[];
  processing?: string[];
  arrivals?: string;
  rope?: boolean | string;
  wipCap?: string;
}

/**
 * Reads `--capacity "QA=+1"`, `--processing "QA=-20%"`, `--arrivals +10%`, `--rope [cases]`
 * and `--wip-cap N` into a scenario. Stage names are checked later, against the log's stages.
 */
export function parseScenario(flags: ScenarioFlags): Scenario {
  const scenario: Scenario = {};
  for (const text of flags.capacity ?? []) {
    const [stage, value] = splitStage('--capacity', text);
    if (!/^[+-]?\d+$/.test(value))
      throw new Error(
        `--capacity "${text}": expected servers to add or remove, e.g. "${stage}=+1"`,
      );
    scenario.capacity = { ...scenario.capacity, [stage]: Number(value) };
  }
  for (const text of flags.processing ?? []) {
    const [stage, value] = splitStage('--processing', text);
    scenario.processing = { ...scenario.processing, [stage]: percent('--processing', value, text) };
  }
  if (flags.arrivals !== undefined)
    scenario.arrivals = percent('--arrivals', flags.arrivals, flags.arrivals);
  if (flags.rope !== undefined && flags.rope !== false) {
    if (flags.rope === true) scenario.rope = true;
    else scenario.rope = wholeNumber('--rope', flags.rope);
  }
  if (flags.wipCap !== undefined) scenario.wipCap = wholeNumber('--wip-cap', flags.wipCap);
  return scenario;
}

function splitStage(flag: string, text: string): [string, string] {
  const at = text.lastIndexOf('=');
  const stage = text.slice(0, at).trim();
  if (at < 0 || stage === '')
    throw new Error(
      `${flag} "${text}": expected "<stage>=<change>", e.g. "QA=${flag === '--capacity' ? '+1' : '-20%'}"`,
    );
  return [stage, text.slice(at + 1).trim()];
}

function percent(flag: string, value: string, text: string): number {
  const match = /^([+-]?\d+(?:\.\d+)?)\s*%$/.exec(value.trim());
  if (!match) throw new Error(`${flag} "${text}": expected a percentage such as -20% or +10%`);
  const change = Number(match[1]) / 100;
  if (!(change > -1)) throw new Error(`${flag} "${text}": a change must be above -100%`);
  return change;
}

function wholeNumber(flag: string, text: string): number {
  const n = Number(text);
  if (!/^\d+$/.test(text.trim()) || !(n >= 1))
    throw new Error(`${flag} "${text}": expected a whole number, at least 1`);
  return n;
}
