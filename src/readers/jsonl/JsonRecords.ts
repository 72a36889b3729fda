import type { AttributeValue } from '../../core/model/AttributeValue.js';
import type { EventInput } from '../../core/model/EventLogBuilder.js';
import { InputError } from '../InputError.js';
import type { ReaderContext } from '../ReaderContext.js';
import { timestampProblem } from '../timestampProblem.js';
import { epochToMs } from '../timestamps/epochToMs.js';
import { JsonKeys } from './JsonKeys.js';

/** Turns JSON Lines records into events, with the same field names as CSV columns. */
export class JsonRecords {
  readonly keys: JsonKeys;
  private readonly event: EventInput = { case: '', activity: '', time: 0 };
  private readonly casesWithAttributes = new Set<string>();

  constructor(private readonly ctx: ReaderContext) {
    this.keys = new JsonKeys(ctx);
  }

  addLine(text: string, line: number): void {
    if (text.trim() === '') return;
    const problem = this.add(text, line);
    if (problem === undefined) return;
    const { message, field } = problem;
    const label = field === undefined ? undefined : `field "${field}"`;
    this.ctx.invalid.report(new InputError(this.ctx.file, message, { line, field, label }));
  }

  /** Adds the line's event, or says what is wrong with it. */
  private add(text: string, line: number): { message: string; field?: string } | undefined {
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch (error) {
      const detail = error instanceof Error ? error.message : String(error);
      return { message: `the line is not valid JSON (${detail})` };
    }
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      return { message: 'the line is not a JSON object' };
    }
    const record = value as Record<string, unknown>;
    this.keys.observe(record, line);
    const key = this.keys.key;
    const caseId = scalar(record[key.case!]);
    const activity = scalar(record[key.activity!]);
    if (!caseId) return { message: 'the case id is missing or empty', field: key.case! };
    if (!activity) return { message: 'the activity is missing or empty', field: key.activity! };
    const time = this.time(record[key.timestamp!]);
    if (Number.isNaN(time)) {
      return { message: this.timeProblem(record[key.timestamp!]), field: key.timestamp! };
    }
    const rawStart = key.startTimestamp === undefined ? undefined : record[key.startTimestamp];
    const absent = rawStart === undefined || rawStart === null || rawStart === '';
    const start = absent ? undefined : this.time(rawStart);
    if (Number.isNaN(start))
      return { message: this.timeProblem(rawStart), field: key.startTimestamp! };
    const event = this.event;
    event.case = caseId;
    event.activity = activity;
    event.time = time;
    event.startTime = start;
    event.lifecycle = key.lifecycle === undefined ? undefined : scalar(record[key.lifecycle]);
    event.resource = key.resource === undefined ? undefined : scalar(record[key.resource]);
    this.ctx.builder.add(event);
    if (!this.casesWithAttributes.has(caseId)) this.noteCaseAttributes(caseId, record);
    return undefined;
  }

  /** A number is epoch time (unit by magnitude, as for all-digit text); a string is parsed. */
  private time(value: unknown): number {
    if (typeof value === 'number') return epochToMs(value);
    return typeof value === 'string' ? this.ctx.parseTime(value) : Number.NaN;
  }

  private timeProblem(value: unknown): string {
    return typeof value === 'string'
      ? timestampProblem(value)
      : `cannot read ${JSON.stringify(value) ?? 'nothing'} as a timestamp`;
  }

  private noteCaseAttributes(caseId: string, record: Record<string, unknown>): void {
    this.casesWithAttributes.add(caseId);
    const values: Record<string, AttributeValue> = {};
    let any = false;
    for (const k in record) {
      const v = record[k];
      if (k === this.keys.key.case || !k.toLowerCase().startsWith('case:')) continue;
      if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') {
        values[k.slice(5)] = v;
        any = true;
      }
    }
    if (any) this.ctx.builder.setCaseAttributes(caseId, values);
  }
}

function scalar(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  return typeof value === 'number' || typeof value === 'boolean' ? String(value) : undefined;
}
