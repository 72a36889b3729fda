import { z } from '@hono/zod-openapi';

const text = (max: number) => z.string().trim().min(1).max(max);

/** Who is asked: a survey link is made for each. */
export const RespondentInput = z
  .object({
    name: text(200).optional(),
    email: z.email().max(320).optional(),
    team: text(100),
    level: text(100).openapi({ example: 'manager' }),
  })
  .openapi('RespondentInput');

/** What a leader sends to start an alignment audit (docs/alignment-audit.md). */
export const AuditCreateBody = z
  .object({
    title: text(200).optional(),
    statement: text(10_000).openapi({
      description: 'The strategy statement: how we exploit the constraint',
    }),
    constraint: text(200)
      .optional()
      .openapi({ description: "Default: the workspace's detected constraint" }),
    aliases: z.array(text(200)).max(20).optional(),
    keyPoints: z
      .array(text(1_000))
      .max(30)
      .optional()
      .openapi({ description: "Default: the statement's sentences and clauses" }),
    anonymous: z.boolean().optional(),
    respondents: z.array(RespondentInput).min(1).max(500),
  })
  .openapi('AuditCreate');
