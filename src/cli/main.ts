import { Command, InvalidArgumentError, Option } from 'commander';
import { analyzeCommand } from './analyzeCommand.js';
import { forecastCommand } from './forecastCommand.js';
import { importCommand } from './importCommand.js';
import { serveCommand } from './serveCommand.js';
import { whatifCommand } from './whatifCommand.js';

/** Where `serve` and `import` keep workspaces and events unless told. */
// The default: a folder beside where the command is run, easy to find and to delete.
const DATA_DIR = process.env.DRUMBEAT_DATA_DIR ?? './drumbeat-data';
const DEFAULT_PORT = 4280;

/** Lets a flag be given more than once. */
function collect(value: string, previous: string[] = []): string[] {
  return [...previous, value];
}

function parsePort(text: string): number {
  const port = Number(text);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new InvalidArgumentError('a port is a whole number from 0 to 65535 (0: any free port)');
  }
  return port;
}

const program = new Command('drumbeat')
  .description('Find the one constraint that sets your throughput, from your own event logs.')
  .showHelpAfterError();

/** The options that say how to read a log file, shared by `analyze` and `import`. */
function withReaderOptions(command: Command): Command {
  return command
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
    .option(
      '--timestamp-format <pattern>',
      'explicit timestamp pattern, e.g. "dd-MM-yyyy HH:mm:ss"',
    );
}

withReaderOptions(program.command('analyze'))
  .description(
    'Read an event log (CSV, XES, JSON Lines; .gz too) and name its constraint, with evidence.',
  )
  .argument('<file>', 'event log file')
  .option('--json', 'print the whole result as one JSON document on stdout')
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
  .option('--buffer-target <hours>', 'buffer target in constraint hours (default: derived)', Number)
  .option(
    '--value-per-item <amount>',
    'throughput per finished item, to price starved hours',
    Number,
  )
  .option('--skip-invalid', 'skip invalid records, count them and show the first few')
  .option('--no-progress', 'never show a progress bar')
  .action(analyzeCommand);

withReaderOptions(program.command('forecast'))
  .description('When will the next N items be done, and how many in the next D days? (Monte Carlo)')
  .argument('<file>', 'event log file')
  .option('--items <n>', 'how many items the "when" question is about', Number, 50)
  .option('--days <n>', 'how many days ahead the "how many" question looks', Number, 14)
  .option('--history <n>', 'days of throughput history to draw from', Number, 90)
  .option('--json', 'print the forecast as one JSON document')
  .option('--timezone <zone>', 'how to read timestamps without a UTC offset', 'UTC')
  .option(
    '--calendar <spec>',
    'working calendar (default: inferred); forecasts then count working days',
  )
  .option('--stages <file>', 'stage map (JSON or YAML)')
  .option('--skip-invalid', 'skip invalid records')
  .option('--no-progress', 'never show a progress bar')
  .action(forecastCommand);

withReaderOptions(program.command('whatif'))
  .description(
    'Simulate the stream as the log shows it and with a change: capacity, processing time, demand, rope or WIP cap.',
  )
  .argument('<file>', 'event log file')
  .option('--capacity <stage=±n>', 'add or remove servers, e.g. "QA=+1" (repeatable)', collect)
  .option(
    '--processing <stage=±p%>',
    'change processing time, e.g. "QA=-20%" (repeatable)',
    collect,
  )
  .option('--arrivals <±p%>', 'change the arrival rate, e.g. +10%')
  .option(
    '--rope [cases]',
    "release work at the constraint's pace (buffer in cases: default derived)",
  )
  .option('--wip-cap <n>', 'at most n cases in the stream at once (CONWIP)')
  .option('--replications <n>', 'independent replications of each model', Number, 30)
  .option('--weeks <n>', 'weeks measured per replication, after the warm-up', Number, 52)
  .option('--seed <n>', 'seed of the random numbers (same seed, same answer)', Number, 1)
  .option('--json', 'print baseline and scenario as one JSON document')
  .option('--timezone <zone>', 'how to read timestamps without a UTC offset', 'UTC')
  .option('--calendar <spec>', 'working calendar (default: inferred); servers work only then')
  .option('--stages <file>', 'stage map (JSON or YAML)')
  .option('--servers <list>', 'override capacity per stage, e.g. "Code Review=3,QA=2"')
  .option('--skip-invalid', 'skip invalid records')
  .option('--no-progress', 'never show a progress bar')
  .action(whatifCommand);

program
  .command('serve')
  .description("Run the dashboard and the HTTP API, keeping each workspace's constraint current.")
  .option('--data-dir <dir>', 'folder holding workspaces, events and the token', DATA_DIR)
  .option('--port <n>', 'port to listen on (0: any free port)', parsePort, DEFAULT_PORT)
  .option('--host <host>', 'address to listen on (0.0.0.0 opens it to the network)', '127.0.0.1')
  .option('--demo', 'with no workspace yet, create one from the bundled help-desk log')
  .action(serveCommand);

withReaderOptions(program.command('import'))
  .description(
    'Add an event log file (CSV, XES, JSON Lines; .gz too) to a workspace, through the running server if there is one.',
  )
  .argument('<file>', 'event log file')
  .requiredOption('--workspace <id>', 'workspace to add the events to')
  .option('--data-dir <dir>', 'folder holding workspaces, events and the token', DATA_DIR)
  .option(
    '--timezone <zone>',
    "how to read timestamps without a UTC offset (default: the workspace's time zone)",
  )
  .option('--skip-invalid', 'skip invalid records, count them and show the first few')
  .option('--no-progress', 'never show a progress bar')
  .action(importCommand);

try {
  await program.parseAsync();
} catch (error) {
  process.stderr.write(`drumbeat: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
}
