import { z } from '@hono/zod-openapi';
import { note, text } from './text.js';

export const DecisionBody = z
  .object({
    decision: text(2000),
    by: text(100),
    context: note(2000),
  })
  .openapi('DecisionInput');
