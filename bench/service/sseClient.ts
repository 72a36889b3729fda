/** One Server-Sent Event as received, with the moment it arrived. */
export interface ReceivedEvent {
  event: string;
  data: string;
  at: number;
}

/**
 * Reads a Server-Sent Events stream with fetch, as the dashboard's EventSource would, and calls
 * `onEvent` for each message. Resolves once the stream is open; `close()` ends it.
 */
export async function openSse(
  url: string,
  token: string,
  onEvent: (e: ReceivedEvent) => void,
): Promise<{ close(): void }> {
  const abort = new AbortController();
  const response = await fetch(url, {
    headers: { authorization: `Bearer ${token}` },
    signal: abort.signal,
  });
  if (!response.ok || !response.body) throw new Error(`stream answered ${response.status}`);
  const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
  void (async () => {
    let buffer = '';
    try {
      for (;;) {
        const { value, done } = await reader.read();
        if (done) return;
        buffer += value;
        for (let end = buffer.indexOf('\n\n'); end >= 0; end = buffer.indexOf('\n\n')) {
          const block = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          let event = 'message';
          const data: string[] = [];
          for (const line of block.split('\n')) {
            if (line.startsWith('event:')) event = line.slice(6).trim();
            else if (line.startsWith('data:')) data.push(line.slice(5).trimStart());
          }
          if (data.length) onEvent({ event, data: data.join('\n'), at: performance.now() });
        }
      }
    } catch {
      // Aborted by close(): the benchmark is over.
    }
  })();
  return { close: () => abort.abort() };
}
