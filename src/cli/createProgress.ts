import { SingleBar } from 'cli-progress';

/**
 * A progress bar on stderr for long reads, shown only on a terminal and only for files large
 * enough to take a moment, so pipes and tests see clean output.
 */
export function createProgress(
  totalBytes: number,
  enabled: boolean,
): { update(bytes: number): void; stop(): void } {
  if (!enabled || !process.stderr.isTTY || totalBytes < 20_000_000)
    return { update() {}, stop() {} };
  const bar = new SingleBar({
    stream: process.stderr,
    format: 'reading {bar} {percentage}% · {value}/{total} MB',
    hideCursor: true,
    clearOnComplete: true,
  });
  const mb = (b: number) => Math.round(b / 1e6);
  bar.start(mb(totalBytes), 0);
  return { update: (bytes) => bar.update(mb(bytes)), stop: () => bar.stop() };
}
