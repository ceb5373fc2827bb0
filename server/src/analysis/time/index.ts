import type { TextContext } from '../context';
import type { Paragraph, Span, TemporalExpression } from '../model';
import { parseParagraph, type RawTemporal } from './parser';
import { anchorOf, dayOf, directionOf, limitWording, readsDirection, resolve, type Direction, type Resolution } from './resolve';
import { spanContaining } from '../spans';
import { followsThe } from '../text/words';
import { paragraphFacts } from '../text/paragraph-facts';

export { findDeadlines } from './deadlines';

/**
 * A temporal expression of one paragraph with what its sentence says about it: paragraph-local,
 * so cached per paragraph. The fields read on every analysis are copied out of `raw`, whose
 * many shapes make reading them slow.
 */
interface ParagraphDate {
  raw: RawTemporal;
  start: number;
  end: number;
  text: string;
  /** Where its sentence starts in the paragraph. */
  sentenceStart: number;
  statedWeekday: number | null;
  direction: Direction;
  /** A weekday in a headline-like line (read once per paragraph text, for weekdays only). */
  inHeadline: boolean;
  /** A weekday that is a limit ("until Friday", "the Friday deadline"). */
  limit: boolean;
  /**
   * A resolution also depends on the article date and the date before it, which an edit
   * elsewhere seldom changes: the latest one is kept here (a property, not a WeakMap, as this
   * is written for every date of a fresh analysis).
   */
  resolved: { reference: string | null; anchor: string | null; direction: Direction; resolution: Resolution } | null;
}

function paragraphDates(paragraphText: string, paragraph: Paragraph): ParagraphDate[] {
  let headline: boolean | undefined;
  return parseParagraph(paragraphText).flatMap((whole) => {
    const inHeadline = whole.kind === 'weekday' && (headline ??= paragraphFacts(paragraphText).headline);
    const sentence = spanContaining(paragraph.sentences, paragraph.start + whole.start);
    const sentenceStart = sentence ? sentence.start - paragraph.start : 0;
    const sentenceEnd = sentence ? sentence.end - paragraph.start : paragraphText.length;
    const before = paragraphText.slice(sentenceStart, whole.start);
    const after = paragraphText.slice(whole.end, sentenceEnd);
    const read = readsDirection(whole) ? directionOf(before, after) : 'unknown';
    const limit = whole.kind === 'weekday' && limitWording(before, after);
    // "every cargo they have contracted for October": a month something is for, which the tense does not place.
    const direction = read === 'past' && whole.kind === 'calendar' && whole.day === null && FOR_BEFORE.test(before) ? 'unknown' : read;
    return splitClockTime(whole).map((raw) => ({ raw, start: raw.start, end: raw.end, text: raw.text, sentenceStart, statedWeekday: raw.kind === 'calendar' ? raw.weekday : null, direction, inHeadline, limit, resolved: null }));
  });
}

// "for October", "for October and November".
const FOR_BEFORE = /\bfor\s(?:\p{Lu}\p{Ll}+\s(?:and|or)\s)?$/u;

// A clock time written with a day: "noon", "11 p.m.", "10:30 a.m.", with the zone it is told in ("11:59 p.m. ET").
const CLOCK_TIME = /\b(?:\d{1,2}(?::\d\d)?\s?[ap]\.?m\b\.?|\d{1,2}:\d\d|noon|midnight)(?:\s(?:[ECMP][SD]?T|GMT|UTC|BST|CES?T)\b)?/i;

/**
 * "March 1 at noon", "11 p.m. on Friday": the day and the clock time are two expressions (the
 * day a date, the time on that day), read with the tense of the whole.
 */
