import type { Paragraph, Sentence, Span } from '../model';
import { ABBREVIATIONS } from '../lexicon/abbreviations';
import { ROLE_NOUNS } from '../lexicon/titles';
import { isAbbreviatedGivenNameAt, LETTER_OR_FULL_STOP, wordBefore } from './words';
import type { ParagraphCache } from '../paragraph-cache';
import { isInchMark } from './quotes';
import { opensWithDate } from './dateline';

/**
 * Paragraphs are lines of text. Wire and web copy puts one paragraph on a line (with or
 * without blank lines between), so a line break always ends a paragraph, unless the next
 * line continues a hard-wrapped sentence (it starts in lower case, and is no ` date …` line).
 */
export function paragraphSpans(text: string): Span[] {
  const spans: Span[] = [];
  let current: Span | null = null;
  let lineStart = 0;
  while (lineStart <= text.length) {
    const newline = text.indexOf('\n', lineStart);
    const lineEnd = newline === -1 ? text.length : newline;
    const line = withoutListMarker(text, trimmedSpan(text, lineStart, lineEnd));
    if (line.start === line.end) {
      current = null;
    } else if (current && continuesHardWrap(text, current, line)) {
      current.end = line.end;
    } else {
      current = line;
      spans.push(current);
    }
    if (newline === -1) break;
    lineStart = newline + 1;
  }
  return spans;
}

function trimmedSpan(text: string, start: number, end: number): Span {
  while (start < end && isBlank(text.charCodeAt(start))) start++;
  while (end > start && isBlank(text.charCodeAt(end - 1))) end--;
  return { start, end };
}

// "- Chancellor says there is no plan B", "• MPs vote at 7pm": a list item's text starts after its marker.
const LIST_MARKER = /[-•*▪◦·–][ \t\u00a0]+/y;

function withoutListMarker(text: string, line: Span): Span {
  LIST_MARKER.lastIndex = line.start;
  return LIST_MARKER.test(text) && LIST_MARKER.lastIndex < line.end ? { start: LIST_MARKER.lastIndex, end: line.end } : line;
}

function isBlank(code: number): boolean {
  return code === 32 || code === 9 || code === 13 || code === 0xa0 || code === 0xfeff;
}

function continuesHardWrap(text: string, previous: Span, line: Span): boolean {
  const last = text[previous.end - 1];
  // A headline over ` date 2024-03-14 BRUSSELS—…` ends in lower case and the dateline starts in it.
  return /[a-z,;]/.test(last) && /[a-z]/.test(text[line.start]) && !opensWithDate(text.slice(line.start, line.end));
}

