import { z } from '@hono/zod-openapi';

const change = z
  .number()
  .gt(-1)
  .lte(10)
  .openapi({ description: 'Relative change: -0.2 is 20 % less, 0.1 is 10 % more' });

/** The question of a what-if: the scenario (src/core/simulation/Scenario.ts) and how much to simulate. */
export const WhatIfRequestBody = z
  .object({
    capacity: z
      .record(z.string().min(1), z.number().int().min(-100).max(100))
      .optional()
      .openapi({ description: 'Servers to add or remove per stage', example: { QA: 1 } }),
    processing: z
      .record(z.string().min(1), change)
      .optional()
      .openapi({
        description: 'Relative change of processing time per stage',
        example: { QA: -0.2 },
      }),
    arrivals: change.optional(),
    rope: z
      .union([z.boolean(), z.number().int().min(1)])
      .optional()
      .openapi({
        description: "Release work at the constraint's pace; a number sets the buffer in cases",
      }),
    wipCap: z
      .number()
      .int()
      .min(1)
      .optional()
      .openapi({ description: 'At most this many cases in the stream' }),
    replications: z.number().int().min(2).max(1000).default(30),
    weeks: z.number().int().min(1).max(520).default(52),
    seed: z.number().int().min(0).max(4_294_967_295).default(1),
  })
  .openapi('WhatIfRequest');

const interval = z.tuple([z.number().nullable(), z.number().nullable()]);

const side = z
  .object({
    replications: z.number(),
    throughputPerWeek: z.number().nullable(),
    throughputPerWeekCI: interval,
    leadTimeMedianSeconds: z.number().nullable(),
    leadTimeMedianSecondsCI: interval,
    leadTimeP85Seconds: z.number().nullable(),
    leadTimeP85SecondsCI: interval,
    wipMean: z.number().nullable(),
    constraint: z.string(),
    constraintShare: z.record(z.string(), z.number()),
    utilization: z.record(z.string(), z.number().nullable()),
    utilizationCI: z.record(z.string(), interval),
    heldBackAtEnd: z.number().nullable(),
  })
  .openapi('WhatIfSide');

/** A what-if job as polled: the answer so far (null until the first batch is in). */
export const WhatIfJobBody = z
  .object({
    id: z.string(),
    workspace: z.string(),
    status: z.enum(['running', 'done', 'failed', 'cancelled']),
    done: z.number().int(),
    replications: z.number().int(),
    result: z
      .object({
        baseline: side,
        scenario: side,
        weeks: z.number(),
        warmupWeeks: z.number(),
        seed: z.number(),
        release: z.object({ kind: z.enum(['open', 'rope', 'conwip']) }).loose(),
        calibratedFrom: z.string().nullable(),
        calibration: z.array(
          z.object({
            figure: z.string(),
            log: z.number().nullable(),
            simulated: z.number().nullable(),
            error: z.number().nullable(),
            tolerance: z.string(),
            within: z.boolean(),
          }),
        ),
      })
      .nullable(),
    error: z.string().nullable(),
    startedAt: z.string(),
    firstAnswerSeconds: z.number().nullable(),
    elapsedSeconds: z.number(),
  })
  .openapi('WhatIfJob');
