import { ABBREVIATIONS } from '../lexicon/abbreviations';
import { DOTTED_LEGAL_FORMS } from '../lexicon/organizations';
import { isAbbreviatedGivenNameAt, isAsciiLetterOrDigit, isAsciiLowerCase, isCapitalized } from '../text/words';
import { AMPERSAND, APOSTROPHE, ASCII_LAST, CAPITAL_A, CAPITAL_S, CAPITAL_Z, COMMA, EXCLAMATION_MARK, FULL_STOP, HYPHEN, LETTER_S, QUESTION_MARK, SPACE } from '../text/char-codes';

const POSSESSIVE = 1;
const CAPITALIZED = 2;
const ACRONYM = 4;
const SENTENCE_INITIAL = 8;
const HYPHENATED = 16;

/**
 * A word of a paragraph; offsets are relative to the paragraph start. Every word of every
 * paragraph is one, so each is kept small: its yes-or-no answers in one number, its end
 * worked out from its text (tokenize allocated more than any other function of an analysis).
 */
export class Token {
  constructor(
    readonly start: number,
    /** The word without a possessive ’s. */
    readonly text: string,
    private readonly flags: number,
    /** The characters between the previous token (its possessive included) and this one. */
    readonly gapBefore: string,
  ) {}

  /** End of the word itself, before any possessive ’s (or a plural's ’). */
  get end(): number {
    return this.start + this.text.length;
  }

  get possessive(): boolean {
    return (this.flags & POSSESSIVE) !== 0;
  }

  get capitalized(): boolean {
    return (this.flags & CAPITALIZED) !== 0;
  }

  /** Two or more capitals and nothing else: NATO, U.N., EU. */
  get acronym(): boolean {
    return (this.flags & ACRONYM) !== 0;
  }

  /** First word of a sentence, or the first word inside an opening quotation mark. */
  get sentenceInitial(): boolean {
    return (this.flags & SENTENCE_INITIAL) !== 0;
  }

  /** A hyphen inside the word: "Jean-Luc", "state-owned". Several checks of every name ask it first. */
  get hyphenated(): boolean {
    return (this.flags & HYPHENATED) !== 0;
  }
}

// What a word is: dotted acronyms (U.S., N.M.), or letters with inner apostrophes, hyphens or
// ampersands (O’Brien, Jean-Luc, AT&T); a full stop inside a word is a missing space
// ("Wednesday.The"). An ampersand between spaces is a word of its own, which joins company names:
// Procter & Gamble. The expression
//   /(?:\p{Lu}\.){1,}\p{Lu}(?=\.)|[\p{L}\p{M}\p{N}]+(?:[’'\-&][\p{L}\p{M}\p{N}]+)*|&(?= )/gu
// says it; the scanner below reads the same words, testing ASCII by character code (most of the
// text) and only other characters with these expressions.
const WORD_CHARACTER = /[\p{L}\p{M}\p{N}]/uy;
const CAPITAL = /\p{Lu}/uy;

const RIGHT_SINGLE_QUOTE = 0x2019;
const LEFT_SINGLE_QUOTE = 0x2018;

/**
 * charCodeAt, -1 past the end, for the reads that may go there (after a paragraph's last word):
 * a single read past the end makes V8 call its charCodeAt builtin at that place in the code from
 * then on, for every word of every paragraph, instead of reading the character in line.
 */
function codeAt(text: string, at: number): number {
  return at < text.length ? text.charCodeAt(at) : -1;
}

/** Code units of the letter, mark or digit at `at` (two for a surrogate pair), or 0. */
function wordCharacterSize(text: string, at: number): number {
  const code = codeAt(text, at);
  if (code < 128) return isAsciiLetterOrDigit(code) ? 1 : 0;
  return sizeOfCharacter(WORD_CHARACTERS, WORD_CHARACTER, text, at, code);
}