// A full stop, ?, ! or an ellipsis, then optional closing quotes or brackets.
// sentenceEndStart reads its matches back by these same characters: the two change together.
const SENTENCE_END = /[.!?…]+["'”’)\]]*/g;

/** Splits one paragraph into sentences, keeping abbreviations (U.S., Sen., Jan.) and initials whole. */
export function sentenceSpans(text: string, paragraph: Span): Sentence[] {
  const sentences: Sentence[] = [];
  let start = paragraph.start;
  SENTENCE_END.lastIndex = paragraph.start;
  // `test`, not `exec`, which would make an array for every full stop: where a match ends is where
  // the expression stops, and where it starts is read back from there.
  for (let from = paragraph.start; SENTENCE_END.test(text); from = SENTENCE_END.lastIndex) {
    const markAt = sentenceEndStart(text, from, SENTENCE_END.lastIndex);
    if (markAt >= paragraph.end) break;
    const end = Math.min(SENTENCE_END.lastIndex, paragraph.end);
    if (end >= paragraph.end) break;
    const boundary = gluedQuoteOpening(text, paragraph.start, markAt, end) ? markAt + 1 : endsSentence(text, markAt, end) ? end : -1;
    if (boundary < 0) continue;
    pushSentence(sentences, trimmedSpan(text, start, boundary));
    start = boundary;
  }
  pushSentence(sentences, trimmedSpan(text, start, paragraph.end));
  return sentences;
}

const isSentenceMark = (code: number) => code === 46 || code === 33 || code === 63 || code === 0x2026;
const isClosingMark = (code: number) => code === 34 || code === 39 || code === 0x201d || code === 0x2019 || code === 41 || code === 93;

/** Where the match of SENTENCE_END that ends at `end`, searched for from `from`, starts: back over its closing marks, then over its stops. */
function sentenceEndStart(text: string, from: number, end: number): number {
  let at = end;
  while (at > from && isClosingMark(text.charCodeAt(at - 1))) at--;
  while (at > from && isSentenceMark(text.charCodeAt(at - 1))) at--;
  return at;
}

/** Blank stretches between sentence ends are none. */
function pushSentence(sentences: Sentence[], span: Span): void {
  if (span.end > span.start) sentences.push(span);
}

const NEXT_CHARACTER = /\s+(\S)/y;
// What a sentence starts with: a capital, a digit or an opening quote or bracket.
const SENTENCE_OPENING = /[\p{Lu}\d“"‘'(\[]/u;
const SPACE = 32;
const TAB = 9;
const NO_BREAK_SPACE = 0xa0;

// Asked at every full stop: the expressions are built once, the characters told by their codes.
function endsSentence(text: string, markAt: number, end: number): boolean {
  const next = text.charCodeAt(end);
  const spaced = next === SPACE || next === TAB || next === NO_BREAK_SPACE;
  if (spaced) {
    NEXT_CHARACTER.lastIndex = end;
    // The character is the last the expression reads: no match array for it.
    const after = NEXT_CHARACTER.test(text) ? text[NEXT_CHARACTER.lastIndex - 1] : '';
    if (!SENTENCE_OPENING.test(after)) return false;
  } else if (!isMissingSpaceBoundary(text, markAt, end)) {
    return false;
  }
  return text[markAt] !== '.' || !isAbbreviationBefore(text, markAt);
}

/**
 * 'next year."Investors have': a straight quote glued to a full stop and to a capital opens the
 * next sentence when the paragraph's straight quotes before it are paired and no curly “ is left
 * open (it closes one otherwise: '“Now we ask with a deadline."Lachance said', a CMS export habit).
 */
function gluedQuoteOpening(text: string, paragraphStart: number, markAt: number, end: number): boolean {
  if (end !== markAt + 2 || text[markAt + 1] !== '"' || !/^\p{Lu}\p{Ll}/u.test(text.slice(end, end + 2))) return false;
  let straightQuotes = 0;
  let curlyOpen = false;
  for (let i = paragraphStart; i < markAt; i++) {
    const ch = text[i];
    if (ch === '"' && !isInchMark(text, i)) straightQuotes++;
    else if (ch === '“') curlyOpen = true;
    else if (ch === '”') curlyOpen = false;
  }
  return straightQuotes % 2 === 0 && !curlyOpen;
}

/**
 * "on Monday.The ministry", 'said "no."The talks', "passed by MPs.The", "passed 52-48.Senators": a
 * word ending in a lower-case letter or a digit, a full stop (and closing marks) and a capitalized
 * word with no space.
 */
function isMissingSpaceBoundary(text: string, markAt: number, end: number): boolean {
  if (text[markAt] !== '.') return false;
  // ("the talks.A second councillor": the one-letter words "A" and "I" open sentences too.)
  return /(?:\p{L}\p{Ll}|\d)$/u.test(text.slice(Math.max(0, markAt - 2), markAt)) && /^(?:\p{Lu}\p{Ll}|[AI]\s)/u.test(text.slice(end, end + 2));
}

const ONE_CAPITAL = /^\p{Lu}$/u;
const DOTTED_LETTERS = /^(?:\p{L}\.)+\p{L}$/u;

function isAbbreviationBefore(text: string, dotAt: number): boolean {
  let wordStart = dotAt;
  while (wordStart > 0 && LETTER_OR_FULL_STOP.test(text[wordStart - 1])) wordStart--;
  const word = text.slice(wordStart, dotAt);
  if (word === '') return false;
  // Initials ("John F. Kennedy") and dotted acronyms ("U.S.", "N.M.").
  if (ONE_CAPITAL.test(word)) return !endsWithOneLetterName(text, wordStart, dotAt);
  // "at 9 a.m. The mayor", "in the U.S. It said": an abbreviation ends the sentence a word such as "The" opens.
  return (DOTTED_LETTERS.test(word) || ABBREVIATIONS.has(word) || isAbbreviatedGivenNameAt(text, wordStart, dotAt)) && !opensSentence(wordAfterStop(text, dotAt));
}

/** The word after the full stop at `dotAt` and the character right after that word (NEXT_WORD's groups; its lastIndex is where they end). */
function wordAfterStop(text: string, dotAt: number): RegExpExecArray | null {
  NEXT_WORD.lastIndex = dotAt + 1;
  return NEXT_WORD.exec(text);
}

/** Whether the word after a full stop (wordAfterStop) is one that opens sentences and never follows an abbreviation or an initial ("The", "It"). */
function opensSentence(next: RegExpExecArray | null): boolean {
  return next !== null && next[2] === '' && SENTENCE_OPENERS.has(next[1]);
}

// Words that start a sentence and never follow an initial ("Malcolm X. It was ...").
const SENTENCE_OPENERS = new Set(['The', 'It', 'He', 'She', 'They', 'We', 'This', 'These', 'Those', 'But', 'However', 'Its', 'His', 'Her', 'Their', 'A', 'An', 'In', 'Meanwhile', 'Earlier', 'Later']);
// Lower-case words after which an initial and a surname may take a verb: clause openers ("Ortiz and
// J. Smith said", "after J. Smith left") and role words ("spokesman J. Smith said"); after any other
// lower-case word ("posted on X. Kjeldsen said", "renamed it X. Musk said") the letter is a name.
const INITIAL_LEADS = new Set(['and', 'or', 'but', 'nor', 'that', 'when', 'while', 'as', 'after', 'before', 'since', 'because', 'although', 'though', 'if', 'unless', 'until', 'where', 'whereas', 'who', 'whom', 'which', 'than', 'like', 'by', 'said', 'says', 'told', 'according', 'the', 'a', 'an', 'chief', 'coach', 'manager', 'star', 'rapper', 'singer', 'actor', 'actress', 'writer', 'author', 'artist']);
// Lower-case words that continue a name phrase rather than start a predicate ("by J. Smith and others").
const NAME_PHRASE_CONTINUERS = new Set(['and', 'or', 'of', 'in', 'on', 'at', 'to', 'for', 'with', 'the', 'a', 'an', 'who', 'whom', 'whose', 'which', 'that', 'from', 'by', 'as', 'de', 'van', 'von', 'da', 'di', 'del', 'la', 'le']);
const LOWER_CASE_LETTER = /\p{Ll}/u;
const SPACE_OR_NBSP = /[ \u00a0]/;
const NEXT_WORD = /[ \t\u00a0]{1,4}(\p{L}+)(\S?)/uy;
const WORD_AFTER_NAME = /[ \t\u00a0]{1,4}(\p{Ll}+)\b/uy;

/**
 * A capital letter before a full stop is an initial ("John F. Kennedy", "J. K. Rowling") unless the
 * next word opens a sentence ("Malcolm X. It was"), or a preposition precedes the letter and a name
 * with a verb follows it ("on X. Kjeldsen said").
 */
function endsWithOneLetterName(text: string, letterAt: number, dotAt: number): boolean {
  const next = wordAfterStop(text, dotAt);
  if (!next) return false;
  const [, nextWord, after] = next;
  if (after === '.' || after === '’' || after === "'") return false;
  if (opensSentence(next)) return true;
  if (!/^\p{Lu}\p{Ll}+$/u.test(nextWord)) return false;
  const { start, end } = wordBefore(text, letterAt, LOWER_CASE_LETTER, SPACE_OR_NBSP);
  const lead = text.slice(start, end);
  if (start === end || /\p{L}/u.test(text[start - 1] ?? '') || INITIAL_LEADS.has(lead) || ROLE_NOUNS.has(lead)) return false;
  WORD_AFTER_NAME.lastIndex = NEXT_WORD.lastIndex - after.length;
  const verb = WORD_AFTER_NAME.exec(text)?.[1];
  return verb !== undefined && !NAME_PHRASE_CONTINUERS.has(verb);
}

/** The paragraphs of the latest analysis with a cache, which the next one takes the unchanged ones from. */
interface Segmentation {
  paragraphs: readonly Paragraph[];
  paragraphTexts: readonly string[];
}

/**
 * Paragraphs and their sentences; with a cache, each paragraph's sentences are found once per
 * paragraph text, and the paragraphs an edit left alone (those before and after the ones it
 * changed) keep the string of their text from the latest analysis, whose hash is known and which
 * every later cache lookup finds by reference, and their sentences: as they were before the
 * edit, moved by what it added or removed after it.
 */
export function segment(text: string, cache?: ParagraphCache): { paragraphs: Paragraph[]; paragraphTexts: string[] } {
  const spans = paragraphSpans(text);
  const latest = cache?.kept<Segmentation>('segmentation');
  const [leading, trailing] = latest ? unchangedEnds(text, spans, latest.paragraphTexts) : [0, 0];
  const paragraphTexts: string[] = [];
  const paragraphs: Paragraph[] = [];
  for (let i = 0; i < spans.length; i++) {
    const span = spans[i];
    const was = i < leading ? i : i >= spans.length - trailing ? i - spans.length + latest!.paragraphs.length : -1;
    const paragraphText = was < 0 ? text.slice(span.start, span.end) : latest!.paragraphTexts[was];
    paragraphTexts.push(paragraphText);
    const kept = was < 0 || !cachesSentences(paragraphText) ? null : latest!.paragraphs[was];
    if (kept?.start === span.start) paragraphs.push(kept);
    else paragraphs.push({ start: span.start, end: span.end, sentences: kept ? moved(kept.sentences, span.start - kept.start) : cachedSentences(text, span, paragraphText, cache) });
  }
  cache?.keep<Segmentation>('segmentation', { paragraphs, paragraphTexts });
  return { paragraphs, paragraphTexts };
}

/** How many paragraphs at the start, and then at the end, have the text they had in the latest analysis. */
function unchangedEnds(text: string, spans: readonly Span[], latestTexts: readonly string[]): [leading: number, trailing: number] {
  // A slice compared to a string compares their characters at once (slicing copies nothing).
  const same = (span: Span, paragraphText: string) => span.end - span.start === paragraphText.length && text.slice(span.start, span.end) === paragraphText;
  const most = Math.min(spans.length, latestTexts.length);
  let leading = 0;
  while (leading < most && same(spans[leading], latestTexts[leading])) leading++;
  let trailing = 0;
  while (leading + trailing < most && same(spans[spans.length - 1 - trailing], latestTexts[latestTexts.length - 1 - trailing])) trailing++;
  return [leading, trailing];
}

function moved(sentences: readonly Sentence[], by: number): Sentence[] {
  return sentences.map((s) => ({ start: s.start + by, end: s.end + by }));
}

const WHITESPACE = /\s/;

// After a full stop the split looks across whitespace for the next word: past the end of a
// paragraph that ends in whitespace the paragraph split keeps (an em space), so no caching there.
function cachesSentences(paragraphText: string): boolean {
  return !WHITESPACE.test(paragraphText[paragraphText.length - 1]);
}

function cachedSentences(text: string, paragraph: Span, paragraphText: string, cache: ParagraphCache | undefined): Sentence[] {
  if (!cache || !cachesSentences(paragraphText)) return sentenceSpans(text, paragraph);
  // A paragraph split now returns its own sentences: moving them back and forth copies them twice.
  let found: Sentence[] | undefined;
  const relative = cache.get('sentences', paragraphText, () => moved((found = sentenceSpans(text, paragraph)), -paragraph.start));
  return found ?? moved(relative, paragraph.start);
}
