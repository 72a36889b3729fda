import type { z } from '@hono/zod-openapi';

/** One zod issue as a sentence that names the field, e.g. `field "timestamp": Invalid input…`. */
export function describeIssue(issue: z.core.$ZodIssue, prefix = 'field'): string {
  const path = issue.path.map(String).join('.');
  return path === '' ? issue.message : `${prefix} "${path}": ${issue.message}`;
}
