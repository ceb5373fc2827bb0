// PLACEHOLDER until the lexicon lands.
export const TITLE_WORDS: ReadonlySet<string> = new Set('President Chancellor Minister Prime Foreign Sen. Dr. Mr. Mrs. Ms. Judge'.split(' '));
export const ROLE_NOUNS: ReadonlySet<string> = new Set('spokesman spokeswoman secretary adviser envoy aide ambassador executive'.split(' '));
export const ROLE_MODIFIERS: ReadonlySet<string> = new Set('former deputy press party chief senior'.split(' '));
