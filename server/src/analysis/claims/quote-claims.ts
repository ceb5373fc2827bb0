import type { Claim, Paragraph, Quotation, Span } from '../model';
import type { TextContext } from '../context';
import { claimOf, NO_SPEAKER, speakersOf, type Speaker, type SpeakerIndex } from './speakers';
import { REPORTING_VERBS } from './verbs';

const VERB = `(?:${REPORTING_VERBS})`;
// “Q,” said X / “Q,” X said / “Q,” X wrote on social media / “Q?” asked X.
// "“Q,” told reporters she…" names the listeners, not the speaker.
const VERB_FIRST = new RegExp(`^\\s*(?!told\\b|tells\\b)(${VERB})\\s+([^,.;:“”"!?]{1,80}?)(?=\\s*(?:[,.;:!?]|$|\\s+(?:on|in|at|to|after|before|during|while|who|when|as)\\b))`, 'i');
// Names may hold full stops ("Assistant U.S. Attorney Kevin Marsh told jurors").
const SPEAKER_FIRST = new RegExp(`^\\s*([^,;:“”"!?]{1,80}?)\\s+(${VERB})\\b`, 'i');
// X said: “Q” / X told reporters, “Q” / X added, “Q”.
const BEFORE_QUOTE = new RegExp(`(?:^|[.;!?]\\s+|,\\s+(?:and|but)\\s+|\\bas\\s+)([^.;:!?“”"]{1,100}?)\\s+(${VERB})\\b[^.;!?“”"]{0,60}?[,:]\\s*$`, 'i');
// X called the plan “reckless”: the last speaking verb earlier in the sentence gives a partial quote its speaker.
const PARTIAL_VERB = new RegExp(`\\b(?:${VERB}|called|calls|described|describes|dubbed|branded|labeled|labelled)\\b`, 'gi');
const VERB_NEAR = new RegExp(`\\b(${VERB}|called)\\b`, 'i');
const CLAUSE_OPENER = /(?:[;:]\s+|,\s+(?:and|but|while|as)\s+|\b(?:but|and|while)\s+)/g;
const TITLE_CUE = /\b(?:book|memoir|novel|film|movie|show|series|podcast|documentary|album|song|report|article|essay|op-ed|column|headlined|titled|entitled|play|program|programme|newsletter|blog|speech|poem|study|paper)\s*,?\s*(?:called\s+)?$/i;
const SCARE_CUE = /\b(?:so-called|what (?:it|he|she|they|critics|officials) (?:call|calls|called|dubbed|term|termed)|known as|dubbed|nicknamed)\s*$/i;

const TITLE_MAX_CHARS = 120;
const ATTRIBUTION_REACH = 300;
const PARTIAL_MAX_CHARS = 60;

export type QuoteKind = 'speech' | 'scare' | 'title';

