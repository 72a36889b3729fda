import type { AttributeValue } from '../../core/model/AttributeValue.js';
import type { EventInput } from '../../core/model/EventLogBuilder.js';
import { checkColumns } from '../checkColumns.js';
import { detach } from '../detach.js';
import { findColumns } from '../findColumns.js';
import { InputError } from '../InputError.js';
import type { ReaderContext } from '../ReaderContext.js';
import type { SourceColumns } from '../readEventLog.js';
import { timestampProblem } from '../timestampProblem.js';
import type { CsvLineCounter } from './CsvLineCounter.js';

/**
 * Turns CSV rows into events. The hot loop reads cells by precomputed index into one reused
 * event object; everything that builds messages or objects is kept off the valid-row path.
 */
export class CsvRecords {
  readonly columns: SourceColumns;
  private readonly header: readonly string[];
  private readonly at: {
    case: number;
    activity: number;
    time: number;
    start: number;
    lifecycle: number;
    resource: number;
  };
  /** `case:<x>` columns other than the case id, as [column index, attribute key]. */
  private readonly caseAttributes: [number, string][] = [];
  private readonly casesWithAttributes = new Set<string>();
  private readonly event: EventInput = { case: '', activity: '', time: 0 };

  constructor(
    private readonly ctx: ReaderContext,
    header: string[],
    headerLine: number,
  ) {
    this.header = header.map((name) => name.trim());
    const choice = findColumns(this.header, ctx.columns);
    checkColumns(ctx.file, this.header, choice.index, {
      overrides: ctx.columns,
      unknownOverride: choice.unknownOverrides[0],
      noun: 'column',
      line: headerLine,
    });
    const i = choice.index;
    this.at = {
      case: i.case!,
      activity: i.activity!,
      time: i.timestamp!,
      start: i.startTimestamp ?? -1,
      lifecycle: i.lifecycle ?? -1,
      resource: i.resource ?? -1,
    };
    const h = this.header;
    this.columns = { case: h[i.case!]!, activity: h[i.activity!]!, timestamp: h[i.timestamp!]! };
    if (i.startTimestamp !== undefined) this.columns.startTimestamp = h[i.startTimestamp]!;
    if (i.lifecycle !== undefined) this.columns.lifecycle = h[i.lifecycle]!;
    if (i.resource !== undefined) this.columns.resource = h[i.resource]!;
    h.forEach((name, k) => {
      if (k !== i.case && name.toLowerCase().startsWith('case:')) {
        this.caseAttributes.push([k, name.slice(5)]);
      }
    });
  }

  add(rows: readonly string[][], from: number, lines: CsvLineCounter): void {
    const { builder, parseTime } = this.ctx;
    const { case: ci, activity: ai, time: ti, start: si, lifecycle: li, resource: ri } = this.at;
    const width = this.header.length;
    const event = this.event;
    const withAttributes = this.caseAttributes.length > 0;
    for (let r = from; r < rows.length; r++) {
      const row = rows[r]!;
      if (row.length !== width && !this.fits(row, r, lines)) continue;
      const caseId = detach(row[ci]!);
      const activity = row[ai]!;
      const time = parseTime(row[ti]!);
      let start: number | undefined;
      if (si >= 0 && row[si] !== '') start = parseTime(row[si]!);
      if (caseId === '' || activity === '' || Number.isNaN(time) || Number.isNaN(start)) {
        this.reject(row, lines.lineOf(r));
        continue;
      }
      event.case = caseId;
      event.activity = activity;
      event.time = time;
      event.startTime = start;
      event.lifecycle = li >= 0 ? row[li] : undefined;
      event.resource = ri >= 0 ? row[ri] : undefined;
      builder.add(event);
      if (withAttributes) this.noteCaseAttributes(caseId, row);
    }
  }

  /** Whether a row whose width differs from the header's can still be read. */
  private fits(row: readonly string[], r: number, lines: CsvLineCounter): boolean {
    if (row.length === 1 && row[0] === '') return false; // a blank line
    // Trailing empty cells (a delimiter at the end of the line) are harmless.
    if (row.length > this.header.length && row.slice(this.header.length).every((c) => c === '')) {
      return true;
    }
    this.ctx.invalid.report(
      new InputError(
        this.ctx.file,
        `the row has ${row.length} fields where the header has ${this.header.length}`,
        { line: lines.lineOf(r) },
      ),
    );
    return false;
  }

  private reject(row: readonly string[], line: number): void {
    const { case: ci, activity: ai, time: ti, start: si } = this.at;
    const problem = (k: number, text: string) =>
      new InputError(this.ctx.file, text, {
        line,
        field: this.header[k],
        label: `column "${this.header[k]}"`,
      });
    let error: InputError;
    if (row[ci] === '') error = problem(ci, 'the case id is empty');
    else if (row[ai] === '') error = problem(ai, 'the activity is empty');
    else if (Number.isNaN(this.ctx.parseTime(row[ti]!)))
      error = problem(ti, timestampProblem(row[ti]!));
    else error = problem(si, timestampProblem(row[si]!));
    this.ctx.invalid.report(error);
  }

  private noteCaseAttributes(caseId: string, row: readonly string[]): void {
    if (this.casesWithAttributes.has(caseId)) return;
    this.casesWithAttributes.add(caseId);
    const values: Record<string, AttributeValue> = {};
    let any = false;
    for (const [k, key] of this.caseAttributes) {
      const cell = row[k];
      if (cell !== undefined && cell !== '') {
        values[key] = detach(cell);
        any = true;
      }
    }
    if (any) this.ctx.builder.setCaseAttributes(caseId, values);
  }
}
