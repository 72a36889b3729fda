import { z } from '@hono/zod-openapi';

/** The `:id` of every per-workspace route. */
export const WorkspaceParams = z.object({
  id: z
    .string()
    .min(1)
    .openapi({ param: { name: 'id', in: 'path' }, example: 'k3v9q2' }),
});
