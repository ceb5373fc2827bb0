// The timeline webview's HTML, built from the server's timeline data: pure, so it is tested
// without VS Code. Colours come from the theme's CSS variables; scripts run only with the nonce.
import type { TimelinePoint, TimelineResult } from '../../server/src/protocol';

const WIDTH = 760;
const MARGIN = 40;
const ROW_HEIGHT = 18;
const AXIS_Y = 30;
const CHARACTER_WIDTH = 6.5;
const DAY_MS = 86_400_000;

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

function dayNumber(day: string): number {
  return Date.parse(`${day}T00:00:00Z`) / DAY_MS;
}

/** Labels go in the first row where they do not run into the previous label. */
function assignRows(xs: number[], widths: number[]): number[] {
  const rowEnds: number[] = [];
  return xs.map((x, i) => {
    let row = rowEnds.findIndex((end) => end < x);
    if (row < 0) row = rowEnds.push(0) - 1;
    rowEnds[row] = x + widths[i] + 8;
    return row;
  });
}

export function timelineHtml(data: TimelineResult | null, articleName: string, nonce: string, cspSource: string): string {
  const csp = `default-src 'none'; style-src ${cspSource} 'nonce-${nonce}'; script-src 'nonce-${nonce}'; img-src ${cspSource} data:;`;
  const body = data ? timelineBody(data, articleName) : '<p class="empty">Open an article to see its dates and deadlines on a time axis.</p>';
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>Article Timeline</title>
<style nonce="${nonce}">
  body { color: var(--vscode-foreground); background: var(--vscode-editor-background); font-family: var(--vscode-font-family); font-size: var(--vscode-font-size); }
  h1 { font-size: 1.1em; font-weight: 600; }
  svg { width: 100%; max-width: ${WIDTH}px; overflow: visible; }
  .axis { stroke: var(--vscode-editorWidget-border, var(--vscode-foreground)); stroke-width: 1; }
  .tick { fill: var(--vscode-descriptionForeground); font-size: 10px; }
  .article-date { stroke: var(--vscode-editorInfo-foreground, var(--vscode-charts-blue)); stroke-width: 2; stroke-dasharray: 4 3; }
  .article-date-label { fill: var(--vscode-editorInfo-foreground, var(--vscode-charts-blue)); font-size: 10px; }
  .point { cursor: pointer; }
  .point circle { fill: var(--vscode-charts-blue); stroke: var(--vscode-contrastBorder, transparent); }
  .point.deadline rect { fill: var(--vscode-charts-red); stroke: var(--vscode-contrastBorder, transparent); }
  .point text { fill: var(--vscode-foreground); font-size: 11px; }
  .point:hover text, .point:focus text { text-decoration: underline; }
  .point:focus { outline: 1px solid var(--vscode-focusBorder); }
  .leader { stroke: var(--vscode-editorWidget-border, var(--vscode-descriptionForeground)); stroke-width: 0.5; }
  ul { padding-left: 1.2em; } li { margin: 2px 0; }
  a { color: var(--vscode-textLink-foreground); cursor: pointer; }
  .empty, .muted { color: var(--vscode-descriptionForeground); }
  .legend span { margin-right: 1.5em; }
  .legend .date { color: var(--vscode-charts-blue); } .legend .deadline { color: var(--vscode-charts-red); }
</style>
</head>
<body>
${body}
<script nonce="${nonce}">
  const vscode = acquireVsCodeApi();
  const go = (target) => { const index = target.closest('[data-index]')?.dataset.index; if (index !== undefined) vscode.postMessage({ type: 'reveal', index: Number(index) }); };
  document.addEventListener('click', (event) => go(event.target));
  document.addEventListener('keydown', (event) => { if (event.key === 'Enter' || event.key === ' ') go(event.target); });
</script>
</body>
</html>`;
}

function timelineBody(data: TimelineResult, articleName: string): string {
  const placed = data.points.map((point, index) => ({ point, index })).filter(({ point }) => point.day !== null);
  const undated = data.points.map((point, index) => ({ point, index })).filter(({ point }) => point.day === null);
  const heading = `<h1>${escapeHtml(articleName)}</h1><p class="legend"><span class="date">● dates</span><span class="deadline">■ deadlines</span>${data.documentDate ? `<span>article date ${escapeHtml(data.documentDate)}</span>` : '<span class="muted">no article date</span>'}</p>`;
  const parts = [heading];
  if (placed.length > 0) parts.push(axis(placed, data.documentDate));
  else parts.push('<p class="empty">No dates or deadlines with a known day in this article.</p>');
  if (undated.length > 0) {
    const items = undated.map(({ point, index }) => `<li><a data-index="${index}" tabindex="0">${escapeHtml(point.text)}</a> <span class="muted">${escapeHtml(point.value ?? 'unresolved')}</span></li>`);
    parts.push(`<h2 class="muted">Without a day</h2><ul>${items.join('')}</ul>`);
  }
  return parts.join('\n');
}

function axis(placed: { point: TimelinePoint; index: number }[], documentDate: string | null): string {
  const days = placed.map(({ point }) => dayNumber(point.day!));
  if (documentDate) days.push(dayNumber(documentDate));
  const first = Math.min(...days);
  const last = Math.max(...days);
  const span = Math.max(last - first, 1);
  const xOf = (day: string) => MARGIN + ((dayNumber(day) - first) / span) * (WIDTH - 2 * MARGIN);
  const sorted = [...placed].sort((a, b) => dayNumber(a.point.day!) - dayNumber(b.point.day!));
  const xs = sorted.map(({ point }) => xOf(point.day!));
  const labels = sorted.map(({ point }) => (point.text.length > 40 ? `${point.text.slice(0, 39)}…` : point.text));
  const rows = assignRows(xs, labels.map((l) => l.length * CHARACTER_WIDTH));
  const height = AXIS_Y + 24 + (Math.max(...rows, 0) + 1) * ROW_HEIGHT + 10;
  const isoDay = (n: number) => new Date(n * DAY_MS).toISOString().slice(0, 10);
  const ticks = [first, last].filter((d, i, all) => all.indexOf(d) === i).map((d) => `<text class="tick" x="${xOf(isoDay(d))}" y="${AXIS_Y - 8}" text-anchor="middle">${isoDay(d)}</text>`);
  const articleMark = documentDate
    ? `<line class="article-date" x1="${xOf(documentDate)}" x2="${xOf(documentDate)}" y1="${AXIS_Y - 4}" y2="${height}"/><text class="article-date-label" x="${xOf(documentDate) + 4}" y="${height}">article date</text>`
    : '';
  const points = sorted.map(({ point, index }, i) => {
    const x = xs[i];
    const y = AXIS_Y + 24 + rows[i] * ROW_HEIGHT;
    const mark = point.kind === 'deadline' ? `<rect x="${x - 5}" y="${AXIS_Y - 5}" width="10" height="10"/>` : `<circle cx="${x}" cy="${AXIS_Y}" r="5"/>`;
    const title = `${point.text} — ${point.day}${point.value && point.value !== point.day ? ` (${point.value})` : ''}\n${point.detail}`;
    return `<g class="point ${point.kind}" data-index="${index}" tabindex="0" role="button" aria-label="${escapeHtml(title)}"><title>${escapeHtml(title)}</title><line class="leader" x1="${x}" x2="${x}" y1="${AXIS_Y + 5}" y2="${y - 10}"/>${mark}<text x="${x}" y="${y}">${escapeHtml(labels[i])}</text></g>`;
  });
  return `<svg viewBox="0 0 ${WIDTH} ${height + 14}" role="img" aria-label="Timeline of dates and deadlines"><line class="axis" x1="${MARGIN}" x2="${WIDTH - MARGIN}" y1="${AXIS_Y}" y2="${AXIS_Y}"/>${ticks.join('')}${articleMark}${points.join('')}</svg>`;
}
