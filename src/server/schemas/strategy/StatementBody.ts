import { z } from '@hono/zod-openapi';
import { text } from './text.js';

/** PUT …/strategy/statement. */
export const StatementBody = z
  .object({
    text: text(4000).openapi({
      example: 'Exploit Review: no idle reviewer while work waits; release work at its pace.',
    }),
    by: text(100).openapi({ description: 'Who wrote it', example: 'Ana (COO)' }),
  })
  .openapi('StrategyStatementInput');