/** Code units of the capital letter at `at`, or 0. */
function capitalSize(text: string, at: number): number {
  const code = codeAt(text, at);
  if (code < 128) return code >= 65 && code <= 90 ? 1 : 0;
  return sizeOfCharacter(CAPITALS, CAPITAL, text, at, code);
}

// What the expressions said of each character outside ASCII and the surrogates, by its code: news
// copy's quotation marks, dashes and accented letters come again and again.
const UNKNOWN = 0;
const MATCHES = 1;
const DIFFERS = 2;
const WORD_CHARACTERS = new Uint8Array(0x10000);
const CAPITALS = new Uint8Array(0x10000);
const FIRST_SURROGATE = 0xd800;
const LAST_SURROGATE = 0xdfff;

/** Code units of the character `code` at `at` if `sticky` matches it there, else 0; `known` holds the answers by code. */
function sizeOfCharacter(known: Uint8Array, sticky: RegExp, text: string, at: number, code: number): number {
  // Half a surrogate pair (or the end of the text) answers only with its other half.
  if ((code >= FIRST_SURROGATE && code <= LAST_SURROGATE) || Number.isNaN(code)) return sizeOfMatch(sticky, text, at);
  if (known[code] === UNKNOWN) known[code] = sizeOfMatch(sticky, text, at) > 0 ? MATCHES : DIFFERS;
  return known[code] === MATCHES ? 1 : 0;
}

/** A sticky expression's match length at `at` (past the end of the text too), or 0. */
function sizeOfMatch(sticky: RegExp, text: string, at: number): number {
  sticky.lastIndex = at;
  return sticky.test(text) ? sticky.lastIndex - at : 0;
}

/** Code units of the character at `at`: a search for the next word steps over whole characters. */
function characterSize(text: string, at: number): number {
  return text.codePointAt(at)! > 0xffff ? 2 : 1;
}

/** "U.S.", "N.A.T.O.": where two or more capitals each followed by a full stop end, before the last stop; else -1. */
function dottedAcronymEnd(text: string, start: number): number {
  let end = -1;
  let pairs = 0;
  for (let at = start, size = capitalSize(text, at); size > 0 && codeAt(text, at + size) === FULL_STOP; size = capitalSize(text, at)) {
    end = at + size;
    at = end + 1;
    pairs++;
  }
  return pairs >= 2 ? end : -1;
}

/**
 * "Ostrander Europa S.à r.l.", "Ferro Polska Sp. z o.o.": where a legal form written with inner stops ends, else -1. Asked
 * only of a word whose second or third character is a full stop.
 */
function dottedLegalFormEnd(text: string, start: number): number {
  if (codeAt(text, start + 1) !== FULL_STOP && codeAt(text, start + 2) !== FULL_STOP) return -1;
  for (const form of DOTTED_LEGAL_FORMS) if (text.startsWith(form, start)) return start + form.length;
  return -1;
}

// The joiners inside the word wordEnd read last, hyphens and apostrophes: the scan sees them, and
// tokenize keeps them, with no search of the word.
const JOINED_BY_HYPHEN = 1;
const JOINED_BY_APOSTROPHE = 2;
let lastWordJoiners = 0;

/** Where the word starting with a letter, mark or digit at `start` ends: its inner apostrophes, hyphens and ampersands joined. */
function wordEnd(text: string, start: number): number {
  let end = start;
  lastWordJoiners = 0;
  for (;;) {
    // ASCII letters and digits, most of a word, are read here: wordCharacterSize (not inlined here) only for any other character.
    for (;;) {
      const code = codeAt(text, end);
      const size = isAsciiLetterOrDigit(code) ? 1 : code < 128 ? 0 : wordCharacterSize(text, end);
      if (size === 0) break;
      end += size;
    }
    const joiner = codeAt(text, end);
    if ((joiner !== RIGHT_SINGLE_QUOTE && joiner !== APOSTROPHE && joiner !== HYPHEN && joiner !== AMPERSAND) || wordCharacterSize(text, end + 1) === 0) return end;
    if (joiner === HYPHEN) lastWordJoiners |= JOINED_BY_HYPHEN;
    else if (joiner !== AMPERSAND) lastWordJoiners |= JOINED_BY_APOSTROPHE;
    end++;
  }
}

