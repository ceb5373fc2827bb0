// PLACEHOLDER until the lexicon lands.
export const DEMONYMS: ReadonlySet<string> = new Set('Russian Russians European Europeans Chinese American Americans British German French Ukrainian'.split(' '));
