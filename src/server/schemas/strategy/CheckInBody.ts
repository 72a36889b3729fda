import { z } from '@hono/zod-openapi';
import { note, text } from './text.js';

export const CheckInBody = z
  .object({
    value: z.number().finite(),
    confidence: z.number().min(0).max(1).openapi({ description: '0–1' }),
    note: note(2000),
    by: text(100),
  })
  .openapi('CheckInInput');
