import type { Dateline } from '../model';

// Datelines sit in the first few lines, after any repeated headline junk.
const LINES_SCANNED = 12;

// ` date 2024-03-14 BRUSSELS—The European ...` (the lede runs straight on after the dash).
const WIRE_DATELINE = /^[ \t]*date[ \t]+(\d{4}-\d{2}-\d{2})\b[ \t]*/i;
// `date: 2025-03-14` on a line of its own, as in front matter.
const FRONT_MATTER_DATE = /^[ \t]*date[ \t]*:[ \t]*(\d{4}-\d{2}-\d{2})[ \t]*$/i;
// `BRUSSELS—`, `WASHINGTON, D.C. —`, `KYIV (Reuters) -`: an all-caps place and a dash.
const WIRE_CITY = /^([A-Z][A-Z.'’-]*(?:[ \t]+[A-Z][A-Z.'’-]*)*)(?:,[ \t]*[A-Z][A-Za-z.]*(?:[ \t]+[A-Z][A-Za-z.]*)*)?(?:[ \t]*\([^)\n]{1,40}\))?[ \t]*(?:—|–|--|-)/;

/** True when `iso` names a real calendar day. */
export function isValidIsoDate(iso: string): boolean {
  const date = new Date(`${iso}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === iso;
}

/** Finds the dateline or front-matter date near the top of the text. */
export function findDateline(text: string): Dateline | null {
  let lineStart = 0;
  for (let scanned = 0; scanned < LINES_SCANNED && lineStart < text.length; ) {
    const newline = text.indexOf('\n', lineStart);
    const lineEnd = newline === -1 ? text.length : newline;
    const line = text.slice(lineStart, lineEnd).replace(/\r$/, '');
    if (line.trim() !== '') {
      scanned++;
      const found = parseLine(line, lineStart);
      if (found) return found;
      const wire = wireCity(line, lineStart);
      if (wire) return { start: lineStart, end: wire.end, date: null, source: 'dateline', city: wire.city };
    }
    lineStart = lineEnd + 1;
  }
  return null;
}

function parseLine(line: string, lineStart: number): Dateline | null {
  const frontMatter = FRONT_MATTER_DATE.exec(line);
  if (frontMatter && isValidIsoDate(frontMatter[1])) {
    return { start: lineStart, end: lineStart + line.length, date: frontMatter[1], source: 'front-matter', city: null };
  }
  const wire = WIRE_DATELINE.exec(line);
  if (!wire || !isValidIsoDate(wire[1])) return null;
  const afterDate = lineStart + wire[0].length;
  const city = wireCity(line.slice(wire[0].length), afterDate);
  return { start: lineStart, end: city ? city.end : afterDate, date: wire[1], source: 'dateline', city: city?.city ?? null };
}

/** An all-caps wire city at the start of `line`: the city name, and where the dash ends. */
function wireCity(line: string, offset: number): { city: NonNullable<Dateline['city']>; end: number } | null {
  const match = WIRE_CITY.exec(line);
  if (!match) return null;
  const name = match[1].trimEnd();
  // "A" or "I" followed by a dash is prose, not a city.
  if (name.replace(/[^A-Z]/g, '').length < 3) return null;
  return { city: { start: offset, end: offset + name.length, text: name }, end: offset + match[0].length };
}
