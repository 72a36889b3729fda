/**
 * Physical line numbers of parsed rows, for error messages. A row is one line unless a quoted
 * field holds line breaks, so lines are counted only in batches that contain a quote, and
 * within a batch only up to the row that needs a number (errors are rare; counting every row
 * would tax the ten-million-row path for nothing).
 */
export class CsvLineCounter {
  private firstLine = 1;
  private rows: readonly string[][] = [];
  private quoted = false;
  private scanned = 0;
  private scannedLine = 1;
  private readonly breakChar: string;

  constructor(newline: string) {
    this.breakChar = newline === '\r' ? '\r' : '\n';
  }

  /** The line on which the next batch starts. */
  get nextLine(): number {
    return this.firstLine;
  }

  /** Starts a batch of rows parsed from text that does (or does not) contain a quote. */
  begin(rows: readonly string[][], quoted: boolean): void {
    this.rows = rows;
    this.quoted = quoted;
    this.scanned = 0;
    this.scannedLine = this.firstLine;
  }

  lineOf(row: number): number {
    if (!this.quoted) return this.firstLine + row;
    if (row < this.scanned) {
      this.scanned = 0;
      this.scannedLine = this.firstLine;
    }
    for (; this.scanned < row; this.scanned++) {
      this.scannedLine += 1;
      for (const cell of this.rows[this.scanned]!)
        this.scannedLine += this.count(cell, 0, cell.length);
    }
    return this.scannedLine;
  }

  /** Ends the batch; `consumed` is the text its rows came from, up to the parser's cursor. */
  end(consumed: string, cursor: number): void {
    this.firstLine += this.quoted ? this.count(consumed, 0, cursor) : this.rows.length;
  }

  private count(text: string, from: number, to: number): number {
    let n = 0;
    for (let i = text.indexOf(this.breakChar, from); i >= 0 && i < to; ) {
      n++;
      i = text.indexOf(this.breakChar, i + 1);
    }
    return n;
  }
}
