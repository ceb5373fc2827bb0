import type { Claim, Span } from '../model';
import { ASKED_ANONYMITY, authorIn, claimOf, lastWhere, POSSESSIVE_PRONOUN, speakersOf, type SpeakerIndex, type SpeakerSite } from './speakers';
import { FINITE_REPORTING_VERBS, openingLetters, QUOTE_OR_THAT_VERBS, RELATIVE_CLAUSE_BEFORE_VERB, REPORTING_PARTICIPLES, REPORTING_VERBS, SPEAKING_VERBS, THAT_ONLY_VERBS } from './verbs';
import { spanContaining, spansWithin } from '../spans';
import type { TextContext } from '../context';
import { ABBREVIATIONS } from '../lexicon/abbreviations';
import { DOCUMENT_NOUNS } from '../lexicon/actor-cues';
import { endsOnTitleCue, gluedToSentenceEnd } from './quote-claims';
import { AND_FIRST, continuesApposition, COUNTING_WORDS, FRONTED_QUESTION, isInCommaAside, nameGivenIn, PASSIVE_BEFORE, withoutVerbCompanions } from './subjects';
import { isCapitalized, LETTER, LETTER_OR_FULL_STOP, wordBefore } from '../text/words';
import { memoizeByString } from '../memo';

// ", ruling that …": a court's participle ("said in its ruling that" is the noun, read by "said").
// (Its comma is looked behind for after the word: before it, at every word, it made the whole scan a fifth slower.)
// "ruled in August that", "testified on Tuesday that", "testified Thursday that": a short time or place may come before the "that".
// ASCII only: the Unicode flag would make this expression, run over every sentence, several times slower.
const THEN_THAT = String.raw`\s+(?:(?:in|on|last|this|earlier|late)\s+[\w.]+\s+|(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|yesterday|today)\s+)?that\b`;
// "rejecting his claim that …", "Roe’s argument that …": a noun of speech with its owner and its
// that-clause (the owner is looked behind for only once the noun is found: at every position, it is slow).
const SPEECH_NOUNS = 'claim|argument|assertion|contention|insistence';
const SPEECH_NOUN = new RegExp(`^(?:${SPEECH_NOUNS})$`);
// "…, court records show", "filings reviewed by the Ledger showed that …", "figures from the
// statistics office show", "a notice on the regulator’s website showed": papers of record speak through "show" (a video or a poll "shows" a
// thing, no one's words: only these nouns before it, perhaps with whose they are or who holds them).
const RECORD_NOUNS = 'data|figures|minutes|logs|files|papers|accounts|invoices|receipts|messages';
const SHOWN_BY_RECORDS = String.raw`show(?:s|ed)?(?<=\b(?:(?:${DOCUMENT_NOUNS})s?|${RECORD_NOUNS})(?:\s+(?:(?:obtained|seen|reviewed|viewed|released|published|compiled|filed)\s+)?(?:by|from|of|with|on|in)\s+[^,.;:“”"]{1,60}?)?\s+show(?:s|ed)?)`;
// "The salaries, the court found, were …": a finding set off by commas inside the clause it
// reports (past forms only: "Under the rules, …" is a noun); "… should be extradited, a judge ruled
// on Tuesday, despite …", "…, the panel concluded.": one after what it reports, perhaps with its day.
const SAID_WHEN = String.raw`(?:\s+(?:on\s+)?(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|yesterday|today))?`;
// "a document first reported by WTOL": a passive participle reports nothing itself; nor does one
// in a compound adjective ("well-informed sources", "self-declared").
const VERB = new RegExp(`\\b${openingLetters(`${REPORTING_VERBS}|according|${THAT_ONLY_VERBS}|ruling|${SPEECH_NOUNS}`)}(?<!-)(?!(?:${QUOTE_OR_THAT_VERBS})\\b(?!${THEN_THAT}))(${REPORTING_VERBS}|according to|(?:${THAT_ONLY_VERBS})(?=${THEN_THAT})|(?:found|concluded|ruled)(?=${SAID_WHEN}(?:,\\s|\\.(?:\\s|$)))(?<=,\\s[^,;:]{1,40})|ruling(?<=,\\sruling)(?=\\s+that\\b)|(?:${SPEECH_NOUNS})(?=\\s+that\\s)(?<=(?:\\b(?:his|her|its|their)|[’']s)\\s[a-z]+))\\b(?!\\s+by\\b)`, 'gi');
// What may stand between a reporting verb and what was said: "said in a statement on Friday
// that", "told reporters that", "warned lawmakers". A "that" within a few words ends the lead-in.
// The claim starts at "that": "denied that account" is a claim as much as "said that it failed".
// "told ABC Radio’s “Breakfast Line” that": a programme's title may be among the listeners.
const LEAD_TO_THAT = /^(?:(?:[^.;:“”"]|[“"]\p{Lu}[^.;:“”"]{0,60}[”"])*?\s)?(?=that\s+)/u;
const MAX_LEAD_WORDS = 8;
const IN_THE_WORDS_OF = /^(?:in\s|as\s|per$)/i;
// The sources VERB leaves out (in it, they made the scan of every sentence several per cent slower):
// looked for only in a sentence holding their words.
// "As per the G.O., establishments that fail …" (Indian English) cites its source as "according to" does;
// so does a bare "per" before sources ("…, per sources.", "Per two people familiar with the talks,"), not "per cent".
const SOURCE_VERB = new RegExp(`\\b(in the words of|as per|per(?=\\s+(?:(?:two|three|several|multiple|a|one)\\s+)?(?:sources?|insiders?|people\\s+familiar)\\b)|${SHOWN_BY_RECORDS})\\b(?!\\s+by\\b)`, 'gi');
const SOURCE_WORDS = /show|words of|[Aa]s per|[Pp]er (?:s|t|a|one|m|i|p)/;

