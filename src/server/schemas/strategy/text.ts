import { z } from '@hono/zod-openapi';

/** A required piece of text, trimmed, with a length limit that keeps records and exports readable. */
export function text(max: number) {
  return z.string().trim().min(1, 'must not be empty').max(max, `at most ${max} characters`);
}

/** Optional free text, '' when left out. */
export function note(max: number) {
  return z.string().trim().max(max, `at most ${max} characters`).default('');
}
