import { checkColumns } from '../checkColumns.js';
import { COLUMN_NAMES, type Role } from '../columnNames.js';
import { findColumns } from '../findColumns.js';
import type { ReaderContext } from '../ReaderContext.js';
import type { SourceColumns } from '../readEventLog.js';

const ROLES = Object.keys(COLUMN_NAMES) as Role[];

/**
 * Which JSON key holds each role. JSON writers often omit null fields, so an optional key
 * (resource, lifecycle, start) may first appear many lines in: keys are bound from the first
 * object and then whenever a record brings a key not seen before, until every role is bound.
 */
export class JsonKeys {
  readonly key: Partial<Record<Role, string>> = {};
  private readonly seen = new Set<string>();
  private settled = false;

  constructor(private readonly ctx: ReaderContext) {}

  /** Binds roles from the keys of `record`; throws if the first record lacks a required one. */
  observe(record: Record<string, unknown>, line: number): void {
    if (this.settled) return;
    const first = this.seen.size === 0;
    let fresh = false;
    for (const k in record) {
      if (!this.seen.has(k)) {
        this.seen.add(k);
        fresh = true;
      }
    }
    if (!fresh) return;
    const names = [...this.seen];
    const choice = findColumns(names, this.ctx.columns);
    for (const role of ROLES) {
      if (this.key[role] !== undefined) continue;
      const i = choice.index[role];
      const name = this.ctx.columns[role] ?? (i === undefined ? undefined : names[i]);
      if (name !== undefined) this.key[role] = name;
    }
    if (first) {
      checkColumns(this.ctx.file, names, this.key, {
        overrides: this.ctx.columns,
        noun: 'field',
        line,
      });
    }
    this.settled = ROLES.every((role) => this.key[role] !== undefined);
  }

  columns(): SourceColumns | undefined {
    const { case: c, activity, timestamp, ...optional } = this.key;
    if (c === undefined || activity === undefined || timestamp === undefined) return undefined;
    return { case: c, activity, timestamp, ...optional };
  }
}