export function quoteKind(text: string, quotation: Quotation): QuoteKind {
  const before = text.slice(Math.max(0, quotation.open - 50), quotation.open);
  if (TITLE_CUE.test(before)) return 'title';
  if (SCARE_CUE.test(before)) return 'scare';
  // Titles are short: looking further than this into a long (or never closed) quote is wasted work.
  if (quotation.contentEnd - quotation.contentStart > TITLE_MAX_CHARS) return 'speech';
  // Trailing punctuation trimmed by hand: an end-anchored regex is quadratic on a long unclosed quote.
  let contentEnd = quotation.contentEnd;
  while (contentEnd > quotation.contentStart && ',.!?'.includes(text[contentEnd - 1])) contentEnd--;
  const content = text.slice(quotation.contentStart, contentEnd);
  const words = content.match(/[\p{L}'’-]+/gu) ?? [];
  const capitalized = words.filter((w) => /^\p{Lu}/u.test(w)).length;
  // Title case without sentence punctuation: a title ("Build Fast, Break Nothing").
  if (words.length >= 2 && words.length <= 10 && capitalized / words.length >= 0.75 && !/[.!?]/.test(content)) return 'title';
  return 'speech';
}

function sentenceStart(paragraph: Paragraph, offset: number): number {
  return paragraph.sentences.find((s) => s.start <= offset && offset <= s.end)?.start ?? paragraph.start;
}

/** The words right around a quotation that name who said it, or null. */
function attributionAround(text: string, paragraph: Paragraph, quotation: Quotation, partial: boolean): Span | null {
  if (quotation.close !== null) {
    const afterStart = quotation.close + 1;
    const after = text.slice(afterStart, Math.min(paragraph.end, afterStart + 120));
    const verbFirst = VERB_FIRST.exec(after);
    if (verbFirst) {
      const at = afterStart + verbFirst[0].length - verbFirst[2].length;
      return { start: at, end: at + verbFirst[2].length };
    }
    const speakerFirst = SPEAKER_FIRST.exec(after);
    // Only right after the closing punctuation of the quote (“…,” she said) — not a new sentence.
    if (speakerFirst && /[,?!—-]["”’]?$/.test(text.slice(quotation.contentEnd - 1, quotation.close + 1))) {
      const at = afterStart + after.indexOf(speakerFirst[1]);
      return { start: at, end: at + speakerFirst[1].length };
    }
  }
  // An attribution sits within a few hundred characters of its quote; looking no further keeps
  // a long sentence of quotation marks linear.
  let lineStart = Math.max(sentenceStart(paragraph, quotation.open), quotation.open - ATTRIBUTION_REACH);
  if (/[\uDC00-\uDFFF]/.test(text[lineStart] ?? '')) lineStart++; // never start inside a surrogate pair
  const before = text.slice(lineStart, quotation.open);
  const introduced = BEFORE_QUOTE.exec(before);
  if (introduced) {
    const at = quotation.open - before.length + introduced.index + introduced[0].indexOf(introduced[1]);
    return { start: at, end: at + introduced[1].length };
  }
  // Mid-sentence quotes: "Ellery called the order “regulation by press release”".
  if (partial || quotation.open > lineStart) {
    const sentence = text.slice(lineStart, quotation.open);
    const verbs = [...sentence.matchAll(PARTIAL_VERB)];
    const verb = verbs[verbs.length - 1];
    if (verb) {
      let clauseStart = 0;
      for (const opener of sentence.slice(0, verb.index).matchAll(CLAUSE_OPENER)) clauseStart = opener.index! + opener[0].length;
      return { start: lineStart + clauseStart, end: lineStart + verb.index! };
    }
  }
  return null;
}

const wordsIn = (text: string) => (text.match(/[\p{L}\p{N}'’-]+/gu) ?? []).length;

/** What the words in and around one quotation of speech say, whoever the speaker turns out to be. */
interface QuoteSite {
  partial: boolean;
  /** The words naming the speaker, relative to the paragraph, or null. */
  attribution: Span | null;
  verb: string | null;
}

// Reading a quotation looks a little past its paragraph (a title cue before a quote that opens
// it, a verb near the marks): the sites are kept with that much text on either side, and found
// again when it changes.
const CONTEXT_BEFORE = 80;
const CONTEXT_AFTER = 60;

interface KeptSites {
  before: string;
  after: string;
  sites: (QuoteSite | null)[];
}

/** The site of each of a paragraph's quotations; null for nested ones, titles and scare quotes. */
function quoteSites(text: string, paragraph: Paragraph, quotations: readonly Quotation[]): (QuoteSite | null)[] {
  return quotations.map((quotation) => {
    if (quotation.nested || quoteKind(text, quotation) !== 'speech') return null;
    const content = text.slice(quotation.contentStart, Math.min(quotation.contentEnd, quotation.contentStart + PARTIAL_MAX_CHARS));
    const partial = quotation.contentEnd - quotation.contentStart <= PARTIAL_MAX_CHARS && wordsIn(content) <= 3 && !(quotation.open === paragraph.start && quotation.end >= paragraph.end - 2);
    const attribution = attributionAround(text, paragraph, quotation, partial);
    return { partial, attribution: attribution && { start: attribution.start - paragraph.start, end: attribution.end - paragraph.start }, verb: verbNear(text, quotation) };
  });
}

/**
 * Quote claims: every quotation of speech with its speaker. A quote with no attribution of its
 * own takes the speaker of the quote before it in the paragraph, of the part it continues, or,
 * standing alone at the start of a paragraph, of the previous paragraph's last claim.
 */
export function quoteClaims(index: SpeakerIndex, context: Pick<TextContext, 'paragraphs' | 'paragraphTexts' | 'quotations' | 'cache'>, reportedBefore: (offset: number) => Speaker | null): Claim[] {
  const { text } = index;
  const { paragraphs, paragraphTexts, quotations, cache } = context;
  const claims: Claim[] = [];
  const byQuotation = new Map<number, Claim>();
  let next = 0;
  for (let p = 0; p < paragraphs.length; p++) {
    const paragraph = paragraphs[p];
    const first = next;
    while (next < quotations.length && quotations[next].start < paragraph.end) next++;
    if (next === first) continue;
    const before = text.slice(Math.max(0, paragraph.start - CONTEXT_BEFORE), paragraph.start);
    const after = text.slice(paragraph.end, Math.min(text.length, paragraph.end + CONTEXT_AFTER));
    const { sites } = cache.get<KeptSites>(
      'quote-sites',
      paragraphTexts[p],
      () => ({ before, after, sites: quoteSites(text, paragraph, quotations.slice(first, next)) }),
      (kept) => kept.before === before && kept.after === after,
    );
    const speakers = speakersOf(index, paragraph.start, sites, () => sites.map((site) => site?.attribution ?? null));
    for (let i = first; i < next; i++) {
      const site = sites[i - first];
      if (!site) continue;
      const quotation = quotations[i];
      const { partial } = site;
      let speaker = speakers[i - first];
      let verb = speaker === NO_SPEAKER ? null : site.verb;
      if (speaker === NO_SPEAKER) {
        const continued = quotation.continues !== null ? byQuotation.get(quotation.continues) : undefined;
        const previousInParagraph = claims.length > 0 && claims[claims.length - 1].start >= paragraph.start ? claims[claims.length - 1] : undefined;
        const inherited = continued ?? previousInParagraph ?? (quotation.open === paragraph.start ? (claims.length > 0 ? claims[claims.length - 1] : undefined) : undefined);
        const fromReported = quotation.open === paragraph.start ? reportedBefore(quotation.open) : null;
        if (inherited && (inherited.speaker || inherited.anonymous)) {
          speaker = { speaker: inherited.speaker, speakerText: inherited.speakerText, speakerSpan: inherited.speakerSpan, anonymous: inherited.anonymous };
          verb = inherited.verb;
        } else if (fromReported) {
          speaker = fromReported;
        }
      }
      if (partial && speaker === NO_SPEAKER) continue; // a lone short quote with nobody behind it is a scare quote
      const claim = claimOf(quotation, text.slice(quotation.start, quotation.end), 'quote', speaker, verb, partial);
      claims.push(claim);
      byQuotation.set(i, claim);
    }
  }
  // A multi-paragraph quote is attributed once, often in its last part: share it backwards.
  quotations.forEach((quotation, i) => {
    const claim = byQuotation.get(i);
    const earlier = quotation.continues !== null ? byQuotation.get(quotation.continues) : undefined;
    if (claim && earlier && !earlier.speaker && !earlier.anonymous && (claim.speaker || claim.anonymous)) {
      Object.assign(earlier, { speaker: claim.speaker, speakerText: claim.speakerText, speakerSpan: claim.speakerSpan, anonymous: claim.anonymous, verb: claim.verb });
    }
  });
  return claims;
}

function verbNear(text: string, quotation: Quotation): string | null {
  const around = text.slice(Math.max(0, quotation.open - 80), Math.min(text.length, quotation.end + 60));
  return VERB_NEAR.exec(around)?.[1].toLowerCase() ?? null;
}
