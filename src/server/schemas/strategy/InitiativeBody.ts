import { z } from '@hono/zod-openapi';
import { text } from './text.js';

export const InitiativeBody = z
  .object({
    title: text(300),
    step: z.enum(['identify', 'exploit', 'subordinate', 'elevate', 'repeat']),
    owner: text(100),
    stage: text(200).openapi({ description: 'The stage it works on', example: 'Review' }),
    expectedEffectPerWeek: z.number().finite().nullable().default(null).openapi({
      description: 'Expected change in the constraint throughput, items per week',
    }),
    effort: z.number().finite().positive().max(10_000).default(1).openapi({
      description: 'Person-weeks; weighs the share of effort aimed at the constraint',
    }),
    status: z.enum(['proposed', 'active', 'done', 'stopped']).default('proposed'),
  })
  .openapi('InitiativeInput');
