import { z } from '@hono/zod-openapi';

/** `:id/audits/:auditId`. */
export const AuditParams = z.object({
  id: z
    .string()
    .min(1)
    .openapi({ param: { name: 'id', in: 'path' }, example: 'k3v9q2' }),
  auditId: z
    .string()
    .min(1)
    .openapi({ param: { name: 'auditId', in: 'path' }, example: 'Xb3k9QmZt2Lw' }),
});
