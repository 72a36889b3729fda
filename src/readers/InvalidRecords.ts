import type { InputError, InputIssue } from './InputError.js';

const MAX_EXAMPLES = 10;

/**
 * Decides what a bad record does: by default it stops the read (a silently partial log would
 * mislead every figure computed from it); with `skipInvalid` it is counted and a few are kept
 * so the user can see what was dropped.
 */
export class InvalidRecords {
  count = 0;
  readonly examples: InputIssue[] = [];

  constructor(private readonly skip: boolean) {}

  report(error: InputError): void {
    if (!this.skip) throw error;
    this.count++;
    if (this.examples.length < MAX_EXAMPLES) this.examples.push(error.toIssue());
  }
}
