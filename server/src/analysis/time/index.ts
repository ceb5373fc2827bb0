import type { TextContext } from '../context';
import type { Paragraph, TemporalExpression } from '../model';
import { parseParagraph, type RawTemporal } from './parser';
import { dayOf, directionOf, resolve, type Direction, type Resolution } from './resolve';
import { spanContaining } from '../spans';

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
  /**
   * A resolution also depends on the article date and the date before it, which an edit
   * elsewhere seldom changes: the latest one is kept here (a property, not a WeakMap, as this
   * is written for every date of a fresh analysis).
   */
  resolved: { reference: string | null; anchor: string | null; direction: Direction; resolution: Resolution } | null;
}

function paragraphDates(paragraphText: string, paragraph: Paragraph): ParagraphDate[] {
  return parseParagraph(paragraphText).map((raw) => {
    const sentence = spanContaining(paragraph.sentences, paragraph.start + raw.start);
    const sentenceStart = sentence ? sentence.start - paragraph.start : 0;
    const sentenceEnd = sentence ? sentence.end - paragraph.start : paragraphText.length;
    const direction = directionOf(paragraphText.slice(sentenceStart, raw.start), paragraphText.slice(raw.end, sentenceEnd));
    return { raw, start: raw.start, end: raw.end, text: raw.text, sentenceStart, statedWeekday: raw.kind === 'calendar' ? raw.weekday : null, direction, resolved: null };
  });
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

/** Dates, times, durations and sets, resolved against the article date. */
export function findDates(context: TextContext): TemporalExpression[] {
  const { paragraphs, paragraphTexts, cache, documentDate, dateline } = context;
  const dates: TemporalExpression[] = [];
  let anchor: string | null = documentDate;
  for (let i = 0; i < paragraphs.length; i++) {
    const paragraph = paragraphs[i];
    const paragraphText = paragraphTexts[i];
    for (const date of cache.get('dates', paragraphText, () => paragraphDates(paragraphText, paragraph))) {
      const start = paragraph.start + date.start;
      const end = paragraph.start + date.end;
      // The dateline's own ISO date is the article date, not something the article reports.
      if (dateline && start >= dateline.start && end <= dateline.end) continue;
      const direction = directionAfter(date, dates[dates.length - 1], paragraph.start + date.sentenceStart, documentDate);
      const { type, value, resolution } = resolved(date, documentDate, anchor, direction);
      dates.push({ start, end, text: date.text, type, value, resolution, statedWeekday: date.statedWeekday });
      anchor = dayOf(value) ?? anchor;
    }
  }
  return dates;
}
