// Tests on words and the words around an offset that every stage makes. The regular expressions
// live here, built once: the bundle turns a \p{…} literal into a RegExp constructed at each evaluation.
import { memoizeByString } from '../memo';
import { ABBREVIATED_GIVEN_NAMES } from '../lexicon/actor-cues';
import { GIVEN_NAMES } from '../lexicon/given-names';
import { TITLE_WORDS } from '../lexicon/titles';
import type { Span } from '../model';
import { ASCII_LAST, CAPITAL_A, CAPITAL_Z, CARRIAGE_RETURN, DIGIT_NINE, DIGIT_ZERO, LETTER_A, LETTER_Z, SPACE, TAB, UNDERSCORE } from './char-codes';

const CAPITALIZED = /^\p{Lu}/u;
/** The words of a name or a line: letters, apostrophes and hyphens. Global: read with `match`. */
export const NAME_WORDS = /[\p{L}'’-]+/gu;
const ACRONYM = /^(?:\p{Lu}\.?){2,}$/u;

/** The word as a whole word anywhere, case aside: what names a role ("mayor" in "the city's mayor"). Built once per word. */
export const wholeWord = memoizeByString((word) => new RegExp(`\\b${word}\\b`, 'i'));

/** A word of ASCII letters, digits and "_" alone: wholeWord reads it as written, and finds it in a text exactly when wholeWordsOf lists it. */
export const PLAIN_WORD = /^\w+$/;

/**
 * The words wholeWord finds in `text`, in lower case: its `\b` reads runs of ASCII letters, digits
 * and "_" as words, and without the `u` flag no letter outside ASCII matches one inside it. Lets a
 * search among many texts for a plain word look up the texts holding it instead of testing each.
 */
export function wholeWordsOf(text: string): string[] {
  const words: string[] = [];
  let start = -1;
  for (let at = 0; at <= text.length; at++) {
    const code = at < text.length ? text.charCodeAt(at) : -1;
    if (isAsciiWordCharacter(code)) {
      if (start < 0) start = at;
    } else if (start >= 0) {
      words.push(text.slice(start, at).toLowerCase());
      start = -1;
    }
  }
  return words;
}

/** a to z, by character code: most letters of English copy, tested before any Unicode expression. */
export function isAsciiLowerCase(code: number): boolean {
  return code >= LETTER_A && code <= LETTER_Z;
}

/** An ASCII letter or digit, most of news copy's word characters, by its code. */
export function isAsciiLetterOrDigit(code: number): boolean {
  return (code >= LETTER_A && code <= LETTER_Z) || (code >= CAPITAL_A && code <= CAPITAL_Z) || (code >= DIGIT_ZERO && code <= DIGIT_NINE);
}

/** Whether a code is a word character as `\w` and `\b` read it without the `u` flag: an ASCII letter, a digit or "_". */
export function isAsciiWordCharacter(code: number): boolean {
  return isAsciiLetterOrDigit(code) || code === UNDERSCORE;
}

/**
 * A word in lower case. Most words asked about are in lower case already, and copy with a curly
 * quote anywhere is stored two bytes a character, which toLowerCase lowers in the runtime, each
 * time a new string: a word with no capital and no letter outside ASCII is its own lower case.
 */
export function lowerCase(word: string): string {
  for (let at = 0; at < word.length; at++) {
    const code = word.charCodeAt(at);
    if ((code >= CAPITAL_A && code <= CAPITAL_Z) || code > ASCII_LAST) return word.toLowerCase();
  }
  return word;
}

/** Starts with a capital letter. */
export function isCapitalized(word: string): boolean {
  // Plain ASCII letters answer without the Unicode expression: most words of English copy.
  const code = word.charCodeAt(0);
  if (code >= 65 && code <= 90) return true;
  if (isAsciiLowerCase(code)) return false;
  return CAPITALIZED.test(word);
}

/** One word of two or more capitals, dots and ampersands aside: NATO, U.N., AT&T. */
export function isAcronymName(words: readonly string[]): boolean {
  // Asked of most capitalized words: a lower-case ASCII second letter ("Mr", "Paris") answers at once.
  return words.length === 1 && !isAsciiLowerCase(words[0].charCodeAt(1)) && ACRONYM.test(words[0].replace(/&/g, ''));
}

const THE_BEFORE = /\bthe\s$/i;

/** Whether "the" and a space stand right before `at`: "the Sunday Beacon", "the January increase". */
export function followsThe(text: string, at: number): boolean {
  return THE_BEFORE.test(text.slice(Math.max(0, at - 4), at));
}

const WHITESPACE = /\s/;

/**
 * Whether the character at `at` (within the text) is white space as \s reads it, by its code:
 * `/\s/.test(text[at])` makes a string of one character and runs an expression, for each
 * character a scan steps over.
 */
export function isSpaceAt(text: string, at: number): boolean {
  const code = text.charCodeAt(at);
  if (code <= ASCII_LAST) return code === SPACE || (code >= TAB && code <= CARRIAGE_RETURN);
  return code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff;
}

/**
 * The word that ends where the gap before `end` begins, read back by hand (an end-anchored
 * expression would try every position before): back over `gap` characters, then over `word`
 * ones, never before `from`. Empty (start = end) when no word character comes first.
 */
export function wordBefore(text: string, end: number, word: RegExp, gap: RegExp = WHITESPACE, from = 0): Span {
  const isGap = asciiTableOf(gap);
  const isWord = asciiTableOf(word);
  let wordEnd = end;
  while (wordEnd > from && accepts(gap, isGap, text, wordEnd - 1)) wordEnd--;
  let wordStart = wordEnd;
  while (wordStart > from && accepts(word, isWord, text, wordStart - 1)) wordStart--;
  return { start: wordStart, end: wordEnd };
}

// Which ASCII characters a one-character expression accepts, worked out once per expression: most
// characters of news copy are ASCII, and the table answers for them without running it.
const asciiTables = new WeakMap<RegExp, Uint8Array>();

function asciiTableOf(character: RegExp): Uint8Array {
  let table = asciiTables.get(character);
  if (!table) {
    table = new Uint8Array(128);
    for (let code = 0; code < 128; code++) table[code] = character.test(String.fromCharCode(code)) ? 1 : 0;
    asciiTables.set(character, table);
  }
  return table;
}

function accepts(character: RegExp, asciiTable: Uint8Array, text: string, at: number): boolean {
  const code = text.charCodeAt(at);
  return code < 128 ? asciiTable[code] === 1 : character.test(text[at]);
}

/** One letter of any script. */
export const LETTER = /\p{L}/u;
/** A character of an abbreviation or of dotted initials, read back from its full stop ("U.S.", "Sen."). */
export const LETTER_OR_FULL_STOP = /[\p{L}.]/u;
const LEADING_LETTERS = /^\p{L}+/u;

/**
 * "Sen. Ma. Teresa Lim": the abbreviation of a given name (`start` to its full stop at `dotAt`)
 * before a given name, unless a name ends there ("said Jack Ma. Maria Cruz replied": a
 * capitalized word right before it, not a title: "Press Officer Ma. Lourdes Carpio-Rivera").
 */
export function isAbbreviatedGivenNameAt(text: string, start: number, dotAt: number): boolean {
  if (!ABBREVIATED_GIVEN_NAMES.has(text.slice(start, dotAt)) || text[dotAt + 1] !== ' ') return false;
  const before = wordBefore(text, start, LETTER);
  if (before.start < before.end && start - before.end === 1) {
    const word = text.slice(before.start, before.end);
    if (isCapitalized(word) && !TITLE_WORDS.has(word)) return false;
  }
  return GIVEN_NAMES.has(LEADING_LETTERS.exec(text.slice(dotAt + 2, dotAt + 32))?.[0] ?? '');
}

/** Whether two word lists (names' words, roles) hold the same strings in the same order; a plain loop, as grouping and speakers compare them in every analysis. */
export function sameStrings(a: readonly string[], b: readonly string[]): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}
