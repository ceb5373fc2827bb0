// The export format (export.ts) written as JSON, JSON Lines, CSV or brat standoff: pure string
// formatting, shared by the editor's "Export annotations..." and anything else that writes files.
import type { ArticleExport } from './export';

export type ExportFileFormat = 'json' | 'jsonl' | 'csv' | 'ann';

/** Several articles as one file; brat standoff is one file per article, see `toBratStandoff`. */
export function formatExports(exports: ArticleExport[], format: Exclude<ExportFileFormat, 'ann'>): string {
  if (format === 'json') return `${JSON.stringify(exports, null, 2)}\n`;
  if (format === 'jsonl') return exports.map((exported) => `${JSON.stringify(exported)}\n`).join('');
  return toCsv(exports);
}

const CSV_COLUMNS = ['file', 'layer', 'start', 'end', 'text', 'id', 'kind', 'value', 'actor'] as const;
type CsvRow = Record<(typeof CSV_COLUMNS)[number], string | number | null>;

/** One row per annotation: mentions, dates, deadlines, claims and diagnostics, with UTF-16 offsets as in JSON. */
function toCsv(exports: ArticleExport[]): string {
  const rows: CsvRow[] = [];
  for (const { file, actors, dates, deadlines, claims, diagnostics } of exports) {
    for (const actor of actors) {
      for (const m of actor.mentions) rows.push({ file, layer: 'mention', start: m.start, end: m.end, text: m.text, id: actor.id, kind: actor.kind, value: actor.name, actor: actor.id });
    }
    for (const d of dates) rows.push({ file, layer: 'date', start: d.start, end: d.end, text: d.text, id: null, kind: d.type, value: d.value, actor: null });
    for (const d of deadlines) rows.push({ file, layer: 'deadline', start: d.start, end: d.end, text: d.text, id: null, kind: null, value: d.due, actor: d.setBy });
    for (const c of claims) rows.push({ file, layer: 'claim', start: c.start, end: c.end, text: c.text, id: null, kind: c.anonymous ? `${c.kind} anonymous` : c.kind, value: c.speakerText, actor: c.speaker });
    for (const d of diagnostics) rows.push({ file, layer: 'diagnostic', start: d.start, end: d.end, text: d.message, id: d.code, kind: d.severity, value: null, actor: null });
  }
  const lines = [CSV_COLUMNS.join(','), ...rows.map((row) => CSV_COLUMNS.map((column) => csvField(row[column])).join(','))];
  return `${lines.join('\r\n')}\r\n`;
}

function csvField(value: string | number | null): string {
  if (value === null) return '';
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

const BRAT_ENTITY_TYPES: Record<string, string> = { person: 'Person', organization: 'Organization', place: 'Place' };

/**
 * brat standoff (.ann) for one article. brat counts characters in code points, not UTF-16
 * units, and a text-bound annotation may not cross a line break, so spans are converted and
 * split into fragments; `text` is the article the export was made from.
 */
export function toBratStandoff(exported: ArticleExport, text: string): string {
  const toCodePoint = codePointOffsets(text);
  const lines: string[] = [];
  let entityCount = 0;
  let noteCount = 0;
  let relationCount = 0;
  const textBound = (type: string, start: number, end: number): string => {
    const id = `T${++entityCount}`;
    const fragments = lineFragments(text, start, end);
    const offsets = fragments.map(([from, to]) => `${toCodePoint(from)} ${toCodePoint(to)}`).join(';');
    const covered = fragments.map(([from, to]) => text.slice(from, to)).join(' ');
    lines.push(`${id}\t${type} ${offsets}\t${covered}`);
    return id;
  };
  const note = (target: string, content: string) => lines.push(`#${++noteCount}\tAnnotatorNotes ${target}\t${content.replace(/[\t\r\n]+/g, ' ')}`);

  const firstMentionOf = new Map<string, string>();
  for (const actor of exported.actors) {
    const ids = actor.mentions.map((m) => textBound(BRAT_ENTITY_TYPES[actor.kind] ?? 'Entity', m.start, m.end));
    if (ids.length === 0) continue;
    firstMentionOf.set(actor.id, ids[0]);
    note(ids[0], [actor.name, actor.role].filter(Boolean).join(', '));
    if (ids.length > 1) lines.push(`*\tCoreference ${ids.join(' ')}`);
  }
  for (const date of exported.dates) {
    const id = textBound('Date', date.start, date.end);
    if (date.value) note(id, date.value);
  }
  for (const deadline of exported.deadlines) {
    const id = textBound('Deadline', deadline.start, deadline.end);
    if (deadline.due) note(id, `due ${deadline.due}`);
    const setter = deadline.setBy && firstMentionOf.get(deadline.setBy);
    if (setter) lines.push(`R${++relationCount}\tSetBy Arg1:${id} Arg2:${setter}`);
  }
  for (const claim of exported.claims) {
    const id = textBound(claim.kind === 'quote' ? 'Quote' : 'ReportedSpeech', claim.start, claim.end);
    if (claim.anonymous) lines.push(`A${relationCount + noteCount + entityCount}\tAnonymous ${id}`);
    const speaker = claim.speaker && firstMentionOf.get(claim.speaker);
    if (speaker) lines.push(`R${++relationCount}\tSaidBy Arg1:${id} Arg2:${speaker}`);
    else if (claim.speakerText) note(id, `said by ${claim.speakerText}`);
  }
  return lines.length > 0 ? `${lines.join('\n')}\n` : '';
}

/** [start, end) split at line breaks, without the breaks and without empty pieces. */
function lineFragments(text: string, start: number, end: number): [number, number][] {
  const fragments: [number, number][] = [];
  let from = start;
  for (let i = start; i <= end; i++) {
    const atBreak = i < end && (text.charCodeAt(i) === 10 || text.charCodeAt(i) === 13);
    if (!atBreak && i < end) continue;
    if (i > from) fragments.push([from, i]);
    from = i + 1;
  }
  return fragments.length > 0 ? fragments : [[start, end]];
}

/** UTF-16 offset → code point offset, in O(1) per call after one pass. */
function codePointOffsets(text: string): (offset: number) => number {
  const lowSurrogatesBefore = new Uint32Array(text.length + 1);
  for (let i = 0, count = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0xdc00 && code <= 0xdfff && i > 0 && /[\uD800-\uDBFF]/.test(text[i - 1])) count++;
    lowSurrogatesBefore[i + 1] = count;
  }
  return (offset) => offset - lowSurrogatesBefore[Math.min(Math.max(offset, 0), text.length)];
}
