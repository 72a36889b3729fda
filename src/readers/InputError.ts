/** One problem with an input file, located as precisely as the format allows. */
export interface InputIssue {
  file: string;
  line?: number;
  column?: number;
  field?: string;
  /** The complete, readable sentence, the same as the error's message. */
  message: string;
}

export interface InputLocation {
  line?: number | undefined;
  column?: number | undefined;
  /** The column, key or role the problem concerns. */
  field?: string | undefined;
  /** How the field is named in the message, e.g. `column "time:timestamp"`; omitted when absent. */
  label?: string | undefined;
}

/**
 * A problem with the user's input, worded for the user: `file:line[:column]: what is wrong`.
 * Readers throw nothing else, so the CLI can print the message without a stack trace.
 */
export class InputError extends Error {
  readonly file: string;
  readonly line: number | undefined;
  readonly column: number | undefined;
  readonly field: string | undefined;

  constructor(file: string, problem: string, at: InputLocation = {}) {
    let where = file;
    if (at.line !== undefined) where += `:${at.line}`;
    if (at.line !== undefined && at.column !== undefined) where += `:${at.column}`;
    super(at.label === undefined ? `${where}: ${problem}` : `${where}: ${at.label}: ${problem}`);
    this.name = 'InputError';
    this.file = file;
    this.line = at.line;
    this.column = at.column;
    this.field = at.field;
  }

  toIssue(): InputIssue {
    const issue: InputIssue = { file: this.file, message: this.message };
    if (this.line !== undefined) issue.line = this.line;
    if (this.column !== undefined) issue.column = this.column;
    if (this.field !== undefined) issue.field = this.field;
    return issue;
  }
}
