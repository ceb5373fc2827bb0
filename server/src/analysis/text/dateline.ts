import type { Dateline, Span } from '../model';
import { monthNumber } from '../lexicon/common-words';

// Datelines sit in the first few lines, after any repeated headline junk.
const LINES_SCANNED = 12;

// ` date 2024-03-14 BRUSSELS—The European ...` (the lede runs straight on after the dash).
// Feeds also write unpadded digits (2024-3-4) and full timestamps (2024-03-14T09:30:00Z).
const ISO_DAY = '(\\d{4})-(\\d{1,2})-(\\d{1,2})(?:T[\\d:.]{5,12}(?:Z|[+-]\\d{2}:?\\d{2})?)?';
const WIRE_DATELINE = new RegExp(`^[ \\t]*date[ \\t]+${ISO_DAY}(?![\\w-])[ \\t]*`, 'i');
// `date: 2025-03-14` on a line of its own, as in front matter.
const FRONT_MATTER_DATE = new RegExp(`^[ \\t]*date[ \\t]*:[ \\t]*${ISO_DAY}[ \\t]*$`, 'i');
// `BRUSSELS—`, `SÃO PAULO—`, `WASHINGTON, D.C. —`, `BRUSSELS, March 14 (Reuters) -`: an all-caps place and a dash.
// `LAGOS, Nigeria, March 11 (Reuters) -`: a country and a day may both follow the city.
const WIRE_CITY = /^(\p{Lu}[\p{Lu}.'’-]*(?:[ \t]+\p{Lu}[\p{Lu}.'’-]*)*)(?:,[ \t]*\p{Lu}[\p{L}.]*(?:[ \t]+[\p{Lu}\d][\p{L}\d.]*)*){0,2}(?:[ \t]*\([^)\n]{1,40}\))?[ \t]*(?:—|–|--|-)/u;

// South Asian and some African papers end the city with a colon: `VIJAYAWADA: The Andhra Pradesh government …`.
const COLON_CITY = /^(\p{Lu}[\p{Lu}.'’-]*(?:[ \t]+\p{Lu}[\p{Lu}.'’-]*)*):[ \t]+(?=\p{Lu})/u;
// Labels web copy writes the same way, which are no city.
const COLON_LABELS = new Set(['UPDATE', 'UPDATED', 'BREAKING', 'BREAKING NEWS', 'WATCH', 'RELATED', 'EXCLUSIVE', 'PHOTO', 'PHOTOS', 'VIDEO', 'READ', 'READ MORE', 'ALSO READ', 'NOTE', "EDITOR'S NOTE", 'EDITOR’S NOTE', 'CORRECTION', 'ANALYSIS', 'OPINION', 'LIVE', 'SOURCE', 'SOURCES', 'CREDIT', 'FILE', 'ADVERTISEMENT', 'SPONSORED', 'SUMMARY', 'HIGHLIGHTS', 'TOPICS', 'TAGS', 'LIVE UPDATES', 'LIVE BLOG', 'UPDATES', 'NEWS', 'NEWS ALERT', 'ALERT', 'FACT CHECK', 'FACT-CHECK', 'EXPLAINER', 'INTERVIEW', 'REVIEW', 'EDITORIAL', 'COMMENT', 'PODCAST', 'POLL', 'GALLERY', 'WARNING', 'DISCLAIMER', 'DISCLOSURE']);

