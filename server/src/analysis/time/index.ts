import type { TextContext } from '../context';
import type { TemporalExpression } from '../model';
import { parseParagraph } from './parser';
import { dayOf, directionOf, resolve } from './resolve';
import { spanContaining } from '../spans';

export { findDeadlines } from './deadlines';

/** Dates, times, durations and sets, resolved against the article date. */
export function findDates(context: TextContext): TemporalExpression[] {
  const { text, paragraphs, cache, documentDate, dateline } = context;
  const dates: TemporalExpression[] = [];
  let anchor: string | null = documentDate;
  for (const paragraph of paragraphs) {
    const paragraphText = text.slice(paragraph.start, paragraph.end);
    for (const raw of cache.get('dates', paragraphText, () => parseParagraph(paragraphText))) {
      const start = paragraph.start + raw.start;
      const end = paragraph.start + raw.end;
      // The dateline's own ISO date is the article date, not something the article reports.
      if (dateline && start >= dateline.start && end <= dateline.end) continue;
      const sentence = spanContaining(paragraph.sentences, start) ?? paragraph;
      const direction = directionOf(text.slice(sentence.start, start), text.slice(end, sentence.end));
      const { type, value, resolution } = resolve(raw, documentDate, direction, anchor);
      dates.push({ start, end, text: raw.text, type, value, resolution, statedWeekday: raw.kind === 'calendar' ? raw.weekday : null });
      anchor = dayOf(value) ?? anchor;
    }
  }
  return dates;
}
