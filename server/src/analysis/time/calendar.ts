// Calendar arithmetic on ISO dates (UTC, no clocks): the TIMEX3 values the resolver writes.
import { memoizeByString } from '../memo';

const DAY_MS = 86_400_000;

// Parsing the date string was much of the cost of resolving a date, and the same few days (the
// article's first) come back for every date.
const midnightMs = memoizeByString((iso) => new Date(`${iso}T00:00:00Z`).getTime());

export function parseIso(iso: string): Date {
  return new Date(midnightMs(iso));
}

export function toIso(date: Date): string {
  const year = date.getUTCFullYear();
  // Written by hand (toISOString is several times slower) for the four-digit years it writes so.
  if (!(year >= 0 && year <= 9999)) return date.toISOString().slice(0, 10);
  return `${String(year).padStart(4, '0')}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
}

export function addDays(iso: string, days: number): string {
  return toIso(new Date(parseIso(iso).getTime() + days * DAY_MS));
}

export function daysBetween(from: string, to: string): number {
  return Math.round((parseIso(to).getTime() - parseIso(from).getTime()) / DAY_MS);
}

/** Whole calendar months from one ISO month (or day) to another: "2025-09" to "2025-11" is 2. */
export function monthsBetween(from: string, to: string): number {
  return (Number(to.slice(0, 4)) - Number(from.slice(0, 4))) * 12 + Number(to.slice(5, 7)) - Number(from.slice(5, 7));
}

/** 0 = Sunday … 6 = Saturday. */
export function weekdayOf(iso: string): number {
  return parseIso(iso).getUTCDay();
}

export const WEEKDAY_NAMES = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

/** TIMEX3's parts of the day: "Tuesday evening" is …TEV, "every morning" XXXX-XX-XXTMO. */
export const PART_OF_DAY_CODES: Record<string, string> = { morning: 'MO', afternoon: 'AF', evening: 'EV', night: 'NI' };

/** ISO 8601 week: `2025-W33`. */
export function isoWeek(iso: string): string {
  const date = parseIso(iso);
  const thursday = new Date(date.getTime() + (3 - ((date.getUTCDay() + 6) % 7)) * DAY_MS);
  const yearStart = Date.UTC(thursday.getUTCFullYear(), 0, 1);
  const week = Math.floor((thursday.getTime() - yearStart) / DAY_MS / 7) + 1;
  return `${thursday.getUTCFullYear()}-W${String(week).padStart(2, '0')}`;
}

export function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/** The weekday `day` (0-6) nearest `reference` in the given direction; `strict` excludes the reference day itself. */
export function weekdayFrom(reference: string, day: number, direction: 'past' | 'future', strict = false): string {
  const today = weekdayOf(reference);
  let offset = direction === 'future' ? (day - today + 7) % 7 : -((today - day + 7) % 7);
  if (strict && offset === 0) offset = direction === 'future' ? 7 : -7;
  return addDays(reference, offset);
}

/** "next Thursday": the weekday `day` (0-6) of the week (Monday to Sunday) after the one holding `reference`. */
export function weekdayOfNextWeek(reference: string, day: number): string {
  const monday = addDays(reference, -((weekdayOf(reference) + 6) % 7));
  return addDays(monday, 7 + ((day + 6) % 7));
}

/** A month and day placed in the year that the direction of time says. */
export function monthDayFrom(reference: string, month: number, day: number, direction: 'past' | 'future'): string {
  const year = Number(reference.slice(0, 4));
  const sameYear = `${year}-${pad(month)}-${pad(day)}`;
  if (direction === 'past') return sameYear <= reference ? sameYear : `${year - 1}-${pad(month)}-${pad(day)}`;
  return sameYear >= reference ? sameYear : `${year + 1}-${pad(month)}-${pad(day)}`;
}

export function monthFrom(reference: string, month: number, direction: 'past' | 'future'): string {
  const year = Number(reference.slice(0, 4));
  const referenceMonth = Number(reference.slice(5, 7));
  if (direction === 'past') return `${month <= referenceMonth ? year : year - 1}-${pad(month)}`;
  return `${month >= referenceMonth ? year : year + 1}-${pad(month)}`;
}
