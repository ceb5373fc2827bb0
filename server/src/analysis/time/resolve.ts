import type { TimexType } from '../model';
import { addDays, isoWeek, monthDayFrom, monthFrom, pad, weekdayFrom, weekdayOf } from './calendar';
import type { RawTemporal } from './parser';

export type Direction = 'past' | 'future';

// Words that put the time a sentence speaks of ahead of the article date.
const FUTURE_CUES = /\b(?:will|won['’]t|shall|would|by|until|till|before|no later than|deadline|due|expires?|expiring|scheduled|set to|plans? to|expected to|is to|are to|upcoming|coming|next|ahead of|from now)\b/i;
// Words right before the expression that make it a due date.
const DEADLINE_BEFORE = /\b(?:by|until|till|before|no later than|on or before|deadline(?:\s+(?:of|to|on|for))?|to)\s+(?:this\s+|next\s+|the\s+)?$/i;

/** Past-tense narration looks back; future or deadline context looks ahead. */
export function directionOf(sentenceBefore: string, sentence: string): Direction {
  if (DEADLINE_BEFORE.test(sentenceBefore)) return 'future';
  return FUTURE_CUES.test(sentence) ? 'future' : 'past';
}

export interface Resolution {
  type: TimexType;
  value: string | null;
  resolution: string;
}

const TIME = (hour: number | null, minute: number | null) => (hour === null ? '' : `T${pad(hour)}:${pad(minute ?? 0)}`);

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
      const value = monthDayFrom(reference, raw.month, raw.day, direction);
      return { type, value: value + TIME(raw.hour, raw.minute), resolution: `the year that puts it ${direction === 'past' ? 'on or before' : 'on or after'} the article date` };
    }
    case 'weekday': {
      if (!reference) return { type: 'DATE', value: null, resolution: 'a weekday, and no article date to count from' };
      const shifted = raw.shift === 'next' ? 'future' : raw.shift === 'last' ? 'past' : direction;
      const value = weekdayFrom(reference, raw.weekday, shifted, raw.shift === 'next' || raw.shift === 'last');
      const how = shifted === 'past' ? 'the latest such day on or before' : 'the next such day on or after';
      return { type: raw.hour === null ? 'DATE' : 'TIME', value: value + TIME(raw.hour, null), resolution: `${how} the article date (${shifted === 'past' ? 'past' : 'future'} context)` };
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
    case 'set':
      return { type: 'SET', value: raw.value, resolution: 'a repeating time' };
    case 'time':
      return reference
        ? { type: 'TIME', value: `${reference}${TIME(raw.hour, raw.minute)}`, resolution: 'a time of day on the article date' }
        : { type: 'TIME', value: null, resolution: 'a time of day, and no article date' };
  }
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
