import type { ArticleModel, Deadline, TemporalExpression } from '../../analysis/model';
import { actorById } from '../../analysis/query';
import { addDays, daysBetween, WEEKDAY_NAMES, weekdayOf } from '../../analysis/time/calendar';
import { dayOf } from '../../analysis/time/resolve';

/** "3 days before the article date", "the article date". */
export function distanceFromArticle(model: ArticleModel, day: string): string | null {
  if (!model.documentDate) return null;
  const days = daysBetween(model.documentDate, day);
  if (days === 0) return 'the article date';
  return `${Math.abs(days)} day${Math.abs(days) === 1 ? '' : 's'} ${days < 0 ? 'before' : 'after'} the article date`;
}

export function describeDate(model: ArticleModel, date: TemporalExpression): string {
  const lines = [`**${date.text}** · ${date.type.toLowerCase()}`];
  lines.push(`Value: \`${date.value ?? 'unresolved'}\``);
  const day = dayOf(date.value);
  if (day) {
    const distance = distanceFromArticle(model, day);
    lines.push(`${WEEKDAY_NAMES[weekdayOf(day)]}, ${day}${distance ? ` · ${distance}` : ''}`);
  }
  lines.push(`Resolved as ${date.resolution}.`);
  return lines.join('\n\n');
}

export function describeDeadline(model: ArticleModel, deadline: Deadline): string {
  const lines = [`**Deadline** · due \`${deadline.due ?? 'unknown'}\``];
  const day = dayOf(deadline.due);
  if (day && model.documentDate) {
    const left = daysBetween(model.documentDate, day);
    lines.push(left >= 0 ? `${left} day${left === 1 ? '' : 's'} left after the article date (${WEEKDAY_NAMES[weekdayOf(day)]})` : `Passed ${-left} day${left === -1 ? '' : 's'} before the article date`);
  }
  // A window ("gave the union 30 days") rarely says when it opens; the article date is a guess worth showing.
  const windowDays = /^P(\d+)D$/.exec(deadline.due ?? '');
  if (windowDays && model.documentDate) {
    const end = addDays(model.documentDate, Number(windowDays[1]));
    lines.push(`Counted from the article date, ends ${WEEKDAY_NAMES[weekdayOf(end)]}, ${end}`);
  }
  const setter = actorById(model, deadline.setBy);
  const target = actorById(model, deadline.imposedOn);
  if (setter) lines.push(`Set by ${setter.name}`);
  if (target) lines.push(`On ${target.name}`);
  if (deadline.action) lines.push(`To ${deadline.action}`);
  if (deadline.replaces !== null) lines.push(`Moves the earlier deadline “${model.deadlines[deadline.replaces].text}”`);
  return lines.join('\n\n');
}