/** SOURCE_VERB's matches in a sentence, or null when it holds none of their words. */
function sourceVerbs(sentence: string): RegExpExecArray[] | null {
  if (!SOURCE_WORDS.test(sentence)) return null;
  const found: RegExpExecArray[] = [];
  SOURCE_VERB.lastIndex = 0;
  for (let match = SOURCE_VERB.exec(sentence); match; match = SOURCE_VERB.exec(sentence)) found.push(match);
  return found.length > 0 ? found : null;
}
// "said in a filing with the Securities and Exchange Commission that": where it was said runs longer.
const ADVERBIAL_LEAD = /^\s*(?:in|on)\s+(?:a|an|its|his|her|their)\s/i;
const MAX_ADVERBIAL_LEAD_WORDS = 12;
// More words than `most`, as a split of the trimmed text on spaces counts them: tested, not split.
const moreWordsThan = (most: number) => new RegExp(`^\\S+(?:\\s+\\S+){${most}}`);
const LONGER_THAN_LEAD = moreWordsThan(MAX_LEAD_WORDS);
const LONGER_THAN_ADVERBIAL_LEAD = moreWordsThan(MAX_ADVERBIAL_LEAD_WORDS);
// "on Monday night": a weekday's part of the day too; "said Friday it would": a bare weekday (wire style);
// "in an emailed statement", "in a televised address": a document or a speech with its adjective.
// Sticky, as TOLD_OBJECT and CONJOINED_CLAUSE: only the length of the match is read (see leadLength).
const ADVERBIALS = /^(?:\s*,)?(?:\s+(?:on\s+(?:social media|television|\p{Lu}\w*(?:,?\s+\p{Lu}[\w.]*\s*\d*)?(?:\s+(?:morning|afternoon|evening|night))?)|in\s+(?:a|an|its|his|her|their)\s+(?:[\p{Ll}-]+\s+)?(?:statement|interview|post|letter|email|e-mail|filing|speech|memo|note|report|address|briefing|message|video)|late\s+\p{Lu}\w*|(?:last|this|next)\s+(?:week|month|year|quarter|morning|afternoon|evening|night|weekend|season|spring|summer|autumn|fall|winter|time|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day(?![’'])|yesterday|today|earlier|later|again|also|repeatedly|publicly|privately|then)\b)*/uy;
// "told players the season was over": a plural noun before a subject's determiner is the listeners too.
// "Survivors told a different story": a story told is no report of what was said.
const TOLD_STORY = /^\s+(?:a|an|the|another|his|her|its|their|our)\s+(?:\p{Ll}+\s+)?(?:story|stories|tale|tales|version|lie|lies|joke|jokes)\b/u;
// "told the 16 states": a number before the listeners' noun.
const TOLD_OBJECT = /^\s+(?:reporters|journalists|lawmakers|investors|parliament|jurors|jury|\p{Ll}+s(?=\s+(?:the|a|an|his|her|its|their)\s)|the\s+(?:\d[\d,]*\s+)?[\p{L}\d’'.-]+(?:\s+\p{Lu}[\p{L}\d’'.-]*)*|\p{Lu}[\p{L}\d’'.-]*(?:\s+\p{Lu}[\p{L}\d’'.-]*)*)/uy;
// At least three words as a split on spaces counts them (the edges too): two runs of spaces with
// something between. Tested, not split: the words are often the rest of a long sentence.
const THREE_WORDS = /\s\S+\s/;
// "denied that account", "confirmed this version": what was said, by the words that point back to
// it ("denied that request" refuses something, it says nothing).
const DENIAL_OR_CONFIRMATION = /^(?:denied|denies|confirmed|confirms)$/;
const ACCOUNT_POINTED_TO = /^(?:that|this)\s+(?:account|version|claim|report|story|allegation|assertion|suggestion|characteri[sz]ation|description|figure|estimate)[.!?]?$/;

// Listeners (a few words, then perhaps where they heard it: "analysts on a conference call", "the
// state legislature"), then a clause's subject and soon its verb ("the charge would", "it needed"),
// or a bare plural right before its verb ("warned customers delays would last", "told shareholders
// fuel costs had doubled").
// Tried only where the listeners' expression leaves no subject next: its words are few, and so
// are the spaces between them (a long run of spaces would be tried at each of its lengths). "told
// them the deal could …" stays an object pronoun's (see OBJECT_PRONOUN_FIRST).
const LISTENERS_BEFORE_CLAUSE = /\s{1,3}(?!(?:whether|if|for|to|that|of|about|how|why|what|when|where|who|not|and|but|or|them|him|us|me|you)\b)(?:(?:the|a|an|its|his|her|their|our)\s{1,3})?(?:[\p{L}’'-]+\s{1,3}){0,2}?\p{L}[\p{L}’'-]*(?:\s{1,3}(?:on|at|in|during|from|of|for)\s{1,3}(?:[\p{L}’'.-]+\s{1,3}){0,4}?[\p{L}’'.-]+)?\s{1,3}(?=(?:(?:it|he|she|they|we|I|the|a|an|its|his|her|their|this|these|those)\s{1,3}(?:[\p{L}’'-]+\s{1,3}){0,3}?|(?:[\p{Ll}-]+\s{1,3})?\p{Ll}{3,}s\s{1,3})(?:would|will|could|can|should|might|must|may|was|were|is|are|had|has|have|did|does|\p{Ll}{2,}ed)\b)/uy;
const INDEFINITE_OPENING = /^\s+an?\s/i;
const VERB_NEXT = /^\s+(?:would|will|could|can|should|might|must|may|was|were|is|are|had|has|have)\b/;
const SUBJECT_OPENING = /^\s+(?:(?:it|he|she|they|we|I|the|a|an|its|his|her|their|this|these|those|that)\b|\p{Lu})/u;
const QUESTION_WORD = /\b(?:what|where|when|why|how|who|whom|whose|which|whether|if|that)\b/i;

/** The length of what a sticky expression matches at the start of `text`, 0 for nothing: read off lastIndex, where exec would build an array and a string for every verb. */
function leadLength(expression: RegExp, text: string): number {
  expression.lastIndex = 0;
  return expression.test(text) ? expression.lastIndex : 0;
}

/** Whether the words after a verb are enough to be what was said: a few words, or a pointer back to an account it denies or confirms. */
function enoughSaid(words: string, verb: string): boolean {
  return THREE_WORDS.test(words) || (verbWord(verb).denialOrConfirmation && ACCOUNT_POINTED_TO.test(words)) || ELLIPTICAL_CLAUSE.test(words);
}
// "Baghdad says the KRG has not paid; Erbil says it has.": a pronoun and an auxiliary, the rest
// understood from the clause before, are a whole claim.
const ELLIPTICAL_CLAUSE = /^(?:it|he|she|they|we|I)\s+(?:has|have|had|did|does|do|is|are|was|were|will|would|could|can)(?:\s+not|n[’']t)?[.!?]?$/;
const HELD_BY = /\s(?:obtained|seen|reviewed|viewed)\s+by\s/i;
// "according to court filings", "filings with the water directorate", "a filing posted on the
// board’s website": a document whose words name no author (unlike "a statement from the committee",
// "figures published by the commission").
const AUTHORLESS_DOCUMENT = new RegExp(`^(?:(?:a|an|the)\\s+)?(?:[\\p{Ll}-]+\\s+)?(?:(?:${DOCUMENT_NOUNS})s?|${RECORD_NOUNS})\\b(?!\\s+(?:(?:published|released|compiled|issued|filed)\\s+)?(?:from|by|of)\\b)`, 'iu');
// "told families in the valley to leave": listeners, then what they are to do.
// "asked the museum’s owner, the Heritage Foundation, to sign": an apposition among the listeners.
// "told parliament the money belonged to children’s tournaments": a determiner or a possessive after "to" is no infinitive.
// "tells jury he took cash to sign off": a subject pronoun opens a clause, no listeners.
// "asks a U.N. expert body to report": an abbreviation's stops among the listeners' words.
const ORDER = /^(?!(?:he|she|it|they|we|I)\s)(?:[\p{L}’'.-]+,?\s+){1,8}?to\s+(?!(?:the|a|an|his|her|its|their)\s|[\p{L}-]+[’']s\s)\p{Ll}/u;
const LISTENERS_MUST = /^(?:they|you)\s+(?:must|have\s+to|need\s+to)\s/i;
// "told lawmakers the plan to cut the levy would fail": a report after all.
const FINITE_AUXILIARY = /\b(?:would|will|could|can|should|must|was|were|is|are|had|has|have)\b/i;
const RELATIVE_AFTER_COMMA = /,\s+(?:which|who|whose|where)\s/;
const INDIRECT_QUESTION = /^(?:who|whom|whose|what|which|when|where|why|how|whether)\b/i;
// "“Go now,” the mayor told a crowded gym": the verb attributes the quote; only a "that" adds a report.
const QUOTE_FIRST = /^[“"‘]/;
// A subject that is the short name right after a quotation closing on a comma, "?" or "!".
const QUOTE_ATTRIBUTION_SUBJECT = /[,?!][”"]\s+[^“”"]{1,60}$/;
// "The host of “Bez Znieczulenia,” Michał Orłowski, used …": a title in the subject, every word capitalized, is no quote it attributes.
const TITLE_IN_SUBJECT = /\S\s+[“"]\p{Lu}[\p{L}’'-]*(?:\s+\p{Lu}[\p{L}’'-]*){0,5},[”"]/u;
// "It must also tell customers", "would say": what someone must or would say has not been said;
// "swapped parts without telling owners why": nor what someone did without saying it; "bar app
// makers from telling customers that …": nor what someone is kept from saying.
const UNSAID_BEFORE = /\b(?:(?:must|should|shall|can|could|may|might|will|would)\s+(?:also\s+|not\s+)?|(?:without|from)\s+)$/i;
// "had warned", "had privately warned": an adverb may stand between the auxiliary and the verb.
const PERFECT_BEFORE = /\b(?:had|has|have)\s+(?:already\s+|previously\s+|[a-z]+ly\s+)?$/i;
// "why the warning had taken", "his claims were": after a determiner the word is a noun.
// "a precedent for other claims", "such reports": a quantifier or a preposition before it makes a noun too.
// "protection against confirmed typhoid", "patients with confirmed infections": after a preposition it is an adjective.
const DETERMINER_BEFORE = /\b(?:the|a|an|its|his|her|their|our|my|your|no|other|such|similar|for|of|against|among|with)\s+$/i;
// "said claims there had run below forecasts", "denied reports that …": right after a reporting verb the word is its object.
const REPORTING_VERB_BEFORE = new RegExp(`\\b(?:${FINITE_REPORTING_VERBS})\\s+$`, 'i');
// Those four as one expression: one pass over the words before each verb, not four.
const NO_REPORT_BEFORE = new RegExp([PASSIVE_BEFORE, DETERMINER_BEFORE, REPORTING_VERB_BEFORE, UNSAID_BEFORE].map((expression) => expression.source).join('|'), 'i');
// The plain forms among the reporting verbs, infinitives too ("until Friday to confirm that").
const PLAIN_PRESENT = /^(?:warn|argue|insist|admit|concede|deny|confirm|allege)$/;
const TO_BEFORE = /\bto\s+$/i;

// Verbs that are plural nouns too: as verbs they go on with what was said, a "that", a subject or
// an amount ("estimates about 40,000 people were"); "disputed claims could take", "smoke claims
// be paid", "1,100 claims in full", "claims already decided" are nouns. Only a relative clause
// leaves out the subject, before an auxiliary ("which the firm claims could cut costs").
// "The 72-hour estimate was based on …": the singular is a noun as often ("analysts estimate the cost at").
const NOUN_OR_VERB = /^(?:claims|estimates|estimate|notes|reports)$/;
const CLAUSE_OPENING = /^(?:[“"‘\d]|\p{Lu}|(?:that|the|a|an|this|these|those|his|her|its|their|our|my|your|some|many|most|all|no|he|she|it|they|we|you|there|about|around|roughly|nearly|almost|more|fewer|less|up|at\s+least|over|only)\b)/u;
// "a fire that claimed six lives", "claimed the lives of 12 people": a toll, not words.
const CLAIMED_COUNT = /^(?:(?:about|some|nearly|almost|over|more\s+than)?\s*\d[\d.,]*(?:\s+[\p{L}-]+){1,3}\s*(?:[,;.)—–]|$)|(?:the\s+|[\p{Ll}-]+\s+)?lives\b)/u;
// "added 3 euros to every ticket", "adds about 2% to the bill": an amount and where it was added.
const AMOUNT_ADDED = /^(?:about|some|nearly|almost|roughly|around|another|an\s+extra|a\s+further|up\s+to|more\s+than)?\s*[$€£]?\d[\d.,]*%?(?:\s+[\p{L}-]+){0,3}\s+to\s/u;
// "less than she claimed, putting the cost at …": a participle after the verb's comma is a clause
// of its own, not what was said.
const COMMA_FIRST = /^\s*,/;
const PARTICIPLE_FIRST = /^\p{Ll}+ing\s/u;
function participleAfterComma(after: string, rest: string): boolean {
  return COMMA_FIRST.test(after) && PARTICIPLE_FIRST.test(rest);
}
// ", which says": a relative clause of a body's own words.
const WHICH_BEFORE = /,\s+which\s+(?:also\s+)?$/;
const RELATIVE_VERB_BEFORE = /\b(?:that|which|who)\s+(?:(?:had|has|have|did|does|do|was|were|would|will)\s+)?(?:not\s+|never\s+)?$/;
const GAP_VERB = /^(?:would|will|could|can|should|may|might|must|has|had|is|was|are|were)\b/;
const RELATIVE_BEFORE = /\b(?:that|which|whom)\s+$/;

// Verbs whose listeners come first: "told reporters that", "warned lawmakers".
const LISTENER_VERB = /^(?:told|tells|tell|warned|warns|cautioned|urged|asked|asks|(?:re)?assure[ds]|remind(?:ed|s)|inform(?:ed|s)|notifie[ds]|advise[ds])$/;
// Verbs whose object may be a thing ("announced the measures", "confirmed the deal") rather than a clause.
// "wrote the law requiring reviews", too: a text written; "recalled 14,000 vehicles": a product called back.
// "stressed the need for calm", "explained the rules": a topic; "assured the club a place in the
// final", "advised the board on the sale": a thing given, or advice on something.
const THING_OR_STATEMENT_VERB = /^(?:announced|announces|confirmed|confirms|revealed|reveals|can reveal|reported|reports|wrote|writes|recalled|recalls|stresse[ds]|explain(?:ed|s)|acknowledged|acknowledges|reiterated|reiterates|emphasi[sz]ed|emphasi[sz]es|disclosed|discloses|(?:re)?assure[ds]|remind(?:ed|s)|inform(?:ed|s)|notifie[ds]|advise[ds])$/;
// "warned customers of delays", "cautioned investors against …": a warning of a thing, after its listeners.
const WARNING_VERB = /^(?:warned|warns|warning|cautioned)$/;
const PARTICIPLE_PHRASE_FIRST = /^\p{Ll}{2,}ed\s+(?:after|before|on|in|at|by|for|from|over|to|with|as|until|since)\s/u;
const WARNED_OF = /^(?:[\p{L}’'-]+\s+){1,3}?(?:of|about|against)\s/u;
// Where a subordinate clause opens, with a subject and verb of its own.
const SUBORDINATE_CLAUSE = /\s(?:after|before|when|because|while|since|until|once|unless|although|though)\s/;
// "the death within the days required by law": a participle before "by" is no verb of a clause.
const PAST_VERB = /\b\p{Ll}{3,}ed\b(?!\s+by\b)/u;
// What is asked, after up to four words naming whom it is asked of: a request ("that", "for") or
// a question ("asked lawyers whether they must repay").
const ASKED_FOR = /^(?:[\p{L}’'.-]+\s+){0,4}?(?:that|for|whether|if|how|why|what|when|where)\s/iu;
const LISTENERS_THEN_WHETHER = /^(?:[\p{L}’'.-]+\s+){1,4}?whether\s/iu;
const TELL = /^(?:tell|tells|told)$/;
const IF_FIRST = /^if\s/i;
const ASKED_CLAUSE = /\b(?:whether|if|when|where|why|how)\b/i;
// "said she would back a plan that …", "said the vote showed that …": a subject right after a
// verb without listeners opens what was said, and the "that" is inside it.
// "said the day before that …" is a time, not a subject.
const SUBJECT_AFTER_VERB = /^\s+(?:I|we|you|he|she|it|they|the|a|an|his|her|its|their|our|my)\s(?!(?:day|week|month|year|night|morning|afternoon|evening|previous|following|next|same)\b)/i;
// "a fund that would pay", "said companies that ignored the order could face fines", "says
// agencies that do not file … will be held": a "that" before an auxiliary or a past verb heads a
// relative clause (a "that" opening what was said is followed by its subject: "said in a statement that
// developed countries should …", a past form before a noun and an auxiliary, is an adjective of that subject).
// Irregular past forms, as "-ed" ones: "a session that began at 3 a.m.".
const IRREGULAR_PASTS = 'began|came|went|took|made|left|ran|met|saw|gave|won|lost|broke|fell|grew|held|kept|led|rose|sent|stood|struck|wrote|brought|bought|caught|fought|sought|built|spent';
const RELATIVE_THAT = new RegExp(String.raw`^that\s+(?:would|will|could|can|may|might|should|must|has|have|had|is|are|was|were|do|does|did|${IRREGULAR_PASTS}|[a-z]{2,}ed(?!\s+[a-z]+\s+(?:would|will|could|can|may|might|should|must|has|have|had|is|are|was|were)\b))\b`);

// "said technicians had found that …": a lead-in with a verb of its own is the start of what was said.
const CLAUSE_VERB = /\b(?:had|has|have|was|were|is|are|would|will|could|should|might|must|did|does)\b/i;

const PARTICIPLE = /ing$/;

/** Where the last closing quotation mark in `words` stands (a British ’ only after a comma or a stop: not an apostrophe), else -1. */
function lastClosingMark(words: string): number {
  let single = words.lastIndexOf('’');
  while (single >= 0 && (single === 0 || !',.!?'.includes(words[single - 1]))) single = single === 0 ? -1 : words.lastIndexOf('’', single - 1);
  return Math.max(words.lastIndexOf('”'), words.lastIndexOf('"'), single);
}
const SECOND_THAT = /\S\s+(?:and|but)\s+$/;
const THAT_ONLY = new RegExp(`^(?:${THAT_ONLY_VERBS})$`);

/** What the tests of a reporting verb ask of its word (lower case). */
interface VerbWord {
  speechNoun: boolean;
  plainPresent: boolean;
  nounOrVerb: boolean;
  listener: boolean;
  participle: boolean;
  thatOnly: boolean;
  warning: boolean;
  thingOrStatement: boolean;
  denialOrConfirmation: boolean;
}

// The same few dozen words recur in every article, and each verb is asked about its word a dozen
// times: the answers are kept per word, not found by an expression each time.
const verbWord = memoizeByString((verb): VerbWord => ({
  speechNoun: SPEECH_NOUN.test(verb),
  plainPresent: PLAIN_PRESENT.test(verb),
  nounOrVerb: NOUN_OR_VERB.test(verb),
  listener: LISTENER_VERB.test(verb),
  participle: PARTICIPLE.test(verb),
  thatOnly: THAT_ONLY.test(verb),
  warning: WARNING_VERB.test(verb),
  thingOrStatement: THING_OR_STATEMENT_VERB.test(verb),
  denialOrConfirmation: DENIAL_OR_CONFIRMATION.test(verb),
}));
const ANOTHER_VERB = new RegExp(`\\b(?:${REPORTING_VERBS}|${THAT_ONLY_VERBS})\\b`, 'i');
// "said in a notice posted on its website that": a participle after a noun of the lead-in is no verb of its own.
const PARTICIPLE_OF_LEAD = new RegExp(`\\s(?:${QUOTE_OR_THAT_VERBS})\\s+(?:on|in|to|at|by)\\s`, 'gi');

const NAME_CHARACTER = /[\p{L}.-]/u;
const NO_GAP = /(?!)/;

/** The start of the word ending at `end` (letters, full stops and hyphens: "Al-Qaisi", "U.S."), not before `from`. */
function wordStart(text: string, from: number, end: number): number {
  return wordBefore(text, end, NAME_CHARACTER, NO_GAP, from).start;
}

const POSSESSIVE_S_AT_END = /[’']s$/;

/** Who owns the noun of speech at `at`: "his", "Al-Qaisi’s", "Jane Roe’s" (read back word by word: an end-anchored pattern is quadratic). */
function ownerBefore(text: string, from: number, at: number): Span | null {
  const end = text.slice(from, at).trimEnd().length + from;
  const word = wordStart(text, from, end);
  if (POSSESSIVE_PRONOUN.test(text.slice(word, end))) return { start: word, end };
  if (!POSSESSIVE_S_AT_END.test(text.slice(end - 2, end))) return null;
  // A name of capitalized words before the ’s.
  let start = wordStart(text, from, end - 2);
  if (!isCapitalized(text.slice(start, end))) return null;
  while (start - 1 > from && text[start - 1] === ' ' && isCapitalized(text.slice(wordStart(text, from, start - 1), start - 1))) start = wordStart(text, from, start - 1);
  return { start, end };
}

/** Where what was said starts after the verb. */
function contentStartAfter(text: string, verb: string, verbEnd: number, sentenceEnd: number): number {
  const after = text.slice(verbEnd, sentenceEnd);
  const listeners = verbWord(verb).listener;
  // No "that" at all, no lead-in to one: the long lazy expression is spared.
  const toThat = (listeners || !SUBJECT_AFTER_VERB.test(after)) && after.includes('that') ? LEAD_TO_THAT.exec(after) : null;
  // "said Roe had erred, adding that …": the "that" of another verb ends no lead-in.
  // "said most tankers carried insurance and that the rule …": words before "and that" are a first complement.
  const leadIn = toThat && !(ADVERBIAL_LEAD.test(toThat[0]) ? LONGER_THAN_ADVERBIAL_LEAD : LONGER_THAN_LEAD).test(toThat[0].trim()) && !RELATIVE_THAT.test(after.slice(toThat[0].length)) && !ANOTHER_VERB.test(toThat[0].replace(PARTICIPLE_OF_LEAD, ' ')) && !CLAUSE_VERB.test(toThat[0]) && !SECOND_THAT.test(toThat[0]);
  if (leadIn) return verbEnd + toThat![0].length;
  let at = verbEnd;
  if (listeners) {
    const object = leadLength(TOLD_OBJECT, after);
    // "Analysts warned the ultimatum could be aimed at …": words with a finite verb right after them are the clause's subject, no listeners.
    if (!VERB_NEXT.test(after.slice(object, object + 12))) at += object;
    // "told analysts on a conference call the charge would …", "warned the state legislature it
    // needed …": listeners the expression above leaves words of, before a clause of its own.
    // ("told a news conference the attackers had …": an indefinite article may open the listeners too.)
    const next = text.slice(at, at + 12);
    if (!verb.startsWith('ask') && (!SUBJECT_OPENING.test(next) || INDEFINITE_OPENING.test(next))) {
      const heard = leadLength(LISTENERS_BEFORE_CLAUSE, after);
      // "tell the panel what it will change": a question, not listeners (see INDIRECT_QUESTION).
      if (heard > at - verbEnd && !QUESTION_WORD.test(after.slice(0, heard))) at = verbEnd + heard;
    }
  }
  at += leadLength(ADVERBIALS, text.slice(at, sentenceEnd));
  return at;
}

// ", and a spokesman said", "“…,” and the club’s director, Íñigo Larrea, insisted": another speaker's clause;
// ", adding that …": another report of the same speaker; ", according to people familiar with the
// talks": the source of the sentence, no part of what was said. ", and that prosecutors had been asked …"
// is a second complement of the same verb, not a clause of its own.
// A speaking verb of its own within the next few words of the clause.
const SPEAKING_VERB_AHEAD = `(?=[^;:“”"]{0,80}?\\b(?:${SPEAKING_VERBS}|according to)\\b)`;
const NEXT_REPORTING_CLAUSE = new RegExp(`,[”"’]?\\s+(?:(?:and|but|while|though|although|whereas|even\\s+(?:as|though))\\s+(?!that\\b)${SPEAKING_VERB_AHEAD}|(?=(?:${REPORTING_PARTICIPLES}|according\\s+to)\\b))`, 'i');
// "…; the Foreign Office warned that": a clause after a semicolon with a speaking verb of its own.
const SEMICOLON_THEN_SPEAKER = new RegExp(`;\\s+${SPEAKING_VERB_AHEAD}`, 'i');

/** Where a clause with a speaker of its own follows a semicolon between `start` and `end` (found as NEXT_REPORTING_CLAUSE's matches are), else null. */
function speakerAfterSemicolon(text: string, start: number, end: number): RegExpExecArray | null {
  const semicolon = text.indexOf(';', start);
  return semicolon >= 0 && semicolon < end ? SEMICOLON_THEN_SPEAKER.exec(text.slice(start, end)) : null;
}

// The conjunction between a report and the next clause with a source of its own: "…, and".
const CONJOINED_CLAUSE = /^[\s,]*(?:and|but|while|whereas)\s+/y;
// ", and that …", "but that …": another that-clause of the verb before.
const OUTER_THAT = /\s(?:and|but)\sthat\s/;
// ", had the highest …", ", switch to cheaper …": the verb of the clause an attribution interrupts
// (an auxiliary, or a lower-case word that opens no phrase of its own), perhaps quoted: "The authority, he said, “has been warned.”"
const INTERRUPTED_VERB = /^\s*,\s[“"]?(?:had|has|have|was|were|is|are|would|will|could|can|should|might|must|did|does|do|(?!(?:the|a|an|this|that|these|those|his|her|its|their|our|my|your|some|many|most|all|no|and|but|or|so|if|when|while|as|in|on|at|by|for|from|to|with|of|which|who|what|whose|it|he|she|they|we|i|you|there|not|too)\b)[a-z]+)\b/;
// A phrase fronted before an attribution ("Without the pact,", "In dry years,"), then the few words
// of the attribution set off by commas ("its director, Ana Roe,").
const FRONTED_PHRASE = /^(?:without|with|in|on|at|by|for|under|despite|after|before|once|if|unless|until|since|because|although|though|during|within|beyond|over|across|among|through)\s[^,;:“”"]{1,80},(?=\s+(?:\S+\s+){0,7}?\S+,?\s*$)/i;
// ", that even a freeze …": the complement of the verb the attribution interrupts ("That means, he said, that …").
const INTERRUPTED_THAT = /^\s*,\s+that\s/;
const RELATIVE_OPEN = /\s(?:who|which|whose)\s[^,;:]*$/;
// ", praised the vote": a finite verb after a comma (an "-ed" form, which a participle may also be), the main clause's.
const MAIN_VERB_AFTER_COMMA = /,[”"’]?\s+(?:\p{Ll}+ed|had|has|was|were|is|are|would|will|did|does)\s/u;
const MAIN_VERB_AFTER = new RegExp(`,\\s+(?:${FINITE_REPORTING_VERBS})\\b`, 'i');
// Where a clause starts (the last one before a verb is its subject's; ", which the bank said": the
// bank's, but ", which negotiates …, said": the relative clause's antecedent's). A full stop ends a clause
// only before a capital, and not after an abbreviation: "a former U.S. trade official" is one phrase.
// A subordinate clause ("… after the company said …", "after cooperatives across the west complained") opens at its conjunction when a subject follows it.
// "until Friday", "after the March vote": a date after the conjunction, not a subject.
// (The conjunctions' first letters are tested first at each word: most words fail there.)
// "after several applicants complained": a counted group and its past verb, or the end of the words
// before the verb whose subject is read (not a time: "after several weeks").
const COUNTED_SUBJECT = String.raw`${COUNTING_WORDS}\s+(?:[a-z-]+\s+)?(?!(?:days|weeks|months|years|hours|minutes|decades)\b)[a-z]{3,}s(?:\s+[a-z]+ed\b|\s*$)`;
const CALENDAR_WORDS = 'Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec|[Tt]oday|[Tt]omorrow|[Tt]onight|[Yy]esterday|day|week|month|year|weekend|vote|election|deadline|meeting|talks|summit|ruling';
const CLAUSE_START = new RegExp(String.raw`(?:(?:[;!?:]|\.(?=\s+[\p{Lu}“"]))\s+|,\s+(?:and|but|while|as|though|although|whereas)\s+|,\s+(?:which|whom)\s+(?=(?:the|a|an|his|her|its|their)\s|\p{Lu})|\b(?=[abwtouie])(?:(?:but|and|while|though|although|whereas|even\s+(?:as|though))\s+|(?:after|before|because|once|until|unless|when|if)\s+(?=(?:the|a|an|his|her|its|their|he|she|it|they|we|I)\s|\p{Lu}|\p{Ll}{3,}s\s+(?:across|in|from|at|of|around|throughout|who)\s|\p{Ll}{3,}s\s*$|${COUNTED_SUBJECT})(?!(?:the\s+)?(?:${CALENDAR_WORDS})\b)))`, 'gu');

// ("behind bars after deputies say he cut …": a bare plural right before the verb opens the clause too.)
const SUBORDINATOR_FIRST = /^(?:after|before|because|once|until|unless|when|if)\s/;
// "Two workers who were on shift that night, and who asked not to be named, said": a second
// relative clause of the same subject opens no clause.
// (Sticky, tested where the clause would open: no copy of the rest of the words for every clause.)
const SECOND_RELATIVE = /(?:who|whose|which)\s/y;

/** Whether a second relative clause (see SECOND_RELATIVE) opens at `at`. */
function secondRelativeAt(clause: string, at: number): boolean {
  SECOND_RELATIVE.lastIndex = at;
  return SECOND_RELATIVE.test(clause);
}

const QUOTE_CLOSED_ON_COMMA = /,[”"]\s*$/;
const QUOTE_MARK = /[“”"]/;
const CLOSING_QUOTE_AT_COMMA = /^,?[”"’]/;

/** "Jonah Pettigrew, … author of the book “The Subsidy Trap,”": a subject closing on the title of a work, not on a quote. */
function endsWithTitle(subject: string): boolean {
  if (!QUOTE_CLOSED_ON_COMMA.test(subject)) return false;
  const close = subject.trimEnd().length - 1;
  const open = Math.max(subject.lastIndexOf('“', close - 1), subject.lastIndexOf('"', close - 1));
  return open > 0 && !QUOTE_MARK.test(subject.slice(open + 1, close)) && endsOnTitleCue(subject.slice(Math.max(0, open - 50), open));
}

function insideQuotation(quotations: readonly Span[], offset: number): boolean {
  return spanContaining(quotations, offset) !== undefined;
}

/**
 * "A new date would be announced “within two weeks,” the company said": the quotation closing
 * on the comma at `comma`, when the sentence's own words before it are a claim of their own.
 */
function quoteAfterOwnWords(text: string, sentenceStart: number, quotations: readonly Span[], comma: number): Span | undefined {
  const quotation = CLOSING_QUOTE_AT_COMMA.test(text.slice(comma, comma + 2)) ? spanContaining(quotations, comma) : undefined;
  const wordsBefore = quotation && quotation.start > sentenceStart ? text.slice(sentenceStart, quotation.start) : '';
  return !QUOTE_MARK.test(wordsBefore) && THREE_WORDS.test(wordsBefore.trim()) ? quotation : undefined;
}

// "…, he said, and offers must stay valid for a day": after an attribution, a clause with a modal
// verb is a rule or a forecast, still the speaker's ("…, aides said, and the minister was ready to
// sign" goes on with a fact, the writer's).
const MODAL_CLAUSE_AFTER = /^\s*,\s*and\s+(?!that\b)([^,;:“”"]{1,80}?)\s(?:must|would|will|could|should|may|might|can(?:not)?)\s/;

// "…, Van Roey said, but they show that “the trend is right”": a clause quoting the speaker goes on with his words.
const QUOTING_CLAUSE_AFTER = /^\s*,\s*(?:and|but)\s+(?!that\b)([^,;:“”"]{1,80}?)\s*[“"]/;

/** Whether an attribution is followed by a clause of the speaker's own words (see MODAL_CLAUSE_AFTER), with no speaker of its own. */
function speakersRuleAfter(after: string): boolean {
  const clause = MODAL_CLAUSE_AFTER.exec(after) ?? QUOTING_CLAUSE_AFTER.exec(after);
  return clause !== null && !ANOTHER_VERB.test(clause[1]);
}

// "…, she said, the lowest in a decade.": a noun phrase closing the sentence, with no verb of its own.
const CLOSING_NOUN_PHRASE = /^\s*,\s*(?:the|a|an)\s[^,;:“”"]*$/;

/**
 * Whether the words after an attribution only describe what a clause before it said ("Exports
 * could fall, she said, the lowest in a decade"), not what a fronted phrase opened ("In dry
 * years, she said, the farmers sell their goats").
 */
function closingApposition(before: string, after: string): boolean {
  const said = before.slice(0, before.lastIndexOf(','));
  // "…, the ministry said, the first swap since talks stalled in July": a time clause may follow the noun.
  const phrase = after.split(TIME_CLAUSE)[0];
  return CLOSING_NOUN_PHRASE.test(after) && !FINITE_AUXILIARY.test(phrase) && !PAST_VERB.test(phrase) && (FINITE_AUXILIARY.test(said) || PAST_VERB.test(said));
}
const TIME_CLAUSE = /\s(?:since|after|before|when)\s/;

const TRIMMED_AT_START = /[\s,“"‘]/;
const TRIMMED_AT_END = /[\s.,;:!?”"’)]/;

function trimmed(text: string, span: Span): Span {
  let { start, end } = span;
  while (start < end && TRIMMED_AT_START.test(text[start])) start++;
  while (end > start && TRIMMED_AT_END.test(text[end - 1])) end--;
  return { start, end };
}

// "declared an emergency hours after the notice and said": a determiner and a noun hold no verb, so
// "after" opened a phrase there, not a clause with a subject of its own.
const NOUN_PHRASE_AND = /^(?:the|a|an|his|her|its|their)\s+[\p{L}’'-]+\s+(?:and|but)\s+$/iu;
// "gave Brennick until Feb. 15 to sell plants in Kimberly, Wis., and Mankato, Minn., and said": the
// last of a list of names, after its ", and", holds no verb either.
const NAME_LIST_AND = /^(?:\p{Lu}[\p{L}.’'-]*,?\s+){1,4}(?:and|but)\s+$/u;
const PARTICIPLE_CHAIN = /,\s+\p{Ll}{3,}ing\s[^,;:“”"]*\s(?:and|but)\s+$/u;
// "gave the firm a week to explain the leak and the fire, and said", "on the collapse and on the sensors,
// and said", "is demanding a 22% increase and a housing allowance for underground staff, and has said": the last
// item of a list after a bare "and", a few words with no verb, is no clause ("to extend the deadline for schools and
// clinics to 9 March, but said": a date among them).
const LIST_ITEM_AND = /^(?!(?:he|she|it|they|we|i)\s)(?:[\p{L}\d’'-]+\s+){0,6}[\p{L}\d’'-]+,\s+(?:and|but)\s+$/u;

/** Whether the words from `start` to `end` (a clause opened by a bare "and") are the last item of a list, with no verb of their own. */
function endsList(before: string, start: number, end: number): boolean {
  const words = before.slice(start, end);
  return LIST_ITEM_AND.test(words) && !CLAUSE_VERB.test(words) && !PAST_VERB.test(words) && BARE_CONJUNCTION_BEFORE.test(before.slice(0, start));
}

const THAT_SUBJECT = /\b(?:that|which|whom)\s+([^\s,;:]+(?:\s+[^\s,;:]+){0,5})\s*$/;

const SPACES = /\s+/;
const CAPITAL_FIRST = /^\p{Lu}/u;

/** "Securities and Exchange Commission", "Roe and Varga": a bare "and" between capitalized words. */
function joinsNames(before: string, match: RegExpMatchArray): boolean {
  if (!AND_FIRST.test(match[0])) return false;
  const wordBefore = before.slice(Math.max(0, match.index! - 40), match.index!).trimEnd().split(SPACES).pop() ?? '';
  return CAPITAL_FIRST.test(wordBefore) && CAPITAL_FIRST.test(before.slice(match.index! + match[0].length));
}

/** "…, underwriters and brokers said": a bare "and" between two plural nouns, the second right before the verb, joins two subjects. */
function joinsPlurals(before: string, match: RegExpMatchArray, end: number): boolean {
  if (!AND_FIRST.test(match[0]) || !PLURAL_NOUN.test(before.slice(match.index! + match[0].length, end).trim())) return false;
  const first = wordBefore(before, match.index!, LETTER);
  const opening = wordBefore(before, first.start, PUNCTUATION_MARK);
  return PLURAL_NOUN.test(before.slice(first.start, first.end)) && (first.start === 0 || (opening.start < opening.end && before[opening.end - 1] === ','));
}
const PLURAL_NOUN = /^\p{Ll}{3,}s$/u;
const PUNCTUATION_MARK = /[,;:]/;

const INITIAL_AT_END = /(?:^|\.)\p{L}$/u;

/** "Sen. Ana Cole", "a U.S. official": a full stop after an abbreviation or an initial. */
function afterAbbreviation(before: string, dot: number): boolean {
  let start = dot;
  while (start > 0 && dot - start < 12 && LETTER_OR_FULL_STOP.test(before[start - 1])) start--;
  const word = before.slice(start, dot);
  return ABBREVIATIONS.has(word) || INITIAL_AT_END.test(word);
}

const BARE_CONJUNCTION_BEFORE = /[^,;:\s]\s+(?:and|but)\s+$/;
// A subordinate clause opened after the main clause's words ("rejected the demand before the cycle closes").
const SUBORDINATOR = /^(?:after|before|because|once|until|unless|when|if)$/;

const PUNCTUATION_FIRST = /^[,;!?:.]/;

/** The start of the clause holding the end of `before`, counting only clauses opened by punctuation ("; ", ", and "), not a bare "and". */
function strongClauseStart(before: string): number {
  let start = 0;
  for (const match of before.matchAll(CLAUSE_START)) if (PUNCTUATION_FIRST.test(match[0])) start = match.index! + match[0].length;
  return start;
}

/**
 * The start of the clause holding `end`, within `before`; `quoted` tells an offset in `before` inside
 * quotation marks, where nothing opens a clause ("author of “The Pump and the People”").
 */
function clauseStart(before: string, end: number, quoted: (at: number) => boolean): number {
  let start = 0;
  const clause = before.slice(0, end);
  // Run with exec, as VERB is: matchAll would clone the expression for every verb.
  CLAUSE_START.lastIndex = 0;
  for (let match = CLAUSE_START.exec(clause); match; match = CLAUSE_START.exec(clause)) {
    if (joinsNames(before, match) || joinsPlurals(before, match, end) || secondRelativeAt(clause, match.index! + match[0].length) || continuesApposition(before, match, end) || quoted(match.index!) || (match[0].startsWith('.') && afterAbbreviation(before, match.index!))) continue;
    if (SUBORDINATOR_FIRST.test(match[0]) && ((isInCommaAside(clause, match.index!) && !clauseBeforeComma(clause, start, match.index!)) || inRelativeClause(clause, start, match.index!))) continue;
    start = match.index! + match[0].length;
  }
  return start;
}

/**
 * Whether the words from `start` to the comma before `at` are a clause of their own, with a verb
 * ("Roe extended it to March 15, after the administrator, Larkspur, told …": the subordinate clause
 * has its own subject), not a subject an aside follows ("Achebe, speaking hours before the vote, said").
 */
function clauseBeforeComma(clause: string, start: number, at: number): boolean {
  const comma = clause.lastIndexOf(',', at);
  if (comma <= start) return false;
  // (A relative clause's verb is the subject's: "Two people who worked at the marina, speaking …, said".)
  const words = clause.slice(start, comma).split(RELATIVE_PRONOUN)[0];
  return PAST_VERB.test(words) || CLAUSE_VERB.test(words);
}
const RELATIVE_PRONOUN = /\b(?:who|whom|whose|which|that)\b/;

/**
 * "A rescuer who spoke on condition of anonymity because he was not authorized … said": a
 * subordinate clause after a relative "who" of the clause from `from`, no punctuation between, is the relative clause's.
 */
function inRelativeClause(clause: string, from: number, at: number): boolean {
  const who = clause.lastIndexOf(' who ', at);
  return who >= from && !PUNCTUATION_MARK.test(clause.slice(who, at));
}

/**
 * The subject phrase of a verb: from the start of its clause to the verb. `shared` when the
 * clause has none of its own and the phrase is the whole previous clause, whose subject leads it.
 */
const CONJUNCTION_AND_COMMA = /\s(?:and|but)\s*,\s*$/;
const CONJUNCTION_AND_COMMA_CHARS = 8;
const COMMA_WITH = ', with ';
const PHRASE_BREAK = /[,;:“”"]/;

/** The words between ", with" and a participle at `verbAt` (no comma or quote among them), in the sentence from `from`; else null. */
function absoluteSubject(text: string, from: number, verbAt: number): Span | null {
  const at = text.lastIndexOf(COMMA_WITH, verbAt);
  if (at < from) return null;
  const start = at + COMMA_WITH.length;
  const words = text.slice(start, verbAt);
  return words.trim() === '' || PHRASE_BREAK.test(words) ? null : { start, end: start + words.trimEnd().length };
}

function subjectBefore(text: string, sentence: Span, verbAt: number, quotations: readonly Span[]): Span & { shared: boolean; anonymityAsked: boolean } {
  const before = text.slice(sentence.start, verbAt);
  const end = RELATIVE_CLAUSE_BEFORE_VERB.exec(before)?.index ?? before.length;
  const given = end < before.length ? nameGivenIn(before.slice(end)) : null;
  if (given) return { start: sentence.start + end + given.start, end: sentence.start + end + given.end, shared: false, anonymityAsked: false };
  const quoted = (at: number) => insideQuotation(quotations, sentence.start + at);
  const opened = clauseStart(before, end, quoted);
  // "Giving evidence to the Treasury committee, the chancellor said": a phrase fronted before a
  // subject that is a bare description is no part of it (the body it names does not speak).
  // "In Antakya, where whole neighbourhoods were levelled, residents said": a relative clause of the
  // place fronted before the subject is no part of it either.
  const fronted = (mayOpenWithPlaceRelative(before, opened, end) ? PLACE_RELATIVE_FIRST.exec(before.slice(opened, end)) : null) ?? (opened === 0 && hasComma(before, end) ? FRONTED_BEFORE_DESCRIPTION.exec(before.slice(0, end)) : null);
  const start = opened + (fronted?.[0].length ?? 0);
  const subjectEnd = withoutVerbCompanions(before, start, end);
  // Only an auxiliary or an adverb before the verb: the subject is the previous clause's.
  if (start > 0 && subjectEnd === start) {
    let previousStart = clauseStart(before, start - 1, quoted);
    if (previousStart > 0 && (NOUN_PHRASE_AND.test(before.slice(previousStart, start)) || NAME_LIST_AND.test(before.slice(previousStart, start)) || endsList(before, previousStart, start))) previousStart = clauseStart(before, previousStart - 1, quoted);
    // "China widened its controls on magnets and the machinery used to make them, ordering … and warning that": a
    // participle after another one set off by a comma shares the main clause's subject, as that one does.
    const chained = previousStart > 0 ? PARTICIPLE_CHAIN.exec(before.slice(previousStart, start)) : null;
    if (chained) previousStart = strongClauseStart(before.slice(0, previousStart + chained.index));
    return { start: sentence.start + previousStart, end: sentence.start + start, shared: true, anonymityAsked: false };
  }
  const anonymityAsked = end < before.length && ASKED_ANONYMITY.test(before.slice(end));
  // "a row with growers who say …": the few words "who" stands for are its clause's subject.
  const whoAt = relativeWhoAt(before, start, subjectEnd);
  if (whoAt >= 0) return { start: sentence.start + antecedentStart(before, start, whoAt), end: sentence.start + whoAt, shared: false, anonymityAsked };
  // "a move that scientists say could …": a few words after "that" are its clause's subject.
  const thatSubject = THAT_SUBJECT.exec(before.slice(start, subjectEnd));
  const subjectStart = thatSubject ? start + thatSubject.index + thatSubject[0].lastIndexOf(thatSubject[1]) : start;
  return { start: sentence.start + subjectStart, end: sentence.start + subjectEnd, shared: false, anonymityAsked };
}

// "…, with residents warning that …": a participle after "with" has the words between for its subject
// (as a quote's does, see quote-claims), not the subject of the clause the phrase hangs on. The
// phrase is set off by its comma ("filed a complaint with the tribunal arguing that …" is no such phrase).
const WITH_PARTICIPLE = /(?:^|,\s+)[Ww]ith\s+([^,;:“”"()]+?)\s*$/;

/** The subject of a participle at `verbAt` right after "with" and its few words ("with the minister warning"), else null. */
function subjectAfterWith(text: string, sentenceStart: number, verbAt: number): (Span & { shared: boolean; anonymityAsked: boolean }) | null {
  const leadStart = Math.max(sentenceStart, verbAt - 80);
  const lead = text.slice(leadStart, verbAt);
  const found = lead.includes('ith ') ? WITH_PARTICIPLE.exec(lead) : null;
  // (A lead cut short may not open at a sentence's start.)
  if (!found || (found.index === 0 && leadStart > sentenceStart && !lead.startsWith(','))) return null;
  const start = verbAt - lead.length + found.index + found[0].indexOf(found[1]);
  return { start, end: start + found[1].length, shared: false, anonymityAsked: false };
}

const PLACE_RELATIVE_FIRST = /^\s*(?:(?:In|At|On|Near|Outside|Inside|Across|Throughout)\s[^,;:“”"]{1,60},\s+)?(?:where|when)\s[^,;:“”"]{1,120},\s+(?=\S)/;
const FRONTED_BEFORE_DESCRIPTION = /^\s*(?:\p{Lu}\p{Ll}+ing|In|At|On|After|Before|During|Under|With|Without|Despite)\s[^,;:“”"]{1,120},\s+(?=(?:the|a|an)\s+(?:[\p{Ll}-]+\s+){0,2}[\p{Ll}-]+\s*$)/u;

/** Whether the words from `start` to `end` hold the "whe" of PLACE_RELATIVE_FIRST's "where" or "when": most subjects do not, and are not copied to be tried. */
function mayOpenWithPlaceRelative(before: string, start: number, end: number): boolean {
  const at = before.indexOf('whe', start);
  return at >= 0 && at < end;
}

/** Whether the words before `end` hold a comma (as FRONTED_BEFORE_DESCRIPTION's fronted phrase ends on one). */
function hasComma(before: string, end: number): boolean {
  const at = before.indexOf(',');
  return at >= 0 && at < end;
}

/** Where the words before a relative "who" ending `before` at `end` stop ("growers| who", "Farmers|, who"), or -1 (by hand: an end-anchored pattern is quadratic). */
function relativeWhoAt(before: string, from: number, end: number): number {
  const trimmedEnd = before.slice(from, end).trimEnd().length + from;
  if (trimmedEnd - from < 5 || before.slice(trimmedEnd - 4, trimmedEnd) !== ' who') return -1;
  const at = before.slice(from, trimmedEnd - 4).trimEnd().length + from;
  return before[at - 1] === ',' ? at - 1 : at;
}
// Words that open the phrase a relative "who" follows: "a row with growers who", "Farmers, who".
const BEFORE_ANTECEDENT = /^(?:with|of|for|to|from|by|among|between|on|in|at|against|and|or|but|than|like|about|including)$/i;
const ANTECEDENT_MAX_WORDS = 5;
const ANTECEDENT_WORD_CHARACTER = /[^\s,;:]/;
const SPACE = / /;

/** The start of the few words before `end` that a relative "who" stands for, read back word by word to a preposition or a comma. */
function antecedentStart(before: string, from: number, end: number): number {
  let start = end;
  for (let words = 0; words < ANTECEDENT_MAX_WORDS; words++) {
    const word = wordBefore(before, start, ANTECEDENT_WORD_CHARACTER, SPACE, from);
    if (word.start === word.end || BEFORE_ANTECEDENT.test(before.slice(word.start, word.end))) break;
    start = word.start;
    if (word.start === from || before[word.start - 1] !== ' ') break;
  }
  // "including Rosa Maldonado, 71, who said": an age set off by commas stands after the name.
  const comma = before.lastIndexOf(',', start);
  return AGE_ONLY.test(before.slice(start, end)) && comma >= from && before.slice(comma + 1, start).trim() === '' ? antecedentStart(before, from, comma) : start;
}
const AGE_ONLY = /^\d{1,3}$/;

/**
 * Reported speech: clauses with a reporting verb, the speaker from the subject or the
 * "according to" phrase, the claim span covering what was said.
 */
interface ReportedClause {
  claim: Span;
  speaker: SpeakerSite;
  verb: string;
}

// The tests of each verb below, built once: a regular-expression literal makes a new object each
// time it is reached, thousands of times in a long article.
// "according to the memo, seen by The Irish Courier,": who holds the document, set off by commas, is part of the source.
// (An initial's full stop is no end: "according to the G.O.,", "as per the U.N. report,".)
const SOURCE_AFTER = /^\s+((?:[^,.;]|(?<=(?:^|[^\p{L}])\p{Lu})\.)+(?:,\s+(?:obtained|seen|reviewed|viewed)\s+by\s+[^,.;]+)?)/u;
const MARKS_FIRST = /^[\s,:—–]+/;
const ONLY_MARKS = /^[\s,:—–”"’]*$/;
const AUXILIARY_BEFORE_COMMA = /\b(?:has|have|had|is|are|was|were|will|would|could|should|can|may|might|must)\s*,\s*$/i;
// ("insisted the door remained open, adding: “…”": the participle's quote, not this verb's.)
// British copy opens it with a single mark: "told the BBC's Today programme: 'This is …'".
const QUOTE_AFTER_COLON = new RegExp(`^(?![^“”"]{0,80}?,\\s+(?:${REPORTING_PARTICIPLES})\\b)[^“”"]{0,80}:\\s*(?:[“"‘]|'(?=[A-Z]))`);
const WORK_NAMED = /^(?:a|an|the|his|her|their|its)\s+(?:book|memoir|novel|letter|op-ed|column|article|essay|post|report|song|play|biography|history)\b(?!\s+(?:that|was|is|were|are|had|has|would|will|could)\b)/i;
const PLACE_OR_TIME_FIRST = /^(?:at|in|on|by|during|with|after|before|to|last|earlier|this)\b/i;
// ("…, the company said Tuesday, hours after regulators ordered …": a time measured from an event.)
// ("… until May 30, Adeyanju said, or the strike would spread": the alternative goes on with it.)
// ("…, the Daily Glow can reveal — just days after …": a dash sets it off as a comma does.)
const CLAUSE_AFTER_ATTRIBUTION = /^\s*[,—–]\s*(?:and|but|or|so|while|as|amid|despite|after|because|although|though|unless|(?:(?:a|an|\d+|two|three|several|just|only)\s+)?(?:hours?|days?|weeks?|months?|minutes?|moments?)\s+(?:after|before)|in\s+(?:the|what)|(?:up\s+|down\s+)?from|compared\s+with|\p{Ll}+ing)\s/u;
// (After a quote closing on its comma too: "… are “not fit for purpose,” a committee of MPs warned".)
const ATTRIBUTION_AFTER_COMMA = /,[”"’]?\s*(?:\S+\s+){0,5}\S+$/;
const ATTRIBUTION_AFTER_ONE_COMMA = /^[^,“”"]+,\s*(?:\S+\s+){0,3}\S+$/;
const THAT_WORD = /\bthat\s/i;
const THAT_FIRST = /^that\s/i;
const COMMA_SPACE_FIRST = /^\s*,\s/;
const COMMA_AT_END = /,[”"’]?\s*$/;
const CLOSING_QUOTE_AT_END = /[”"]\s*$/;
const AT_MOST_A_MARK = /^[.!?]?$/;
// When or where it was said, after the verb: "on Monday", "in Geneva", "after a two-day policy meeting" (not "after … that …", a report of its own).
// ("…, local president Monique LeBlanc-Hardy told reporters outside the union hall": where they heard it.)
const ONLY_WHEN_OR_WHERE = /^[\s,]+(?:on|in|at|late|earlier|yesterday|today|last|this|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|(?:after|following|during|ahead\s+of|amid|outside|inside|near)\b(?![^“”"]*\bthat\b))\b[^“”"]*$/;
const QUOTE_AFTER_DASH = /^\s*[—–]\s*[“"]/;
const CLOSING_QUOTE_FIRST = /^[”"’]/;
const CLOSING_QUOTE_LAST = /[”"]$/;
const INFINITIVE_FIRST = /^(?:not\s+)?to\s/i;
const CONJUNCTION_FIRST = /^(?:and|but|or|of)\s/i;
const OBJECT_PRONOUN_FIRST = /^(?:them|him|us|me)\b/i;
const TAKEN_FIRST = /^(?:responsibility|credit|victory)\b/i;
// "said little as he left", "said nothing about the fee": how much was said, not what ("said nothing would change" says it).
const AMOUNT_SAID = /^(?:little|nothing|much)\b(?!\s+(?:of|would|will|could|can|should|had|has|have|was|were|is|are|\p{Ll}+ed)\b)/u;
const WRITTEN_WORDS_FIRST = /^(?:that|in|on|to)\b|^[“"‘]/i;

/**
 * The reported-speech clauses of one paragraph, speakers unresolved: paragraph-local work, so
 * it is cached per paragraph (offsets relative to the paragraph).
 */
function reportedClauses(text: string, sentences: readonly Span[], quotations: readonly Span[]): ReportedClause[] {
  const clauses: ReportedClause[] = [];
  for (const sentence of sentences) {
    const sentenceText = text.slice(sentence.start, sentence.end);
    // "Asked whether the curbs answered tariffs announced last month, he declined …": the question's verbs report nothing.
    const questionEnd = FRONTED_QUESTION.exec(sentenceText)?.[0].length ?? 0;
    // Run with exec: matchAll would clone this long expression for every sentence.
    VERB.lastIndex = 0;
    // VERB's matches and the sources', in the order they stand.
    const sources = sourceVerbs(sentenceText);
    let nextSource = 0;
    let nextVerb = VERB.exec(sentenceText);
    for (;;) {
      let match: RegExpExecArray;
      if (sources && nextSource < sources.length && (!nextVerb || sources[nextSource].index < nextVerb.index)) match = sources[nextSource++];
      else if (nextVerb) {
        match = nextVerb;
        nextVerb = VERB.exec(sentenceText);
      } else break;
      if (match.index! < questionEnd) continue;
      const verbAt = sentence.start + match.index!;
      if (insideQuotation(quotations, verbAt)) continue;
      // "In the words of one diplomat, …" names its source as "according to" does, and is read as it.
      const verb = IN_THE_WORDS_OF.test(match[1]) ? 'according to' : match[1].toLowerCase();
      const verbEnd = verbAt + match[0].length;
      // "had been warned", "was told": passive, the subject heard rather than said.
      const wordsBefore = text.slice(Math.max(sentence.start, verbAt - 18), verbAt);
      const word = verbWord(verb);
      const speechNoun = word.speechNoun;
      if (!speechNoun && NO_REPORT_BEFORE.test(wordsBefore)) continue;
      // "gave the airline until Friday to confirm that …": a plain form after "to" is what someone is
      // to say ("used the broadcast to say …" says it: "say" is left to its other tests).
      if (word.plainPresent && TO_BEFORE.test(wordsBefore)) continue;
      let content: Span;
      let speakerSpan: Span;
      let sharedSubject = false;
      let anonymityAsked = false;
      let subjectFallback: SpeakerSite['fallback'];
      let reportersSite: SpeakerSite | undefined;
      // The report whose words run on through this verb, a second verb of its subject ("conceded it had the letters but said …").
      let runningThrough: ReportedClause | undefined;
      let document = false;
      // What was said opens with a phrase fronted before its attribution ("In dry years, she said, …").
      let opensWithFronted = false;
      if (speechNoun) {
        const owner = ownerBefore(text, sentence.start, verbAt);
        if (!owner) continue;
        speakerSpan = owner;
        const contentStart = verbEnd + text.slice(verbEnd).indexOf('that') + 'that'.length;
        const nextSpeaker = NEXT_REPORTING_CLAUSE.exec(text.slice(contentStart, sentence.end));
        content = { start: contentStart, end: nextSpeaker ? contentStart + nextSpeaker.index : sentence.end };
      } else if (verb === 'according to') {
        const source = SOURCE_AFTER.exec(text.slice(verbEnd, sentence.end));
        if (!source) continue;
        const sourceStart = verbEnd + source[0].indexOf(source[1]);
        // "a budget memo obtained by the Courier": the memo is the source, not who holds it; nor who
        // wrote it ("a Commission letter seen by the daily" is a document, not a statement).
        const holder = HELD_BY.exec(source[1]);
        document = holder !== null || (AUTHORLESS_DOCUMENT.test(source[1]) && !authorIn(source[1]));
        const sourceEnd = verbEnd + source[0].length;
        speakerSpan = { start: sourceStart, end: holder ? sourceStart + source[1].slice(0, holder.index).replace(COMMA_AT_END, '').length : sourceEnd };
        // Its clause starts the sentence or follows a semicolon, colon or dash: "…; according to people familiar with the talks, X has …".
        const lead = text.slice(sentence.start, verbAt);
        const sourceClause = sentence.start + Math.max(lead.lastIndexOf(';'), lead.lastIndexOf(':'), lead.lastIndexOf('—')) + 1;
        const leading = text.slice(sourceClause, verbAt).trim() === '';
        // "X said that …, and officials have repeated it, according to Y": Y's clause starts where the report before it ends
        // (one ending at this "according to" is inside Y's clause: "X warned that …, according to Y").
        const reportBefore = leading ? undefined : lastWhere(clauses, ({ claim }) => claim.start >= sourceClause && claim.end < verbAt && !ONLY_MARKS.test(text.slice(claim.end, verbAt)));
        const ownClause = reportBefore ? reportBefore.claim.end + leadLength(CONJOINED_CLAUSE, text.slice(reportBefore.claim.end, verbAt)) : sourceClause;
        // "The Commission, according to two diplomats, has drafted …", "Hungary has, according to …,
        // refused": a source set off inside a clause whose verb comes after it (not "Exports fell,
        // according to …, down 3%", whose clause was whole before it); "The talks were, in the words
        // of one diplomat, “dead on arrival”": a clause whose verb wants what comes after the source.
        const clauseBefore = text.slice(ownClause, verbAt);
        const aside = !leading && COMMA_AT_END.test(clauseBefore)
          && (AUXILIARY_BEFORE_COMMA.test(clauseBefore) || (INTERRUPTED_VERB.test(text.slice(sourceEnd, sentence.end)) && !(FINITE_AUXILIARY.test(clauseBefore) || PAST_VERB.test(clauseBefore))));
        // "It won her the seat and, according to aides, a cabinet post that …": a source set
        // off after a conjunction sources the words after it, not the clause before.
        const conjoined = !leading && CONJUNCTION_AND_COMMA.test(text.slice(Math.max(sentence.start, verbAt - CONJUNCTION_AND_COMMA_CHARS), verbAt));
        content = leading || conjoined ? { start: sourceEnd, end: sentence.end } : { start: ownClause, end: aside ? sentence.end : verbAt };
      } else {
        const after = text.slice(verbEnd, sentence.end);
        const contentStart = contentStartAfter(text, verb, verbEnd, sentence.end);
        const saidText = text.slice(contentStart, sentence.end);
        const rest = saidText.replace(MARKS_FIRST, '');
        // "said in a speech that was twice interrupted": the "that" opens a relative clause on the noun of saying, not what was said.
        if (RELATIVE_THAT.test(rest) && ADVERBIAL_LEAD.test(after)) continue;
        const subject = (word.participle ? subjectAfterWith(text, sentence.start, verbAt) : null) ?? subjectBefore(text, sentence, verbAt, quotations);
        const subjectText = text.slice(subject.start, subject.end).trim();
        // "Profit Beats Estimates, Trims Guidance": in a title-case headline such a word is the noun.
        // ("…, analysts estimate.": at the sentence's end it attributes what came before.)
        if (word.nounOrVerb && (CAPITAL_FIRST.test(match[1]) || (!CLAUSE_OPENING.test(rest) && !AT_MOST_A_MARK.test(rest.trim()))) && !(GAP_VERB.test(rest) && RELATIVE_BEFORE.test(text.slice(Math.max(sentence.start, subject.start - 12), subject.start)))) continue;
        // "the fee added 3 euros to every ticket": an amount added to something, not words said.
        if (verb.startsWith('add') && AMOUNT_ADDED.test(rest)) continue;
        // "a union, which claims 9,000 members, gave …": a count held, not words said.
        if (verb.startsWith('claim') && CLAIMED_COUNT.test(rest)) continue;
        const quoted = QUOTE_FIRST.test(rest) || (after.includes(':') && QUOTE_AFTER_COLON.test(after));
        // "wrote the book “The Long Table”": a work, not what was said.
        // "said the letter was “a yellow card”" is what was said of a work.
        const work = WORK_NAMED.test(rest);
        // "The ultimatum, announced at a news conference, is …": a participle, not a reporting verb.
        const pastParticiple = subjectText.endsWith(',') && verb.endsWith('ed') && PLACE_OR_TIME_FIRST.test(rest);
        // "Lawyers have been drafting the orders, aides said, and …" (or ", leaving …", ", as …",
        // ", in the sharpest escalation …"): the attribution is a parenthesis.
        // "…, the commission said on Tuesday, leaving …": the time or place of saying comes first.
        const afterAdverbials = COMMA_FIRST.test(after) ? after : after.slice(leadLength(ADVERBIALS, after));
        // "The peso fell to 21, he said, from 19 in May": the figure's starting point goes on with it.
        const parenthesis = (CLAUSE_AFTER_ATTRIBUTION.test(afterAdverbials) || closingApposition(subjectText, afterAdverbials)) && ATTRIBUTION_AFTER_COMMA.test(subjectText);
        if (pastParticiple || (word.listener && TOLD_STORY.test(after))) continue;
        // "posted comparisons showing that …" reports what the poster's papers show; "Footage showing that police fired
        // first was shared" (no verb before the participle) only describes its subject.
        if (verb === 'showing' && !PAST_VERB.test(subjectText) && !FINITE_AUXILIARY.test(subjectText)) continue;
        // "“…,” Okafor told the radio programme “Shelf Life”": the attribution of the quote before, unless a that-clause follows.
        if (QUOTE_ATTRIBUTION_SUBJECT.test(subjectText) && !THAT_WORD.test(after) && !TITLE_IN_SUBJECT.test(subjectText) && !quoteAfterOwnWords(text, sentence.start, quotations, text.lastIndexOf(',', verbAt))) continue;
        // "Beni, he said, had the highest poverty rate": the attribution interrupts what was said, whose verb follows it.
        // (Not after a fronted phrase: "Without new wells, the governor said, that valley could …" is a demonstrative.)
        const interrupting = !parenthesis && (INTERRUPTED_VERB.test(after) || (INTERRUPTED_THAT.test(after) && !FRONTED_PHRASE.test(text.slice(sentence.start, verbAt)))) && ATTRIBUTION_AFTER_ONE_COMMA.test(subjectText);
        // "Without the pact, its director, Ana Roe, said, the area could triple": a phrase fronted
        // before an attribution set off by commas opens what was said, which goes on after it.
        const fronted = !parenthesis && !interrupting && !quoted && COMMA_SPACE_FIRST.test(after) ? FRONTED_PHRASE.exec(text.slice(sentence.start, verbAt)) : null;
        // "The minister gave them until Friday, warning that …": a participle shares its clause's
        // subject; after a quote (“…,” Roe said, adding that …), the attribution's.
        const participle = word.participle && COMMA_AT_END.test(text.slice(subject.start, verbAt));
        const saidEnough = enoughSaid(rest, verb);
        if (parenthesis) {
          const comma = text.lastIndexOf(',', verbAt);
          content = { start: sentence.start, end: speakersRuleAfter(afterAdverbials) ? sentence.end : comma };
          // (Past the closing mark of a quote that ends on that comma.)
          speakerSpan = { start: comma + (CLOSING_QUOTE_AT_COMMA.test(text.slice(comma, comma + 2)) ? 2 : 1), end: verbAt };
          // "…, a senior engineer said, speaking on condition of anonymity": the aside after the verb asks it.
          anonymityAsked = ASKED_ANONYMITY.test(afterAdverbials);
        } else if (interrupting || (fronted && saidEnough)) {
          const attributionStart = fronted ? sentence.start + fronted[0].length : text.lastIndexOf(',', verbAt) + 1;
          const nextSpeaker = NEXT_REPORTING_CLAUSE.exec(after);
          content = { start: fronted ? sentence.start : subject.start, end: nextSpeaker ? verbEnd + nextSpeaker.index : sentence.end };
          speakerSpan = { start: attributionStart, end: verbAt };
          opensWithFronted = fronted !== null;
        } else if (COMMA_RIGHT_BEFORE.test(wordsBefore) && !word.listener && !word.participle && INVERTED_SPEAKER.test(after) && !APPOSITION_BEFORE_VERB.test(text.slice(sentence.start, verbAt))) {
          // "The strike will end Friday, said Ana Cruz, a spokeswoman for the port authority.": the
          // speaker after the verb closes the sentence, and what was said comes before it.
          const comma = text.lastIndexOf(',', verbAt);
          content = { start: sentence.start, end: comma };
          speakerSpan = trimmed(text, { start: verbEnd, end: sentence.end });
        } else if (saidEnough && !quoted && SUBJECT_AFTER_VERB.test(after) && WHICH_BEFORE.test(wordsBefore) && MAIN_VERB_AFTER.test(saidText)) {
          // "Ana Roe, head of the Tenants League, which says it has 9,000 members, argued …": the
          // relative clause reports what the body it follows says, up to the main verb.
          const antecedentEnd = text.lastIndexOf(',', verbAt);
          const lead = text.slice(subject.start, antecedentEnd);
          const comma = lead.lastIndexOf(',');
          const of = lead.lastIndexOf(' of ');
          const antecedentStart = subject.start + (of > comma ? of + ' of '.length : comma + 1);
          content = { start: contentStart, end: contentStart + MAIN_VERB_AFTER.exec(saidText)!.index };
          speakerSpan = { start: antecedentStart, end: antecedentEnd };
        } else if (saidEnough && !quoted && !work && !placeOfSaying(rest) && !participleAfterComma(after, rest) && subjectText !== '' && (!CLOSING_QUOTE_AT_END.test(subjectText) || endsWithTitle(subjectText) || participle) && !(QUOTE_FIRST.test(subjectText) && !THAT_FIRST.test(rest))) {
          // "Roe said the talks would resume": the subject speaks, the rest is what was said, up to
          // another speaker's clause (", and a spokesman said …").
          // "Roe, who has denied taking the drug, said …": the verb is inside its subject's relative clause.
          const inRelative = RELATIVE_OPEN.test(text.slice(subject.start, verbAt));
          // (Read from the verb: skipping the listeners may pass the comma, "who advises the party, said".)
          if (inRelative && MAIN_VERB_AFTER.test(after)) continue;
          // "Dorsey, who wrote the law requiring reviews, praised the vote": the relative clause closes before the main verb.
          const mainVerb = inRelative ? MAIN_VERB_AFTER_COMMA.exec(saidText) : null;
          const clauseEnd = mainVerb ? contentStart + mainVerb.index : sentence.end;
          const nextSpeaker = NEXT_REPORTING_CLAUSE.exec(text.slice(contentStart, clauseEnd)) ?? speakerAfterSemicolon(text, contentStart, clauseEnd);
          // "told DR that the company had reported the death but that the agency wanted …": inside
          // what another verb reports, a verb's words end where that verb's next "that" begins.
          const enclosing = clauses.filter(({ claim }) => claim.start <= verbAt && verbAt < claim.end && claim.start >= sentence.start);
          const within = enclosing.length > 0;
          // "People familiar with the talks said the party had signalled that it would abstain": a
          // signal (a ruling, a forecast) inside what another verb reports is part of that report.
          // So is a verb of the reported clause itself: "said the group had warned the board that it would sue".
          // ("According to aides, Kessler has told colleagues that …" is Kessler's report, sourced by the aides.)
          // So is what a paper "showed" there ("Foy said the memo showed officials knew").
          if (within && (word.thatOnly || verb.startsWith('show') || (PERFECT_BEFORE.test(wordsBefore) && enclosing.some((outer) => outer.verb !== 'according to')))) continue;
          const outerThat = within ? OUTER_THAT.exec(saidText) : null;
          const end = Math.min(nextSpeaker ? contentStart + nextSpeaker.index : clauseEnd, outerThat ? contentStart + outerThat.index : clauseEnd);
          content = { start: contentStart, end };
          const subjectWords = text.slice(subject.start, subject.end);
          const quoteEnd = participle ? lastClosingMark(subjectWords) : -1;
          speakerSpan = quoteEnd >= 0 ? { start: subject.start + quoteEnd + 1, end: subject.end } : subject;
          // "Emails obtained by the Sentinel show the finance office warned that …": a verb inside what
          // another reports has its own subject within those words, not the reporter's (a shared one is read below).
          const opening = within && !subject.shared && !participle ? Math.max(...enclosing.map(({ claim }) => claim.start)) : -1;
          if (opening > speakerSpan.start && opening < speakerSpan.end) speakerSpan = { start: opening, end: speakerSpan.end };
          anonymityAsked = subject.anonymityAsked;
          sharedSubject = subject.shared || participle;
          // "Yoon gave the airline and the union until Friday …, warning that": a bare "and" before a
          // participle mostly joins two objects, not two clauses, so the subject is read from the
          // clause's start, and from the "and" on only when that names no one.
          const subordinator = participle ? wordBefore(text, subject.start, LETTER, undefined, sentence.start) : null;
          // "Shares were flat, with analysts at Orvik Capital saying …": a
          // participle after ", with" has the words between for its subject, not the sentence's.
          const absolute = word.participle ? absoluteSubject(text, sentence.start, verbAt) : null;
          if (absolute) {
            speakerSpan = absolute;
            sharedSubject = false;
          } else if (subordinator && subordinator.start > sentence.start && SUBORDINATOR.test(text.slice(subordinator.start, subordinator.end))) {
            // "Portugal rejected the demand before the season ends, saying …": when the subordinate
            // clause's subject names no one ("came a day after a judge rejected it, ruling that" does),
            // the participle shares the main clause's.
            const mainEnd = subordinator.start;
            subjectFallback = { start: sentence.start + strongClauseStart(text.slice(sentence.start, mainEnd)), end: mainEnd, head: 'first' };
          } else if (participle && BARE_CONJUNCTION_BEFORE.test(text.slice(sentence.start, subject.start))) {
            subjectFallback = { ...speakerSpan, head: 'first' };
            speakerSpan = { start: sentence.start + strongClauseStart(text.slice(sentence.start, subject.start)), end: verbAt };
          } else if (sharedSubject) {
            // "said the increase was “…,” adding that …": a shared subject that names no one is the
            // speaker of the sentence's report the verb follows; a name inside that report's words is
            // no subject at all ("Morimoto insisted the parts had met it when they left the factory
            // and argued that …", "The bureau said a storm east of Luzon could strengthen, and warned that …").
            const running = reportRunningTo(text, clauses, sentence.start, verbAt);
            if (running && running.claim.end > verbAt) runningThrough = running;
            if (running && running.claim.start <= speakerSpan.start) reportersSite = { ...running.speaker };
            else if (running) {
              speakerSpan = { start: speakerSpan.start, end: Math.min(speakerSpan.end, running.claim.start) };
              subjectFallback = running.speaker;
            }
          }
        } else if (AT_MOST_A_MARK.test(after.trim()) || ONLY_WHEN_OR_WHERE.test(after) || QUOTE_AFTER_DASH.test(after) || (word.listener && (ONLY_WHEN_OR_WHERE.test(saidText) || AT_MOST_A_MARK.test(saidText.trim())) && ATTRIBUTION_AFTER_COMMA.test(subjectText))) {
          // "The talks will resume, officials said." — the speaker follows what was said; so it does
          // before a quote set off by a dash ("…, she said — “if nobody walks out.”"), and before
          // where the listeners heard it ("…, he told reporters at the fairgrounds, where …") or the
          // listeners alone ("…, Venkataraman told the judge.").
          let comma = text.lastIndexOf(',', verbAt);
          // "…, a company spokeswoman, Yuki Hamada, said.": an apposition closes before the verb, so
          // the attribution opens two commas back.
          if (text.slice(comma + 1, verbAt).trim() === '') comma = text.lastIndexOf(',', text.lastIndexOf(',', comma - 1) - 1);
          const closingQuote = quoteAfterOwnWords(text, sentence.start, quotations, comma);
          const ownWords = closingQuote !== undefined;
          // “…,” aides said: the attribution of a quotation, not reported speech; "…, a charge Hart
          // denied": a denial of what came before, not a report of it.
          // "…, and the office listed the towns that had not replied.": a verb of a relative clause attributes nothing.
          // "A spokesperson for Minister Doug Halloran (PC, Kenora—Rainy River) said … had responded.": a comma
          // inside brackets opens no attribution.
          if (comma < sentence.start || (CLOSING_QUOTE_FIRST.test(text.slice(comma + 1, verbAt)) && !ownWords) || verb.startsWith('den') || RELATIVE_VERB_BEFORE.test(wordsBefore) || closesBracket(text, comma + 1, verbAt) || NO_ATTRIBUTION.test(text.slice(comma + 1, verbAt))) continue;
          const said = text.slice(sentence.start, comma).trim();
          if (QUOTE_FIRST.test(said) || (CLOSING_QUOTE_LAST.test(said) && !ownWords)) continue;
          content = { start: sentence.start, end: ownWords ? closingQuote!.end : comma };
          speakerSpan = { start: ownWords ? closingQuote!.end : comma + 1, end: verbAt };
        } else {
          continue;
        }
      }
      const claim = trimmed(text, content);
      const said = text.slice(claim.start, claim.end);
      if (!enoughSaid(said, verb) || insideQuotation(quotations, claim.start)) continue;
      // After "according to X," the words are what was said, however they open ("at least two carriers have asked …").
      if (verb !== 'according to' && !opensWithFronted && placeOfSaying(said)) continue;
      // "asked the court to pause a ruling", "asked not to be named", "asked that her privacy be
      // respected", "asked for another extension and was refused", "asked the council for a
      // briefing", "told residents to leave": a request or an order, not a report; "asked the
      // bank whether it would pay": a question.
      if (INFINITIVE_FIRST.test(said) || (verb.startsWith('ask') && ASKED_FOR.test(said))) continue;
      // "gave both sides until April 3 to tell her whether a plea deal is coming": a question put to the listeners, no answer given.
      if (word.listener && LISTENERS_THEN_WHETHER.test(said)) continue;
      // "How to tell if a settlement email is a scam": "tell" with no listeners before an "if" asks, as "whether" does.
      if (TELL.test(verb) && IF_FIRST.test(said) && claim.start > verbAt && text.slice(verbEnd, claim.start).trim() === '') continue;
      // A finite verb makes an order a report ("told lawmakers the plan to cut the levy would fail"),
      // but not one inside what was asked ("asked staff to declare whether they would strike").
      // A "that" opens a report, whatever infinitive follows ("told the podcast that the squad hoped to be back").
      // (Nor one of a relative clause after a comma: "told clinics to stop charging for the vaccine, which is free".)
      // "asks the court to order the bank to pay … while the case is heard": after "ask", always a request.
      // (Words before the verb are no order: "The government expects to rest its case, Roe told the judge.")
      if (word.listener && claim.start > verbAt && ORDER.test(said) && !THAT_FIRST.test(said) && (verb.startsWith('ask') || !FINITE_AUXILIARY.test(said.split(ASKED_CLAUSE)[0].split(RELATIVE_AFTER_COMMA)[0]))) continue;
      if (word.warning && WARNED_OF.test(said) && !THAT_FIRST.test(said)) continue;
      // "Lake Taupō algae warning lifted after three weeks": a noun of saying before a past participle and its phrase, no clause.
      if (word.participle && PARTICIPLE_PHRASE_FIRST.test(said)) continue;
      // "told the states they must report by March": what the listeners must do is an order too.
      if (word.listener && LISTENERS_MUST.test(said)) continue;
      if (thingNamed(said, verb) || demonstrativeObject(said, verb)) continue;
      // "a video posted on Tuesday and said …": what follows is another clause, not what was said;
      // "has denied or cut 340 claims": a second verb of the same object; "warned of the risk",
      // "confirmed them, according to …": a topic or an object, not a clause.
      if (CONJUNCTION_FIRST.test(said) || OBJECT_PRONOUN_FIRST.test(said)) continue;
      // "claimed responsibility for the attack", "writing prescriptions by hand": a thing taken or done, not words.
      if (TAKEN_FIRST.test(said) || AMOUNT_SAID.test(said) || (verb === 'writing' && !WRITTEN_WORDS_FIRST.test(said))) continue;
      // "did not say who would replace him": a question, not an answer.
      if (INDIRECT_QUESTION.test(said)) continue;
      // "…, court records show": records that name no author speak for nobody, as "according to court records" does.
      if (!document && verb.startsWith('show')) {
        speakerSpan = trimmed(text, speakerSpan);
        document = AUTHORLESS_DOCUMENT.test(text.slice(speakerSpan.start, speakerSpan.end));
      }
      const speaker: SpeakerSite = reportersSite ?? { start: speakerSpan.start, end: speakerSpan.end, head: sharedSubject ? 'first' : 'nearest-verb' };
      if (anonymityAsked) speaker.anonymityAsked = true;
      if (document) speaker.document = true;
      if (subjectFallback) speaker.fallback = subjectFallback;
      clauses.push({ claim, speaker, verb });
      // What the first verb reported ends where the second's report begins, before their "and" or "but".
      // ("confirmed the request and said …": what is left may be no statement at all.)
      const end = runningThrough ? endBeforeConjunction(text, runningThrough.claim.start, verbAt) : null;
      if (end !== null) {
        const first = runningThrough!;
        first.claim = trimmed(text, { start: first.claim.start, end });
        const firstSaid = text.slice(first.claim.start, first.claim.end);
        if (!enoughSaid(firstSaid, first.verb) || thingNamed(firstSaid, first.verb)) clauses.splice(clauses.indexOf(first), 1);
      }
    }
  }
  return clauses;
}

// "held that post for three years", "submitted that report to the court": "that" points to a thing
// held or handed in, one noun and then a phrase or the end, no clause after it.
const HOLDING_VERB = /^(?:held|holds|submitted|submits)$/;
const DEMONSTRATIVE_THAT = /^that\s+[\p{L}-]+(?:\s+(?:for|in|at|on|with|until|since|from|to|by|during|after|before|as|and)\b|\s*[,.;]|\s*$)/u;

/** Whether what a holding verb's "that" opens is a thing pointed to ("held that post for years"), not a clause. */
function demonstrativeObject(said: string, verb: string): boolean {
  return HOLDING_VERB.test(verb) && DEMONSTRATIVE_THAT.test(said) && !FINITE_AUXILIARY.test(said) && !PAST_VERB.test(said);
}

// ", beating estimates", ", but trimmed its forecast": after a comma, a participle or a conjunction
// goes on with the subject's own predicate, not with what was said.
const PREDICATE_GOES_ON = /,\s+(?:and|but|\p{Ll}+ing)\s/u;

/**
 * "announced the measures at a news conference": a thing announced, not a statement, unless a
 * verb follows, and not one of a clause after it ("announced three days later, after the office
 * concluded …", "reported a 14% rise in profit, beating estimates, but trimmed its forecast").
 */
function thingNamed(said: string, verb: string): boolean {
  if (!verbWord(verb).thingOrStatement || THAT_FIRST.test(said)) return false;
  const main = said.split(SUBORDINATE_CLAUSE)[0].split(PREDICATE_GOES_ON)[0];
  return !FINITE_AUXILIARY.test(main) && !PAST_VERB.test(main);
}

// "…, and that the letter was never acknowledged.": words after the comma opening with "that", or a passive
// verb, are a clause of what was said, not who said it.
const NO_ATTRIBUTION = /^\s*(?:(?:and|but)\s+)?that\s|\b(?:be|been|being|was|were|is|are)\s+(?:(?:never|not|also|\p{Ll}+ly)\s+)?$/u;

/** Whether the words from `start` to `end` close a bracket they did not open. */
function closesBracket(text: string, start: number, end: number): boolean {
  const close = text.indexOf(')', start);
  return close >= 0 && close < end && text.lastIndexOf('(', close) < start;
}

const COMMA_RIGHT_BEFORE = /[^”"’\s]\s*,\s*$/;
// "…, said Ana Cruz, a spokeswoman for the port authority.", "…, said a spokesman for the
// ministry.": a name, or a short description perhaps placed by its preposition, then perhaps an
// apposition, up to the sentence's end.
const INVERTED_SPEAKER = /^\s+(?:\p{Lu}[\p{L}.’'-]*(?:\s+\p{Lu}[\p{L}.’'-]*){0,4}|(?:the|a|an|one)\s+(?!(?:[\p{L}’'-]+\s+){0,3}(?:would|will|could|can|should|might|must|may|was|were|is|are|had|has|have)\b)(?:[\p{L}’'-]+\s+){0,2}[\p{L}’'-]+(?:\s+(?:of|for|at|with|in)\s+(?![^,;:“”"]{0,60}?\b(?:would|will|could|can|should|might|must|may)\b)[^,;:“”"]{1,60})?)(?:,\s+(?:an?|the|who|\p{Lu}|\d)[^;:“”"]{0,160}?)?\s*[.!?]?\s*$/u;
// "Kowalczyk, whose book … banks, said …", "Markus Hollerer, the office’s managing director, said …",
// "A Gavi official, speaking on condition of anonymity …, said …": the subject's aside closes before the verb.
// ("If the hearing goes ahead, a ruling could come before Easter, said X": a modal verb makes a clause of it, no aside.)
const APPOSITION_BEFORE_VERB = /,\s+(?:(?:an?|the|\d)(?![^,]*\s(?:would|will|could|can|should|might|must)\s)|who|whose|which|\p{Ll}+ing\b)[^,]*,\s*$/u;

const JOINING_CONJUNCTION = /^(?:and|but)$/i;
const SECOND_VERB_ADVERB = /^(?:also|later|then)$/i;

/** The start of the "and" or "but" (perhaps with "also") right before `verbAt`, not before `from`, else null. */
function endBeforeConjunction(text: string, from: number, verbAt: number): number | null {
  let word = wordBefore(text, verbAt, LETTER, undefined, from);
  if (SECOND_VERB_ADVERB.test(text.slice(word.start, word.end))) word = wordBefore(text, word.start, LETTER, undefined, from);
  return word.start < word.end && JOINING_CONJUNCTION.test(text.slice(word.start, word.end)) ? word.start : null;
}

// Between a report's words and a verb they run on to: "…,” adding", "… and argued".
const RUNS_ON = /^[\s,”"’]*(?:(?:and|but)\s+)?$/;

// Between an attribution's subject and a participle after it: "… said in a statement, (adding)".
const ATTRIBUTION_RUNS_ON = /^[^,;:“”"]{1,60},\s*$/;

/**
 * The sentence's first report whose words run on to `verbAt`, else one whose attribution after
 * them does ("The move surprised us, the club said on Monday, adding that …").
 */
function reportRunningTo(text: string, clauses: readonly ReportedClause[], sentenceStart: number, verbAt: number): ReportedClause | undefined {
  const inSentence = (claim: Span) => claim.start >= sentenceStart && claim.start < verbAt;
  return (
    clauses.find(({ claim }) => inSentence(claim) && (claim.end > verbAt || RUNS_ON.test(text.slice(claim.end, verbAt)))) ??
    clauses.find(({ claim, speaker }) => inSentence(claim) && claim.end <= speaker.start && speaker.end < verbAt && ATTRIBUTION_RUNS_ON.test(text.slice(speaker.end, verbAt)))
  );
}

const PLACE_FIRST = /^(?:in|at|on|outside|inside|aboard|after|before|during|within|until|through|from|about(?!\s+[\d$€£])|against|with|over|near|as|for|via|by)\b/i;
const CLAUSE_WORD = /\b(?:that|would|will|was|were|is|are|had|has)\b/;

/**
 * "told reporters at City Hall: …", "said in a filing with the ministry", "the full cost estimates
 * within 48 hours" (a noun read as a verb): words after a verb that say where it was said, not what.
 * "said about 40 tankers a month presented …": "about" before an amount is no topic.
 */
function placeOfSaying(words: string): boolean {
  // "told reporters at the fairgrounds, where the Red Cross has opened a shelter": the place's own relative clause says nothing.
  return PLACE_FIRST.test(words) && !CLAUSE_WORD.test(words.split(RELATIVE_AFTER_COMMA)[0]);
}

/** The sentences, split where a quotation glued to a full stop opens a new one ("… since 1988.“Every …”"). */
function splitAtGluedQuotes(text: string, sentences: readonly Span[], quotations: readonly Span[]): readonly Span[] {
  const opens = quotations.filter((q) => gluedToSentenceEnd(text, q.start)).map((q) => q.start);
  if (opens.length === 0) return sentences;
  return sentences.flatMap((sentence) => {
    const cuts = opens.filter((open) => open > sentence.start && open < sentence.end);
    return [sentence.start, ...cuts].map((start, i) => ({ start, end: i < cuts.length ? cuts[i] : sentence.end }));
  });
}

const speakerSiteOf = (clause: ReportedClause) => clause.speaker;

const shift = (span: Span, by: number): Span => ({ start: span.start + by, end: span.end + by });

/**
 * Reported speech: clauses with a reporting verb, the speaker from the subject or the
 * "according to" phrase, the claim span covering what was said.
 */
export function reportedClaims(index: SpeakerIndex, context: Pick<TextContext, 'paragraphs' | 'paragraphTexts' | 'quotations' | 'dateline' | 'cache'>): Claim[] {
  const { text } = index;
  const { paragraphs, paragraphTexts, quotations, dateline, cache } = context;
  const claims: Claim[] = [];
  for (let i = 0; i < paragraphs.length; i++) {
    const paragraph = paragraphs[i];
    const paragraphText = paragraphTexts[i];
    // The dateline runs into the lede; its sentence starts after it.
    const datelineEnd = dateline && dateline.end > paragraph.start && dateline.end < paragraph.end ? dateline.end - paragraph.start : -1;
    // Only the paragraph holding the dateline depends on more than its text.
    const stage = datelineEnd < 0 ? 'reported' : `reported-after-dateline-${datelineEnd}`;
    const clauses = cache.get(stage, paragraphText, () => {
      const sentences = paragraph.sentences.map((s) => {
        const relative = shift(s, -paragraph.start);
        return datelineEnd > relative.start && datelineEnd < relative.end ? { start: datelineEnd, end: relative.end } : relative;
      });
      // Only where the quotations lie is read: their spans alone, not copies of them.
      const local: Span[] = [];
      for (const q of spansWithin(quotations, paragraph)) if (!q.nested) local.push(shift(q, -paragraph.start));
      return reportedClauses(paragraphText, splitAtGluedQuotes(paragraphText, sentences, local), local);
    });
    const speakers = speakersOf(index, paragraph, clauses, speakerSiteOf);
    for (let c = 0; c < clauses.length; c++) {
      const clause = clauses[c];
      const claim = shift(clause.claim, paragraph.start);
      const speaker = speakers[c];
      if (!speaker.speaker && !speaker.anonymous && !speaker.speakerText) continue;
      claims.push(claimOf(claim, text.slice(claim.start, claim.end), 'reported', speaker, clause.verb, false));
    }
  }
  return claims;
}
