import type { DeliveryAttempt } from '../../store/EventStore.js';
import type { DeliveryPolicy } from './DeliveryPolicy.js';
import { signBody } from './signBody.js';

/**
 * Posts a signed body to a webhook, retrying with exponential backoff on network errors and 5xx
 * (the receiver may come back) but not on other answers (a 4xx will not change by itself).
 * Every attempt is passed to `record` before the next one starts. Resolves true once delivered;
 * `signal` aborts the waits and the request in flight (the server is stopping).
 */
export async function deliverWebhook(
  target: { alertId: string; webhookId: string; url: string; secret: string },
  body: string,
  policy: DeliveryPolicy,
  record: (attempt: DeliveryAttempt) => Promise<void>,
  signal: AbortSignal,
): Promise<boolean> {
  const headers = {
    'content-type': 'application/json',
    'user-agent': 'Drumbeat',
    'x-drumbeat-signature': signBody(body, target.secret),
  };
  for (let attempt = 1; attempt <= policy.maxAttempts; attempt++) {
    if (signal.aborted) return false;
    const at = new Date().toISOString();
    let status: number | null = null;
    let error: string | undefined;
    // Not AbortSignal.any: it is missing before Node 20.3, and engines allow any Node 20.
    const request = new AbortController();
    const cancel = () => request.abort(signal.reason);
    signal.addEventListener('abort', cancel, { once: true });
    const timer = setTimeout(
      () => request.abort(new Error(`no answer within ${policy.timeoutMs} ms`)),
      policy.timeoutMs,
    );
    try {
      const response = await fetch(target.url, {
        method: 'POST',
        headers,
        body,
        // A redirect would re-post the signed body somewhere the person did not name.
        redirect: 'manual',
        signal: request.signal,
      });
      status = response.status;
      // The answer's body is of no use, but left unread it holds the connection.
      await response.body?.cancel();
      if (!response.ok) error = `HTTP ${status}`;
    } catch (e) {
      error = e instanceof Error ? (causeOf(e) ?? e.message) : String(e);
    } finally {
      clearTimeout(timer);
      signal.removeEventListener('abort', cancel);
    }
    await record({
      alertId: target.alertId,
      webhookId: target.webhookId,
      attempt,
      at,
      status,
      ...(error !== undefined && { error }),
    });
    if (error === undefined) return true;
    const retry = status === null || status >= 500;
    if (!retry || attempt === policy.maxAttempts) return false;
    await sleep(policy.baseDelayMs * 2 ** (attempt - 1), signal);
  }
  return false;
}

/** fetch says only "fetch failed"; the reason (ECONNREFUSED, …) is in its cause. */
function causeOf(error: Error): string | undefined {
  const cause = error.cause;
  return cause instanceof Error ? `${error.message}: ${cause.message}` : undefined;
}

function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(done, ms);
    function done() {
      clearTimeout(timer);
      signal.removeEventListener('abort', done);
      resolve();
    }
    signal.addEventListener('abort', done, { once: true });
  });
}
