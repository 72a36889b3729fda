export interface CsvLayout {
  delimiter: string;
  newline: '\n' | '\r\n' | '\r';
}

const CANDIDATES = [',', ';', '\t', '|'];

/**
 * Finds the delimiter and line ending from the header line: the candidate that occurs most
 * often outside quotes (column names rarely contain any of them, data rows often do, so the
 * header is the reliable place to look). Returns undefined while the header line is still
 * incomplete and more text may come.
 */
export function sniffCsvLayout(text: string, complete: boolean): CsvLayout | undefined {
  const counts = [0, 0, 0, 0];
  let quoted = false;
  let newline: CsvLayout['newline'] | undefined;
  for (let i = 0; i < text.length && newline === undefined; i++) {
    const c = text.charCodeAt(i);
    if (c === 34) quoted = !quoted;
    else if (quoted) continue;
    else if (c === 10) newline = '\n';
    else if (c === 13) {
      if (i + 1 < text.length) newline = text.charCodeAt(i + 1) === 10 ? '\r\n' : '\r';
      else if (complete) newline = '\r';
      else return undefined;
    } else if (c === 44) counts[0]!++;
    else if (c === 59) counts[1]!++;
    else if (c === 9) counts[2]!++;
    else if (c === 124) counts[3]!++;
  }
  if (newline === undefined && !complete) return undefined;
  let best = 0;
  for (let k = 1; k < counts.length; k++) if (counts[k]! > counts[best]!) best = k;
  return { delimiter: CANDIDATES[best]!, newline: newline ?? '\n' };
}
