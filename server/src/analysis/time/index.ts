import type { TextContext } from '../context';
import { paragraphsLeftAlone, type ParagraphCache, type ParagraphLayout } from '../paragraph-cache';
import type { Paragraph, Span, TemporalExpression } from '../model';
import { parseParagraph, type RawTemporal, type StretchCache } from './parser';
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

function paragraphDates(paragraphText: string, paragraph: Paragraph, cache: ParagraphCache): ParagraphDate[] {
  let headline: boolean | undefined;
  const stretchCache: StretchCache = (stretch, read) => cache.get('stretch dates', stretch, read);
  const dates: ParagraphDate[] = [];
  for (const parsed of parseParagraph(paragraphText, { stretchCache })) {
    const whole = withTwelveBefore(parsed, paragraphText);
    const inHeadline = whole.kind === 'weekday' && (headline ??= paragraphFacts(paragraphText).headline);
    const sentence = spanContaining(paragraph.sentences, paragraph.start + whole.start);
    const sentenceStart = sentence ? sentence.start - paragraph.start : 0;
    const sentenceEnd = sentence ? sentence.end - paragraph.start : paragraphText.length;
    const before = paragraphText.slice(sentenceStart, whole.start);
    const after = paragraphText.slice(whole.end, sentenceEnd);
    // "from Dec. 24 through Jan. 2": a range's end date is the next such day after its start (a weekday or a
    // clock time at its end may be on the start's day, and is read as any other).
    const read = whole.rangeEnd && whole.kind === 'calendar' ? 'after-earlier' : readsDirection(whole) ? directionOf(before, after) : 'unknown';
    const limit = whole.kind === 'weekday' && limitWording(before, after);
    const monthAlone = whole.kind === 'calendar' && whole.day === null && whole.year === null;
    // "every cargo they have contracted for October": a month something is for, which the tense does not place;
    // "said a September cut was far from certain": an event yet in doubt, which the past of the telling does not place either.
    const direction = read === 'past' && monthAlone && FOR_BEFORE.test(before) ? 'unknown' : (read === 'past' || read === 'unknown') && monthAlone && isEventInDoubt(before, after) ? 'future' : read;
    for (const raw of splitClockTime(whole)) {
      dates.push({ raw, start: raw.start, end: raw.end, text: raw.text, sentenceStart, statedWeekday: raw.kind === 'calendar' ? raw.weekday : null, direction, inHeadline, limit, resolved: null });
    }
  }
  return dates;
}

// "until 12 noon on Sept. 12", "at 12 midnight": the hour written before the clock word is the time's.
const TWELVE_BEFORE = '12 ';
const CLOCK_WORD = /^(?:noon|midnight)\b/i;

function withTwelveBefore(raw: RawTemporal, paragraphText: string): RawTemporal {
  if (!CLOCK_WORD.test(raw.text) || !paragraphText.startsWith(TWELVE_BEFORE, raw.start - TWELVE_BEFORE.length)) return raw;
  const start = raw.start - TWELVE_BEFORE.length;
  return { ...raw, start, text: paragraphText.slice(start, raw.end) };
}

// "for October", "for October and November".
const FOR_BEFORE = /\bfor\s(?:\p{Lu}\p{Ll}+\s(?:and|or)\s)?$/u;

// "a September cut", "an October strike": a month naming an event with "a", not after a preposition ("in a November referendum" is when).
const EVENT_BEFORE = /(?<!\b(?:in|at|on|during|after|before|since|from|until|by|of)\s)\ban?\s$/i;
const NOUN_AFTER_MONTH = /^\s\p{Ll}/u;
// Words that hold such an event in doubt or in prospect: "was far from certain", "doubted", "priced in", "ruled out", "is planning".
const IN_DOUBT = /\b(?:certain|uncertain|likely|unlikely|possible|possibility|chances?|odds|on the table|off the table|doubt(?:s|ed|ful)?|bets?|betting|priced in|pricing in|rul(?:e|es|ed|ing) out|signall?(?:s|ed|ing)|hint(?:s|ed|ing)?\s+at|float(?:s|ed|ing)|propos(?:e|es|ed|ing)|call(?:s|ed|ing)?\s+for|push(?:es|ed|ing)?\s+for|favou?r(?:s|ed|ing)?|plann(?:ed|ing)|prepar(?:e|es|ed|ing)|threat(?:en|ens|ened|ening)|consider(?:s|ed|ing)?|weigh(?:s|ed|ing)?)\b/i;
// How much of the sentence either side of the month the doubt is read in.
const DOUBT_REACH = 60;

