import { ABBREVIATIONS } from '../lexicon/abbreviations';
import { isCapitalized } from '../text/words';

/** A word of a paragraph; offsets are relative to the paragraph start. */
export interface Token {
  start: number;
  /** End of the word itself, before any possessive ’s. */
  end: number;
  /** The word without a possessive ’s. */
  text: string;
  possessive: boolean;
  capitalized: boolean;
  /** Two or more capitals and nothing else: NATO, U.N., EU. */
  acronym: boolean;
  /** First word of a sentence, or the first word inside an opening quotation mark. */
  sentenceInitial: boolean;
  /** The characters between the previous token (its possessive included) and this one. */
  gapBefore: string;
}

// Dotted acronyms (U.S., N.M.), or letters with inner apostrophes, hyphens or ampersands
// (O’Brien, Jean-Luc, AT&T). A full stop inside a word is a missing space ("Wednesday.The").
// An ampersand between spaces is a word of its own, which joins company names: Procter & Gamble.
const WORD = /(?:\p{Lu}\.){1,}\p{Lu}(?=\.)|[\p{L}\p{M}\p{N}]+(?:[’'\-&][\p{L}\p{M}\p{N}]+)*|&(?= )/gu;
const DOTTED_ACRONYM = /^(?:\p{Lu}\.)+\p{Lu}$/u;
const SINGLE_CAPITAL = /^\p{Lu}$/u;
// "al-Mansouri", "el-Sisi", "bin-Salman": a lower-case particle joined to a capitalized name.
const PARTICLE_AND_NAME = /^(?:al|el|ad|an|as|ash|at|az|bin|ibn|abu|van|von|de|di|da|le|la|d|l)[-’']\p{Lu}/u;
const ACRONYM_CHARACTERS = /^[\p{Lu}.&\-]+$/u;
const NOT_LETTERS = /[^\p{L}]/gu;
// A spaced hyphen is a dash too: "LIMA, April 9 (Reuters) - Hackers who …".
const OPENS_QUOTE_OR_CLAUSE = /(?:^|\s)[“"‘(]$|(?:[:—–]|\s-)\s*[“"]?$/;
// "on Oct. 29.Futures markets": a full stop with the space after it missing still ends a sentence.
const UNSPACED_STOP = /^[.!?][”"’]?$/;

/** A hyphen or apostrophe inside the word, where a particle meets a name ("al-Mansouri", "d’Estaing"). */
function hasJoiner(word: string): boolean {
  return word.includes('-') || word.includes('’') || word.includes("'");
}

/** Two or more letters, all capitals. */
function isShouted(text: string): boolean {
  const letters = text.replace(NOT_LETTERS, '');
  return letters.length >= 2 && letters === letters.toUpperCase();
}

/**
 * Splits a paragraph into word tokens. A token keeps its final full stop when it is an
 * abbreviation, an initial or a dotted acronym ("Sen.", "F.", "U.S."), and loses a possessive ’s.
 * `sentenceStarts` are the paragraph-relative offsets where sentences begin.
 */
export function tokenize(paragraph: string, sentenceStarts: readonly number[]): Token[] {
  const tokens: Token[] = [];
  let previousEnd = 0;
  let nextSentence = 0;
  // exec, not matchAll, and cheap character tests before any expression: this runs for every word of every paragraph.
  WORD.lastIndex = 0;
  for (let match = WORD.exec(paragraph); match; match = WORD.exec(paragraph)) {
    const start = match.index;
    let word = match[0];
    let end = start + word.length;
    if (paragraph[end] === '.' && (DOTTED_ACRONYM.test(word) || ABBREVIATIONS.has(word) || SINGLE_CAPITAL.test(word))) {
      word += '.';
      end++;
    }
    const possessive = word.length > 2 && word[word.length - 1] === 's' && (word[word.length - 2] === '’' || word[word.length - 2] === "'");
    const text = possessive ? word.slice(0, -2) : word;
    let sentenceInitial = false;
    while (nextSentence < sentenceStarts.length && sentenceStarts[nextSentence] <= start) {
      sentenceInitial = true;
      nextSentence++;
    }
    const gapBefore = paragraph.slice(previousEnd, start);
    if (gapBefore !== ' ' && (OPENS_QUOTE_OR_CLAUSE.test(gapBefore) || (tokens.length > 0 && UNSPACED_STOP.test(gapBefore)))) sentenceInitial = true;
    const startsCapitalized = isCapitalized(text);
    tokens.push({
      start,
      end: start + text.length,
      text,
      possessive,
      capitalized: startsCapitalized || (hasJoiner(text) && PARTICLE_AND_NAME.test(text)),
      // A token starts with a letter or a digit, so an acronym starts with a capital.
      acronym: startsCapitalized && text.length > 1 && ACRONYM_CHARACTERS.test(text) && isShouted(text),
      sentenceInitial,
      gapBefore,
    });
    previousEnd = end;
  }
  return tokens;
}
