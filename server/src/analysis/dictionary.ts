import type { ActorKind } from './model';

/** The workspace's `.article-lens.json`: actors the user declared, and names that are not actors. */
export interface UserDictionary {
  actors: { name: string; kind: ActorKind; aliases?: string[]; role?: string }[];
  notActors: string[];
}

export const EMPTY_DICTIONARY: UserDictionary = { actors: [], notActors: [] };
