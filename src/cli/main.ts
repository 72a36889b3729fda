import { Command, Option } from 'commander';
import { analyzeCommand } from './analyzeCommand.js';

const program = new Command('drumbeat')
  .description('Find the one constraint that sets your throughput, from your own event logs.')
  .showHelpAfterError();

program
  .command('analyze')
  .description(
    'Read an event log (CSV, XES, JSON Lines; .gz too) and name its constraint, with evidence.',
  )
  .argument('<file>', 'event log file')
  .option('--json', 'print the whole result as one JSON document on stdout')
  .addOption(
    new Option(
      '--format <format>',
      'input format (default: from the file name, else sniffed)',
    ).choices(['csv', 'xes', 'jsonl']),
  )
  .option('--case <column>', 'column holding the case id')
  .option('--activity <column>', 'column holding the activity name')
  .option('--timestamp <column>', 'column holding the (completion) timestamp')
  .option(
    '--start-timestamp <column>',
    'column holding the start timestamp of each activity instance',
  )
  .option('--lifecycle <column>', 'column holding the lifecycle transition (start/complete)')
  .option('--resource <column>', 'column holding the resource (person, team, machine)')
  .option('--timestamp-format <pattern>', 'explicit timestamp pattern, e.g. "dd-MM-yyyy HH:mm:ss"')
  .option(
    '--timezone <zone>',
    'how to read timestamps without a UTC offset (IANA name or +hh:mm)',
    'UTC',
  )
  .option(
    '--calendar <spec>',
    'working calendar, e.g. "Mon-Fri 09:00-17:00 Europe/Amsterdam" (default: inferred)',
  )
  .option('--stages <file>', 'stage map (JSON or YAML): group, rename, order or exclude activities')
  .option('--servers <list>', 'override capacity per stage, e.g. "Code Review=3,QA=2"')
  .option('--skip-invalid', 'skip invalid records, count them and show the first few')
  .option('--no-progress', 'never show a progress bar')
  .action(analyzeCommand);

try {
  await program.parseAsync();
} catch (error) {
  process.stderr.write(`drumbeat: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
}
