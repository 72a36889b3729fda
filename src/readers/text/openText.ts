import { createReadStream } from 'node:fs';
import { open, stat } from 'node:fs/promises';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream';
import { TextDecoder } from 'node:util';
import { createGunzip } from 'node:zlib';
import { InputError } from '../InputError.js';
import { detectEncoding } from './detectEncoding.js';
import { readFailure } from './readFailure.js';

export interface TextStream {
  /** The first decoded chunk, for sniffing the format. */
  head: string;
  /** The whole text as it is decoded, head included; never held in memory at once. */
  chunks: AsyncIterable<string>;
}

/**
 * Opens a file as a stream of text: gunzipped when its first bytes are the gzip magic number
 * (whatever its name), decoded from its detected encoding, refused when it is binary.
 * `onProgress` gets bytes read from disk, so it tracks compressed bytes for a .gz file.
 */
export async function openText(
  file: string,
  onProgress?: (bytesRead: number, totalBytes: number) => void,
): Promise<TextStream> {
  const size = await fileSize(file);
  const gzip = await hasGzipMagic(file);
  const raw = createReadStream(file, { highWaterMark: 1 << 16 });
  const stream: Readable = gzip
    ? pipeline(raw, createGunzip({ chunkSize: 1 << 18 }), () => {})
    : raw;
  const report = onProgress ? () => onProgress(raw.bytesRead, size) : undefined;
  const chunks = decode(file, stream, report);
  const first = await chunks.next();
  if (first.done) throw new InputError(file, 'the file is empty');
  return { head: first.value, chunks: prepend(first.value, chunks) };
}

async function fileSize(file: string): Promise<number> {
  try {
    const info = await stat(file);
    if (info.isDirectory()) throw new InputError(file, 'is a directory, not an event log file');
    if (info.size === 0) throw new InputError(file, 'the file is empty');
    return info.size;
  } catch (error) {
    throw readFailure(file, error);
  }
}

async function hasGzipMagic(file: string): Promise<boolean> {
  try {
    const handle = await open(file, 'r');
    try {
      const { buffer, bytesRead } = await handle.read(Buffer.alloc(2), 0, 2, 0);
      return bytesRead === 2 && buffer[0] === 0x1f && buffer[1] === 0x8b;
    } finally {
      await handle.close();
    }
  } catch (error) {
    throw readFailure(file, error);
  }
}

async function* decode(
  file: string,
  stream: Readable,
  report: (() => void) | undefined,
): AsyncGenerator<string, void, undefined> {
  let decoder: TextDecoder | undefined;
  try {
    for await (const bytes of stream as AsyncIterable<Buffer>) {
      if (!decoder) {
        const encoding = detectEncoding(bytes);
        if (encoding === 'binary') {
          throw new InputError(
            file,
            'does not look like a text event log (it contains binary data)',
          );
        }
        decoder = new TextDecoder(encoding);
      }
      const text = decoder.decode(bytes, { stream: true });
      report?.();
      if (text !== '') yield text;
    }
  } catch (error) {
    throw readFailure(file, error);
  } finally {
    stream.destroy();
  }
  const tail = decoder?.decode() ?? '';
  if (tail !== '') yield tail;
}

async function* prepend(
  head: string,
  rest: AsyncGenerator<string, void, undefined>,
): AsyncGenerator<string, void, undefined> {
  yield head;
  yield* rest;
}
