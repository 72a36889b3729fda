import { z } from '@hono/zod-openapi';

/** Every error answer: what is wrong, worded for a person, and the field-level issues if any. */
export const ErrorBody = z
  .object({
    error: z.string().openapi({ example: 'body field "timezone": unknown time zone "Mars/Base"' }),
    details: z.array(z.unknown()).optional(),
  })
  .openapi('Error');