/** "doubted a September cut", "said a March vote was unlikely": a month naming an event still in doubt. */
function isEventInDoubt(before: string, after: string): boolean {
  return EVENT_BEFORE.test(before) && NOUN_AFTER_MONTH.test(after) && IN_DOUBT.test(before.slice(-DOUBT_REACH) + ' ' + after.slice(0, DOUBT_REACH));
}

// A clock time written with a day: "noon", "11 p.m.", "10:30 a.m.", with the zone it is told in
// ("11:59 p.m. ET") and the zone's offset ("3:42 PM GMT+1", "UTC-5", "UTC+05:30"), which is the time's, not the day's.
// British and Indian copy write the minutes after a full stop ("4.30 p.m.").
const CLOCK_TIME = /\b(?:\d{1,2}(?:[:.]\d\d)?\s?[ap]\.?m\b\.?|\d{1,2}:\d\d|(?:12\s)?(?:noon|midnight))(?:\s(?:[ECMP][SD]?T|GMT|UTC|BST|CES?T)(?:[+\u2212-]\d{1,2}(?::?\d\d)?\b|\b))?/i;

/**
 * "11 p.m. on Friday": the day and the clock time are two expressions (the day a date, the time on
 * that day), read with the tense of the whole. A day written first in the same sentence ("a meeting
 * Monday at 5 p.m.", "March 14 at 2 p.m.") is one with its time: the time is its value.
 */
function splitClockTime(raw: RawTemporal): RawTemporal[] {
  if ((raw.kind !== 'calendar' && raw.kind !== 'weekday') || raw.hour === null) return [raw];
  const clock = CLOCK_TIME.exec(raw.text);
  if (!clock) return [raw];
  const clockEnd = clock.index + clock[0].length;
  const clockFirst = clock.index === 0;
  const day = withoutJoiners(raw.text, clockFirst ? clockEnd : 0, clockFirst ? raw.text.length : clock.index);
  if (!day || (!clockFirst && !SENTENCE_END.test(raw.text.slice(0, clock.index)))) return [raw];
  const timeSpan = { start: raw.start + clock.index, end: raw.start + clockEnd, text: clock[0] };
  const daySpan = { start: raw.start + day.start, end: raw.start + day.end, text: raw.text.slice(day.start, day.end), hour: null, minute: null };
  // "ran past midnight. On Monday, …": chrono joins a time to the day that opens the next sentence; the time is not on that day.
  const rest = raw.text.slice(clockEnd);
  const ownSentence = clockFirst && (rest.startsWith('. ') || (clock[0].endsWith('.') && NEXT_SENTENCE_JOINER.test(rest)));
  // The weekday a calendar date states belongs to the day's words, not the clock time's.
  const time: RawTemporal = ownSentence
    ? { kind: 'time', hour: raw.hour, minute: raw.minute ?? 0, ...timeSpan }
    : raw.kind === 'calendar'
      ? { ...raw, ...timeSpan, weekday: null }
      : { ...raw, ...timeSpan };
  const date: RawTemporal = { ...raw, ...daySpan };
  return clockFirst ? [time, date] : [date, time];
}

// A full stop before a capital, not an abbreviation's ("Sept. 3").
const SENTENCE_END = /[.!?]\s+\p{Lu}/u;

// "at 10 p.m. On Monday": a joiner written capitalized after a clock time's full stop opens a sentence.
const NEXT_SENTENCE_JOINER = /^\s+(?:On|At)\s/;

