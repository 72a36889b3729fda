import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import { ApiError } from './ApiError.js';

/**
 * Streams a request body to `file`, stopping with a 413 past `maxBytes`: an upload is written
 * to disk as it arrives instead of being held in memory, since the readers read files anyway.
 */
export async function saveBody(
  body: ReadableStream<Uint8Array> | null,
  file: string,
  maxBytes: number,
): Promise<number> {
  const out = createWriteStream(file);
  let size = 0;
  try {
    if (body) {
      for await (const chunk of body) {
        size += chunk.byteLength;
        if (size > maxBytes) {
          throw new ApiError(
            413,
            `file larger than ${maxBytes / 1_000_000} MB; import it with \`drumbeat import\` while the server is stopped`,
          );
        }
        if (!out.write(chunk)) await once(out, 'drain');
      }
    }
  } finally {
    out.end();
    await once(out, 'close');
  }
  return size;
}