function splitClockTime(raw: RawTemporal): RawTemporal[] {
  if ((raw.kind !== 'calendar' && raw.kind !== 'weekday') || raw.hour === null) return [raw];
  const clock = CLOCK_TIME.exec(raw.text);
  if (!clock) return [raw];
  const clockEnd = clock.index + clock[0].length;
  const clockFirst = clock.index === 0;
  const day = withoutJoiners(raw.text, clockFirst ? clockEnd : 0, clockFirst ? raw.text.length : clock.index);
  if (!day) return [raw];
  const timeSpan = { start: raw.start + clock.index, end: raw.start + clockEnd, text: clock[0] };
  const daySpan = { start: raw.start + day.start, end: raw.start + day.end, text: raw.text.slice(day.start, day.end), hour: null, minute: null };
  // The weekday a calendar date states belongs to the day's words, not the clock time's.
  const time: RawTemporal = raw.kind === 'calendar' ? { ...raw, ...timeSpan, weekday: null } : { ...raw, ...timeSpan };
  const date: RawTemporal = { ...raw, ...daySpan };
  return clockFirst ? [time, date] : [date, time];
}

/** The stretch of `text` from `start` to `end` without the commas, spaces, "at" and "on" that join a day to its clock time. */
function withoutJoiners(text: string, start: number, end: number): Span | null {
  let from = start;
  let to = end;
  for (let trimmed = true; trimmed && from < to; ) {
    const head = /^(?:[\s,]|(?:at|on)\b)/i.exec(text.slice(from, to));
    const tail = /(?:[\s,]|\b(?:at|on))$/i.exec(text.slice(from, to));
    from += head?.[0].length ?? 0;
    to -= tail && from < to ? tail[0].length : 0;
    trimmed = head !== null || tail !== null;
  }
  return from < to ? { start: from, end: to } : null;
}

function resolved(date: ParagraphDate, reference: string | null, anchor: string | null, direction: Direction): Resolution {
  const last = date.resolved;
  if (last && last.reference === reference && last.anchor === anchor && last.direction === direction) return last.resolution;
  const resolution = resolve(date.raw, reference, direction, anchor);
  date.resolved = { reference, anchor, direction, resolution };
  return resolution;
}

/**
 * A deadline set in past narration comes after a past day its sentence gives before it (the
 * anchor then): known only here, where the dateline's own date is already left out.
 */
function directionAfter(date: ParagraphDate, earlier: TemporalExpression | undefined, sentenceStart: number, reference: string | null): Direction {
  if (date.direction !== 'set-in-past' || !earlier || earlier.start < sentenceStart) return date.direction;
  const day = dayOf(earlier.value);
  return day && reference && day <= reference ? 'after-earlier' : date.direction;
}

const YEAR_FIRST = /^\d{4}-\d{2}/;
const NOUN_AFTER = /^[\s-]\p{Ll}/u;

/** "the January increase": a date between "the" and a noun it qualifies. */
function namesAThing(paragraphText: string, date: ParagraphDate): boolean {
  return followsThe(paragraphText, date.start) && NOUN_AFTER.test(paragraphText.slice(date.end, date.end + 2));
}

