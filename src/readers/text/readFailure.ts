import { InputError } from '../InputError.js';

const MESSAGES: Record<string, string> = {
  ENOENT: 'no such file',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EISDIR: 'is a directory, not an event log file',
  Z_BUF_ERROR: 'the gzip data is truncated (the file ends before the compressed data does)',
  Z_DATA_ERROR: 'the gzip data is corrupt',
};

/** Words a failure of the file system or of gunzip for the user; InputErrors pass unchanged. */
export function readFailure(file: string, error: unknown): InputError {
  if (error instanceof InputError) return error;
  const code = (error as { code?: unknown } | null)?.code;
  const known = typeof code === 'string' ? MESSAGES[code] : undefined;
  if (known) return new InputError(file, known);
  const detail = error instanceof Error ? error.message : String(error);
  return new InputError(file, `cannot read the file: ${detail}`);
}
