import type { Review, ReviewSection } from './ReviewSection.js';

const STYLE = `
body{font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#1f2933;margin:0;background:#f5f7fa}
main{max-width:960px;margin:0 auto;padding:24px}
h1{font-size:24px;margin:0 0 4px}
.meta{color:#52606d;margin:0 0 24px}
section{background:#fff;border:1px solid #d9e2ec;border-radius:8px;padding:16px 20px;margin:0 0 16px;break-inside:avoid}
h2{font-size:18px;margin:0 0 8px}
p{margin:4px 0}
table{border-collapse:collapse;width:100%;margin-top:12px;font-size:13px}
th,td{border-bottom:1px solid #e4e7eb;padding:6px 8px;text-align:left;vertical-align:top;white-space:pre-wrap}
th{background:#f0f4f8}
svg{display:block;margin-top:12px;max-width:100%}
@media print{body{background:#fff}section{border-color:#bcccdc}}
`;

/**
 * The review as one self-contained HTML document: inline CSS, the chart as inline SVG, no
 * script and no external reference, so it opens offline and can be mailed or archived. Pure.
 */
export function renderReviewHtml(review: Review): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(`Strategy review — ${review.workspace}`)}</title>
<style>${STYLE}</style>
</head>
<body>
<main>
<h1>${esc(`Strategy review — ${review.workspace}`)}</h1>
<p class="meta">Generated ${esc(review.generatedAt.slice(0, 16).replace('T', ' '))} UTC by Drumbeat</p>
${review.sections.map(renderSection).join('\n')}
</main>
</body>
</html>
`;
}

function renderSection(s: ReviewSection): string {
  const lines = s.lines.map((l) => `<p>${esc(l)}</p>`).join('\n');
  const bars = s.bars && s.bars.points.length > 0 ? barChart(s.bars) : '';
  const table =
    s.table && s.table.rows.length > 0
      ? `<table><thead><tr>${s.table.columns.map((c) => `<th>${esc(c)}</th>`).join('')}</tr></thead><tbody>${s.table.rows
          .map((r) => `<tr>${r.map((c) => `<td>${esc(c)}</td>`).join('')}</tr>`)
          .join('')}</tbody></table>`
      : '';
  return `<section id="${esc(s.id)}">\n<h2>${esc(s.title)}</h2>\n${lines}\n${bars}${table}\n</section>`;
}

function barChart(bars: NonNullable<ReviewSection['bars']>): string {
  const width = 640;
  const height = 160;
  const pad = 24;
  const max = Math.max(1, ...bars.points.map((p) => p.value));
  const step = (width - pad) / bars.points.length;
  const rects = bars.points
    .map((p, i) => {
      const h = ((height - 2 * pad) * p.value) / max;
      const x = pad + i * step + step * 0.15;
      const y = height - pad - h;
      return `<rect x="${x.toFixed(1)}" y="${y.toFixed(1)}" width="${(step * 0.7).toFixed(1)}" height="${h.toFixed(1)}" fill="#3e7cb1"><title>${esc(`${p.label}: ${p.value}`)}</title></rect><text x="${(x + step * 0.35).toFixed(1)}" y="${(y - 4).toFixed(1)}" font-size="10" text-anchor="middle" fill="#1f2933">${p.value}</text>`;
    })
    .join('');
  const first = bars.points[0]?.label ?? '';
  const last = bars.points.at(-1)?.label ?? '';
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" aria-label="${esc(bars.label)}"><line x1="${pad}" y1="${height - pad}" x2="${width}" y2="${height - pad}" stroke="#9aa5b1"/>${rects}<text x="${pad}" y="${height - 6}" font-size="11" fill="#52606d">${esc(first)}</text><text x="${width}" y="${height - 6}" font-size="11" text-anchor="end" fill="#52606d">${esc(last)}</text><text x="${pad}" y="12" font-size="11" fill="#52606d">${esc(bars.label)}</text></svg>`;
}

function esc(text: string): string {
  return text
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;');
}
