import { z } from '@hono/zod-openapi';

/** One attempt to post an alert to a webhook. */
export const DeliveryAttemptBody = z
  .object({
    alertId: z.string(),
    webhookId: z.string(),
    attempt: z.number().int().openapi({ description: '1 for the first try' }),
    at: z.string(),
    status: z
      .number()
      .int()
      .nullable()
      .openapi({ description: 'HTTP status answered; null when none came' }),
    error: z.string().optional(),
  })
  .openapi('DeliveryAttempt');
