import { WEEKDAY_NAMES, weekdayOf } from '../time/calendar';
import { dayOf } from '../time/resolve';
import type { Rule, RuleFinding } from './rule';

export const weekdayMismatch: Rule = {
  id: 'weekday-mismatch',
  defaultSeverity: 'error',
  description: 'A weekday and a calendar date that disagree (“Friday, Aug. 12, 2025”).',
  check({ model }) {
    const findings: RuleFinding[] = [];
    for (const date of model.dates) {
      // Most dates state no weekday: asked first, it spares reading their day.
      if (date.statedWeekday === null) continue;
      const day = dayOf(date.value);
      if (day === null || weekdayOf(day) === date.statedWeekday) continue;
      const actual = WEEKDAY_NAMES[weekdayOf(day)];
      findings.push({
        start: date.start,
        end: date.end,
        message: `${day} is a ${actual}, not a ${WEEKDAY_NAMES[date.statedWeekday]}.`,
        fixes: [],
      });
    }
    return findings;
  },
};
