import { z } from '@hono/zod-openapi';

const AlertRuleBody = z
  .strictObject({
    kind: z.enum([
      'buffer-red',
      'constraint-starved',
      'wip-growing',
      'constraint-moved',
      'pattern-changed',
    ]),
    enabled: z.boolean(),
    minutes: z.number().int().min(1).max(100_000).optional().openapi({
      description: '`constraint-starved`: shortest starvation period, in working minutes',
    }),
    days: z.number().int().min(1).max(3_650).optional().openapi({
      description:
        '`wip-growing`: days over which the queue grew; `pattern-changed`: how recent a change must be',
    }),
  })
  .openapi('AlertRule');

// Only http and https: a webhook is posted to with fetch, and any other scheme (file:, data:)
// would be either refused later or worse.
const url = z
  .string()
  .max(2_000)
  .refine(
    (value) => {
      try {
        const protocol = new URL(value).protocol;
        return protocol === 'http:' || protocol === 'https:';
      } catch {
        return false;
      }
    },
    { message: 'must be an http:// or https:// URL' },
  )
  .openapi({ example: 'https://hooks.slack.com/services/T000/B000/XXXX' });

const WebhookBody = z
  .strictObject({
    id: z.string().trim().min(1).max(100).openapi({ example: 'ops-channel' }),
    url,
    format: z.enum(['json', 'slack']),
    secret: z
      .string()
      .min(16)
      .max(500)
      .openapi({ description: 'Signs each body (X-Drumbeat-Signature); at least 16 characters' }),
  })
  .openapi('Webhook');

/** A workspace's alert rules and webhooks (docs/api.md, "Alerts"). */
export const AlertSettingsBody = z
  .strictObject({
    rules: z.array(AlertRuleBody).max(20),
    webhooks: z.array(WebhookBody).max(20),
  })
  .superRefine((settings, ctx) => {
    // One rule per kind and one webhook per id: otherwise which one counts would be a guess.
    const kinds = settings.rules.map((r) => r.kind);
    kinds.forEach((kind, i) => {
      if (kinds.indexOf(kind) !== i) {
        ctx.addIssue({ code: 'custom', path: ['rules', i, 'kind'], message: `"${kind}" twice` });
      }
    });
    const ids = settings.webhooks.map((w) => w.id);
    ids.forEach((id, i) => {
      if (ids.indexOf(id) !== i) {
        ctx.addIssue({ code: 'custom', path: ['webhooks', i, 'id'], message: `"${id}" twice` });
      }
    });
  })
  .openapi('AlertSettings');
