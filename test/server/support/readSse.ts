/** One Server-Sent Events message. */
export interface SseMessage {
  event: string;
  data: unknown;
}

/**
 * A minimal SSE client over fetch (Node has no EventSource): `next(name)` waits for the next
 * message of that event name, skipping others, and fails after `timeoutMs`.
 */
export async function readSse(url: string, init: RequestInit = {}) {
  const controller = new AbortController();
  const response = await fetch(url, { ...init, signal: controller.signal });
  if (!response.body) throw new Error(`no stream: ${response.status}`);
  const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
  const messages: SseMessage[] = [];
  const comments: string[] = [];
  let buffer = '';
  const pull = async (): Promise<void> => {
    const { done, value } = await reader.read();
    if (done) throw new Error('stream ended');
    buffer += value;
    let end = buffer.indexOf('\n\n');
    while (end >= 0) {
      const block = buffer.slice(0, end);
      buffer = buffer.slice(end + 2);
      let event = 'message';
      const data: string[] = [];
      for (const line of block.split('\n')) {
        if (line.startsWith(':')) comments.push(line.slice(1).trim());
        else if (line.startsWith('event: ')) event = line.slice(7);
        else if (line.startsWith('data: ')) data.push(line.slice(6));
      }
      if (data.length > 0) messages.push({ event, data: JSON.parse(data.join('\n')) });
      end = buffer.indexOf('\n\n');
    }
  };
  return {
    response,
    messages,
    comments,
    async next(event: string, timeoutMs = 5_000): Promise<SseMessage> {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        const i = messages.findIndex((m) => m.event === event);
        if (i >= 0) return messages.splice(i, 1)[0]!;
        const left = deadline - Date.now();
        if (left <= 0) throw new Error(`no "${event}" message within ${timeoutMs} ms`);
        let timer: NodeJS.Timeout | undefined;
        await Promise.race([
          pull(),
          new Promise<void>((_, reject) => {
            timer = setTimeout(
              () => reject(new Error(`no "${event}" message within ${timeoutMs} ms`)),
              left,
            );
          }),
        ]).finally(() => clearTimeout(timer));
      }
    },
    /** Waits until the server has sent its first line, i.e. the subscription is registered. */
    async connected(): Promise<void> {
      while (comments.length === 0 && messages.length === 0) await pull();
    },
    close(): void {
      controller.abort();
    },
  };
}