/** Dates, times, durations and sets, resolved against the article date. */
export function findDates(context: TextContext): TemporalExpression[] {
  const { paragraphs, paragraphTexts, cache, documentDate, dateline } = context;
  const dates: TemporalExpression[] = [];
  let anchor: string | null = documentDate;
  // The paragraph that gave the anchor: a clock time alone is on a day only its own paragraph gave.
  let anchorParagraph = -1;
  // The year each month-day without a year of its own ("10-06") was first given, also kept for its month ("10").
  const firstYears = new Map<string, string>();
  // The year each bare month ("January") was last read in.
  const monthsToldOf = new Map<string, string>();
  // The day each weekday (0 Sunday … 6 Saturday) named without "last" or "next" was last read as.
  const namedWeekdays = new Map<number, string>();
  // The same for weekdays named as limits.
  const limitWeekdays = new Map<number, string>();
  // Headline weekdays (where in `dates`, which weekday) and the day each weekday was first read as in the body.
  const headlineWeekdays: [number, number][] = [];
  const bodyWeekdays = new Map<number, string>();
  for (let i = 0; i < paragraphs.length; i++) {
    const paragraph = paragraphs[i];
    const paragraphText = paragraphTexts[i];
    for (const date of cache.get('dates', paragraphText, () => paragraphDates(paragraphText, paragraph))) {
      const start = paragraph.start + date.start;
      const end = paragraph.start + date.end;
      // The dateline's own ISO date is the article date, not something the article reports.
      if (dateline && start >= dateline.start && end <= dateline.end) continue;
      const direction = directionAfter(date, dates[dates.length - 1], paragraph.start + date.sentenceStart, documentDate);
      const dayBefore = date.raw.kind !== 'time' || anchorParagraph === i ? anchor : null;
      let { type, value, resolution } = resolved(date, documentDate, dayBefore, direction);
      if (date.raw.kind === 'calendar' && date.raw.year === null && value !== null && YEAR_FIRST.test(value)) {
        // "backdated to March 4 … results from March 4 onward", "a strike from Oct. 6 … the October strike": named again, the same time.
        const month = value.slice(5, 7);
        const key = date.raw.day === null ? month : value.slice(5, 10);
        // A bare month follows only a month-day before it: "in October … in October" may be two years' Octobers, as the tense says.
        const year = firstYears.get(key);
        if (year !== undefined && year !== value.slice(0, 4)) [value, resolution] = [year + value.slice(4), 'the year of its first mention in the article'];
        if (date.raw.day !== null && year === undefined) firstYears.set(key, value.slice(0, 4));
        if (date.raw.day !== null && !firstYears.has(month)) firstYears.set(month, value.slice(0, 4));
        if (date.raw.day === null) {
          // "a further increase is scheduled for January … said the January increase was": a month
          // naming a thing already told of is the month told of, whatever the tense around it.
          const told = monthsToldOf.get(month);
          if (told !== undefined && told !== value.slice(0, 4) && namesAThing(paragraphText, date)) [value, resolution] = [told + value.slice(4), 'the month the article told of before'];
          monthsToldOf.set(month, value.slice(0, 4));
        }
      }
      if (date.raw.kind === 'weekday' && value !== null && (date.raw.shift === null || date.raw.shift === 'this')) {
        if (date.inHeadline) {
          headlineWeekdays.push([dates.length, date.raw.weekday]);
        } else {
          // "until this Friday … “Friday is when the trust runs out”": with no tense of its own, the Friday named before.
          const day = value.slice(0, 10);
          const named = namedWeekdays.get(date.raw.weekday);
          // "missed the Friday deadline … had given them until Friday": a limit set in past narration is the one told of before.
          const namedLimit = date.limit && direction === 'set-in-past' ? limitWeekdays.get(date.raw.weekday) : undefined;
          if (named !== undefined && named !== day && direction === 'unknown' && date.raw.shift === null) {
            [value, resolution] = [named + value.slice(10), 'the same weekday named before it in the article'];
          } else {
            if (namedLimit !== undefined && namedLimit !== day && date.raw.shift === null) [value, resolution] = [namedLimit + value.slice(10), 'the same limit named before it in the article'];
            namedWeekdays.set(date.raw.weekday, value.slice(0, 10));
          }
          if (date.limit) limitWeekdays.set(date.raw.weekday, value.slice(0, 10));
          if (!bodyWeekdays.has(date.raw.weekday)) bodyWeekdays.set(date.raw.weekday, value.slice(0, 10));
        }
      }
      dates.push({ start, end, text: date.text, type, value, resolution, statedWeekday: date.statedWeekday });
      // The next "three days later" counts from this date: from no day at all after one without
      // a known day ("in 2014, … on a Sunday night; three days later"); a length or a repetition is no date to count from.
      if (type === 'DATE' || type === 'TIME') [anchor, anchorParagraph] = [anchorOf(value), i];
    }
  }
  // "… After Government Lets Sunday Deadline Pass": a headline's present tense tells no time; the
  // story below it does, and a headline's weekday is the one its story tells of.
  for (const [index, weekday] of headlineWeekdays) {
    const day = bodyWeekdays.get(weekday);
    const date = dates[index];
    if (day !== undefined && day !== date.value!.slice(0, 10)) Object.assign(date, { value: day + date.value!.slice(10), resolution: 'the day its story below tells of' });
  }
  return dates;
}
