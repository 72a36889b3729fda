/**
 * What holds the file, when `error` is DuckDB refusing to open it because another process has
 * it open for writing; undefined for any other error. DuckDB reports this only in its message
 * ("Could not set lock on file …: Conflicting lock is held in /usr/bin/node (PID 123)").
 */
export function lockConflict(error: unknown): string | undefined {
  if (!(error instanceof Error) || !error.message.includes('Could not set lock on file')) {
    return undefined;
  }
  const holder = /Conflicting lock is held in (.*?) \(PID (\d+)\)/.exec(error.message);
  return holder ? `held by PID ${holder[2]} (${holder[1]})` : 'locked by another process';
}
