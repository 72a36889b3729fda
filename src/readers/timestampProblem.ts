/** The wording for a timestamp that cannot be read, the same in every format. */
export function timestampProblem(text: string): string {
  return text.trim() === '' ? 'the timestamp is empty' : `cannot read "${text}" as a timestamp`;
}
