// PLACEHOLDER until the lexicon lands.
export const ORGANIZATION_HEADS: ReadonlySet<string> = new Set('Ministry Commission Council Union Bank Party'.split(' '));
export const GOVERNMENT_METONYMS: ReadonlySet<string> = new Set(['White House', 'Kremlin', 'Downing Street']);
export const AGENT_NOUNS: ReadonlySet<string> = new Set('ministry commission council'.split(' '));
