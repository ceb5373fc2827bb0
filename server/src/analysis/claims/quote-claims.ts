import type { Claim, Paragraph, Quotation, Span } from '../model';
import type { TextContext } from '../context';
import { DOCUMENT_NOUNS } from '../lexicon/actor-cues';
import { claimOf, NO_SPEAKER, pronounSpeaker, speakersOf, type SpeakerIndex, type SpeakerSite } from './speakers';
import { continuesApposition, FRONTED_QUESTION, isInCommaAside, nameGivenIn, PASSIVE_BEFORE, withoutVerbCompanions } from './subjects';
import { CLAUSE_CONJUNCTION, FINITE_REPORTING_VERBS, OPEN_FOR_ATTRIBUTION, QUOTING_ONLY_VERBS, RELATIVE_CLAUSE_BEFORE_VERB, REPORTING_VERBS, SPEAKING_VERBS } from './verbs';

const VERB = `(?:${REPORTING_VERBS})`;
// “Q,” said X / “Q,” X said / “Q,” X wrote on social media / “Q?” asked X / “Q,” said Mr. X /
// “Q,” said state Sen. X (D., Las Cruces), …: a title's full stop is no end of the name, a party's parenthesis is.
// "“Q,” told reporters she…" names the listeners, not the speaker.
// A middle initial's full stop ("said Sudhir M. Jagtap") is none either: one letter alone before it and
// a word after it (VERB_FIRST ignores case, so [a-z] is any Latin letter).
const TITLE_STOP = String.raw`(?:(?<=\b(?:Mr|Mrs|Ms|Dr|Prof|Sen|Rep|Gov|Gen|Lt|Col|Maj|Capt|Cmdr|Adm|Sgt|Cpl|Supt|Insp|Rev|St|Hon|Amb|Coun|Cllr|Smt|Engr))\.|(?<=\s[a-z])\.(?=\s[a-z]{2}))`;
const VERB_FIRST = new RegExp(`^\\s*(?!told\\b|tells\\b)(${VERB})\\s+((?:[^,.;:“”"!?(]|${TITLE_STOP}){1,80}?)(?=\\s*(?:[,;:!?(]|(?!${TITLE_STOP})\\.|$|\\s+(?:on|in|at|to|after|before|during|while|who|when|as)\\b))`, 'i');
// Names may hold full stops ("Assistant U.S. Attorney Kevin Marsh told jurors").
const SPEAKER_FIRST = new RegExp(`^\\s*([^,;:“”"!?]{1,80}?)\\s+(${VERB})\\b`, 'i');
// A nickname in quotation marks between a person's names: "Kwabena “KB” Owusu-Ansah said".
const QUOTED_NICKNAME = /[“"]([^,;:“”"!?\n]{1,20})[”"](?=\s)/g;

/** The text with each quoted nickname's marks made spaces (offsets kept), so a speaker's name reads whole. */
function withoutNicknameMarks(text: string): string {
  return text.includes('“') || text.includes('"') ? text.replace(QUOTED_NICKNAME, (_, nickname: string) => ` ${nickname} `) : text;
}
// “Q,” Orbitra’s chief executive, Arjun Rao, said / “Q,” Arjun Rao, the chief executive, said: a name and its apposition.
// “Q,” Ghana’s Minister of Tourism, Arts and Culture, Nana Boateng, said: a list inside the title adds a comma.
const SPEAKER_IN_APPOSITION = new RegExp(`^\\s*([^,;:“”"!?]{1,60}?(?:,\\s+[^,;:“”"!?]{1,60}?){1,2}),\\s+(${VERB})\\b`, 'i');
// "said the company’s chief executive, Arjun Rao.": the name after a description ending the attribution.
// (The sentence's full stop is no part of the name: its last word ends on a letter.)
const NAME_AFTER_DESCRIPTION = /^,\s+\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3}(?<=\p{L})(?=\s*(?:[,.;!?]|$))/u;
// "said one woman, who gave only her first name, Saule.": a relative clause after the speaker may give the name.
const RELATIVE_AFTER_SPEAKER = /^,\s+who\s/;
// X said: “Q” / X told reporters, “Q” / X added, “Q”.
const BEFORE_QUOTE = new RegExp(`(?:^|[.;!?]\\s+|,\\s+(?:and|but)\\s+|\\bas\\s+)([^.;:!?“”"]{1,100}?)\\s+(${VERB})\\b[^.;!?“”"]{0,60}?[,:]\\s*$`, 'i');
// "In the words of council president Marcus Dell, “…”", "According to one aide, “…”": a source phrase right before the quote.
const SOURCE_BEFORE_QUOTE = /\b(?:according\s+to|in\s+the\s+words\s+of)\s+([^,;:“”"]{1,80}),\s*$/i;
// “Q,” said X, a spokeswoman, “Q2”: an attribution set between two parts of one quotation, its verb first.
const BETWEEN_QUOTES = new RegExp(`,[”"’]\\s+(?:${VERB})\\s+([^.;:!?“”"]{1,120}?),\\s*$`, 'i');
// X called the plan “reckless”: the last speaking verb earlier in the sentence gives a partial quote its speaker
// (not the "called" of "so-called", an adjective).
const PARTIAL_VERB = new RegExp(`(?<!-)\\b(?:${SPEAKING_VERBS}|${QUOTING_ONLY_VERBS})\\b`, 'gi');
const REPORTING_VERB = new RegExp(`\\b(?:${FINITE_REPORTING_VERBS})\\b`, 'gi');
const FRONTED_OBJECT_END = /(?:,|\b(?:what|which|that|whom)\b)\s+/g;
const OBJECT_BEFORE_SUBJECT = /^(?:an?|the)\s+[\p{Ll}-]+\s+(?=(?:the|a|an|his|her|its|their|it|he|she|they|we)\s|\p{Lu})/u;
const SHARED_SUBJECT = /^(?:has|have|had|also|later|then)?$/i;
// "Read more: Duarte: ‘…’": a link line's label before the name is no part of it.
const COLON_LEAD = /(?:^|[,;:]\s+)([^,;:“”"]{1,80}):\s*$/;
const VERB_NEAR = new RegExp(`\\b(${VERB}|called)\\b`, 'i');
// "a debate in which deputies accused him of “…”": a relative clause with a subject of its own.
// "… pulled the film after farmworker groups called it “…”": a subordinate clause with its own subject.
const CLAUSE_OPENER = /(?:[;:]\s+|,\s+(?:and|but|while|as)\s+|\b(?:but|and|while)\s+|\b(?:in|at|on|during|under|after)\s+which\s+|\bwhere\s+|\b(?<subordinator>after|before|because|since|until|unless|although|though|when)\s+(?=(?:the|a|an|his|her|its|their|he|she|it|they|we|I)\s|\p{Lu}|\p{Ll}+\s+\p{Ll}{3,}s\s))/gu;
// "author of “Wheels of the City,”": a work named by its maker too.
const TITLE_CUE_WORDS = ['book', 'memoir', 'novel', 'film', 'movie', 'show', 'series', 'drama', 'noir', 'thriller', 'comedy', 'miniseries', 'sitcom', 'soap', 'opera', 'musical', 'podcast', 'documentary', 'album', 'song', 'report', 'article', 'essay', 'op-ed', 'column', 'headlined', 'titled', 'entitled', 'play', 'program', 'programme', 'newsletter', 'blog', 'speech', 'poem', 'study', 'paper', String.raw`author\s+of`, String.raw`co-author\s+of`];
const TITLE_CUE = new RegExp(String.raw`\b(?:${TITLE_CUE_WORDS.join('|')})\s*,?\s*(?:called\s+)?$`, 'i');
// "BBC Radio 4’s “Today” programme", "the “Saltmarsh” cast": a work named by the noun after it ("show" and "series" are verbs too often).
const TITLE_NOUN_AFTER = /^,?\s+(?:programme|program|podcast|documentary|newsletter|album|film|broadcast|cast|finale)\b/i;
// "what critics call “…”" distances; "what it called “…”" quotes the speaker it stands for.
const SCARE_VERBS = ['call', 'calls', 'called', 'dubbed', 'term', 'termed'];
const SCARE_CUE = new RegExp(String.raw`\b(?:so-called|what (?:critics|officials) (?:${SCARE_VERBS.join('|')})|known as|dubbed|nicknamed)\s*$`, 'i');
// "held a sign reading “…”", "banners that read “…”", "T-shirts bearing “…”": a slogan on display,
// the words of whoever holds it up (in title case too: "Not For Sale" is no title there).
const DISPLAY_CUE = /\b(?:signs?|banners?|placards?|posters?|T-shirts?|shirts?|billboards?|stickers?)\s+(?:(?:that|which)\s+(?:read|reads)|reading|reads|saying|bearing|with\s+the\s+words)\s*[,:]?\s*$/i;
// The last letters DISPLAY_CUE ends on: most quotes follow none of them, and the expression is not run.
const DISPLAY_CUE_ENDINGS = new Set(['read', 'reads', 'reading', 'saying', 'bearing', 'words']);
// Who holds it up: the subject of the clause, its verb, and the display's determiner and adjective ("a retired teacher held a hand-painted ").
const DISPLAY_HOLDER = /(?:^|[,;:]\s*)([^,;:“”"]{1,80}?)\s+(?:(?:had|has|have|was|were)\s+)?\p{Ll}+\s+(?:(?:a|an|the|their|his|her|its)\s+)?(?:[\p{Ll}-]+\s+)?$/u;

const CROWD_CUE = /\b(chants|chanting|cries|shouts|cheers|jeers|roars)\s+of\s+$/i;

/** Where the display a quote is read off starts in `before` ("a sign reading"), or -1. */
function displayBefore(before: string): number {
  return DISPLAY_CUE_ENDINGS.has(lastLetters(before)) ? (DISPLAY_CUE.exec(before)?.index ?? -1) : -1;
}

// The last letters of every cue: a cue ends on one of these words, or on a "called" that may
// follow its noun with nothing between ("bookcalled"). Both cues scan their 50 characters at every
// word boundary (~0.4 µs a quote), and most quotes follow a "said".
const CUE_ENDINGS = new Set([...TITLE_CUE_WORDS.map(lastLetters), ...SCARE_VERBS, 'as', 'nicknamed']);

// Built once: a regular-expression literal makes a new object each time it is reached, for every quote.
const LOWER_CASE_FIRST = /^\p{Ll}/u;
const CAPITAL_FIRST_WORD = /^\s*\p{Lu}/u;
const LOWER_CASE_LAST = /\p{Ll}$/u;
const SENTENCE_MARK = /[.!?]/;
const GLUED_SENTENCE_END = /^[\p{Ll}\d][.!?]$/u;
const LOW_SURROGATE = /[\uDC00-\uDFFF]/;
const ING_LAST = /ing$/i;
const COMMA_LAST = /,\s*$/;
const DOCUMENT_LAST = new RegExp(`\\b(?:${DOCUMENT_NOUNS}|note|ultimatum|order|decree|directive|message)s?\\s+$`, 'i');
const DOCUMENT_LAST_CHARS = 20;
// A clause after "and" opening on a word that is no determiner or pronoun opens on its verb.
const VERB_OPENING = /^(?!(?:the|a|an|his|her|its|their|he|she|it|they|we|I)\s)\p{Ll}/u;
const RELATIVE_WHO_ONLY = /^who\s*$/;
const WITH = ' with ';
const PHRASE_BREAK = /[,;:“”"]/;
// "what it called its “…”", "which Petrosyan described as a “…”": nothing but a pronoun, "as" or a determiner between the verb and the quote.
const OBJECT_BEFORE_QUOTE = /^\s*(?:it\s+|them\s+)?(?:as\s+)?(?:its\s+|his\s+|her\s+|their\s+|an?\s+)?$/;
const ANY_LETTER = /\p{L}/u;
const SPACE = /\s/;

/**
 * The ASCII letters a text ends on, lower-cased, past the spaces and the one comma a cue leaves
 * before its quote: the cues, case-blind without the Unicode flag, match ASCII letters only.
 */
function lastLetters(text: string): string {
  let tail = text.trimEnd();
  if (tail.endsWith(',')) tail = tail.slice(0, -1).trimEnd();
  let start = tail.length;
  // Lower-cased by a bit: A–Z and a–z alone land in a–z.
  while (start > 0 && ((tail.charCodeAt(start - 1) | 32) - 97) >>> 0 < 26) start--;
  return tail.slice(start).toLowerCase();
}

/** Whether the words before a quote may end on a cue ("the book", "so-called"): false leaves neither cue to test. */
export function mayEndOnCue(before: string): boolean {
  const last = lastLetters(before);
  return CUE_ENDINGS.has(last) || last.endsWith('called');
}

/** "the book “…”", "author of “…”": the words before a quote name a work. */
export function endsOnTitleCue(before: string): boolean {
  return mayEndOnCue(before) && TITLE_CUE.test(before);
}

const TITLE_MAX_CHARS = 120;
const TITLE_MAX_WORDS = 10;
const TITLE_WORD = /[\p{L}'’-]+/gu;
const TITLE_SMALL_WORDS = new Set(['a', 'an', 'the', 'at', 'of', 'in', 'on', 'for', 'and', 'or', 'to', 'by', 'with', 'from']);
const CAPITALIZED = /^\p{Lu}/u;
const ATTRIBUTION_REACH = 300;
const PARTIAL_MAX_CHARS = 60;

export type QuoteKind = 'speech' | 'scare' | 'title';

export function quoteKind(text: string, quotation: Quotation): QuoteKind {
  const before = text.slice(Math.max(0, quotation.open - 50), quotation.open);
  if (displayBefore(before) >= 0) return 'speech';
  // A title opens on a capital: "cuts to the programme “under any circumstances”" quotes words.
  if (mayEndOnCue(before)) {
    if (TITLE_CUE.test(before) && !LOWER_CASE_FIRST.test(text.slice(quotation.contentStart, quotation.contentStart + 1))) return 'title';
    if (SCARE_CUE.test(before)) return 'scare';
  }
  // Titles are short: looking further than this into a long (or never closed) quote is wasted work.
  if (quotation.contentEnd - quotation.contentStart > TITLE_MAX_CHARS) return 'speech';
  if (isNicknameBetweenNames(text, quotation, before)) return 'scare';
  if (quotation.close !== null && TITLE_NOUN_AFTER.test(text.slice(quotation.close + 1, quotation.close + 16))) return 'title';
  // Trailing punctuation trimmed by hand: an end-anchored regex is quadratic on a long unclosed quote.
  let contentEnd = quotation.contentEnd;
  while (contentEnd > quotation.contentStart && ',.!?'.includes(text[contentEnd - 1])) contentEnd--;
  const content = text.slice(quotation.contentStart, contentEnd);
  // Title case without sentence punctuation: a title ("Build Fast, Break Nothing"). The words are
  // counted only without it, and no further than a title could still be read.
  if (SENTENCE_MARK.test(content)) return 'speech';
  let words = 0;
  let capitalized = 0;
  TITLE_WORD.lastIndex = 0;
  // A third word not capitalized leaves fewer than three quarters capitalized among ten: no title.
  for (let word = TITLE_WORD.exec(content); word && words <= TITLE_MAX_WORDS && (words - capitalized) * 4 <= TITLE_MAX_WORDS; word = TITLE_WORD.exec(content)) {
    words++;
    // "Midnight at the Quays": title case leaves its short joining words in lower case (after a capital first word).
    if (CAPITALIZED.test(word[0]) || (capitalized === words - 1 && words > 1 && TITLE_SMALL_WORDS.has(word[0]))) capitalized++;
  }
  return words >= 2 && words <= TITLE_MAX_WORDS && capitalized / words >= 0.75 ? 'title' : 'speech';
}

// "Kwabena “KB” Owusu-Ansah", "Ibrahim “Oga Strike” Ndayako": a nickname between a person's names.
const NAME_BEFORE = /\p{Lu}[\p{Ll}'’-]+\s$/u;
const NAME_AFTER = /^\s\p{Lu}\p{Ll}/u;
const NICKNAME_CHARS = 20;

function isNicknameBetweenNames(text: string, quotation: Quotation, before: string): boolean {
  return quotation.close !== null && quotation.contentEnd - quotation.contentStart <= NICKNAME_CHARS && NAME_BEFORE.test(before) && NAME_AFTER.test(text.slice(quotation.close + 1, quotation.close + 4));
}

/** "… a cafe in Geelong.“Something has to give”": a quotation glued to a full stop opens a sentence the splitter ran on through. */
export function gluedToSentenceEnd(text: string, open: number): boolean {
  return open >= 2 && GLUED_SENTENCE_END.test(text.slice(open - 2, open));
}

/** The start of the sentence a quotation stands in, or opens. */
function quoteSentenceStart(text: string, paragraph: Paragraph, quotation: Quotation): number {
  if (gluedToSentenceEnd(text, quotation.open)) return quotation.open;
  return paragraph.sentences.find((s) => s.start <= quotation.open && quotation.open <= s.end)?.start ?? paragraph.start;
}

/** The words right around a quotation that name who said it, or null. */
export function attributionAround(text: string, paragraph: Paragraph, quotation: Quotation, partial: boolean): QuotingSite | null {
  if (quotation.close !== null) {
    const afterStart = quotation.close + 1;
    // The attribution is in the quote's own sentence: "… London. She confirmed" names nobody for it.
    const sentenceEnd = paragraph.sentences.find((s) => s.start <= afterStart && afterStart < s.end)?.end ?? paragraph.end;
    // “… do its job”, she said: some copy sets the comma after the closing mark.
    const commaOutside = text[afterStart] === ',' ? 1 : 0;
    const after = text.slice(afterStart + commaOutside, Math.min(sentenceEnd, afterStart + 120));
    // "“… has not changed.” Asked whether …": a capital after a full stop opens the next sentence, no attribution.
    const nextSentence = text[quotation.close - 1] === '.' && CAPITAL_FIRST_WORD.test(after);
    const verbFirst = nextSentence ? null : VERB_FIRST.exec(after);
    if (verbFirst) {
      const at = afterStart + commaOutside + verbFirst[0].length - verbFirst[2].length;
      const rest = after.slice(verbFirst[0].length);
      const named = LOWER_CASE_LAST.test(verbFirst[2]) ? NAME_AFTER_DESCRIPTION.exec(rest) : null;
      const given = !named && RELATIVE_AFTER_SPEAKER.test(rest) ? nameGivenIn(rest) : null;
      if (given) return { start: at + verbFirst[2].length + given.start, end: at + verbFirst[2].length + given.end };
      return { start: at, end: at + verbFirst[2].length + (named?.[0].length ?? 0) };
    }
    // Only right after the closing punctuation of the quote (“…,” she said) — not a new sentence
    // (tested first: it spares the expressions); and “…,” but Varga said is a new clause, not the quote's attribution.
    const open = commaOutside === 1 || OPEN_FOR_ATTRIBUTION.test(text.slice(quotation.contentEnd - 2, quotation.close + 1));
    const afterUnmarked = open ? withoutNicknameMarks(after) : after;
    const speakerFirst = open ? (SPEAKER_FIRST.exec(afterUnmarked) ?? SPEAKER_IN_APPOSITION.exec(afterUnmarked)) : null;
    if (speakerFirst && !CLAUSE_CONJUNCTION.test(speakerFirst[1])) {
      const at = afterStart + commaOutside + afterUnmarked.indexOf(speakerFirst[1]);
      return { start: at, end: at + speakerFirst[1].length };
    }
  }
  // An attribution sits within a few hundred characters of its quote; looking no further keeps
  // a long sentence of quotation marks linear.
  let lineStart = Math.max(quoteSentenceStart(text, paragraph, quotation), quotation.open - ATTRIBUTION_REACH);
  if (LOW_SURROGATE.test(text[lineStart] ?? '')) lineStart++; // never start inside a surrogate pair
  const before = text.slice(lineStart, quotation.open);
  // "to chants of “¡Acta por acta!”", "amid shouts of “…”": a crowd's words, no one named.
  const crowd = before.endsWith('of ') ? CROWD_CUE.exec(before) : null;
  if (crowd) return { start: lineStart + crowd.index, end: lineStart + crowd.index + crowd[1].length, anonymityAsked: true };
  const display = displayBefore(before);
  if (display >= 0) {
    const holder = DISPLAY_HOLDER.exec(before.slice(0, display));
    return holder && { start: lineStart + holder.index + holder[0].indexOf(holder[1]), end: lineStart + holder.index + holder[0].indexOf(holder[1]) + holder[1].length };
  }
  // BEFORE_QUOTE and COLON_LEAD end on a comma or a colon before the quote: without one, neither is run.
  const leadEnd = before.trimEnd().slice(-1);
  // The source phrase is read first: its own verbs are no attribution ("In the words of one driver
  // who asked not to be named, “…”" is not "asked").
  const source = leadEnd === ',' ? SOURCE_BEFORE_QUOTE.exec(before) : null;
  const introduced = source ?? (leadEnd === ',' || leadEnd === ':' ? (BEFORE_QUOTE.exec(before) ?? (leadEnd === ',' ? BETWEEN_QUOTES.exec(before) : null)) : null);
  if (introduced) {
    const at = quotation.open - before.length + introduced.index + introduced[0].indexOf(introduced[1]);
    return { start: at, end: at + introduced[1].length };
  }
  const verbSubject = partial || quotation.open > lineStart ? subjectOfLastVerb(before, lineStart) : null;
  // "…, a statement Verhaegen brushed off: “…”": whoever the words before the colon name, else
  // the subject of the last speaking verb.
  const colonLead = leadEnd === ':' ? COLON_LEAD.exec(before) : null;
  if (colonLead) {
    const at = lineStart + colonLead.index + colonLead[0].indexOf(colonLead[1]);
    return { start: at, end: at + colonLead[1].length, fallback: verbSubject ?? undefined };
  }
  return verbSubject ?? (quotation.open === lineStart ? beatBefore(text, paragraph, lineStart) : null);
}

// "Asked whether he had been promised money, the Portuguese shrugged. ‘Ask the chairman.’": a
// gesture closing the sentence before a quote that opens its own gives the quote its speaker, the
// gesture's subject (after a fronted clause's comma).
const BEAT = /(?:^|,\s+)([^,;:“”"‘’]{1,60}?)\s+(?:shrugged|smiled|laughed|grinned|nodded|sighed|paused|winced|chuckled|frowned|bristled|hesitated|scoffed|smirked|beamed|was\s+(?:blunt|defiant|unrepentant|adamant|philosophical|candid|frank))(?:\s+\p{Ll}+ly)?\.\s*$/u;
// The last letters of a sentence a beat may close (most quotes follow none): "…ed. ", "…ly. ", "blunt. ".
const BEAT_END = /(?:ed|ly|nt|ve|al|id|nk)\.\s*$/;
const BEAT_REACH = 120;

/** The subject of a gesture closing the sentence that ends right before `sentenceStart` in its paragraph (see BEAT), or null. */
function beatBefore(text: string, paragraph: Paragraph, sentenceStart: number): QuotingSite | null {
  const from = Math.max(paragraph.start, sentenceStart - BEAT_REACH);
  const lead = text.slice(from, sentenceStart);
  if (!BEAT_END.test(lead)) return null;
  let previousStart = -1;
  for (const sentence of paragraph.sentences) if (sentence.end <= sentenceStart) previousStart = sentence.start;
  if (previousStart < 0) return null;
  const start = Math.max(from, previousStart);
  const beat = BEAT.exec(text.slice(start, sentenceStart));
  if (!beat) return null;
  const at = start + beat.index + beat[0].indexOf(beat[1]);
  return { start: at, end: at + beat[1].length };
}

const QUOTING_ONLY = new RegExp(`^(?:${QUOTING_ONLY_VERBS})$`, 'i');

type QuotingSite = SpeakerSite & { quotingOnly?: boolean };

/**
 * The last match of a global expression in `text` (which matches no empty text): the matches are
 * passed over with test, and only the last is read with exec, from where the search found it
 * (matchAll would clone the long expression for every call; exec, build every match).
 */
function lastMatch(expression: RegExp, text: string): RegExpExecArray | null {
  let from = -1;
  expression.lastIndex = 0;
  for (let at = 0; expression.test(text); at = expression.lastIndex) from = at;
  if (from < 0) return null;
  expression.lastIndex = from;
  return expression.exec(text);
}

/** Mid-sentence quotes: "Ellery called the order “regulation by press release”". */
function subjectOfLastVerb(sentence: string, offset: number): QuotingSite | null {
  const verb = lastMatch(PARTIAL_VERB, sentence);
  // "The dispute has been dubbed the “salary war” by local media": the subject is what was named.
  if (!verb || PASSIVE_BEFORE.test(sentence.slice(Math.max(0, verb.index! - 8), verb.index))) return null;
  // "Asked whether she would stay before her term ends, Roe said": no clause opens inside the question.
  let clauseStart = FRONTED_QUESTION.exec(sentence)?.[0].length ?? 0;
  let previousStart = clauseStart;
  // "Aminata Sangaré, who heads … and sits on the board of …, accused": the relative clause is
  // the subject's; its "and" opens no clause.
  const beforeVerb = sentence.slice(0, verb.index);
  const relative = RELATIVE_CLAUSE_BEFORE_VERB.exec(beforeVerb);
  // Run with exec: matchAll would clone the expression for every quote.
  const opened = beforeVerb.slice(0, relative?.index ?? verb.index);
  CLAUSE_OPENER.lastIndex = clauseStart;
  for (let opener = CLAUSE_OPENER.exec(opened); opener; opener = CLAUSE_OPENER.exec(opened)) {
    // "X, a district judge and a spokeswoman for …, called": the apposition goes on.
    if (continuesApposition(beforeVerb, opener, verb.index!)) continue;
    if (opener.groups?.subordinator && isInCommaAside(beforeVerb, opener.index!)) continue;
    previousStart = clauseStart;
    clauseStart = opener.index! + opener[0].length;
  }
  // "promised to act “…”", "citing “…”": a verb that quotes only a phrase; a subject naming no one leaves the quote unattributed.
  const quotingOnly = QUOTING_ONLY.test(verb[0]);
  // "…, with the trial judge calling the scheme “…”": a participle after "with" has the words between for its subject.
  const withAt = ING_LAST.test(verb[0]) ? beforeVerb.lastIndexOf(WITH) : -1;
  if (withAt >= clauseStart && !PHRASE_BREAK.test(beforeVerb.slice(withAt))) {
    return { start: offset + withAt + WITH.length, end: offset + verb.index!, quotingOnly };
  }
  // "The board met but postponed a vote, citing “…”": a participle after a comma shares the sentence's subject.
  if (ING_LAST.test(verb[0]) && COMMA_LAST.test(sentence.slice(0, verb.index))) {
    return { start: offset, end: offset + verb.index!, head: 'first', quotingOnly };
  }
  // "… and handed him a note demanding that “…”", "issued a statement urging “…”": a document's
  // participle quotes the document, whose words are its issuer's, the subject of the clause that
  // holds it (of the clause before, when this one opens on its verb).
  if (ING_LAST.test(verb[0]) && DOCUMENT_LAST.test(beforeVerb.slice(-DOCUMENT_LAST_CHARS))) {
    const start = clauseStart > 0 && VERB_OPENING.test(sentence.slice(clauseStart, verb.index)) ? previousStart : clauseStart;
    return { start: offset + start, end: offset + verb.index!, head: 'first', quotingOnly };
  }
  // "Ferris denied that … and said …": a second verb of the first clause's subject.
  if (clauseStart > 0 && SHARED_SUBJECT.test(sentence.slice(clauseStart, verb.index).trim())) {
    return { start: offset + previousStart, end: offset + clauseStart, head: 'first', quotingOnly };
  }
  // "a move Codelco called “unworkable”", "which Petrosyan called “…”", "what it called its “…”
  // offer", "what organizers call a “…”", "changes that Ottawa described as a “…”": the quote is the verb's object, fronted, so the subject
  // is the few words right before the verb (not after a relative clause closed before it: "Its
  // ads, which ran …, promised “…”").
  // ("refers to “…”": a verb with its preposition has its object after it.)
  if (!relative && !verb[0].includes(' ') && OBJECT_BEFORE_QUOTE.test(sentence.slice(verb.index! + verb[0].length))) {
    const lead = sentence.slice(clauseStart, verb.index);
    let cut = 0;
    let before = 0;
    for (const end of lead.matchAll(FRONTED_OBJECT_END)) {
      const at = end.index! + end[0].length;
      if (ANY_LETTER.test(lead.slice(at)) && !insideParentheses(lead, at)) [before, cut] = [cut, at];
    }
    // "Rep. Buddy Carter (R., Ga.), who called it “premature”": a relative "who" after a comma
    // has no object before it; it stands for the words before that comma.
    if (RELATIVE_WHO_ONLY.test(lead.slice(cut))) {
      return { start: offset + clauseStart + before, end: offset + clauseStart + lead.lastIndexOf(',', cut), quotingOnly };
    }
    // "an idea the mayor’s aides dismissed as “…”", "a tactic it described as “…”": the object noun before a relative clause without "that".
    cut += OBJECT_BEFORE_SUBJECT.exec(lead.slice(cut))?.[0].length ?? 0;
    clauseStart += cut;
  }
  // "An official said the owner, Northsea Gas, had asked for a “clear signal”": a phrase quoted in
  // what a reporting verb before it reports is the reporter's (as in a report, see findClaims), so
  // the subject ends at that verb (the last: "An official, who asked not to be named, said …").
  const reporting = relative ? null : lastMatch(REPORTING_VERB, beforeVerb);
  const subjectEnd = reporting && reporting.index > clauseStart ? reporting.index : verb.index!;
  // "The union has called": the auxiliary is no part of the subject.
  return { start: offset + clauseStart, end: offset + withoutVerbCompanions(sentence, clauseStart, subjectEnd), quotingOnly };
}

/** "Sen. Tom Baker (R., Ohio)": a comma inside a parenthesis ends no phrase. */
function insideParentheses(text: string, offset: number): boolean {
  return text.lastIndexOf('(', offset) > text.lastIndexOf(')', offset - 1);
}

const WORD = /[\p{L}\p{N}'’-]+/gu;

/** Whether `text` has at most `most` words (counted no further). */
function wordsAtMost(text: string, most: number): boolean {
  let words = 0;
  WORD.lastIndex = 0;
  while (words <= most && WORD.test(text)) words++;
  return words <= most;
}

/** What the words in and around one quotation of speech say, whoever the speaker turns out to be. */
interface QuoteSite {
  partial: boolean;
  /** The words naming the speaker, relative to the paragraph, or null. */
  attribution: SpeakerSite | null;
  /** Named only by a verb that quotes a phrase ("promised", "citing"): naming no one there is no attribution. */
  quotingOnly?: boolean;
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

// “… When Minister Hrytsenko told me ‘not one more village,’ I believed her”: a quote inside a
// quote is the words of whoever the outer speaker names right before it as saying them. Read by
// hand from the last verb back to the clause's start: an end-anchored pattern is quadratic.
const NESTED_VERB = new RegExp(`\\b(${VERB})\\b`, 'gi');
// Up to two words between the verb and the quote: "told me", "tells voters".
const LISTENERS = /^(?:\s+\p{L}+){0,2}$/u;
const CLAUSE_MARKS = '.;:!?“”"‘’,';
const SUBORDINATOR = /^(?:when|after|if|as|because|although|though|while|since|before|until|and|but)\s+/i;
const NESTED_LEAD_CHARS = 120;

function nestedSite(text: string, paragraph: Paragraph, quotation: Quotation): QuoteSite | null {
  const leadStart = Math.max(paragraph.start, quotation.open - NESTED_LEAD_CHARS);
  const lead = text.slice(leadStart, quotation.open);
  const verb = lastMatch(NESTED_VERB, lead);
  if (!verb) return null;
  const verbAt = verb.index!;
  let listeners = lead.slice(verbAt + verb[0].length).trimEnd();
  if (listeners.endsWith(',') || listeners.endsWith(':')) listeners = listeners.slice(0, -1).trimEnd();
  if (!LISTENERS.test(listeners)) return null;
  let start = verbAt;
  while (start > 0 && !CLAUSE_MARKS.includes(lead[start - 1])) start--;
  while (start < verbAt && SPACE.test(lead[start])) start++;
  start += SUBORDINATOR.exec(lead.slice(start, verbAt))?.[0].length ?? 0;
  let end = verbAt;
  while (end > start && SPACE.test(lead[end - 1])) end--;
  if (end === start) return null;
  const offset = leadStart - paragraph.start;
  return { partial: true, attribution: { start: offset + start, end: offset + end }, verb: verb[1].toLowerCase() };
}

/** The site of each of a paragraph's quotations; null for titles, scare quotes and nested quotes nobody is named as saying. */
function quoteSites(text: string, paragraph: Paragraph, quotations: readonly Quotation[]): (QuoteSite | null)[] {
  return quotations.map((quotation) => {
    if (quotation.nested) return nestedSite(text, paragraph, quotation);
    if (quoteKind(text, quotation) !== 'speech') return null;
    const content = text.slice(quotation.contentStart, Math.min(quotation.contentEnd, quotation.contentStart + PARTIAL_MAX_CHARS));
    const partial = quotation.contentEnd - quotation.contentStart <= PARTIAL_MAX_CHARS && wordsAtMost(content, 3) && !(quotation.open === paragraph.start && quotation.end >= paragraph.end - 2);
    const attribution = attributionAround(text, paragraph, quotation, partial);
    const local = (span: Span): Span => ({ start: span.start - paragraph.start, end: span.end - paragraph.start });
    const site = attribution && { ...local(attribution), head: attribution.head, fallback: attribution.fallback && local(attribution.fallback), anonymityAsked: attribution.anonymityAsked };
    return { partial, attribution: site, verb: verbNear(text, quotation), quotingOnly: attribution?.quotingOnly };
  });
}

const attributionOf = (site: QuoteSite | null) => site?.attribution ?? null;

/**
 * Quote claims: every quotation of speech with its speaker. A quote with no attribution of its
 * own takes the speaker of the quote before it in the paragraph, of the part it continues, or,
 * standing alone at the start of a paragraph, of the previous paragraph's last claim.
 */
export function quoteClaims(
  index: SpeakerIndex,
  context: Pick<TextContext, 'paragraphs' | 'paragraphTexts' | 'quotations' | 'cache'>,
  reportedBefore: (offset: number) => Claim | undefined,
  insideReport: (offset: number) => boolean,
): Claim[] {
  const { text } = index;
  const { paragraphs, paragraphTexts, quotations, cache } = context;
  const claims: Claim[] = [];
  // By quotation index: an array, not a Map keyed by the numbers.
  const byQuotation: (Claim | undefined)[] = new Array(quotations.length);
  // Quotations whose speaker was only borrowed from a claim before their paragraph.
  const borrowed: boolean[] = new Array(quotations.length);
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
    const speakers = speakersOf(index, paragraph, sites, attributionOf);
    for (let i = first; i < next; i++) {
      const site = sites[i - first];
      if (!site) continue;
      const quotation = quotations[i];
      const { partial } = site;
      // A nested quote never takes the outer speaker's words as its own.
      if (quotation.nested && speakers[i - first] === NO_SPEAKER) continue;
      const lastQuote = claims.length > 0 ? claims[claims.length - 1] : undefined;
      const lastReported = reportedBefore(quotation.open);
      const lastClaim = lastQuote && (!lastReported || lastQuote.end > lastReported.end) ? lastQuote : lastReported;
      let speaker = pronounSpeaker(index, speakers[i - first], lastClaim, quotation.open);
      if (site.quotingOnly && !speaker.speaker && !speaker.anonymous) speaker = NO_SPEAKER;
      let verb = speaker === NO_SPEAKER ? null : site.verb;
      if (speaker === NO_SPEAKER) {
        const continued = quotation.continues !== null ? byQuotation[quotation.continues] : undefined;
        const previousInParagraph = lastQuote && lastQuote.start >= paragraph.start ? lastQuote : undefined;
        // A quote opening its paragraph speaks for whoever spoke last before it, quoted or reported;
        // one opening a sentence, for whoever spoke last in its paragraph ("Dagdag-Uy said she
        // would accept it. Asked again, she laughed. “Ask me in 2028.”"), unless its next paragraph
        // goes on with it and names the speaker there.
        const opensParagraph = quotation.open === paragraph.start;
        const opensSentence = opensParagraph || (quotation.open === quoteSentenceStart(text, paragraph, quotation) && quotations[i + 1]?.continues !== i);
        const spokeLast = opensSentence ? [lastQuote, reportedBefore(quotation.open)].filter((c) => c && (c.speaker || c.anonymous)).sort((a, b) => b!.start - a!.start)[0] : undefined;
        // A part its next paragraph goes on with waits for that part's speaker (shared backwards below).
        const goesOn = quotations[i + 1]?.continues === i;
        const lastBefore = spokeLast && !goesOn && (opensParagraph || spokeLast.start >= paragraph.start) ? spokeLast : undefined;
        const inherited = [continued, previousInParagraph, lastBefore].find((c) => c && (c.speaker || c.anonymous));
        if (inherited) {
          speaker = { speaker: inherited.speaker, speakerText: inherited.speakerText, speakerSpan: inherited.speakerSpan, anonymous: inherited.anonymous };
          verb = inherited.verb;
          borrowed[i] = inherited === lastBefore || (inherited === continued && borrowed[quotation.continues!]);
        }
      }
      // A lone short quote with nobody behind it is a scare quote; inside a report, the reporter's words.
      if (partial && speaker === NO_SPEAKER && !insideReport(quotation.start)) continue;
      const claim = claimOf(quotation, text.slice(quotation.start, quotation.end), 'quote', speaker, verb, partial);
      claims.push(claim);
      byQuotation[i] = claim;
    }
  }
  // A multi-paragraph quote is attributed once, often in its last part: share it backwards, last
  // part first, over a speaker its first part only borrowed from the paragraphs before it.
  for (let i = quotations.length - 1; i >= 0; i--) {
    const claim = byQuotation[i];
    const earlierAt = quotations[i].continues;
    const earlier = earlierAt !== null ? byQuotation[earlierAt] : undefined;
    if (claim && earlier && (claim.speaker || claim.anonymous) && ((!earlier.speaker && !earlier.anonymous) || (borrowed[earlierAt!] && !borrowed[i]))) {
      Object.assign(earlier, { speaker: claim.speaker, speakerText: claim.speakerText, speakerSpan: claim.speakerSpan, anonymous: claim.anonymous, verb: claim.verb });
      borrowed[earlierAt!] = false;
    }
  }
  return joinedOverParagraphs(text, quotations, byQuotation, claims);
}

/**
 * A quotation that runs over paragraphs, each reopening the mark, is one claim (one entry, as the
 * annotation guide has it): its first part's claim reaches to the end of the last, which is
 * dropped, and keeps the speaker the parts now share. `claims` in document order.
 */
function joinedOverParagraphs(text: string, quotations: readonly Quotation[], byQuotation: (Claim | undefined)[], claims: Claim[]): Claim[] {
  let joined = 0;
  for (let i = 0; i < quotations.length; i++) {
    const claim = byQuotation[i];
    const earlierAt = quotations[i].continues;
    const head = earlierAt !== null ? byQuotation[earlierAt] : undefined;
    if (!claim || !head) continue;
    head.end = claim.end;
    head.text = text.slice(head.start, head.end);
    head.partial = false;
    // A third part goes on from the head as well.
    byQuotation[i] = head;
    claim.end = -1;
    joined++;
  }
  return joined === 0 ? claims : claims.filter((claim) => claim.end >= 0);
}

function verbNear(text: string, quotation: Quotation): string | null {
  const around = text.slice(Math.max(0, quotation.open - 80), Math.min(text.length, quotation.end + 60));
  return VERB_NEAR.exec(around)?.[1].toLowerCase() ?? null;
}
