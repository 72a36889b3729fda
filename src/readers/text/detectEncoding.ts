const SAMPLE = 65_536;

/**
 * Guesses how the start of a file is encoded, or that it is not text at all. NUL bytes and
 * control characters mean binary (an image, a spreadsheet, a zip); a UTF-16 byte-order mark is
 * what Excel's "Unicode text" export writes; bytes that are not valid UTF-8 in an otherwise
 * plain text are taken as Windows-1252, the usual encoding of older European exports.
 */
export function detectEncoding(
  bytes: Uint8Array,
): 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252' | 'binary' {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  const sample = bytes.subarray(0, SAMPLE);
  let control = 0;
  for (const b of sample) {
    if (b === 0) return 'binary';
    if ((b < 32 && b !== 9 && b !== 10 && b !== 12 && b !== 13) || b === 127) control++;
  }
  if (control * 100 > sample.length) return 'binary';
  try {
    // `stream` tolerates a character cut in two at the end of the sample.
    new TextDecoder('utf-8', { fatal: true }).decode(sample, { stream: true });
    return 'utf-8';
  } catch {
    return 'windows-1252';
  }
}
