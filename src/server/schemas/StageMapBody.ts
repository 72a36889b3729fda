import { z } from '@hono/zod-openapi';

/** The stage map of docs/method.md, as the API takes it (the same rules as a `--stages` file). */
export const StageMapBody = z
  .strictObject({
    stages: z
      .array(
        z.strictObject({
          name: z.string().min(1),
          activities: z.array(z.string()).min(1).readonly(),
        }),
      )
      .readonly()
      .optional(),
    exclude: z.array(z.string()).readonly().optional(),
    rename: z.record(z.string(), z.string().min(1)).readonly().optional(),
  })
  .openapi('StageMap', {
    example: { stages: [{ name: 'Review', activities: ['Code Review', 'Peer Review'] }] },
  });
