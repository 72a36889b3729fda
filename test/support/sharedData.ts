import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

/** The workplace's read-only test data, beside the repository (../shared/data). */
export const SHARED_DATA = resolve(import.meta.dirname, '../../../shared/data');

/** Fails loudly when the shared data is missing, rather than letting tests pass on nothing. */
export function sharedPath(...parts: string[]): string {
  const path = resolve(SHARED_DATA, ...parts);
  if (!existsSync(path))
    throw new Error(`test data missing: ${path} (the shared data must sit beside the repository)`);
  return path;
}