// `(Bloomberg) -- Harmattan Air Ltd. sued …`: an agency's credit with no city opens the lede all the same.
const CREDIT_ONLY = /^[ \t]*\(\p{Lu}[\p{L}.&'’ -]{1,38}\)[ \t]*(?:--|—|–|-)[ \t]*/u;

const DAY_ASIDE = /^\([A-Za-z.]{3,10}\)[ \t]*/;

// `Shimla, Jan 14 (PTI) The …`, `Kuala Lumpur, 3 March (Bernama) --`: Indian and Malaysian agencies write the city in title
// case (or in capitals: `NEW DELHI, Aug 20 (PTI) The …`), with no dash after their credit; the day and the bracketed
// agency after the comma make it a dateline.
const CREDIT_MONTH = '(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]{0,6}\\.?';
const CREDIT_CITY_WORD = "\\p{Lu}(?:[\\p{Ll}'’-]+|[\\p{Lu}'’-]+)";
const CREDITED_CITY = new RegExp(
  `^((?:${CREDIT_CITY_WORD}[ \\t]+){0,2}${CREDIT_CITY_WORD}),[ \\t]*(?:${CREDIT_MONTH}[ \\t]*\\d{1,2}|\\d{1,2}[ \\t]+${CREDIT_MONTH})[ \\t]*\\(\\p{Lu}[\\p{L}.&'’ -]{1,38}\\)[ \\t]*(?:--|—|–|-|:)?[ \\t]*`,
  'u',
);

/** True when a line opens as a dateline (` date 2024-03-14 …`) or a front-matter date does: it starts a paragraph of its own. */
export function opensWithDate(line: string): boolean {
  return WIRE_DATELINE.test(line) || FRONT_MATTER_DATE.test(line);
}

/** True when `iso` names a real calendar day. */
export function isValidIsoDate(iso: string): boolean {
  const date = new Date(`${iso}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === iso;
}

/**
 * Finds the dateline or front-matter date near the top of the text. Web copy without either often
 * has a line with only its publication time ("Updated 3:42 PM GMT+1, February 4, 2026"): that gives
 * the date, and a wire city ("STOCKHOLM, Feb 4 (Reuters) -") stays the dateline.
 */
export function findDateline(text: string): Dateline | null {
  const written = writtenDateline(text);
  if (written?.date) return written;
  const timestamp = timestampLine(text);
  if (!timestamp) return written;
  return written ? { ...written, date: timestamp.date, source: 'timestamp' } : { ...timestamp, source: 'timestamp', city: null };
}

/** The first LINES_SCANNED lines that are not blank (a carriage return cut off), where they start and end. */
function* linesNearTop(text: string): Generator<{ line: string; lineStart: number; lineEnd: number }> {
  let lineStart = 0;
  for (let scanned = 0; scanned < LINES_SCANNED && lineStart < text.length; ) {
    const newline = text.indexOf('\n', lineStart);
    const lineEnd = newline === -1 ? text.length : newline;
    const line = text.slice(lineStart, lineEnd).replace(/\r$/, '');
    if (line.trim() !== '') {
      scanned++;
      yield { line, lineStart, lineEnd };
    }
    lineStart = lineEnd + 1;
  }
}

/** The ` date …` dateline, the front-matter date or the wire city nearest the top. */
function writtenDateline(text: string): Dateline | null {
  for (const { line, lineStart, lineEnd } of linesNearTop(text)) {
    const found = parseLine(line, lineStart);
    if (found) return found.city || found.end < lineStart + line.trimEnd().length ? found : withCityOnNextLine(found, text, lineEnd + 1);
    const wire = wireCity(line, lineStart);
    if (wire) return { start: lineStart, end: wire.end, date: null, source: 'dateline', city: wire.city };
    const credit = CREDIT_ONLY.exec(line);
    if (credit) return { start: lineStart, end: lineStart + credit[0].length, date: null, source: 'dateline', city: null };
  }
  return null;
}

// A line with only a publication time: "Updated 3:42 PM GMT+1, February 4, 2026", "Published Feb. 4, 2026 at
// 9:30 a.m. ET", "Tuesday, 4 February 2026 15:42 CET", "Published: Thu 5 Mar 2026 18.02 GMT", "Posted: 2026-02-04 09:30".
const MONTH_NAME = 'jan(?:uary|\\.)?|feb(?:ruary|\\.)?|mar(?:ch|\\.)?|apr(?:il|\\.)?|may|june?|july?|aug(?:ust|\\.)?|sep(?:t(?:ember)?)?\\.?|oct(?:ober|\\.)?|nov(?:ember|\\.)?|dec(?:ember|\\.)?';
const CLOCK = '\\d{1,2}[:.]\\d{2}(?:[:.]\\d{2})?(?:\\s*[ap]\\.?m\\.?)?(?:\\s*\\(?[a-z]{2,5}(?:\\s*[+-]\\s*\\d{1,2}(?::?\\d{2})?)?\\)?)?';
const CALENDAR_DAY = `(?:(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)\\.?),?\\s+)?(?:(?<month>${MONTH_NAME})\\s+(?<day>\\d{1,2})(?:st|nd|rd|th)?,?\\s+(?<year>\\d{4})|(?<dayFirst>\\d{1,2})\\s+(?<monthSecond>${MONTH_NAME})\\s+(?<yearSecond>\\d{4})|(?<isoYear>\\d{4})-(?<isoMonth>\\d{1,2})-(?<isoDay>\\d{1,2}))`;
const TIMESTAMP_SEPARATOR = '(?:\\s*[,|·•–—-]\\s*|\\s+at\\s+|\\s+)';
// The day may come before the clock or after it; its parts are read by CALENDAR_DAY_PARTS (a name may name one group only).
const UNNAMED_CALENDAR_DAY = CALENDAR_DAY.replace(/\?<\w+>/g, '');
const TIMESTAMP = `(?:(?:first\\s+|last\\s+)?(?:updated|published|posted|modified)(?:\\s+on)?:?\\s*)?(?:${UNNAMED_CALENDAR_DAY}(?:${TIMESTAMP_SEPARATOR}${CLOCK})?|${CLOCK}${TIMESTAMP_SEPARATOR}${UNNAMED_CALENDAR_DAY})`;
// "Published: 12 February 2025 | Last updated: 13 February 2025 08:12 GMT": the first is the article's date.
const TIMESTAMP_LINE = new RegExp(`^${TIMESTAMP}(?:\\s*[|·•]\\s*${TIMESTAMP})?$`, 'i');
const CALENDAR_DAY_PARTS = new RegExp(CALENDAR_DAY, 'i');
// Web pages often print the byline and the publication time on one line, split by a bar, a dot or a slash:
// "By Ana Ruiz and Li Wei | Published March 14, 2024 at 9:41 a.m. EDT", "By: Ana Ruiz - Reporter / 05:12 AM March 14, 2024".
const BYLINE_BEFORE_TIMESTAMP = /^by:?\s[^|·•/\n]{1,80}?\s[|·•/]\s*/i;

// "Published: November 24, 2026, 10:42 PM IST | Updated: November 25, 2026, 08:15 AM IST" runs to 88.
const TIMESTAMP_LINE_LENGTH = 120;

/** The first line near the top that holds only a publication time and a real calendar day (perhaps after a byline). */
function timestampLine(text: string): (Span & { date: string }) | null {
  for (const { line: untrimmed, lineStart } of linesNearTop(text)) {
    const trimmed = untrimmed.trim();
    const line = trimmed.slice(BYLINE_BEFORE_TIMESTAMP.exec(trimmed)?.[0].length ?? 0);
    const date = line.length <= TIMESTAMP_LINE_LENGTH && TIMESTAMP_LINE.test(line) ? timestampDate(CALENDAR_DAY_PARTS.exec(line)) : null;
    if (date) {
      const start = text.indexOf(line, lineStart);
      return { start, end: start + line.length, date };
    }
  }
  return null;
}

function timestampDate(match: RegExpExecArray | null): string | null {
  const parts = match?.groups;
  if (!parts) return null;
  const monthName = parts.month ?? parts.monthSecond;
  const month = monthName ? String(monthNumber(monthName)) : parts.isoMonth;
  return calendarDay(parts.year ?? parts.yearSecond ?? parts.isoYear, month, parts.day ?? parts.dayFirst ?? parts.isoDay);
}

/** The ISO day of a date match (year, month, day groups), or null when it is no calendar day. */
function isoDay(match: RegExpExecArray | null): string | null {
  return match ? calendarDay(match[1], match[2], match[3]) : null;
}

/** The ISO day of a year, a month and a day written in digits (month and day perhaps unpadded), or null when it is no calendar day. */
function calendarDay(year: string, month: string, day: string): string | null {
  const iso = `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
  return isValidIsoDate(iso) ? iso : null;
}

function parseLine(line: string, lineStart: number): Dateline | null {
  const frontMatterDate = isoDay(FRONT_MATTER_DATE.exec(line));
  if (frontMatterDate) return { start: lineStart, end: lineStart + line.length, date: frontMatterDate, source: 'front-matter', city: null };
  const wire = WIRE_DATELINE.exec(line);
  const date = isoDay(wire);
  if (!wire || !date) return null;
  const afterDate = lineStart + wire[0].length;
  // " date 2025-10-01 (Wednesday) LONDON (Reuters) -": a weekday in brackets may stand between the date and the city.
  const aside = DAY_ASIDE.exec(line.slice(wire[0].length))?.[0].length ?? 0;
  const city = wireCity(line.slice(wire[0].length + aside), afterDate + aside);
  return { start: lineStart, end: city ? city.end : afterDate, date, source: 'dateline', city: city?.city ?? null };
}

/** A date alone on its line may have the wire city starting the next one: `date 2024-03-14` / `BRUSSELS — The …`. */
function withCityOnNextLine(dateline: Dateline, text: string, nextLineStart: number): Dateline {
  if (dateline.source !== 'dateline') return dateline;
  const lineEnd = text.indexOf('\n', nextLineStart);
  const city = wireCity(text.slice(nextLineStart, lineEnd === -1 ? text.length : lineEnd), nextLineStart);
  return city ? { ...dateline, end: city.end, city: city.city } : dateline;
}

/** An all-caps wire city at the start of `line`: the city name, and where the dash (or colon) ends. */
function wireCity(line: string, offset: number): { city: NonNullable<Dateline['city']>; end: number } | null {
  const match = WIRE_CITY.exec(line) ?? COLON_CITY.exec(line);
  if (!match) return creditedCity(line, offset);
  const name = match[1].trimEnd();
  if (COLON_LABELS.has(name)) return null;
  // "A" or "I" followed by a dash is prose, not a city.
  if (name.replace(/[^\p{Lu}]/gu, '').length < 3) return null;
  return { city: { start: offset, end: offset + name.length, text: name }, end: offset + match[0].length };
}

/** A title-case city before a day and an agency's credit at the start of `line` (CREDITED_CITY). */
function creditedCity(line: string, offset: number): { city: NonNullable<Dateline['city']>; end: number } | null {
  const match = CREDITED_CITY.exec(line);
  if (!match) return null;
  const name = match[1];
  return { city: { start: offset, end: offset + name.length, text: name }, end: offset + match[0].length };
}
