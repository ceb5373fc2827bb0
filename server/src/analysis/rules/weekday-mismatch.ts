import { WEEKDAY_NAMES, weekdayOf } from '../time/calendar';
import { dayOf } from '../time/resolve';
import type { Rule } from './rule';

export const weekdayMismatch: Rule = {
  id: 'weekday-mismatch',
  defaultSeverity: 'error',
  description: 'A weekday and a calendar date that disagree (“Friday, Aug. 12, 2025”).',
  check({ model }) {
    return model.dates.flatMap((date) => {
      const day = dayOf(date.value);
      if (date.statedWeekday === null || day === null || weekdayOf(day) === date.statedWeekday) return [];
      const actual = WEEKDAY_NAMES[weekdayOf(day)];
      return [{
        start: date.start,
        end: date.end,
        message: `${day} is a ${actual}, not a ${WEEKDAY_NAMES[date.statedWeekday]}.`,
        fixes: [],
      }];
    });
  },
};
