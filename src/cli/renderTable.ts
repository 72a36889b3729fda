/** Column alignment for {@link renderTable}. */
export type Align = 'left' | 'right';

/**
 * Lays out rows as a fixed-width text table. Cells may contain ANSI colour codes; widths are
 * measured without them so colour does not break the alignment.
 */
export function renderTable(header: string[], rows: string[][], align: Align[]): string {
  const width = header.map((h, c) => Math.max(visible(h), ...rows.map((r) => visible(r[c] ?? ''))));
  const line = (cells: string[]) =>
    cells
      .map((cell, c) => {
        const pad = ' '.repeat(Math.max(0, width[c]! - visible(cell)));
        return align[c] === 'right' ? pad + cell : cell + pad;
      })
      .join('  ')
      .trimEnd();
  return [line(header), ...rows.map(line)].join('\n');
}

// biome-ignore lint/suspicious/noControlCharactersInRegex: ANSI escape sequences start with ESC.
const ANSI = /\u001b\[[0-9;]*m/g;

function visible(s: string): number {
  return s.replace(ANSI, '').length;
}
