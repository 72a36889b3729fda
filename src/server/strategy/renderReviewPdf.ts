import PDFDocument from 'pdfkit';
import type { Review, ReviewSection } from '../../core/strategy/review/ReviewSection.js';

const MARGIN = 48;
const INK = '#1f2933';
const MUTED = '#52606d';
const BAR = '#3e7cb1';

/**
 * The review as a PDF, drawn with PDFKit (pure JavaScript, its standard fonts built in), so
 * exporting needs no browser on the user's machine. Same sections, text and chart as the HTML
 * export. Text outside the standard fonts' Latin-1 range is replaced by "?".
 */
export function renderReviewPdf(review: Review): Promise<Buffer> {
  const doc = new PDFDocument({
    size: 'A4',
    margin: MARGIN,
    info: { Title: `Strategy review — ${review.workspace}`, Creator: 'Drumbeat' },
  });
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  doc
    .font('Helvetica-Bold')
    .fontSize(18)
    .fillColor(INK)
    .text(latin1(`Strategy review — ${review.workspace}`));
  doc
    .font('Helvetica')
    .fontSize(9)
    .fillColor(MUTED)
    .text(`Generated ${review.generatedAt.slice(0, 16).replace('T', ' ')} UTC by Drumbeat`);
  for (const section of review.sections) drawSection(doc, section);
  doc.end();
  return done;
}

function drawSection(doc: PDFKit.PDFDocument, s: ReviewSection): void {
  doc.moveDown(1.2);
  doc.font('Helvetica-Bold').fontSize(13).fillColor(INK).text(latin1(s.title));
  doc.moveDown(0.3);
  doc.font('Helvetica').fontSize(10).fillColor(INK);
  for (const line of s.lines) doc.text(latin1(line), { paragraphGap: 2 });
  if (s.bars && s.bars.points.length > 0) drawBars(doc, s.bars);
  if (s.table && s.table.rows.length > 0) drawTable(doc, s.table);
}

function drawBars(doc: PDFKit.PDFDocument, bars: NonNullable<ReviewSection['bars']>): void {
  const width = doc.page.width - 2 * MARGIN;
  const height = 90;
  if (doc.y + height + 30 > doc.page.height - MARGIN) doc.addPage();
  doc.moveDown(0.5);
  doc.fontSize(8).fillColor(MUTED).text(latin1(bars.label));
  const top = doc.y + 4;
  const max = Math.max(1, ...bars.points.map((p) => p.value));
  const step = width / bars.points.length;
  bars.points.forEach((p, i) => {
    const h = ((height - 14) * p.value) / max;
    const x = MARGIN + i * step + step * 0.15;
    doc.rect(x, top + height - h, step * 0.7, h).fill(BAR);
    doc
      .fillColor(INK)
      .fontSize(7)
      .text(String(p.value), x, top + height - h - 9, { width: step * 0.7, align: 'center' });
  });
  doc.fillColor(MUTED).fontSize(7);
  doc.text(bars.points[0]?.label ?? '', MARGIN, top + height + 3, { lineBreak: false });
  doc.text(bars.points.at(-1)?.label ?? '', MARGIN, top + height + 3, { width, align: 'right' });
  doc.x = MARGIN;
  doc.y = top + height + 16;
}

function drawTable(doc: PDFKit.PDFDocument, table: NonNullable<ReviewSection['table']>): void {
  const width = doc.page.width - 2 * MARGIN;
  // Wider columns for the longer texts: each column's share follows its longest cell, within bounds.
  const longest = table.columns.map((c, i) =>
    Math.min(60, Math.max(c.length, ...table.rows.map((r) => (r[i] ?? '').length))),
  );
  const total = longest.reduce((a, b) => a + Math.max(8, b), 0);
  const widths = longest.map((l) => (width * Math.max(8, l)) / total);
  doc.moveDown(0.5);
  const row = (cells: string[], bold: boolean): void => {
    doc
      .font(bold ? 'Helvetica-Bold' : 'Helvetica')
      .fontSize(8)
      .fillColor(INK);
    const heights = cells.map((c, i) => doc.heightOfString(latin1(c), { width: widths[i]! - 6 }));
    const h = Math.max(10, ...heights) + 4;
    if (doc.y + h > doc.page.height - MARGIN) doc.addPage();
    const y = doc.y;
    let x = MARGIN;
    cells.forEach((c, i) => {
      doc.text(latin1(c), x + 3, y + 2, { width: widths[i]! - 6 });
      x += widths[i]!;
    });
    doc
      .moveTo(MARGIN, y + h)
      .lineTo(MARGIN + width, y + h)
      .lineWidth(0.5)
      .strokeColor('#d9e2ec')
      .stroke();
    doc.x = MARGIN;
    doc.y = y + h;
  };
  row(table.columns, true);
  for (const r of table.rows) row(r, false);
}

/** The standard PDF fonts cover WinAnsi (Latin-1 and a few more); other characters become "?". */
function latin1(text: string): string {
  return text
    .replaceAll('—', '-')
    .replaceAll('–', '-')
    .replaceAll('≥', '>=')
    .replaceAll('≤', '<=')
    .replaceAll('→', '->')
    .replaceAll('·', '-')
    .replace(/[^\t\n\r\u0020-\u00ff]/g, '?');
}
