import { z } from '@hono/zod-openapi';
import { text } from './text.js';

export const ObjectiveBody = z
  .object({
    title: text(300),
    level: z.enum(['company', 'team']),
    team: z.string().trim().min(1).max(100).nullable().default(null),
    parentId: z.string().min(1).nullable().default(null),
    owner: text(100),
  })
  .refine((o) => o.level === 'company' || o.team !== null, {
    message: 'a team objective names its team',
    path: ['team'],
  })
  .openapi('ObjectiveInput');
