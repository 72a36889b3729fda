export type LogFormat = 'csv' | 'xes' | 'jsonl';

const BY_EXTENSION: Record<string, LogFormat> = {
  csv: 'csv',
  tsv: 'csv',
  txt: 'csv',
  xes: 'xes',
  jsonl: 'jsonl',
  ndjson: 'jsonl',
};

/**
 * The format from the file name (a trailing .gz is looked through), else from the first
 * non-blank character of the text: `<` is XML, `{` is a JSON object, anything else is CSV.
 */
export function detectFormat(file: string, head: string): LogFormat {
  const name = file.toLowerCase().replace(/\.gz$/, '');
  const extension = name.slice(name.lastIndexOf('.') + 1);
  const known = BY_EXTENSION[extension];
  if (known) return known;
  const first = head.trimStart()[0];
  if (first === '<') return 'xes';
  if (first === '{') return 'jsonl';
  return 'csv';
}
