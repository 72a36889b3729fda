import { z } from '@hono/zod-openapi';

/** An alert as the API lists it and the stream sends it. */
export const AlertBody = z
  .object({
    id: z.string(),
    rule: z.enum([
      'buffer-red',
      'constraint-starved',
      'wip-growing',
      'constraint-moved',
      'pattern-changed',
    ]),
    at: z.string().openapi({ example: '2025-03-01T09:30:00.000Z' }),
    stage: z.string(),
    message: z.string(),
    details: z.record(z.string(), z.union([z.string(), z.number(), z.boolean(), z.null()])),
  })
  .openapi('Alert');
