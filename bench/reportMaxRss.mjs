// Preloaded with `node --import` into a benchmarked child process so the runner learns the
// child's peak memory without any extra tool: on exit the child writes its own maxRSS (KiB, as
// getrusage reports it, covering native memory such as DuckDB's too) to the file named by
// DRUMBEAT_BENCH_MAXRSS_FILE. Process-level, so all threads count; grandchildren do not.
import { writeFileSync } from 'node:fs';

const target = process.env.DRUMBEAT_BENCH_MAXRSS_FILE;
if (target) {
  // Not passed on: a grandchild node process would otherwise overwrite the figure.
  delete process.env.DRUMBEAT_BENCH_MAXRSS_FILE;
  process.on('exit', () => {
    writeFileSync(target, `${process.resourceUsage().maxRSS}\n`);
  });
}
