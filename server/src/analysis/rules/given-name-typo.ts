import { GIVEN_NAMES } from '../lexicon/given-names';
import type { Rule, RuleFinding } from './rule';
import { memoizeByString } from '../memo';

const MIN_LENGTH = 4;
const MAX_SUGGESTIONS = 3;

/**
 * The slips typists make: a doubled letter written once or once too often (Wiliam, Phillip),
 * or two neighbours swapped (Micheal, Jhon). Other one-letter differences are as often a
 * different name (Kaja / Katja), so they are not reported.
 */
function isTypingSlip(word: string, name: string): boolean {
  const undoubled = (s: string) => s.replace(/(.)\1/g, '$1');
  if (word.length !== name.length) return word !== name && undoubled(word) === undoubled(name) && Math.abs(word.length - name.length) === 1;
  const differences = [...word].flatMap((ch, i) => (ch === name[i] ? [] : [i]));
  return differences.length === 2 && differences[1] === differences[0] + 1 && word[differences[0]] === name[differences[1]] && word[differences[1]] === name[differences[0]];
}

/** Common given names that `word` looks like a typing slip of ("Wiliam" → "William"). */
export const givenNameSuggestions = memoizeByString(suggestionsFor);

function suggestionsFor(word: string): readonly string[] {
  if (word.length < MIN_LENGTH || GIVEN_NAMES.has(word) || !/^\p{Lu}\p{Ll}+$/u.test(word)) return [];
  const suggestions: string[] = [];
  for (const name of GIVEN_NAMES) {
    if (name[0] === word[0] && isTypingSlip(word, name)) suggestions.push(name);
    if (suggestions.length === MAX_SUGGESTIONS) break;
  }
  return suggestions;
}

export const givenNameTypo: Rule = {
  id: 'given-name-typo',
  defaultSeverity: 'information',
  description: 'A given name that looks like a typing slip of a common given name, and is not itself a known given name (“Wiliam”).',
  check({ model }) {
    const findings: RuleFinding[] = [];
    for (const actor of model.actors) {
      if (actor.kind !== 'person') continue;
      // An actor's full names mostly repeat one text: its given name is cut and looked up once (a memo lookup costs more than reading the text again).
      let text = '';
      let given = '';
      let suggestions: readonly string[] = [];
      for (const m of actor.mentions) {
        if (m.form !== 'full' || !m.text.includes(' ')) continue;
        if (m.text !== text) {
          text = m.text;
          given = text.slice(0, text.search(/\s/));
          suggestions = givenNameSuggestions(given);
        }
        if (suggestions.length === 0) continue;
        findings.push({
          start: m.start,
          end: m.start + given.length,
          message: `“${given}” looks like a misspelling of the given name ${suggestions.map((s) => `“${s}”`).join(' or ')}.`,
          fixes: suggestions.map((s) => ({ title: `Change to “${s}”`, edits: [{ start: m.start, end: m.start + given.length, newText: s }] })),
        });
      }
    }
    return findings;
  },
};