/** The stretch of `text` from `start` to `end` without the commas, spaces, "at" and "on" that join a day to its clock time (and the full stop that ends a sentence before the day). */
function withoutJoiners(text: string, start: number, end: number): Span | null {
  let from = start;
  let to = end;
  for (let trimmed = true; trimmed && from < to; ) {
    const head = /^(?:[\s,.]|(?:at|on)\b)/i.exec(text.slice(from, to));
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
const YEAR_FIRST_DIGITS = /^\d{4}/;
const NOUN_AFTER = /^[\s-]\p{Ll}/u;

/** "the January increase": a date between "the" and a noun it qualifies. */
function namesAThing(paragraphText: string, date: ParagraphDate): boolean {
  return followsThe(paragraphText, date.start) && NOUN_AFTER.test(paragraphText.slice(date.end, date.end + 2));
}

/** What resolving a paragraph's dates carries on to the paragraphs after it. */
interface Carried {
  /** The day the next "three days later" counts from. */
  anchor: string | null;
  /** The year the latest date was in, which the next "the following year" counts from. */
  year: string | null;
  /** The year each month-day without a year of its own ("10-06") was first given, also kept for its month ("10"). */
  firstYears: Map<string, string>;
  /** The year each bare month ("January") was last read in. */
  monthsToldOf: Map<string, string>;
  /** The day each weekday (0 Sunday … 6 Saturday) named without "last" or "next" was last read as. */
  namedWeekdays: Map<number, string>;
  /** The same for weekdays named as limits. */
  limitWeekdays: Map<number, string>;
  /** The day each weekday was first read as in the body. */
  bodyWeekdays: Map<number, string>;
}

function carriedFrom(anchor: string | null): Carried {
  return { anchor, year: anchor && anchor.slice(0, 4), firstYears: new Map(), monthsToldOf: new Map(), namedWeekdays: new Map(), limitWeekdays: new Map(), bodyWeekdays: new Map() };
}

function copyOf(carried: Carried): Carried {
  const { anchor, year, firstYears, monthsToldOf, namedWeekdays, limitWeekdays, bodyWeekdays } = carried;
  return { anchor, year, firstYears: new Map(firstYears), monthsToldOf: new Map(monthsToldOf), namedWeekdays: new Map(namedWeekdays), limitWeekdays: new Map(limitWeekdays), bodyWeekdays: new Map(bodyWeekdays) };
}

function sameCarried(a: Carried, b: Carried): boolean {
  return a.anchor === b.anchor && a.year === b.year && sameEntries(a.firstYears, b.firstYears) && sameEntries(a.monthsToldOf, b.monthsToldOf) && sameEntries(a.namedWeekdays, b.namedWeekdays) && sameEntries(a.limitWeekdays, b.limitWeekdays) && sameEntries(a.bodyWeekdays, b.bodyWeekdays);
}

function sameEntries<K>(a: ReadonlyMap<K, string>, b: ReadonlyMap<K, string>): boolean {
  if (a.size !== b.size) return false;
  for (const [key, value] of a) if (b.get(key) !== value) return false;
  return true;
}

/** What was carried into a paragraph. */
interface Checkpoint {
  paragraph: number;
  carried: Carried;
}

/** A weekday in a headline (where in the dates, which weekday), which takes the day its story tells of. */
type HeadlineWeekday = [index: number, weekday: number];

/**
 * The latest analysis's dates, from which the next one keeps those of the paragraphs an edit left
 * alone: the ones before it as they were, the ones after it moved, when the edited paragraphs
 * carry on what they carried before (they seldom change a date).
 */
interface DatesRun extends ParagraphLayout {
  documentDate: string | null;
  dateline: Span | null;
  /** Before the headline weekdays take their story's days. */
  dates: readonly TemporalExpression[];
  /** Where each paragraph's dates start in `dates`, and then their number. */
  firstDates: readonly number[];
  headlineWeekdays: readonly HeadlineWeekday[];
  /** What was carried into the first paragraph the latest edit changed, and into the first one after it. */
  editStart: Checkpoint | null;
  editEnd: Checkpoint | null;
  /** What was carried past the last paragraph. */
  end: Carried;
}

/** Dates, times, durations and sets, resolved against the article date. */
export function findDates(context: TextContext): TemporalExpression[] {
  const { paragraphs, paragraphTexts, cache, documentDate, dateline } = context;
  const latestRun = cache.kept<DatesRun>('dates');
  const latest = latestRun && latestRun.documentDate === documentDate && sameSpan(latestRun.dateline, dateline) ? latestRun : undefined;
  const count = paragraphs.length;
  const latestCount = latest?.paragraphs.length ?? 0;
  const { leading, trailing } = paragraphsLeftAlone(context, latest);
  // Resumed where the latest edit started, when this one starts there or after it.
  const resumed = latest?.editStart && latest.editStart.paragraph <= leading ? latest.editStart : null;
  const from = resumed?.paragraph ?? 0;
  const dates = resumed ? latest!.dates.slice(0, latest!.firstDates[from]) : [];
  const firstDates = resumed ? latest!.firstDates.slice(0, from) : [];
  const headlineWeekdays = resumed ? latest!.headlineWeekdays.filter(([index]) => index < dates.length) : [];
  let carried = resumed ? copyOf(resumed.carried) : carriedFrom(documentDate);
  let editStart: Checkpoint | null = null;
  let editEnd: Checkpoint | null = null;
  for (let i = from; i < count; i++) {
    if (i === leading) editStart = resumed?.paragraph === i ? resumed : { paragraph: i, carried: copyOf(carried) };
    if (i === count - trailing && latest) {
      editEnd = { paragraph: i, carried: copyOf(carried) };
      const was = i - count + latestCount;
      // The dateline's own date is left out by where it stands: the paragraphs kept lie after it.
      const afterDateline = !dateline || (paragraphs[i].start >= dateline.end && latest.paragraphs[was].start >= dateline.end);
      if (latest.editEnd?.paragraph === was && afterDateline && sameCarried(carried, latest.editEnd.carried)) {
        keepMoved(latest, was, paragraphs.slice(i), dates, firstDates, headlineWeekdays);
        carried = latest.end;
        break;
      }
    }
    firstDates.push(dates.length);
    resolveParagraph(context, i, carried, dates, headlineWeekdays);
  }
  firstDates.push(dates.length);
  cache.keep<DatesRun>('dates', { documentDate, dateline, paragraphs, paragraphTexts, dates, firstDates, headlineWeekdays, editStart, editEnd, end: carried });
  return withHeadlineDays(dates, headlineWeekdays, carried.bodyWeekdays);
}

function sameSpan(a: Span | null, b: Span | null): boolean {
  return a === b || (a !== null && b !== null && a.start === b.start && a.end === b.end);
}

/** The latest run's dates of its paragraphs from `was` on, which are now `paragraphs`, moved to where these stand. */
function keepMoved(latest: DatesRun, was: number, paragraphs: readonly Span[], dates: TemporalExpression[], firstDates: number[], headlineWeekdays: HeadlineWeekday[]): void {
  const shift = dates.length - latest.firstDates[was];
  for (const [index, weekday] of latest.headlineWeekdays) if (index >= latest.firstDates[was]) headlineWeekdays.push([index + shift, weekday]);
  paragraphs.forEach((paragraph, k) => {
    const by = paragraph.start - latest.paragraphs[was + k].start;
    firstDates.push(dates.length);
    for (let d = latest.firstDates[was + k]; d < latest.firstDates[was + k + 1]; d++) {
      const { start, end, text, type, value, resolution, statedWeekday } = latest.dates[d];
      dates.push(by === 0 ? latest.dates[d] : { start: start + by, end: end + by, text, type, value, resolution, statedWeekday });
    }
  });
}

/**
 * "given until March 31 [next year] … sales in the fiscal year that ended in March": a time its own tense places on
 * the other side of the article date is not the one named before (unless it names that thing: "the October strike").
 */
function againstTense(value: string, direction: Direction, documentDate: string | null): boolean {
  if (documentDate === null) return false;
  const sameLength = documentDate.slice(0, value.length);
  return direction === 'past' ? value > sameLength : direction === 'future' ? value < sameLength : false;
}

/** Resolves one paragraph's dates in document order, carrying on what they tell the paragraphs after it. */
function resolveParagraph(context: TextContext, i: number, carried: Carried, dates: TemporalExpression[], headlineWeekdays: HeadlineWeekday[]): void {
  const { paragraphs, paragraphTexts, cache, documentDate, dateline } = context;
  const { firstYears, monthsToldOf, namedWeekdays, limitWeekdays, bodyWeekdays } = carried;
  // A clock time alone is on a day only its own paragraph gave, and "the 21st" is in a month only its own paragraph named.
  let anchorHere = false;
  const paragraph = paragraphs[i];
  const paragraphText = paragraphTexts[i];
  const first = dates.length;
  for (const date of cache.get('dates', paragraphText, () => paragraphDates(paragraphText, paragraph, cache))) {
    const start = paragraph.start + date.start;
    const end = paragraph.start + date.end;
    // The dateline's own ISO date is the article date, not something the article reports.
    if (dateline && start >= dateline.start && end <= dateline.end) continue;
    const direction = directionAfter(date, dates[dates.length - 1], paragraph.start + date.sentenceStart, documentDate);
    const dayBefore = date.raw.kind === 'unit' && date.raw.anchored ? carried.year : (date.raw.kind !== 'time' && date.raw.kind !== 'monthday') || anchorHere ? carried.anchor : null;
    let { type, value, resolution } = resolved(date, documentDate, dayBefore, direction);
    if (date.raw.kind === 'calendar' && date.raw.year === null && value !== null && YEAR_FIRST.test(value)) {
      // "backdated to March 4 … results from March 4 onward", "a strike from Oct. 6 … the October strike": named again, the same time.
      const month = value.slice(5, 7);
      const key = date.raw.day === null ? month : value.slice(5, 10);
      // A bare month follows only a month-day before it: "in October … in October" may be two years' Octobers, as the tense says.
      const year = firstYears.get(key);
      const againstOwnTense = year !== undefined && againstTense(year + value.slice(4), direction, documentDate) && !namesAThing(paragraphText, date);
      if (year !== undefined && year !== value.slice(0, 4) && !againstOwnTense) {
        [value, resolution] = [year + value.slice(4), 'the year of its first mention in the article'];
      }
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
    if (type === 'DATE' || type === 'TIME') {
      carried.anchor = anchorOf(value);
      anchorHere = true;
      if (value !== null && YEAR_FIRST_DIGITS.test(value)) carried.year = value.slice(0, 4);
    }
  }
  placeZonedTimes(dates, first, paragraphText, paragraph.start);
}

// "6 a.m. local time on Sunday", "5 p.m. Eastern time on Nov. 30": the words of a zone between a
// clock time and its day, which chrono does not read as one expression; "1200 GMT on Wednesday", a
// clock time written with its zone, then "on" and the day.
const ZONE_WORDS_THEN_ON = /^\s+(?:local|[A-Z][a-z]+|[A-Z]{2,5})\s+(?:(?:standard|daylight)\s+)?time,?\s+on\s+$/;
const ZONED_TIME = /\s(?:GMT|UTC)$/;
const ON = /^\s+on\s+$/;
// Wire copy gives the time in another zone in brackets: "8 pm (1800 GMT) on Wednesday".
const BRACKET_OPENS = /^\s+\($/;
const BRACKET_CLOSES_THEN_ON = /^\)\s+on\s+$/;

/** A clock time told in a zone's words is on the day written right after them, not the one before. */
function placeZonedTimes(dates: TemporalExpression[], first: number, paragraphText: string, offset: number): void {
  const gap = (a: TemporalExpression, b: TemporalExpression) => paragraphText.slice(a.end - offset, b.start - offset);
  for (let j = first; j + 1 < dates.length; j++) {
    const time = dates[j];
    if (time.type !== 'TIME' || time.value === null) continue;
    let next = dates[j + 1];
    const bracketed = next.type === 'TIME' && j + 2 < dates.length && BRACKET_OPENS.test(gap(time, next)) && BRACKET_CLOSES_THEN_ON.test(gap(next, dates[j + 2]));
    if (bracketed) next = dates[j + 2];
    const day = dayOf(next.value);
    if (day === null) continue;
    if (!bracketed && !ZONE_WORDS_THEN_ON.test(gap(time, next)) && !(ZONED_TIME.test(time.text) && ON.test(gap(time, next)))) continue;
    for (const at of bracketed ? [j, j + 1] : [j]) {
      if (dates[at].value !== null) dates[at] = { ...dates[at], value: day + dates[at].value!.slice(10), resolution: 'a time of day on the day written after its zone' };
    }
  }
}

/**
 * "… After Government Lets Sunday Deadline Pass": a headline's present tense tells no time; the
 * story below it does, and a headline's weekday is the one its story tells of. Kept dates are
 * never changed: the ones that take another day are new.
 */
function withHeadlineDays(dates: TemporalExpression[], headlineWeekdays: readonly HeadlineWeekday[], bodyWeekdays: ReadonlyMap<number, string>): TemporalExpression[] {
  let result = dates;
  for (const [index, weekday] of headlineWeekdays) {
    const day = bodyWeekdays.get(weekday);
    const date = dates[index];
    if (day === undefined || day === date.value!.slice(0, 10)) continue;
    if (result === dates) result = dates.slice();
    result[index] = { ...date, value: day + date.value!.slice(10), resolution: 'the day its story below tells of' };
  }
  return result;
}