// "h-Eileanan", "t-Oileán": a Gaelic name after an article takes a lower-case h-, t- or n- in front.
const PARTICLE_AND_NAME = /^(?:al|el|ad|an|as|ash|at|az|bin|ibn|abu|van|von|de|di|da|le|la|d|l|h|t|n)[-’']\p{Lu}/u;
const ACRONYM_CHARACTERS = /^[\p{Lu}.&\-]+$/u;
const NOT_LETTERS = /[^\p{L}]/gu;
// A spaced hyphen is a dash too: "LIMA, April 9 (Reuters) - Hackers who …". Spanish opens an exclamation or a question
// with its own mark: chants of “¡Acta por acta!”.
const OPENS_QUOTE_OR_CLAUSE = /(?:^|\s)(?:[“"‘(][¡¿]?|[¡¿])$|(?:[:—–]|\s-)\s*[“"]?[¡¿]?$/;
// "on Oct. 29.Futures markets", "both sides.“Everybody knows": a full stop with the space after it missing still ends a sentence.
const UNSPACED_STOP = /^[.!?][”"’]?[“"‘]?$/;
// What OPENS_QUOTE_OR_CLAUSE needs one of: an opening mark, a colon, a dash or a hyphen, Spanish ¡ or ¿.
const OPENING_OR_CLAUSE_MARKS: ReadonlySet<number> = new Set([...'“"‘(:—–-¡¿'].map((mark) => mark.charCodeAt(0)));

/**
 * Whether a gap between words (not a space, a comma's or a full stop's) opens a sentence; `afterWord`
 * when a word stands before it. Most such gaps ("” ", ") ", "’ ") hold no mark the expressions need,
 * and are not read by them.
 */
function gapOpensSentence(gap: string, afterWord: boolean): boolean {
  const first = codeAt(gap, 0);
  if (afterWord && (first === FULL_STOP || first === EXCLAMATION_MARK || first === QUESTION_MARK) && UNSPACED_STOP.test(gap)) return true;
  for (let at = 0; at < gap.length; at++) if (OPENING_OR_CLAUSE_MARKS.has(gap.charCodeAt(at))) return OPENS_QUOTE_OR_CLAUSE.test(gap);
  return false;
}

// The longest particle of PARTICLE_AND_NAME: "ash", "bin", "ibn", "abu", "van", "von".
const LONGEST_PARTICLE = 3;

/** A hyphen or apostrophe where a particle may end and a name begin ("al-Mansouri", "d’Estaing"). */
function hasJoinerAfterParticle(word: string): boolean {
  for (let at = 1; at <= LONGEST_PARTICLE; at++) {
    const code = word.charCodeAt(at);
    if (code === HYPHEN || isApostrophe(code)) return true;
  }
  return false;
}

/** A lower-case particle joined to a name: "al-Mansouri", "el-Awami", "d’Estaing". */
export function isParticleJoinedName(word: string): boolean {
  // Asked of every lower-case word: the characters where a joiner would stand answer for most.
  return hasJoinerAfterParticle(word) && PARTICLE_AND_NAME.test(word);
}

/** ’ or ': an apostrophe, or a closing single quotation mark. */
export function isApostrophe(code: number): boolean {
  return code === RIGHT_SINGLE_QUOTE || code === APOSTROPHE;
}

const BEFORE_OPENING_QUOTE = /[\s“"(]/;

/** A single quotation mark that opens: ‘, or ' at the start of a word. */
function opensSingleQuote(paragraph: string, at: number): boolean {
  const code = paragraph.charCodeAt(at);
  if (code === LEFT_SINGLE_QUOTE) return true;
  return code === APOSTROPHE && (at === 0 || BEFORE_OPENING_QUOTE.test(paragraph[at - 1])) && wordCharacterSize(paragraph, at + 1) > 0;
}

/** Two or more letters, all capitals. */
function isShouted(text: string): boolean {
  const letters = text.replace(NOT_LETTERS, '');
  return letters.length >= 2 && letters === letters.toUpperCase();
}

/**
 * Capitals, full stops, ampersands and hyphens only, two capitals or more: "NATO", "U.S.", "AT&T".
 * An ASCII word (most) is read by its character codes, with no expression and no copy without its
 * stops; one with any other character by ACRONYM_CHARACTERS and isShouted.
 */
function isAcronymWord(text: string): boolean {
  let capitals = 0;
  for (let at = 0; at < text.length; at++) {
    const code = text.charCodeAt(at);
    if (code > ASCII_LAST) return ACRONYM_CHARACTERS.test(text) && isShouted(text);
    if (code >= CAPITAL_A && code <= CAPITAL_Z) capitals++;
    else if (code !== FULL_STOP && code !== AMPERSAND && code !== HYPHEN) return false;
  }
  return capitals >= 2;
}

/**
 * A single capital before a full stop with a name after it ("John F. Kennedy"); at the end of a
 * paragraph the stop ends the sentence: "in a post on X."
 */
function isInitial(paragraph: string, start: number, end: number): boolean {
  return capitalSize(paragraph, start) === end - start && codeAt(paragraph, end + 1) === SPACE && end + 2 < paragraph.length;
}

/** Whether a sentence starts after the whitespace at `from` (the segmenter found "on X. Kjeldsen said" to end there). */
function sentenceStartsAfter(paragraph: string, sentenceStarts: readonly number[], firstCandidate: number, from: number): boolean {
  let k = firstCandidate;
  while (k < sentenceStarts.length && sentenceStarts[k] < from) k++;
  if (k === sentenceStarts.length) return false;
  for (let at = from; at < sentenceStarts[k]; at++) if (paragraph.charCodeAt(at) !== SPACE && paragraph[at] !== '\u00a0') return false;
  return true;
}

// No word longer is an abbreviation: most words before a full stop end a sentence, and are not cut to be looked up.
const LONGEST_ABBREVIATION = Math.max(...[...ABBREVIATIONS].map((word) => word.length));
const SPACE_GAP = ' ';
const COMMA_GAP = ', ';
const STOP_GAP = '. ';

/** The characters from `start` to `end`: the commonest gaps between words are the same strings every time, not one more each. */
function gapBetween(paragraph: string, start: number, end: number): string {
  if (end - start === 1 && paragraph.charCodeAt(start) === SPACE) return SPACE_GAP;
  if (end - start === 2 && paragraph.charCodeAt(start + 1) === SPACE) {
    const code = paragraph.charCodeAt(start);
    if (code === COMMA) return COMMA_GAP;
    if (code === FULL_STOP) return STOP_GAP;
  }
  return paragraph.slice(start, end);
}

/**
 * Splits a paragraph into word tokens. A token keeps its final full stop when it is an
 * abbreviation, an initial or a dotted acronym ("Sen.", "F.", "U.S."), and loses a possessive ’s
 * (or a plural's ’: "Builders’").
 * `sentenceStarts` are the paragraph-relative offsets where sentences begin.
 */
export function tokenize(paragraph: string, sentenceStarts: readonly number[]): Token[] {
  const tokens: Token[] = [];
  let previousEnd = 0;
  let nextSentence = 0;
  // Inside ‘…’ an apostrophe after a plural is the closing mark: ‘the workers’ is no possessive.
  let singleQuoteOpen = false;
  // A scanner, not an expression, and cheap character tests before any expression: this runs for every word of every paragraph.
  for (let start = 0; start < paragraph.length; ) {
    let end: number;
    let dotted = false;
    let legalForm = false;
    let joiners = 0;
    const code = paragraph.charCodeAt(start);
    // A space, most of what stands between words, is passed over at once.
    if (code === SPACE) {
      start++;
      continue;
    }
    if (isAsciiLetterOrDigit(code) || (code >= 128 && wordCharacterSize(paragraph, start) > 0)) {
      end = dottedLegalFormEnd(paragraph, start);
      legalForm = end >= 0;
      if (!legalForm) end = dottedAcronymEnd(paragraph, start);
      dotted = end >= 0 && !legalForm;
      if (end < 0) {
        end = wordEnd(paragraph, start);
        joiners = lastWordJoiners;
      }
    } else if (code === AMPERSAND && codeAt(paragraph, start + 1) === SPACE) {
      end = start + 1;
    } else {
      if (opensSingleQuote(paragraph, start)) singleQuoteOpen = true;
      else if (isApostrophe(paragraph.charCodeAt(start))) singleQuoteOpen = false;
      start += characterSize(paragraph, start);
      continue;
    }
    // A dotted acronym always stands before its full stop.
    const stop = !legalForm && codeAt(paragraph, end) === FULL_STOP;
    if (dotted || (stop && ((end - start <= LONGEST_ABBREVIATION && ABBREVIATIONS.has(paragraph.slice(start, end))) || (isInitial(paragraph, start, end) && !sentenceStartsAfter(paragraph, sentenceStarts, nextSentence, end + 1)) || isAbbreviatedGivenNameAt(paragraph, start, end)))) end++;
    // The word's characters are read in the paragraph, and the word cut from it once: a new string is slower to read.
    const last = paragraph.charCodeAt(end - 1);
    const singular = end - start > 2 && last === LETTER_S && isApostrophe(paragraph.charCodeAt(end - 2));
    // "the Builders’ Association": a plural's possessive is the apostrophe alone.
    const plural = !singular && isApostrophe(codeAt(paragraph, end)) && !dotted && !singleQuoteOpen && (last === LETTER_S || last === CAPITAL_S);
    const textEnd = singular ? end - 2 : end;
    if (plural) end++;
    const possessive = singular || plural;
    const text = paragraph.slice(start, textEnd);
    let sentenceInitial = false;
    while (nextSentence < sentenceStarts.length && sentenceStarts[nextSentence] <= start) {
      sentenceInitial = true;
      nextSentence++;
    }
    const gapBefore = gapBetween(paragraph, previousEnd, start);
    if (gapBefore !== SPACE_GAP && gapBefore !== COMMA_GAP && gapBefore !== STOP_GAP && gapOpensSentence(gapBefore, tokens.length > 0)) sentenceInitial = true;
    // A legal form ends a name however it is written ("s.r.o.").
    const startsCapitalized = legalForm || (code <= ASCII_LAST ? code >= CAPITAL_A && code <= CAPITAL_Z : isCapitalized(text));
    // A token starts with a letter or a digit, so an acronym starts with a capital.
    const acronym = startsCapitalized && textEnd - start > 1 && !isAsciiLowerCase(paragraph.charCodeAt(start + 1)) && isAcronymWord(text);
    // A particle's joiner is a hyphen or an apostrophe: most words have none to look for.
    const capitalized = startsCapitalized || (joiners !== 0 && isParticleJoinedName(text));
    const flags = (possessive ? POSSESSIVE : 0) | (capitalized ? CAPITALIZED : 0) | (acronym ? ACRONYM : 0) | (sentenceInitial ? SENTENCE_INITIAL : 0) | ((joiners & JOINED_BY_HYPHEN) !== 0 ? HYPHENATED : 0);
    tokens.push(new Token(start, text, flags, gapBefore));
    previousEnd = end;
    start = end;
  }
  return tokens;
}
