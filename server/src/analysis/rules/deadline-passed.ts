import { dayOf } from '../time/resolve';
import { daysBetween } from '../time/calendar';
import type { Rule } from './rule';

export const deadlinePassed: Rule = {
  id: 'deadline-passed',
  defaultSeverity: 'information',
  description: 'A deadline due before the article’s date.',
  check({ model }) {
    const articleDate = model.documentDate;
    if (!articleDate) return [];
    return model.deadlines.flatMap((deadline) => {
      const due = dayOf(deadline.due);
      if (!due || due >= articleDate) return [];
      const days = daysBetween(due, articleDate);
      return [{ start: deadline.start, end: deadline.end, message: `This deadline (${due}) passed ${days} day${days === 1 ? '' : 's'} before the article date.`, fixes: [] }];
    });
  },
};
