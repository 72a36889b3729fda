import { z } from '@hono/zod-openapi';
import { text } from './text.js';

/** POST …/strategy/register: confirm the detected constraint, or override it with a reason. */
export const RegisterEntryBody = z
  .object({
    action: z.enum(['confirm', 'override']),
    stage: text(200).openapi({ example: 'Review' }),
    type: z.enum(['capacity', 'policy', 'skill', 'supply', 'market']),
    permanence: z.enum(['temporary', 'structural']),
    owner: text(100),
    reason: z.string().trim().max(2000).default(''),
    by: text(100),
  })
  .openapi('RegisterEntryInput');
