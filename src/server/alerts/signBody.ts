import { createHmac } from 'node:crypto';

/**
 * The `X-Drumbeat-Signature` value of a webhook body: `sha256=` and the hex HMAC-SHA256 of the
 * exact bytes sent, so the receiver can tell the post came from this server, unchanged.
 */
export function signBody(body: string, secret: string): string {
  return `sha256=${createHmac('sha256', secret).update(body, 'utf8').digest('hex')}`;
}
