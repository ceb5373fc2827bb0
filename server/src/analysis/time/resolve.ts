import type { TimexType } from '../model';
import { addDays, daysBetween, isoWeek, monthDayFrom, monthFrom, pad, weekdayFrom, weekdayOf } from './calendar';
import type { RawTemporal } from './parser';

export type Direction = 'past' | 'future';

// Words that put the time a sentence speaks of ahead of the article date.
const FUTURE_CUES = /\b(?:will|won['’]t|shall|would|until|till|no later than|deadline|due|expires?|expiring|scheduled|upcoming|coming|next|ahead of|from now|(?:meets|opens|begins|starts|resumes|reconvenes|convenes|votes|arrives|travels|visits|returns|takes effect|kicks off)|(?:set|plans?|planning|expected|prepared|ready|poised|going|likely|aims?|intends?|hopes?|wants?|agreed|is|are)\s+to)\b/i;
// Words right before the expression that put it in the past.
const PAST_BEFORE = /\b(?:since|last|earlier|ago)\s+(?:the\s+)?$/i;
// Words right before the expression that make it a due date.
const DEADLINE_BEFORE = /\b(?:by|until|till|before|no later than|on or before|deadline(?:\s+(?:of|to|on|for))?|to)\s+(?:this\s+|next\s+|the\s+)?$/i;

/**
 * Past-tense narration looks back; future or deadline context looks ahead. Only the clause
 * around the expression counts: "said on Thursday that talks will resume" looks back.
 */
export function directionOf(before: string, after: string): Direction {
  if (DEADLINE_BEFORE.test(before)) return 'future';
  if (PAST_BEFORE.test(before)) return 'past';
  const clauseStart = Math.max(before.lastIndexOf(','), before.lastIndexOf(';'), before.lastIndexOf(' that '), before.lastIndexOf('—'));
  const clauseEnd = after.search(/[,;—]|\bthat\b/);
  const clause = before.slice(clauseStart + 1) + ' ' + (clauseEnd < 0 ? after : after.slice(0, clauseEnd));
  return FUTURE_CUES.test(clause) ? 'future' : 'past';
}

export interface Resolution {
  type: TimexType;
  value: string | null;
  resolution: string;
}

const TIME = (hour: number | null, minute: number | null) => (hour === null ? '' : `T${pad(hour)}:${pad(minute ?? 0)}`);
const PARTS_OF_DAY: [RegExp, string][] = [[/\bmorning\b/i, 'TMO'], [/\bafternoon\b/i, 'TAF'], [/\bevening\b/i, 'TEV'], [/\b(?:night|tonight)\b/i, 'TNI']];

/** "Tuesday evening": TIMEX3 writes the part of the day when no clock time is given. */
function partOfDay(text: string): string | null {
  return PARTS_OF_DAY.find(([pattern]) => pattern.test(text))?.[1] ?? null;
}

/**
 * The TIMEX3 type and value of a raw expression, given the article date, the direction of the
 * sentence and the latest date resolved before it (the anchor of "three days later").
 */
export function resolve(raw: RawTemporal, reference: string | null, direction: Direction, anchor: string | null): Resolution {
  const relativeTo = reference ? 'the article date' : 'nothing: the article has no date';
  switch (raw.kind) {
    case 'calendar': {
      const type: TimexType = raw.hour === null ? 'DATE' : 'TIME';
      if (raw.day === null) {
        if (raw.year !== null) return { type, value: `${raw.year}-${pad(raw.month)}`, resolution: 'month and year as written' };
        return reference
          ? { type, value: monthFrom(reference, raw.month, direction), resolution: `the ${direction === 'past' ? 'latest such month on or before' : 'next such month on or after'} ${relativeTo}` }
          : { type, value: `XXXX-${pad(raw.month)}`, resolution: 'month without a year, and no article date' };
      }
      if (raw.year !== null) return { type, value: `${raw.year}-${pad(raw.month)}-${pad(raw.day)}${TIME(raw.hour, raw.minute)}`, resolution: 'a full date as written' };
      if (!reference) return { type, value: `XXXX-${pad(raw.month)}-${pad(raw.day)}${TIME(raw.hour, raw.minute)}`, resolution: 'month and day without a year, and no article date' };
      const value = direction === 'future' ? monthDayFrom(reference, raw.month, raw.day, 'future') : nearestMonthDay(reference, raw.month, raw.day);
      return { type, value: value + TIME(raw.hour, raw.minute), resolution: direction === 'future' ? 'the next such day on or after the article date' : 'the year that puts it nearest the article date' };
    }
    case 'weekday': {
      if (!reference) return { type: 'DATE', value: null, resolution: 'a weekday, and no article date to count from' };
      const shifted = raw.shift === 'next' ? 'future' : raw.shift === 'last' ? 'past' : direction;
      const value = weekdayFrom(reference, raw.weekday, shifted, raw.shift === 'next' || raw.shift === 'last');
      const how = shifted === 'past' ? 'the latest such day on or before' : 'the next such day on or after';
      const part = partOfDay(raw.text);
      const time = part ?? (raw.hour === null ? '' : TIME(raw.hour, null));
      return { type: time ? 'TIME' : 'DATE', value: value + time, resolution: `${how} the article date (${shifted === 'past' ? 'past' : 'future'} context)` };
    }
    case 'relative': {
      const base = raw.anchored ? anchor : reference;
      if (!base) return { type: 'DATE', value: null, resolution: raw.anchored ? 'relative to an earlier date the text does not give' : 'relative, and no article date' };
      return { type: 'DATE', value: addDays(base, raw.days), resolution: raw.anchored ? `counted from the date before it (${base})` : `counted from ${relativeTo}` };
    }
    case 'week':
      if (!reference) return { type: 'DATE', value: null, resolution: 'a week relative to no article date' };
      return { type: 'DATE', value: isoWeek(addDays(reference, 7 * raw.offset)), resolution: `the ISO week ${['before', 'of', 'after'][raw.offset + 1]} the article date` };
    case 'unit': {
      if (!reference) return { type: 'DATE', value: null, resolution: `a ${raw.unit} relative to no article date` };
      const year = Number(reference.slice(0, 4));
      if (raw.unit === 'year') return { type: 'DATE', value: String(year + raw.offset), resolution: `the year ${['before', 'of', 'after'][raw.offset + 1]} the article date` };
      const month = Number(reference.slice(5, 7)) - 1 + raw.offset;
      const date = new Date(Date.UTC(year, month, 1));
      return { type: 'DATE', value: `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}`, resolution: 'the month relative to the article date' };
    }
    case 'duration':
      return { type: 'DURATION', value: raw.value, resolution: 'a length of time' };
    case 'year':
      return { type: 'DATE', value: String(raw.year), resolution: 'a year as written' };
    case 'season': {
      const year = raw.year ?? (reference ? Number(reference.slice(0, 4)) + raw.offset : null);
      return { type: 'DATE', value: year === null ? null : `${year}-${raw.season}`, resolution: raw.year ? 'a season as written' : 'a season relative to the article date' };
    }
    case 'decade':
      return { type: 'DATE', value: raw.value, resolution: 'a decade' };
    case 'quarter':
      return { type: 'DATE', value: raw.value, resolution: 'a quarter of a year as written' };
    case 'set':
      return { type: 'SET', value: raw.value, resolution: 'a repeating time' };
    case 'time':
      return reference
        ? { type: 'TIME', value: `${reference}${TIME(raw.hour, raw.minute)}`, resolution: 'a time of day on the article date' }
        : { type: 'TIME', value: null, resolution: 'a time of day, and no article date' };
  }
}

/** A month and day without a year, in whichever year puts it nearest the reference date. */
function nearestMonthDay(reference: string, month: number, day: number): string {
  const year = Number(reference.slice(0, 4));
  const candidates = [year - 1, year, year + 1].map((y) => `${y}-${pad(month)}-${pad(day)}`);
  return candidates.reduce((best, c) => (Math.abs(daysBetween(reference, c)) < Math.abs(daysBetween(reference, best)) ? c : best));
}

/** The day a resolved value names, when it names one. */
export function dayOf(value: string | null): string | null {
  return value && /^\d{4}-\d{2}-\d{2}/.test(value) ? value.slice(0, 10) : null;
}

export function weekdayMatches(raw: RawTemporal, value: string | null): boolean {
  if (raw.kind !== 'calendar' || raw.weekday === null) return true;
  const day = dayOf(value);
  return day === null || weekdayOf(day) === raw.weekday;
}
