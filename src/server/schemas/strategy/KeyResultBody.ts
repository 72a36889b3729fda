import { z } from '@hono/zod-openapi';
import { note, text } from './text.js';

export const KeyResultBody = z
  .object({
    objectiveId: z.string().min(1),
    title: text(300),
    description: note(2000),
    stage: z.string().trim().min(1).max(200).nullable().openapi({
      description: 'The stage it works on; null for the whole value stream',
    }),
    source: z.enum(['live', 'check-in']),
    liveMetric: z
      .enum(['constraint-throughput-per-week', 'buffer-green-share', 'lead-time-p85-days'])
      .nullable()
      .default(null),
    start: z.number().finite(),
    target: z.number().finite(),
    unit: z.string().trim().max(40).default(''),
  })
  .refine((k) => (k.source === 'live') === (k.liveMetric !== null), {
    message: 'a live key result names its liveMetric, a check-in one does not',
    path: ['liveMetric'],
  })
  .openapi('KeyResultInput');
