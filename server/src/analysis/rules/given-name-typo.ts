import { GIVEN_NAMES } from '../lexicon/given-names';
import { editDistance } from '../actors/variants';
import type { Rule } from './rule';

const MIN_LENGTH = 4;
const MAX_SUGGESTIONS = 3;

/** Common given names one edit away from `word` ("Wiliam" → "William"). */
export function givenNameSuggestions(word: string): string[] {
  if (word.length < MIN_LENGTH || GIVEN_NAMES.has(word) || !/^\p{Lu}\p{Ll}+$/u.test(word)) return [];
  const suggestions: string[] = [];
  for (const name of GIVEN_NAMES) {
    if (Math.abs(name.length - word.length) <= 1 && name[0] === word[0] && editDistance(name, word, 1) === 1) suggestions.push(name);
    if (suggestions.length === MAX_SUGGESTIONS) break;
  }
  return suggestions;
}

export const givenNameTypo: Rule = {
  id: 'given-name-typo',
  defaultSeverity: 'information',
  description: 'A given name one letter away from a common given name, and not itself a known given name (“Wiliam”).',
  check({ model }) {
    const suggestionsFor = new Map<string, string[]>();
    const suggest = (word: string) => {
      if (!suggestionsFor.has(word)) suggestionsFor.set(word, givenNameSuggestions(word));
      return suggestionsFor.get(word)!;
    };
    return model.actors
      .filter((actor) => actor.kind === 'person')
      .flatMap((actor) =>
        actor.mentions
          .filter((m) => m.form === 'full' && m.text.includes(' '))
          .flatMap((m) => {
            const given = m.text.split(/\s+/)[0];
            const suggestions = suggest(given);
            if (suggestions.length === 0) return [];
            return [{
              start: m.start,
              end: m.start + given.length,
              message: `“${given}” looks like a misspelling of the given name ${suggestions.map((s) => `“${s}”`).join(' or ')}.`,
              fixes: suggestions.map((s) => ({ title: `Change to “${s}”`, edits: [{ start: m.start, end: m.start + given.length, newText: s }] })),
            }];
          }),
      );
  },
};
