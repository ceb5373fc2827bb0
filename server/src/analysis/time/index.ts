import type { DeadlineContext, TextContext } from '../context';
import type { Deadline, TemporalExpression } from '../model';

export function findDates(_context: TextContext): TemporalExpression[] {
  return [];
}

export function findDeadlines(_context: DeadlineContext): Deadline[] {
  return [];
}
