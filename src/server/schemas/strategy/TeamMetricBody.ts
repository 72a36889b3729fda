import { z } from '@hono/zod-openapi';
import { note, text } from './text.js';

export const TeamMetricBody = z
  .object({
    team: text(100),
    stage: z.string().trim().min(1).max(200).nullable(),
    name: text(200).openapi({ example: 'Tickets closed per week' }),
    description: note(2000),
    target: text(200).openapi({ example: '≥ 40 a week' }),
  })
  .openapi('TeamMetricInput');
