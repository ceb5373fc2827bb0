// What kind of paragraph a line of copy is: a headline or a byline, whose names are read apart.
import { GIVEN_NAMES } from '../lexicon/given-names';
import { isCapitalized, NAME_WORDS } from './words';

export interface ParagraphFacts {
  /** Headline-like line: title case, no sentence punctuation. */
  headline: boolean;
  /** Starts with "By " or "Write to ", or is a name and a job alone: names there are bylines. */
  byline: boolean;
}

// Wire copy closes with its credits in brackets: "(Reporting by Marco Aguilar in Lima; Editing by Susan Fenwick)",
// "(Additional reporting by …; Writing by …)".
const BYLINE = /^\(?(?:By|Write to|Reporting by|Additional reporting by|Writing by|Written by|Edited by|Editing by)\s+\p{Lu}/u;

// British web copy prints the byline without "By": "Pippa Harcourt Political correspondent", "Ana Ruiz in Madrid"
// (a given name first there: "Floods Strike in Kenya" is a headline).
const BARE_BYLINE = /^(\p{Lu}[\p{Ll}’'-]+)(?: \p{Lu}[\p{Ll}’'-]+){1,2} (?:(?:\p{Lu}\p{Ll}+ ){0,2}(?:correspondent|editor|reporter|writer|columnist)|(in) \p{Lu}\p{Ll}+)$/u;

// A name and a job make a short line: longer paragraphs are not tried.
const BARE_BYLINE_LONGEST = 100;

// The job that ends a bare byline, or the "in" before its place: a line with neither is no such byline (told without the expression).
const BYLINE_JOBS = ['correspondent', 'editor', 'reporter', 'writer', 'columnist'];
const mayBeBareByline = (line: string) => line.length <= BARE_BYLINE_LONGEST && (line.includes(' in ') || BYLINE_JOBS.some((job) => line.endsWith(job)));

function isBareByline(paragraph: string): boolean {
  const match = mayBeBareByline(paragraph) ? BARE_BYLINE.exec(paragraph) : null;
  return match !== null && (match[2] === undefined || GIVEN_NAMES.has(match[1]));
}

export function paragraphFacts(paragraph: string): ParagraphFacts {
  const byline = BYLINE.test(paragraph) || isBareByline(paragraph);
  return { headline: !byline && isHeadlineLike(paragraph), byline };
}

const SENTENCE_PUNCTUATION = /[.!?:"”]/;
// A sentence ended inside the line by a lower-case word or a number, or any sentence a bracketed
// credit follows: "Gov. Ana Cruz at the site. (Provincial Information Office photo)", "… on March 3,
// 2024. (Photo by …)", "Photo: Ana Cruz in April. (Getty Images)" are captions ("Gov." is no end: a capitalized word).
const SENTENCE_INSIDE = /(?:^|\s)(?:\p{Ll}+|\d+)[.!?]\s+\p{Lu}|[.!?]\s+\(/u;

/** Two to twenty words, mostly capitalized, with no sentence punctuation at the end (tested first: most paragraphs stop there). */
function isHeadlineLike(paragraph: string): boolean {
  // The last character alone: an end-anchored expression would try every position of the paragraph.
  if (SENTENCE_PUNCTUATION.test(paragraph.trimEnd().slice(-1)) || SENTENCE_INSIDE.test(paragraph)) return false;
  const words = paragraph.match(NAME_WORDS) ?? [];
  return words.length >= 2 && words.length <= 20 && words.filter(isCapitalized).length / words.length >= 0.6;
}
