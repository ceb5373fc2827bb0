import type { TextContext } from '../context';
import type { Actor } from '../model';

export function findActors(_context: TextContext): Actor[] {
  return [];
}
