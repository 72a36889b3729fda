import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { DuckDBInstance } from '@duckdb/node-api';

/** One directly-follows arc, shaped like drumbeat's own so the two can be compared by eye. */
export interface DuckdbDfgArc {
  from: string;
  to: string;
  count: number;
  meanSeconds: number;
  medianSeconds: number;
}

export interface DuckdbDfgResult {
  arcs: DuckdbDfgArc[];
  /** Wall time of the whole in-process job: instance, CSV read, query, rows into JS. */
  seconds: number;
  /** DuckDB's worker threads (its default is one per core) and version, for the report. */
  threads: number;
  version: string;
}

/** Single quotes doubled: the path is spliced into SQL as a string literal. */
function sqlString(text: string): string {
  return `'${text.replaceAll("'", "''")}'`;
}

function toNumber(value: unknown): number {
  if (typeof value === 'number') return value;
  if (typeof value === 'bigint') return Number(value);
  throw new Error(`expected a number from DuckDB, got ${typeof value}`);
}

function toText(value: unknown): string {
  if (typeof value === 'string') return value;
  throw new Error(`expected text from DuckDB, got ${typeof value}`);
}

/**
 * The bare peer of `drumbeat analyze`: only the directly-follows graph (count, mean and median
 * seconds per arc) of a `case_id,activity,timestamp,resource` CSV, in one DuckDB query with
 * default settings (all cores). Columns and types are given explicitly so no sniffing time is
 * spent and no type guess can differ from drumbeat's reading. `row_number() OVER ()` over a
 * single scan keeps file order (DuckDB's documented order preservation), so it is the file row
 * number and breaks timestamp ties within a case the way drumbeat does.
 */
export async function duckdbDfg(csvPath: string): Promise<DuckdbDfgResult> {
  const started = performance.now();
  const instance = await DuckDBInstance.create(':memory:');
  try {
    const connection = await instance.connect();
    const reader = await connection.runAndReadAll(`
      WITH events AS (
        SELECT case_id, activity, "timestamp" AS ts, row_number() OVER () AS row_number
        FROM read_csv(${sqlString(csvPath)},
          header = true, delim = ',', quote = '"', auto_detect = false,
          columns = {
            'case_id': 'VARCHAR', 'activity': 'VARCHAR',
            'timestamp': 'TIMESTAMPTZ', 'resource': 'VARCHAR'
          })
      ),
      -- Whole microseconds subtracted, then scaled: epoch() doubles near 1.6e9 would blur them.
      steps AS (
        SELECT activity AS from_activity,
               lead(activity) OVER by_case AS to_activity,
               (epoch_us(lead(ts) OVER by_case) - epoch_us(ts)) / 1e6 AS seconds
        FROM events
        WINDOW by_case AS (PARTITION BY case_id ORDER BY ts, row_number)
      )
      SELECT from_activity, to_activity, count(*) AS n,
             avg(seconds) AS mean_seconds, median(seconds) AS median_seconds
      FROM steps
      WHERE to_activity IS NOT NULL
      GROUP BY from_activity, to_activity
      ORDER BY n DESC, from_activity, to_activity
    `);
    const arcs = reader.getRowsJS().map((row) => ({
      from: toText(row[0]),
      to: toText(row[1]),
      count: toNumber(row[2]),
      meanSeconds: toNumber(row[3]),
      medianSeconds: toNumber(row[4]),
    }));
    const seconds = (performance.now() - started) / 1000;
    // Read after the clock stops: these settings are report metadata, not part of the job.
    const settings = (
      await connection.runAndReadAll(`SELECT current_setting('threads'), version()`)
    ).getRowsJS()[0];
    connection.closeSync();
    return {
      arcs,
      seconds,
      threads: toNumber(settings?.[0]),
      version: toText(settings?.[1]),
    };
  } finally {
    instance.closeSync();
  }
}

/** Child-process mode for the runner: one job, result as one JSON document on stdout. */
async function main(): Promise<void> {
  const csvPath = process.argv[2];
  if (csvPath === undefined) throw new Error('usage: duckdbDfg.ts <events.csv>');
  const result = await duckdbDfg(csvPath);
  process.stdout.write(`${JSON.stringify(result)}\n`);
}

// Run as a command only when executed directly, not when the runner imports the types.
if (
  process.argv[1] !== undefined &&
  import.meta.url === pathToFileURL(resolve(process.argv[1])).href
) {
  await main();
}
