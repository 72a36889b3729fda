import { z } from '@hono/zod-openapi';
import { StageMapBody } from './StageMapBody.js';

/** A workspace as the API shows it. */
export const WorkspaceBody = z
  .object({
    id: z.string(),
    name: z.string(),
    calendar: z.string().nullable().openapi({ example: 'Mon-Fri 09:00-17:00 Europe/Amsterdam' }),
    timezone: z.string().openapi({ example: 'Europe/Amsterdam' }),
    stageMap: StageMapBody.nullable(),
    bufferTargetHours: z.number().nullable().openapi({
      description: "The constraint buffer's target in constraint hours; null when derived",
    }),
    createdAt: z.string().openapi({ example: '2025-03-01T09:30:00.000Z' }),
    events: z.number().int().openapi({ description: 'Events stored' }),
  })
  .openapi('Workspace');
