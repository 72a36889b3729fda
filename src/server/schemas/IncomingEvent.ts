import { z } from '@hono/zod-openapi';

// Case and event ids are often numbers in exports; they are kept as text.
const text = z.union([z.string().min(1), z.number()]).transform(String);

/**
 * One posted event. The timestamp is checked apart (it needs the workspace's time zone), so
 * here it only has to be text.
 */
export const IncomingEvent = z
  .object({
    id: text
      .optional()
      .openapi({ description: 'Your id; an event whose id is already stored is a duplicate' }),
    case: text.openapi({ example: 'T-17' }),
    activity: z.string().min(1).openapi({ example: 'Review' }),
    timestamp: z.string().min(1).openapi({
      description: 'ISO 8601; without a UTC offset it is read in the workspace time zone',
      example: '2025-03-01T09:30:00+01:00',
    }),
    lifecycle: z.string().nullish().openapi({ example: 'complete' }),
    resource: z.string().nullish().openapi({ example: 'ann' }),
    attributes: z.record(z.string(), z.unknown()).nullish(),
  })
  .openapi('Event');
