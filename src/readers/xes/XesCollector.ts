import type { AttributeValue } from '../../core/model/AttributeValue.js';
import type { EventInput } from '../../core/model/EventLogBuilder.js';
import { detach } from '../detach.js';
import { InputError, type InputLocation } from '../InputError.js';
import type { ReaderContext } from '../ReaderContext.js';
import { timestampProblem } from '../timestampProblem.js';
import { parseTimestamp } from '../timestamps/parseTimestamp.js';
import { xesValue } from './xesValue.js';

// What an open element is, by its place in the document: only attribute elements directly in
// an <event>, or anywhere under a <trace> outside events, carry data; <global> defaults,
// classifiers, extensions and log-level attributes are skipped along with their children.
const IGNORED = 0;
const LOG = 1;
const TRACE = 2;
const EVENT = 3;
const TRACE_ATTRIBUTE = 4;
const ATTRIBUTE_TYPES = new Set('string date int float boolean id list container'.split(' '));

/** Builds events from the open/close tags of an XES document (IEEE 1849-2016). */
export class XesCollector {
  sawLog = false;
  private readonly kinds: number[] = [];
  /** Flattened `parent/child` key of each open trace attribute, parallel to `kinds`. */
  private readonly paths: string[] = [];
  private caseName: string | undefined;
  private traceAt: InputLocation = {};
  private traceAttributes: Record<string, AttributeValue> = {};
  private traceEvents = 0;
  /** Events met before the trace's concept:name, which XES does not promise to put first. */
  private early: EventInput[] = [];
  private readonly event: EventInput = { case: '', activity: '', time: 0 };
  private activity: string | undefined;
  private stamp: string | undefined;
  private stampAt: InputLocation = {};
  private eventAt: InputLocation = {};

  constructor(
    private readonly ctx: ReaderContext,
    private readonly where: () => InputLocation,
  ) {}

  open(name: string, attributes: Record<string, string>): void {
    const parent = this.kinds.length === 0 ? -1 : this.kinds[this.kinds.length - 1]!;
    let kind = IGNORED;
    let path = '';
    if (parent === -1) {
      if (name !== 'log') this.fail(`is not an XES log: its root element is <${name}>, not <log>`);
      this.sawLog = true;
      kind = LOG;
    } else if (parent === LOG && name === 'trace') {
      kind = TRACE;
      this.caseName = undefined;
      this.traceAt = this.where();
      this.traceAttributes = {};
      this.traceEvents = 0;
    } else if (parent === LOG && name === 'event') {
      this.fail('an <event> outside any <trace>');
    } else if (parent === TRACE && name === 'event') {
      kind = EVENT;
      this.eventAt = this.where();
      this.activity = this.stamp = this.event.lifecycle = this.event.resource = undefined;
    } else if (parent === EVENT && ATTRIBUTE_TYPES.has(name)) {
      this.eventAttribute(attributes.key, attributes.value);
    } else if (parent === TRACE_ATTRIBUTE && name === 'values') {
      kind = TRACE_ATTRIBUTE; // a list's wrapper: its items belong to the list itself
      path = this.paths[this.paths.length - 1]!;
    } else if ((parent === TRACE || parent === TRACE_ATTRIBUTE) && ATTRIBUTE_TYPES.has(name)) {
      kind = TRACE_ATTRIBUTE;
      const key = attributes.key ?? '';
      path = parent === TRACE ? key : `${this.paths[this.paths.length - 1]}/${key}`;
      if (attributes.value === undefined) {
        // list or container: only its children have values
      } else if (parent === TRACE && key === 'concept:name')
        this.caseName = detach(attributes.value);
      else {
        const value = xesValue(name, attributes.value, this.ctx.zone);
        this.traceAttributes[detach(path)] = typeof value === 'string' ? detach(value) : value;
      }
    }
    this.kinds.push(kind);
    this.paths.push(path);
  }

  close(): void {
    const kind = this.kinds.pop();
    this.paths.pop();
    if (kind === EVENT) this.endEvent();
    else if (kind === TRACE) this.endTrace();
  }

  private eventAttribute(key: string | undefined, value: string | undefined): void {
    if (key === 'concept:name') this.activity = value;
    else if (key === 'time:timestamp') {
      this.stamp = value;
      this.stampAt = this.where();
    } else if (key === 'lifecycle:transition') this.event.lifecycle = value;
    else if (key === 'org:resource') this.event.resource = value;
  }

  private endEvent(): void {
    const problem = this.addEvent();
    if (problem) this.reject(problem.message, problem.field, problem.at);
  }

  /** Adds the finished event, or says what is wrong with it. */
  private addEvent(): { message: string; field: string; at: InputLocation } | undefined {
    const { ctx, event } = this;
    if (!this.activity) {
      const message = 'the event has no "concept:name" (activity)';
      return { message, field: 'concept:name', at: this.eventAt };
    }
    if (this.stamp === undefined) {
      const message = 'the event has no "time:timestamp"';
      return { message, field: 'time:timestamp', at: this.eventAt };
    }
    const time = parseTimestamp(this.stamp, ctx.zone);
    if (Number.isNaN(time)) {
      const at = { ...this.stampAt, label: 'attribute "time:timestamp"' };
      return { message: timestampProblem(this.stamp), field: 'time:timestamp', at };
    }
    this.traceEvents++;
    event.activity = this.activity;
    event.time = time;
    if (this.caseName) {
      event.case = this.caseName;
      ctx.builder.add(event);
    } else this.early.push({ ...event });
    return undefined;
  }

  private endTrace(): void {
    const name = this.caseName;
    const early = this.early;
    this.early = [];
    if (!name) {
      const n = this.traceEvents;
      const problem = `a trace of ${n} event${n === 1 ? '' : 's'} has no "concept:name" (case id)`;
      this.reject(problem, 'concept:name', this.traceAt);
      return;
    }
    for (const event of early) this.ctx.builder.add({ ...event, case: name });
    if (this.traceEvents > 0 && Object.keys(this.traceAttributes).length > 0) {
      this.ctx.builder.setCaseAttributes(name, this.traceAttributes);
    }
  }

  private reject(problem: string, field: string, at: InputLocation): void {
    this.ctx.invalid.report(new InputError(this.ctx.file, problem, { ...at, field }));
  }

  private fail(problem: string): never {
    throw new InputError(this.ctx.file, problem, this.where());
  }
}
