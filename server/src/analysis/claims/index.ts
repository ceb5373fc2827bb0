import type { ActorContext } from '../context';
import type { Claim } from '../model';

export function findClaims(_context: ActorContext): Claim[] {
  return [];
}
