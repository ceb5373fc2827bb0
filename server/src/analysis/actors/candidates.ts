import type { ActorKind, Gender } from '../model';
import { isCommonWord, MONTHS_AND_DAYS, NAMED_DAY_WORDS, UNDOTTED_DATE_ABBREVIATIONS } from '../lexicon/common-words';
import { DEMONYMS } from '../lexicon/demonyms';
import { GIVEN_NAMES, GIVEN_NAME_GENDERS, isGivenName, looksLikeKoreanGivenName } from '../lexicon/given-names';
import { AGENT_NOUNS, BUSINESS_NOUNS, CAMPUS_HEADS, GOVERNMENT_METONYMS, LEGAL_SUFFIXES, LONG_NAME_ORGANIZATION_ENDINGS, ORGANIZATION_ENDINGS, ORGANIZATION_HEADS, PARTY_MEMBERS, PARTY_NAMES } from '../lexicon/organizations';
import { COUNTRIES, GEOGRAPHIC_HEADS, JURISDICTION_ADJECTIVES, MALAY_PLACE_OPENERS, PLACES, PLACE_SHORT_FORMS, PROTECTED_AREA_HEADS, REGIONAL_GOVERNMENT_NOUNS, REGIONS, US_STATES } from '../lexicon/places';
import { LEGISLATOR_TITLES, PERSONS_ROLE_MODIFIERS, PORTFOLIO_WORDS, POST_NOMINALS, STYLE_PHRASES, REGIONAL_HEAD_TITLES, ROLE_MODIFIERS, ROLE_NOUNS, TITLE_MODIFIERS, TITLE_WORDS } from '../lexicon/titles';
import { BANTU_CONNECTIVES, BODY_KIND_ACRONYMS, COMPANY_DESCRIBERS, DOCUMENT_HEADS, DOCUMENT_NOUNS, EVENT_HEADS, FRENCH_PARTICLES, GERMAN_CONNECTORS, SURNAME_CONJUNCTIONS, COMPANY_NOUNS, DIRECTION_WORDS, GAELIC_ARTICLES, HONORIFICS, STAFF_NOUNS, NAME_CONNECTORS, NAME_PARTICLES, NON_ENTITY_ACRONYMS, NON_ENTITY_WORDS, ONLINE_PLATFORMS, ORGANIZATION_DESCRIPTORS, QUALIFYING_PARTICIPLES } from '../lexicon/actor-cues';
import { isApostrophe, isParticleJoinedName, tokenize, type Token } from './tokens';
import { foldName } from './variants';
import { FINITE_REPORTING_VERBS } from '../claims/verbs';
import { isAcronymName, isAsciiLowerCase, isAsciiWordCharacter, isCapitalized, lowerCase, NAME_WORDS } from '../text/words';
import { paragraphFacts } from '../text/paragraph-facts';
import { memoizeByString, PHRASE_MEMO_LIMIT } from '../memo';
import { sortByStart } from '../spans';
import { ASCII_LAST, CAPITAL_A, CAPITAL_S, CAPITAL_Z, CLOSING_PARENTHESIS, COMMA, DIGIT_NINE, DIGIT_ZERO, DOLLAR_SIGN, FULL_STOP, HYPHEN, LETTER_E, LETTER_H, LETTER_S, LETTER_T, LOWER_CASE_BIT, OPENING_PARENTHESIS, PLUS_SIGN, SLASH, SPACE } from '../text/char-codes';

/**
 * How sure the paragraph alone is that a candidate names an actor:
 * - strong: lexical evidence (a title, a given name, an organization word, a gazetteer place, an acronym)
 * - name: a capitalized name-like word or phrase that needs support from elsewhere in the article
 * - weak: headline, sentence-initial or otherwise doubtful; it only joins actors found elsewhere
 */
export type Evidence = 'strong' | 'name' | 'weak';

/** A possible actor mention in one paragraph (offsets relative to the paragraph). */
export interface Candidate {
  start: number;
  end: number;
  text: string;
  words: string[];
  kind: ActorKind | null;
  evidence: Evidence;
  possessive: boolean;
  /** Capitalized title words before the name ("Russian President"), honorifics excluded. */
  title: string | null;
  /** Roles from a lower-case role phrase before the name or an appositive after it. */
  roles: string[];
  gender: Gender | null;
  /** For an agent description ("the ministry"): the institution noun. */
  agentNoun: string | null;
  /** The first word starts a sentence, so its capital says nothing. */
  sentenceInitial: boolean;
  /**
   * The words of a name just written that the text says this one also names: an organization's
   * acronym in brackets ("Central Reserve Bank of Peru (BCRP)") or second name in apposition, a
   * person's name spelled another way ("Al-Harthy, whose name appears as Said al-Harthi").
   */
  aliasOf: string[] | null;
}

/** A candidate moved by `offset`, written out field by field: a spread copy is several times slower, for every candidate of every analysis. */
export function placed(candidate: Candidate, offset: number): Candidate {
  const { text, words, kind, evidence, possessive, title, roles, gender, agentNoun, sentenceInitial, aliasOf } = candidate;
  return { start: candidate.start + offset, end: candidate.end + offset, text, words, kind, evidence, possessive, title, roles, gender, agentNoun, sentenceInitial, aliasOf };
}

/**
 * "the", "The" or "THE", in any case: asked of a word before many names, which mostly answer by
 * length, and then by character codes: lower-casing a word of two-byte copy (with any curly quote
 * in it) makes a new string every time.
 */
const isThe = (word: string | undefined) =>
  word !== undefined &&
  word.length === 3 &&
  (word.charCodeAt(0) | LOWER_CASE_BIT) === LETTER_T &&
  (word.charCodeAt(1) | LOWER_CASE_BIT) === LETTER_H &&
  (word.charCodeAt(2) | LOWER_CASE_BIT) === LETTER_E;

/**
 * A test of whether a word in lower case is one of `words` (lower-case ASCII words): a word longer
 * than any of them, or opening with an ASCII character none of them opens with, is not lowered (a
 * new string for a capitalized one) to be looked up. Only "İ" and the Kelvin sign lower to an
 * ASCII letter, and no character lowers to fewer: other words are lowered.
 */
function lowerCaseIn(words: ReadonlySet<string>): (word: string) => boolean {
  const initials = new Set([...words].map((word) => word.charCodeAt(0)));
  const longest = Math.max(...[...words].map((word) => word.length));
  return (word) => {
    const code = word.charCodeAt(0);
    return word.length <= longest && (code > ASCII_LAST || initials.has(code | LOWER_CASE_BIT)) && words.has(lowerCase(word));
  };
}
const isTitleWord = (word: string) => TITLE_WORDS.has(word);
const isHonorific = (word: string) => HONORIFICS.has(word);
const NO_WORDS: readonly string[] = [];
const isOrganizationHead = (word: string) => ORGANIZATION_HEADS.has(word);
const isNameParticle = lowerCaseIn(NAME_PARTICLES);
const isCompanyDescriber = lowerCaseIn(COMPANY_DESCRIBERS);

/** Words joined by spaces; one word is itself, no new string to build and hash (most names asked about have one). */
function spaced(words: readonly string[]): string {
  return words.length === 1 ? words[0] : words.join(' ');
}

/** The first words of the seats of government that stand for it ("White", "Kremlin"), and the most words one has. */
const METONYM_OPENERS: ReadonlySet<string> = new Set([...GOVERNMENT_METONYMS].map((name) => name.split(' ')[0]));
const METONYM_WORDS = Math.max(...[...GOVERNMENT_METONYMS].map((name) => name.split(' ').length));

/** Whether `words` name a seat of government that stands for it: the first word rules out most, no name joined for them. */
function isGovernmentMetonym(words: readonly string[]): boolean {
  return words.length <= METONYM_WORDS && METONYM_OPENERS.has(words[0]) && GOVERNMENT_METONYMS.has(spaced(words));
}

function placeName(words: string[]): string | null {
  // Most words asked about open no place: no name to join, hash and look up for them.
  if (!mayNamePlace(words)) return null;
  const name = spaced(words);
  return isPlaceName(name) ? name : null;
}

/** The first words of the known places and short forms: what a name isPlaceName knows opens with. */
const PLACE_OPENERS: ReadonlySet<string> = new Set([...PLACES, ...PLACE_SHORT_FORMS.keys()].map((name) => name.split(' ')[0]));

/**
 * Whether `words` may make a name that isPlaceName knows, by their first word: a known place's
 * first word, or one that its title case may make one (a capital or a non-ASCII letter after the
 * first, "NEW", "ÉIRE"), or one with a space inside (its first part opens the name).
 */
function mayNamePlace(words: readonly string[]): boolean {
  return words.length > 0 && mayOpenPlaceName(words[0]);
}

/** Whether a name that opens with `word` may be one that isPlaceName knows (see mayNamePlace). */
function mayOpenPlaceName(word: string): boolean {
  for (let at = 0; at < word.length; at++) {
    const code = word.charCodeAt(at);
    if (code === SPACE || code > ASCII_LAST || (at > 0 && code >= CAPITAL_A && code <= CAPITAL_Z)) return true;
  }
  // An ASCII word: its first two characters rule out most before the large set of openers is read.
  return PLACE_OPENER_BEGINNINGS[asciiBeginning(word)] === 1 && PLACE_OPENERS.has(word);
}

/** A number for the first two characters of an ASCII word (the first alone for a word of one), below ASCII_BEGINNINGS. */
const asciiBeginning = (word: string) => word.charCodeAt(0) * (ASCII_LAST + 1) + (word.length > 1 ? word.charCodeAt(1) : 0);
const ASCII_BEGINNINGS = (ASCII_LAST + 1) * (ASCII_LAST + 1);
/** 1 at the asciiBeginning of each place opener written in ASCII (any other passes mayOpenPlaceName by its characters). */
const PLACE_OPENER_BEGINNINGS = new Uint8Array(ASCII_BEGINNINGS);
for (const opener of PLACE_OPENERS) if (asciiBeginning(opener) < ASCII_BEGINNINGS) PLACE_OPENER_BEGINNINGS[asciiBeginning(opener)] = 1;

const isPlaceName = memoizeByString((name) => {
  if (PLACES.has(name) || PLACE_SHORT_FORMS.has(name)) return true;
  // The all-caps dateline city and all-caps headlines: BRUSSELS, NEW YORK.
  const titleCase = name
    .split(' ')
    .map((w) => (w.length > 1 ? w[0] + w.slice(1).toLowerCase() : w))
    .join(' ');
  return PLACES.has(titleCase);
}, PHRASE_MEMO_LIMIT);

/** Maximal runs of capitalized tokens, joined across name particles and organization connectors. */
function capitalizedRuns(tokens: Token[]): { run: Token[]; first: number }[] {
  const runs: { run: Token[]; first: number }[] = [];
  let i = 0;
  while (i < tokens.length) {
    if (!startsRun(tokens, i)) {
      i++;
      continue;
    }
    const run = [tokens[i]];
    let j = i + 1;
    while (j < tokens.length) {
      const next = tokens[j];
      // A possessive ends a name ("China’s Ministry of Commerce"), except inside one ("Attorney’s Office").
      const owner = run[run.length - 1];
      const ownersPlaceEnd = ownersBusinessOfPlaceEnd(tokens, j - 1, run);
      if (ownersPlaceEnd > j) {
        pushTokens(run, tokens, j, ownersPlaceEnd);
        j = ownersPlaceEnd;
        continue;
      }
      if (owner.possessive && !ownsNextInstitution(tokens, j - 1, run[0]) && !namesOwnersBusiness(tokens, j - 1, run) && !namesOwnersPlace(tokens, j - 1, run)) {
        // "the Lecturers’ and Researchers’ Union": two owners of one institution.
        const other = tokens[j + 1];
        if (next.text !== 'and' || !isSpaceGap(next.gapBefore) || other === undefined || !isSpaceGap(other.gapBefore) || !other.possessive || !ownsNextInstitution(tokens, j + 1, run[0])) break;
        run.push(next, other);
        j += 2;
        continue;
      }
      const listEnd = Math.max(portfolioListEnd(tokens, j, run), headedPortfolioListEnd(tokens, j, run));
      if (listEnd > j) {
        pushTokens(run, tokens, j, listEnd);
        j = listEnd;
        continue;
      }
      const nicknameEnd = quotedNicknameEnd(tokens, j, run);
      if (nicknameEnd > j) {
        pushTokens(run, tokens, j, nicknameEnd);
        j = nicknameEnd;
        continue;
      }
      if (!isSpaceGap(next.gapBefore) && !followsStylesApostrophe(owner, next)) break;
      // "Nexstar Media Inc. All rights reserved", "Meta Platforms Inc. Chief Executive …": a legal suffix ends the name ("Co. Ltd." goes on).
      // Not a first word: "SA Rugby" (South Africa) opens a name.
      if (next.capitalized && run.length > 1 && isLegalSuffix(owner.text) && !COMPANY_SUFFIXES.has(next.text)) break;
      if (continuesRun(tokens, j, run)) {
        run.push(next);
        j++;
        continue;
      }
      const joinedEnd = lowerCaseJoinEnd(tokens, j, run);
      if (joinedEnd > j) {
        pushTokens(run, tokens, j, joinedEnd);
        j = joinedEnd;
        continue;
      }
      // Most words after a name are none that a joining below takes: they end it, no word after them read.
      if (!mayJoinNames(next.text)) break;
      // Particles and connectors ("of", "of the", "van der") join only when a capitalized word follows.
      const withThe = (next.text === 'of' || next.text === 'for' || next.text === 'on') && tokens[j + 1]?.text === 'the' && isSpaceGap(tokens[j + 1].gapBefore);
      const afterIndex = withThe ? j + 2 : particleChainEnd(tokens, j);
      const after = tokens[afterIndex];
      const joins =
        after !== undefined &&
        isSpaceGap(after.gapBefore) &&
        startsRun(tokens, afterIndex) &&
        (NAME_PARTICLES.has(next.text) || joinsGaelicName(run, next) || (NAME_CONNECTORS.has(next.text) && connectsOrganization(run, next, tokens, afterIndex)) || joinsKnownPlace(run, next, tokens, afterIndex));
      if (!joins) break;
      pushTokens(run, tokens, j, afterIndex);
      j = afterIndex;
    }
    if (numberedByOrdinal(tokens, i, run)) runs.push({ run: [tokens[i - 1], ...run], first: i - 1 });
    else runs.push({ run, first: i });
    i = j;
  }
  return runs;
}

// Courts, military units and districts numbered by an ordinal that is part of the name: "the 9th
// Circuit", "the 5th U.S. Circuit Court of Appeals", "the 101st Airborne Division".
const ORDINAL_NUMBERED_UNITS = new Set(['Circuit', 'Division', 'Fleet', 'Army', 'Brigade', 'Regiment', 'Battalion', 'Corps', 'Squadron', 'Precinct', 'District']);
const ORDINAL = /^\d+(?:st|nd|rd|th)$/;

function numberedByOrdinal(tokens: readonly Token[], first: number, run: readonly Token[]): boolean {
  const before = tokens[first - 1];
  if (before === undefined || !isDigit(before.text.charCodeAt(0)) || !ORDINAL.test(before.text) || !isSpaceGap(run[0].gapBefore)) return false;
  for (const token of run) if (ORDINAL_NUMBERED_UNITS.has(token.text)) return true;
  return false;
}

// The words that join the names around them (particles, Gaelic articles, connectors), and the longest short word inside a known place (joinsKnownPlace).
const JOINING_WORDS: ReadonlySet<string> = new Set([...NAME_PARTICLES, ...GAELIC_ARTICLES, ...NAME_CONNECTORS]);
const LONGEST_WORD_INSIDE_PLACE = 3;
const mayJoinNames = (word: string) => word.length <= LONGEST_WORD_INSIDE_PLACE || JOINING_WORDS.has(word);

const STORM_WORDS = new Set(['Storm', 'Hurricane', 'Typhoon', 'Cyclone']);
// The prefixes of ships' names: motor vessel, steamship, Her Majesty's Ship, United States Ship, ...
const VESSEL_PREFIXES = new Set(['MV', 'M/V', 'MS', 'MT', 'SS', 'RMS', 'FV', 'HMS', 'USS', 'USNS', 'HMAS', 'HMCS', 'HMNZS', 'INS', 'RV']);

/** A storm's word before the run's last: "Storm Darragh", "Tropical Storm Alberto". */
function namesStorm(run: readonly Token[]): boolean {
  for (let k = 0; k < run.length - 1; k++) if (STORM_WORDS.has(run[k].text)) return true;
  return false;
}

/** Adds the tokens from `from` to `to` to a run, one by one: no copy of them to spread. */
function pushTokens(run: Token[], tokens: readonly Token[], from: number, to: number): void {
  for (let k = from; k < to; k++) run.push(tokens[k]);
}

/**
 * Lower-case words that other languages write inside one name, the index after them and the
 * capitalized word they join, or `j`: "… Puigvert i Ferrer" (a second surname after "i" or "y",
 * once given name and surname are read), "Sauti ya Vijana" (Swahili's linking "of"),
 * "Alliance laitière du Québec" (a French body's adjective and "du", "de", "des").
 */
function lowerCaseJoinEnd(tokens: Token[], j: number, run: Token[]): number {
  const next = tokens[j];
  const word = next.text;
  if (SURNAME_CONJUNCTIONS.has(word)) {
    const surname = tokens[j + 1];
    const personLike = run.length >= 2 && GIVEN_NAMES.has(run[0].text) && run.every((t) => isNameLike(t.text) && !t.possessive);
    const single = tokens[j + 2] === undefined || !tokens[j + 2].capitalized || !isSpacedAt(tokens, j + 2);
    return personLike && isSpacedAt(tokens, j + 1) && startsRun(tokens, j + 1) && isNameLike(surname.text) && single ? j + 2 : j;
  }
  if (BANTU_CONNECTIVES.has(word) && !NAME_PARTICLES.has(word)) return isSpacedAt(tokens, j + 1) && startsRun(tokens, j + 1) && !run[run.length - 1].possessive ? j + 2 : j;
  // "Bündnis für Fortschritt", "… für Digitales und Verkehr": a German function word after a German body's head (the run's first word).
  if (GERMAN_CONNECTORS.has(word)) return isOrganizationHead(run[0].text) && isSpacedAt(tokens, j + 1) && startsRun(tokens, j + 1) && !run[run.length - 1].possessive ? j + 2 : j;
  const spelled = acronymSpelledEnd(tokens, j, run);
  if (spelled > j) return spelled;
  // "Union nationale des …": only after an institution's head, the adjective lower-case and French.
  // The particle after the adjective first: most words after a name have none, and the name and
  // the word are not looked up for them.
  const particle = tokens[j + 1];
  if (particle === undefined || particle.text.length > LONGEST_FRENCH_PARTICLE || !isSpacedAt(tokens, j + 1) || !FRENCH_PARTICLES.has(particle.text)) return j;
  if (!isOrganizationHead(run[run.length - 1].text) || next.capitalized || !/^\p{Ll}+$/u.test(word) || isCommonWord(word)) return j;
  const rest = tokens[j + 2]?.text === 'la' && isSpacedAt(tokens, j + 2) ? j + 3 : j + 2;
  return isSpacedAt(tokens, rest) && startsRun(tokens, rest) ? rest + 1 : j;
}
const LONGEST_FRENCH_PARTICLE = Math.max(...[...FRENCH_PARTICLES].map((word) => word.length));

const LOWER_CASE_WORD = /^\p{Ll}+$/u;
const SHORTEST_SPELLING_ACRONYM = 3;

/**
 * "Medicines and Healthcare products Regulatory Agency (MHRA)": a lower-case word inside a body's
 * name, when the acronym in brackets right after the name spells the capitalized words on both
 * sides of it (with or without the word's own letter); the index after the name, else `j`.
 */
function acronymSpelledEnd(tokens: Token[], j: number, run: Token[]): number {
  // Most lower-case words after a name have no capitalized word after them: nothing else is read then.
  if (!tokens[j + 1]?.capitalized || !isSpacedAt(tokens, j + 1) || !LOWER_CASE_WORD.test(tokens[j].text)) return j;
  const rest = capitalizedFrom(tokens, j + 1);
  const acronym = tokens[j + 1 + rest.length];
  if (acronym === undefined || !acronym.gapBefore.endsWith('(')) return j;
  const letters = acronym.text.replace(/\./g, '');
  if (letters.length < SHORTEST_SPELLING_ACRONYM) return j;
  const before = initialsOf(run.map((t) => t.text).filter((w) => w !== 'The'));
  const after = initialsOf(rest);
  return letters === before + after || letters === before + tokens[j].text[0].toUpperCase() + after ? j + 1 + rest.length : j;
}

const OPENS_NICKNAME = /\s[“"‘']$/;
const CLOSES_NICKNAME = /^[”"’'] $/;

/** A space and an opening quotation mark before a word: most gaps are one space, which needs no expression. */
const opensNickname = (gap: string) => gap.length >= 2 && OPENS_NICKNAME.test(gap);
/** A nickname in quotation marks inside a name (not its first word), which the name's words leave out. */
const isQuotedNickname = (token: Token, k: number) => k > 0 && opensNickname(token.gapBefore);

/** The run without the words of its quoted nickname (isQuotedNickname to the closing mark): "Ibrahim “Oga Strike” Ndayako" is Ibrahim Ndayako. */
function withoutQuotedNickname(run: Token[]): Token[] {
  const open = run.findIndex(isQuotedNickname);
  let close = open + 1;
  while (close < run.length && !CLOSES_NICKNAME.test(run[close].gapBefore)) close++;
  return [...run.slice(0, open), ...run.slice(close)];
}

// The most words a quoted nickname has: "Ibrahim “Oga Strike” Ndayako".
const NICKNAME_WORDS = 3;

const CLOSING_QUOTES = new Set(['’', '”', '"', "'"]);

/** "still ‘the Cat’ to supporters", "known as “the Iron Lady”": "the" and capitalized words quoted alone are an epithet, no actor's name (an institution's word ends no epithet). */
function isQuotedEpithet(paragraph: string, tokens: readonly Token[], runIndex: number, run: readonly Token[]): boolean {
  const article = tokens[runIndex - 1];
  if (article === undefined || article.text !== 'the' || run.length > NICKNAME_WORDS || !opensNickname(article.gapBefore) || !isSpaceGap(run[0].gapBefore)) return false;
  const last = run[run.length - 1];
  // "“the Times”": an outlet's or a body's name may be quoted with its article.
  return !last.possessive && !isOrganizationHead(last.text) && CLOSING_QUOTES.has(paragraph.charAt(last.end)) && !/\p{L}/u.test(paragraph.charAt(last.end + 1));
}

/**
 * "Jose “Pepe” Reyes Jr.", "Ibrahim “Oga Strike” Ndayako", "Pieter ‘Piet’ van Wyk": quoted capitalized words after a
 * given name, and the surname after them (its particles too), go on with the name; the index after the surname, or
 * `at` when there is none. A first name the lexicon does not know opens one only after titles or alone, with a
 * name-like surname: "District Attorney Clifton “Bud” Marchetti", "Roelof ‘Roly’ Kriel".
 */
function quotedNicknameEnd(tokens: Token[], at: number, run: Token[]): number {
  if (!opensNickname(tokens[at].gapBefore)) return at;
  const given = GIVEN_NAMES.has(run[run.length - 1].text);
  if (!given && !isLoneFirstName(run)) return at;
  for (let surname = at + 1; surname <= at + NICKNAME_WORDS && surname < tokens.length; surname++) {
    if (!tokens[surname - 1].capitalized) return at;
    if (CLOSES_NICKNAME.test(tokens[surname].gapBefore)) {
      const last = isNameParticle(tokens[surname].text) && isSpacedAt(tokens, particleChainEnd(tokens, surname)) ? particleChainEnd(tokens, surname) : surname;
      if (last >= tokens.length || !startsRun(tokens, last)) return at;
      return given || (isNameLike(tokens[last].text) && (run.length > 1 || endsPersonsMention(tokens, last + 1) || followsLowerCaseDescriber(tokens, at - 1))) ? last + 1 : at;
    }
    if (!isSpaceGap(tokens[surname].gapBefore)) return at;
  }
  return at;
}

/**
 * Whether a person's mention may end before `k`: at the end, a comma or a full stop, or a reporting verb ("Roelof
 * ‘Roly’ Kriel, said", "… Kriel said"); not before a noun ("Apple “Vision” Pro sales").
 */
function endsPersonsMention(tokens: readonly Token[], k: number): boolean {
  const next = tokens[k];
  if (next === undefined) return true;
  const mark = next.gapBefore.charCodeAt(0);
  return mark === COMMA || mark === FULL_STOP || (isSpaceGap(next.gapBefore) && REPORTING_VERB_WORDS.has(next.text));
}

/**
 * "Uzbek heavyweight Sherzod “The Crane” Tursunov": the one word at `first` follows a lower-case word of its sentence
 * that describes the person (not a preposition: "asked about Apple “Vision” Pro sales").
 */
function followsLowerCaseDescriber(tokens: readonly Token[], first: number): boolean {
  const before = tokens[first - 1];
  return before !== undefined && !before.capitalized && isSpaceGap(tokens[first].gapBefore) && isAsciiLowerCase(before.text.charCodeAt(0)) && !isPreposition(before.text) && !ARTICLES.test(before.text);
}

/** A run of one name-like word, no known place, after any titles: "Roelof", "District Attorney Clifton". */
function isLoneFirstName(run: readonly Token[]): boolean {
  const last = run[run.length - 1];
  if (last.possessive || !isNameLike(last.text) || placeName([last.text]) !== null) return false;
  for (let k = 0; k < run.length - 1; k++) if (!isTitleish(run[k].text)) return false;
  return true;
}

// "Urbanisation", "Resettlement", "Mobility": a noun of an activity or a quality, which names a portfolio, never a place.
const ABSTRACT_NOUN = /^\p{Lu}\p{Ll}{3,}(?:tion|sion|ment|ity|ance|ence)$/u;

/**
 * "Ministry of Land, Infrastructure and Transport", "Ministry of Health, Labour and Welfare": an
 * institution "of" a list of ordinary capitalized words is one name. Where the list at `at` (after
 * a comma) ends, or `at` when there is none: "the Ministry of Finance, Germany and France" lists
 * places, not portfolios.
 */
function portfolioListEnd(tokens: Token[], at: number, run: Token[]): number {
  // Cheapest test first: this is asked at every word a name may go on with.
  if (tokens[at]?.gapBefore !== ', ') return at;
  // "the Standing Committee on Human Resources, Skills and Social Development": a committee's list after "on" too.
  const of = run.findIndex((t) => t.text === 'of' || t.text === 'on');
  if (of < 1 || !isOrganizationHead(run[of - 1].text)) return at;
  const isPortfolio = (token: Token | undefined) => token !== undefined && isListedPortfolio(token);
  if (!isPortfolio(run[run.length - 1])) return at;
  let k = at;
  while (tokens[k]?.gapBefore === ', ' && isPortfolio(tokens[k])) k++;
  // The list closes on "and" and its last portfolio, of one word or more: "…, Infrastructure and Transport", "…, Skills and Social Development".
  const and = tokens[k];
  if (and?.text !== 'and' || !isSpaceGap(and.gapBefore) || !isSpaceGap(tokens[k + 1]?.gapBefore ?? '') || !isPortfolio(tokens[k + 1]) || k === at) return at;
  let end = k + 2;
  while (isSpacedAt(tokens, end) && isPortfolio(tokens[end]) && !isTitleish(tokens[end].text) && !tokens[end - 1].possessive) end++;
  return end;
}

/**
 * "the Health, Medical and Family Welfare Department", "the Culture, Media and Sport Committee": a list of ordinary
 * capitalized words before the words and the institution word they all belong to is one name. Where it ends, after
 * the comma at `at`, or `at` ("Labour, Greens and Reform UK" ends in no institution word).
 */
function headedPortfolioListEnd(tokens: Token[], at: number, run: Token[]): number {
  // Cheapest test first: this is asked at every word a name may go on with.
  if (tokens[at]?.gapBefore !== ', ' || !run.every((t, k) => isListedPortfolio(t) || (k === 0 && isThe(t.text)))) return at;
  let k = at;
  while (tokens[k]?.gapBefore === ', ' && isListedPortfolio(tokens[k])) k++;
  const and = tokens[k];
  if (k === at || and?.text !== 'and' || !isSpaceGap(and.gapBefore)) return at;
  // After "and", the last portfolio and the institution word last: "Family Welfare Department".
  let m = k + 1;
  while (tokens[m] !== undefined && isSpaceGap(tokens[m].gapBefore) && tokens[m].capitalized && !tokens[m - 1].possessive) m++;
  const head = tokens[m - 1];
  if (m - k < 3 || head.possessive || !isOrganizationHead(head.text)) return at;
  for (let n = k + 1; n < m - 1; n++) if (!isListedPortfolio(tokens[n])) return at;
  return m;
}

/** A portfolio's word in a list: "Health", "Welfare", "Urbanisation"; no place's name. */
function isListedPortfolio(token: Token): boolean {
  return token.capitalized && !token.possessive && (isCommonWord(token.text) || PORTFOLIO_WORDS.has(token.text) || ABSTRACT_NOUN.test(token.text)) && placeName([token.text]) === null;
}

const GAELIC_MUTATION = /^[htn]-\p{Lu}/u;

/** "Loch nam Madadh", "Na h-Eileanan an Iar": a Gaelic article inside a name; "an" only once the name is Gaelic ("gave Kyiv an American plan"). */
function joinsGaelicName(run: Token[], article: Token): boolean {
  if (!GAELIC_ARTICLES.has(article.text)) return false;
  return article.text !== 'an' || run.some((t) => GAELIC_ARTICLES.has(lowerCase(t.text)) || GAELIC_MUTATION.test(t.text));
}

/** "Dar es Salaam": a short lower-case word inside a place the gazetteer knows. */
function joinsKnownPlace(run: Token[], next: Token, tokens: Token[], rest: number): boolean {
  // The run's first word opens the place, if any: most rule it out before the words are gathered.
  return next.text.length <= LONGEST_WORD_INSIDE_PLACE && mayOpenPlaceName(run[0].text) && /^\p{Ll}+$/u.test(next.text) && placeName([...run.map((t) => t.text), next.text, ...capitalizedFrom(tokens, rest)]) !== null;
}

/**
 * The possessive at `k` inside a name, after an ordinary word, people or a saint, before an
 * institution word: "Attorney’s Office", "the Builders’ Association", "St. Mary’s Hospital". An
 * institution's possessive owns another one: "the Commerce Department’s Bureau of Industry and Security" are two.
 */
function ownsNextInstitution(tokens: Token[], k: number, first: Token): boolean {
  const owner = tokens[k];
  const next = tokens[k + 1];
  if (next === undefined || !next.capitalized || !owner.capitalized || isOrganizationHead(owner.text) || placeName([owner.text])) return false;
  // "St Brigid’s National School", "St Luke’s General Hospital": a saint's institution may have a word before its head.
  if (!isOrganizationHead(next.text)) return SAINTS.has(first.text) && isCommonWord(next.text) && isOrganizationHead(tokens[k + 2]?.text ?? '') && isSpaceGap(tokens[k + 2].gapBefore);
  return isTitleish(owner.text) || isCommonWord(owner.text) || isPersonNoun(lowerCase(owner.text)) || SAINTS.has(first.text) || isPluralOwner(owner, next);
}

/**
 * "Midwives’ Association", "Growers’ Federation": a plural's possessive (an apostrophe after its "s",
 * none of a name's "’s") owns the institution after it, whatever its people are called.
 */
function isPluralOwner(owner: Token, next: Token): boolean {
  return owner.text.charCodeAt(owner.text.length - 1) === LETTER_S && next.start - next.gapBefore.length - owner.end === 1;
}

/**
 * "Lloyd's List", "Denny's Diner": a given name's possessive alone, before one capitalized ordinary
 * word that ends the name, names a business (news names a person by surname, not "Lloyd's").
 */
function namesOwnersBusiness(tokens: Token[], k: number, run: Token[]): boolean {
  const owner = tokens[k];
  const noun = tokens[k + 1];
  const after = tokens[k + 2];
  if (run.length !== 1 || !GIVEN_NAMES.has(owner.text) || noun === undefined || !noun.capitalized || noun.possessive || !isSpaceGap(noun.gapBefore)) return false;
  const endsName = after === undefined || !after.capitalized || !isSpaceGap(after.gapBefore);
  return endsName && isCommonWord(noun.text) && !isTitleish(noun.text) && !NON_ENTITY_WORDS.has(noun.text) && !MONTHS_AND_DAYS.has(noun.text) && placeName([owner.text]) === null;
}

// Heads of settlements and landmarks named after an owner: "Ketner’s Mill", "Harpers Ferry", "Fisherman’s Wharf".
const OWNERS_PLACE_HEADS = new Set(['Mill', 'Wharf', 'Vineyard', 'Ferry', 'Landing', 'Corner', 'Crossing', 'Crossroads', 'Cove', 'Gap', 'Creek', 'Hollow', 'Bluff', 'Wood', 'Green', 'Quay']);

/** "Ketner’s Mill (Road)", "Martha’s Vineyard": a name's possessive alone before a settlement's head names the place. */
function namesOwnersPlace(tokens: Token[], k: number, run: Token[]): boolean {
  const head = tokens[k + 1];
  return run.length === 1 && head !== undefined && (OWNERS_PLACE_HEADS.has(head.text) || ownsSeatOfGovernment(tokens[k], head)) && !head.possessive && isSpaceGap(head.gapBefore);
}

// The owners that open a seat of government with their possessive: "Queen" of "Queen's Park".
const METONYM_OWNERS: ReadonlySet<string> = new Set([...METONYM_OPENERS].filter((word) => /['’]s$/.test(word)).map((word) => word.slice(0, -2)));

/** "Queen's Park" (Ontario's legislature): a possessive and the word after it that name a seat of government. */
function ownsSeatOfGovernment(owner: Token, head: Token): boolean {
  return METONYM_OWNERS.has(owner.text) && (GOVERNMENT_METONYMS.has(`${owner.text}'s ${head.text}`) || GOVERNMENT_METONYMS.has(`${owner.text}’s ${head.text}`));
}

/**
 * "Lloyd’s of London": a name's possessive alone, before "of" and a known place, names a business
 * and where it is; the index after the place, or `k + 1` when there is none.
 */
function ownersBusinessOfPlaceEnd(tokens: Token[], k: number, run: Token[]): number {
  const of = tokens[k + 1];
  if (run.length !== 1 || !tokens[k].possessive || of?.text !== 'of' || !isSpaceGap(of.gapBefore) || tokens[k + 2] === undefined || !isSpaceGap(tokens[k + 2].gapBefore)) return k + 1;
  const place = capitalizedFrom(tokens, k + 2);
  return place.length > 0 && placeName(place) !== null ? k + 2 + place.length : k + 1;
}

// Words that follow neither a possessive (which owns a noun) nor a contracted "is" or "has": "Lloyd’s has given", "Macy’s would close"
// ("will" and "may" are nouns too: "Buffett’s will").
const NEVER_AFTER_POSSESSIVE = new Set(['has', 'is', 'was', 'were', 'would', 'can', 'could', 'should', 'might', 'must', 'does', 'did', 'says']);
const PREPOSITION_AFTER_VENUE = new Set(['on', 'in', 'for', 'with', 'to', 'from', 'since', 'by', 'after']);

/**
 * "Lloyd’s has given syndicates 14 days", "underwriters at Lloyd’s on high-risk waters", "the collapse of Byju’s.": a name
 * whose ’s owns nothing names a business (or a venue) called after its owner, the ’s in its name.
 */
function ownsNothing(paragraph: string, tokens: Token[], index: number): boolean {
  const owner = tokens[index];
  if (!owner.possessive || paragraph[owner.end + 1] !== 's') return false;
  const next = tokens[index + 1];
  if (next !== undefined && isSpaceGap(next.gapBefore) && NEVER_AFTER_POSSESSIVE.has(next.text)) return true;
  const preposition = tokens[index - 1]?.text;
  if (preposition === undefined || !isSpaceGap(owner.gapBefore)) return false;
  const phraseEnds = next === undefined || /^[,.;:]/.test(next.gapBefore);
  // "the collapse of Byju’s.", "a stake in Sainsbury’s,": after another preposition only where the phrase ends there.
  if (preposition !== 'at') return phraseEnds && isPreposition(preposition);
  return phraseEnds || (isSpaceGap(next.gapBefore) && PREPOSITION_AFTER_VENUE.has(next.text));
}

/** The business a name’s owner gives its name to: "Lloyd’s", with its ’s. */
function ownersBusiness(paragraph: string, owner: Token): Candidate {
  const end = owner.end + 2;
  const text = paragraph.slice(owner.start, end);
  return namedOutright(owner.start, end, text, [text], 'organization', owner.sentenceInitial);
}

/** A name the text gives outright, with no title, role or gender of its own: a place, a body, a business. */
function namedOutright(start: number, end: number, text: string, words: string[], kind: ActorKind, sentenceInitial: boolean, possessive = false): Candidate {
  return { start, end, text, words, kind, evidence: 'strong', possessive, title: null, roles: [], gender: null, agentNoun: null, sentenceInitial, aliasOf: null };
}

/** Index after the name particles starting at `from` ("van der", "de la", "von der"): at most two. */
function particleChainEnd(tokens: Token[], from: number): number {
  const second = tokens[from + 1];
  return NAME_PARTICLES.has(tokens[from].text) && second && NAME_PARTICLES.has(second.text) && isSpaceGap(second.gapBefore) ? from + 2 : from + 1;
}

const NEW_IN_OTHER_TONGUES = new Set(['Nueva', 'Nuevo', 'Nouvelle', 'Nieuw', 'Nieuwe', 'Nowy', 'Nowa', 'Novi', 'Novo', 'Novaya', 'Novy']);
const SAINTS = new Set(['St.', 'St', 'Saint', 'Ste.', 'San', 'Santa', 'São']);

function isSpaceGap(gap: string): boolean {
  return gap === ' ' || gap === '\u00a0';
}

/** Whether a token stands at `k` with a space before it. */
function isSpacedAt(tokens: readonly Token[], k: number): boolean {
  return tokens[k] !== undefined && isSpaceGap(tokens[k].gapBefore);
}

// "Soviet-era", "Kremlin-backed", "AI-safety": a name joined to a lower-case word is a modifier;
// a prefix joined to one is a word that may belong to a name: "Co-operation", "Anti-Doping".
const LOWER_CASE_TAIL = /-\p{Ll}+$/u;
const WORD_PREFIX = /^(?:Co|Re|Pre|Non|Anti|Pro|Post|Self|Sub|Inter|Multi|Cross|Counter)-/;

// Two capitalized words hyphened, the first of three letters or more: "Sibanye-Stillwater", "Rolls-Royce".
const HYPHENED_NAMES = /^\p{Lu}\p{Ll}{2,}-\p{Lu}\p{Ll}/u;

/** "Sibanye-Stillwater", "Rolls-Royce": names hyphened, no prefix ("Anti-Doping", "Post-Brexit") or nations' adjectives ("Sino-Russian"). */
function joinsTwoNames(token: Token): boolean {
  const word = token.text;
  if (!token.hyphenated || !HYPHENED_NAMES.test(word) || WORD_PREFIX.test(word) || isDemonymCompound(word)) return false;
  const hyphen = word.indexOf('-');
  // "Kremlin-Backed groups": a title-cased participle qualifies what follows.
  return !isCommonWord(word.slice(0, hyphen)) && !DESCRIBING_MODIFIER.test(lowerCase(word.slice(hyphen)));
}

// "Vyom-2", "Il-76", "AKS-220": a model name with its number is a product, not an actor ("F-35", "G-20" keep one letter).
const MODEL_NUMBER = /^\p{L}{2,}-\d+\p{L}*$/u;

function isModelNumber(token: Token): boolean {
  // Cheap test first: most words have no hyphen.
  return token.hyphenated && MODEL_NUMBER.test(token.text);
}

// Every token is tested: the suffix expression runs only on hyphenated words.
function startsRun(tokens: Token[], k: number): boolean {
  const token = tokens[k];
  return token.capitalized && !isDateWord(tokens, k) && !isModelNumber(token) && !(token.hyphenated && LOWER_CASE_TAIL.test(token.text) && !WORD_PREFIX.test(token.text) && !isGivenName(token.text));
}

// "Amalgamated Transit Union Local 847", "BBC Radio 4", "TV 2", "State Route 49": a union local's, a station's or a road's number is part of its name.
const NUMBERED_UNITS = new Set(['Local', 'Lodge', 'Chapter', 'Radio', 'Channel', 'TV', 'Route', 'Highway', 'Interstate', 'Area', 'Sector', 'Zone', 'Ward']);
// "Area 25", "Sector 7", "Ward 3": a city's numbered districts, places only with their number ("the private Sector" is none).
const NUMBERED_PLACE_HEADS = new Set(['Area', 'Sector', 'Zone', 'Ward']);
const NUMBER = /^\d+$/;
const isDigit = (code: number) => code >= DIGIT_ZERO && code <= DIGIT_NINE;

/** Digits only: the expression only for a word that opens with one. */
export function isNumber(word: string): boolean {
  return isDigit(word.charCodeAt(0)) && NUMBER.test(word);
}

// "told News 4", "WKDH News 5": a television station's brand, its channel number after "News" (a year after it is none).
const LONGEST_CHANNEL_NUMBER = 2;
const namesStationBrand = (run: readonly Token[], number: Token) => number.text.length <= LONGEST_CHANNEL_NUMBER && run[run.length - 1].text === 'News';

function continuesRun(tokens: Token[], k: number, run: Token[]): boolean {
  const token = tokens[k];
  if (isRatingAfter(tokens, k)) return false;
  if (isNumber(token.text) && (NUMBERED_UNITS.has(run[run.length - 1].text) || namesStationBrand(run, token))) return true;
  if (!token.capitalized || isModelNumber(token)) return false;
  // "Theresa May": a month name continues a run that holds a given name.
  if (isDateWord(tokens, k)) return run.some((t) => GIVEN_NAMES.has(t.text)) && !token.text.endsWith('.');
  return true;
}

// Credit ratings as agencies write them ("rates Italy BBB", "cut to AA", "kept Ghana at RD", restricted default); single letters are no actors anyway.
const RATING_CODES = new Set(['AAA', 'AA', 'BBB', 'BB', 'CCC', 'CC', 'RD', 'SD']);
const RATING_WORDS = new Set(['rates', 'rated', 'rating', 'ratings', 'affirmed', 'downgraded', 'upgraded', 'at', 'to', 'from']);

/** A rating code at `k` after the country or the verb it rates: "rates Italy BBB", "downgraded to AA"; "AAA said" is the motoring club. */
function isRatingAfter(tokens: Token[], k: number): boolean {
  const before = tokens[k - 1];
  // A rating code is an acronym: most words are none, and are not looked up.
  if (!tokens[k].acronym || !RATING_CODES.has(tokens[k].text) || before === undefined || !isSpaceGap(tokens[k].gapBefore)) return false;
  return RATING_WORDS.has(before.text) || (before.capitalized && placeName([before.text]) !== null);
}

const DATE_INITIALS: ReadonlySet<number> = new Set([...MONTHS_AND_DAYS].map((word) => word.charCodeAt(0)));
const DAY_NUMBER = /^(?:[1-9]|[12]\d|3[01])(?:st|nd|rd|th)?$/;
const REPORTING_VERB_WORDS: ReadonlySet<string> = new Set(FINITE_REPORTING_VERBS.split('|'));

/**
 * A month or weekday name. An abbreviation without its full stop is one unless a name word or a
 * reporting verb follows it, or it is possessive: "Fundación Mar Abierto", "Sun Wei", "Jan
 * Kowalski", "Sun said", "Sun’s aides" are names; "Mar 17", "on Sat", "the Dec figures" are not.
 * Nor is a weekday that opens a newspaper's name.
 */
function isDateWord(tokens: Token[], k: number): boolean {
  const token = tokens[k];
  // Asked of every capitalized word, most of which a month's or day's first letter rules out (a range's too).
  if (!DATE_INITIALS.has(token.text.charCodeAt(0))) return false;
  // "the October-December quarter", "Monday-Friday": a range of months or days (the set, asked first, holds no hyphen).
  if (!MONTHS_AND_DAYS.has(token.text)) return token.hyphenated && token.text.split('-').every((part) => MONTHS_AND_DAYS.has(part));
  const next = tokens[k + 1];
  const spacedNext = next !== undefined && isSpaceGap(next.gapBefore);
  // "the Sunday Beacon", "The Saturday Star": a weekday (the only such words ending in "day") between "the" and a name opens a newspaper's name.
  if (spacedNext && next.capitalized && !MONTHS_AND_DAYS.has(next.text) && token.text.endsWith('day') && isThe(tokens[k - 1]?.text) && isSpaceGap(token.gapBefore)) return false;
  if (!UNDOTTED_DATE_ABBREVIATIONS.has(token.text)) return true;
  // "told The Sun": "The" capitalized inside a sentence opens a title, no date ("the Dec figures" is one).
  const before = tokens[k - 1];
  if (before !== undefined && before.text === 'The' && !before.sentenceInitial && isSpaceGap(token.gapBefore)) return false;
  if (spacedNext && DAY_NUMBER.test(next.text)) return true;
  if ((spacedNext && (next.capitalized || REPORTING_VERB_WORDS.has(next.text))) || token.possessive) return false;
  return true;
}

/** "Bank of England", "Secretary of State", "Organization of the Petroleum Exporting Countries". */
const COMPANY_SUFFIXES: ReadonlySet<string> = new Set([...LEGAL_SUFFIXES, 'Group', 'Holdings']);

/** A company's legal form, which ends its name: "Inc.", "AG"; not "Group" ("Group of Seven"). */
const isLegalSuffix = (word: string) => LEGAL_SUFFIXES.has(word);

// Last words of company names (besides the legal suffixes).
const TRADE_NAME_ENDINGS = new Set(['Pharma', 'Pharmaceuticals', 'Partners', 'Capital', 'Motors', 'Airlines', 'Airways', 'Technologies', 'Systems', 'Labs', 'Foods', 'Logistics', 'Shipping']);

/** The capitalized words from `from` on, joined by spaces only. */
function capitalizedFrom(tokens: Token[], from: number): string[] {
  const words: string[] = [];
  for (let k = from; k < tokens.length && tokens[k].capitalized && (k === from || isSpaceGap(tokens[k].gapBefore)); k++) words.push(tokens[k].text);
  return words;
}

/** Whether a body noun follows the capitalized words from `from` on: "Change | party". */
function isBodyNounAfter(tokens: Token[], from: number): boolean {
  const after = tokens[from + capitalizedFrom(tokens, from).length];
  return after !== undefined && isSpaceGap(after.gapBefore) && BODY_NOUNS.has(after.text);
}

const ADVOCATE_TITLES = new Set(['Counsel', 'Barrister']);

function connectsOrganization(run: Token[], connector: Token, tokens: Token[], rest: number): boolean {
  // People are not joined with an ampersand; companies are: "Procter & Gamble", "Marks & Spencer".
  if (connector.text === '&') return true;
  // "Judge Robert L. Pitman of the Western District of Texas", "Gov. Janet Mills of Maine": a title and a name end the name.
  // Not a rank before an ordinary noun's plural, a body's words going on across "and": "Private Hospitals and Nursing Homes Association".
  if (run.length >= 2 && titleEnd(run.map((t) => t.text)) > 0 && !(connector.text === 'and' && isOrdinaryPlural(run[run.length - 1].text))) return false;
  // "the MP for Glasgow East": a member's seat is a place of its own, not part of the title ("Minister for Health" is).
  if (connector.text === 'for' && LEGISLATOR_TITLES.has(run[run.length - 1].text)) return false;
  // "Counsel for the Director of Public Prosecutions": a lawyer's client is a body of its own, not part of a title.
  if (connector.text === 'for' && ADVOCATE_TITLES.has(run[run.length - 1].text)) return false;
  // "the Patriots for Change party": a body noun after the whole says it is one name (not across "and": "a Labour and Greens coalition").
  // Not across "of the": "Moss of the Savannah Riverkeeper group" is a person and the group.
  if ((connector.text === 'for' || connector.text === 'of') && tokens[rest - 1] === connector && isBodyNounAfter(tokens, rest)) return true;
  if (connector.text === 'and') {
    // "Securities and Exchange Commission", "Trinidad and Tobago": only into an institution or a known place.
    const right = capitalizedFrom(tokens, rest);
    const left = run.map((t) => t.text);
    // "the District Medical and Health Officer (DM&HO)": title and ordinary words on both sides, a title word last, make one title ("District Medical" is no body).
    if (isTitleWord(right[right.length - 1] ?? '') && left.every(isTitleOrCommonWord) && right.every(isTitleOrCommonWord)) return true;
    // "Microsoft Corp and OpenAI": a company suffix closes a name.
    if (COMPANY_SUFFIXES.has(left[left.length - 1])) return false;
    // "the United States and Europe": two known places are two, unless the whole is one ("Trinidad and Tobago").
    const leftIsPlace = placeName(left) !== null;
    if (leftIsPlace && placeName(right) !== null) return placeName([...left, 'and', ...right]) !== null;
    // "from Abuja and Port Harcourt": after a known place only a body's name goes on ("Hong Kong and Shanghai Banking Corporation");
    // an institution word opening a town's name ("Port", "Fort") makes none.
    if (leftIsPlace && !isOrganizationHead(right[right.length - 1] ?? '')) return false;
    // "Barclays Bank and HSBC", "Atlético Madrid and Deportivo Alavés": a name of two words or more already
    // whole, its institution word or its place last, lists another ("House Energy and Commerce Committee"
    // and "Department of Health and Human Services" go on: a field of government or an "of" leave it open).
    // "Pacific Gas and Electric Co.": words after "and" that are only institution words and legal forms name no body of their own.
    if (closesName(left) && !right.every((w) => isOrganizationHead(w) || COMPANY_SUFFIXES.has(w))) return false;
    // "Ford Motor and General Motors", "Wizz Air and Ryanair Holdings": a name opening with a proper word, and a whole body's
    // name after "and" (its institution word or legal form last) that opens with no institution word, are two bodies ("House Energy and Commerce Committee" opens with one, "Securities and Exchange" with an ordinary word).
    if (right.length >= 2 && opensWithProperWord(run, left) && !isOrganizationHead(right[0]) && (closesName(right) || COMPANY_SUFFIXES.has(right[right.length - 1]))) return false;
    // "Hartwell Albion and Championship side Marsden Town": words before a noun for a body describe another body.
    const rightIsBody = right.some(isOrganizationHead);
    const describesNextBody = !rightIsBody && ORGANIZATION_DESCRIPTORS.has(tokens[rest + right.length]?.text ?? '');
    if (describesNextBody) return false;
    const institution = rightIsBody || left.some(isOrganizationHead);
    return (institution && !left.some((w) => GIVEN_NAMES.has(w))) || placeName([...left, 'and', ...right]) !== null;
  }
  // "Organization for Security and Co-operation in Europe (OSCE)": a place is part of the name
  // only when the acronym that follows says so; "Center for Public Opinion in Bishkek" it is not.
  // "United Nations Support Mission in Libya (UNSMIL)", "… in South Sudan (UNMISS)": the acronym may keep the "in".
  if (connector.text === 'in') {
    const place = capitalizedFrom(tokens, rest);
    const acronym = tokens[rest + place.length];
    if (acronym === undefined || !/\($/.test(acronym.gapBefore)) return false;
    // The run may still open with "The", dropped later.
    const before = initialsOf(run.map((t) => t.text).filter((w) => w !== 'The'));
    const letters = acronym.text.replace(/\./g, '');
    return letters === before + initialsOf(place) || letters === `${before}I${initialsOf(place)}`;
  }
  // "Sarvant Pharma of Hyderabad": a company's name ends before the place it is from ("Bank of England" does not).
  if (connector.text === 'of' && (COMPANY_SUFFIXES.has(run[run.length - 1].text) || TRADE_NAME_ENDINGS.has(run[run.length - 1].text)) && placeName(capitalizedFrom(tokens, rest)) !== null) return false;
  // "The Chiefs of Ontario", "the Mothers of Srebrenica": an ordinary noun's plural, capitalized inside a sentence before "of" and a name, names a body of them.
  // "Members of Parliament" are people of a body, not a body of their own.
  if (connector.text === 'of' && namesBodyOfPlural(run) && !capitalizedFrom(tokens, rest).some(isOrganizationHead)) return true;
  // "Cape of Good Hope", "Strait of Hormuz", "Gulf of Aden": a geographic word names a place with its "of".
  if (connector.text === 'of' && run.length === 1 && (FACILITY_OPENERS.has(run[0].text) || GEOGRAPHIC_HEADS.has(run[0].text))) return true;
  // "University of Texas at San Antonio": a campus named by its place.
  if (connector.text === 'at') return run.some((t) => CAMPUS_HEADS.has(t.text)) && placeName(capitalizedFrom(tokens, rest)) !== null;
  // A title joins only while it is all title ("Secretary of State"), never onto a name ("Macron of France");
  // on a field of work it is one no longer: "the Special Adviser to the President on Media and Publicity".
  const joins = run.some((t) => isOrganizationHead(t.text)) || (connector.text !== 'on' && run.every((t) => isTitleish(t.text)));
  // "the" alone joins nothing ("offered the Freedom Party the Economy Ministry"); "of the" is read before this.
  return connector.text !== 'the' && joins;
}

/** A run that is only an ordinary noun's plural, "The" before it or inside a sentence: "The Chiefs", "the Mothers" (not "Residents" opening a sentence). */
function namesBodyOfPlural(run: readonly Token[]): boolean {
  const plural = run[run.length - 1];
  return (run.length === 1 || (run.length === 2 && run[0].text === 'The')) && !plural.sentenceInitial && isOrdinaryPlural(plural.text) && !isTitleWord(plural.text);
}

/**
 * Whether a name of two words or more (after "The" or a sentence's opening word) opens with a word of its own: no ordinary word, institution
 * word, place (of one word or two) or nation's adjective, which open national bodies' names ("U.S. Patent and Trademark Office").
 */
function opensWithProperWord(run: readonly Token[], words: readonly string[]): boolean {
  // "Meanwhile Wizz Air": a sentence's opening word, dropped later, opens no name.
  const from = words[0] === 'The' || (run[0].sentenceInitial && OPENERS.has(words[0])) ? 1 : 0;
  if (words.length - from < 2 || words.includes('of')) return false;
  const first = words[from];
  // A place of two words opens such names too: "Hong Kong and Shanghai Banking Corporation", "Andhra Pradesh Private Hospitals and …".
  return !isCommonWord(first) && !isOrganizationHead(first) && !DEMONYMS.has(first) && placeName([first]) === null && placeName(words.slice(from, from + 2)) === null;
}

const isTitleOrCommonWord = (word: string) => isTitleish(word) || isCommonWord(word);

/** "Hospitals", "Homes": the plural of an ordinary noun, which no one is called ("Banks" may be: asked only before "and" and more words of a body). */
const isOrdinaryPlural = (word: string) => isPluralOfCommonWord(word, LETTER_S);

/** An ordinary word with the plural's "s" (`ending`: its code, lower case or capital) after it. */
function isPluralOfCommonWord(word: string, ending: number): boolean {
  return word.length > 3 && word.charCodeAt(word.length - 1) === ending && isCommonWord(word.slice(0, -1));
}

/** Whether an organization's words are whole: its institution word last, or its place after one ("Atlético Madrid"). */
function closesName(words: readonly string[]): boolean {
  // The run may still open with "The", dropped later: "The Securities and Exchange Commission".
  if (words.length - (words[0] === 'The' ? 1 : 0) < 2 || words.includes('of')) return false;
  const last = words[words.length - 1];
  if (PORTFOLIO_WORDS.has(last)) return false;
  // "Sporting Cristal and Melgar", "Banco Andino and HSBC": a head first, as Romance languages order a name, and only name words after it.
  const headFirst = isOrganizationHead(words[0]) && words.slice(1).every(isNameLike);
  return headFirst || isOrganizationHead(last) || (words.some(isOrganizationHead) && placeName([last]) !== null);
}

/** Roles read better spelled out: Sen. Maria Lopez is a Senator. */
const TITLE_ABBREVIATIONS = new Map([
  ['Sen.', 'Senator'], ['Sens.', 'Senators'], ['Rep.', 'Representative'], ['Gov.', 'Governor'], ['Gen.', 'General'],
  ['Lt.', 'Lieutenant'], ['Col.', 'Colonel'], ['Maj.', 'Major'], ['Adm.', 'Admiral'], ['Capt.', 'Captain'],
  ['Sgt.', 'Sergeant'], ['Prof.', 'Professor'], ['Amb.', 'Ambassador'], ['Det.', 'Detective'], ['Supt.', 'Superintendent'],
  ['Cmdr.', 'Commander'], ['Rev.', 'Reverend'], ['Coun.', 'Councillor'], ['Cllr', 'Councillor'], ['Cr', 'Councillor'],
]);

/** A title word spelled out, its stop dropped or not: "Sgt" and "Sgt." are a Sergeant. */
const spelledOutTitle = (word: string) => TITLE_ABBREVIATIONS.get(word) ?? TITLE_ABBREVIATIONS.get(`${word}.`) ?? word;

// Capitalized words that complete a title: Secretary of State, Minister for Foreign Affairs.
const TITLE_COMPLEMENTS = new Set([...PORTFOLIO_WORDS, 'State', 'Justice', 'Affairs', 'Exchequer', 'Staff', 'Operations', 'Officer']);

// A title's words, its complements and the honorifics in one set: isTitleish is asked of most name words, one lookup each.
const TITLEISH_WORDS: ReadonlySet<string> = new Set([...TITLE_WORDS, ...TITLE_COMPLEMENTS, ...HONORIFICS.keys()]);

function isTitleish(word: string): boolean {
  return TITLEISH_WORDS.has(word);
}

/** A word that makes a title on its own: "Minister", "Sen.", "Mr."; not a portfolio ("Transport Canada"). */
function isTitleHead(word: string): boolean {
  return (isTitleWord(word) && !PORTFOLIO_WORDS.has(word)) || HONORIFICS.has(word);
}

/**
 * Where the name starts after title words ("Russian President | Vladimir Putin", "Secretary of
 * State | Antony Blinken", "Speaker of the Seimas | Jonas Grigas"), or -1: the last title word
 * followed only by name words.
 */
function titleEnd(words: string[]): number {
  for (let k = words.length - 1; k >= 1; k--) {
    if (!isTitleish(words[k - 1]) || TITLE_MODIFIERS.has(words[k - 1]) || isPatronymAt(words, k - 1)) continue;
    if (!words.slice(0, k).some(isTitleHead)) return -1;
    const name = words.slice(k);
    // "Earl Pruitt", "Dean Smith": a lone title word that is also a given name, before a lone surname, is the given name;
    // after a given name, a middle name: "Dwayne Earl Pickett Jr.".
    if (k === 1 && name.length === 1 && GIVEN_NAMES.has(words[0]) && isNameLike(name[0])) return -1;
    if (k === 2 && GIVEN_NAMES.has(words[1]) && GIVEN_NAMES.has(words[0]) && !isTitleish(words[0]) && isNameLike(name[0])) return -1;
    // "Police Scotland": an institution named by its country, no officer of it.
    if (k === 1 && isOrganizationHead(words[0]) && placeName(name) !== null) return -1;
    // "Gov. Janet Mills", "Chief Marlene Cardinal": after a title, a given name makes an organization or a title word a surname.
    const givenNameFirst = GIVEN_NAMES.has(name[0]);
    if (NAME_CONNECTORS.has(name[0])) return bodyAndName(words);
    if (!givenNameFirst && (name.some(isOrganizationHead) || name.some((word, i) => isTitleish(word) && !isPatronymAt(name, i)))) return -1;
    if (NAME_PARTICLES.has(name[0])) return -1;
    return k;
  }
  return -1;
}

// "bin", "ibn", "bint", "binti": "son of" and "daughter of" in Arabic and Malay names.
const PATRONYMIC_PARTICLES = new Set(['bin', 'ibn', 'bint', 'binti']);

/** "Khalid bin Sultan Al Qasimi": a title word after "bin" is a father's name, no title. */
function isPatronymAt(words: readonly string[], k: number): boolean {
  return k > 0 && PATRONYMIC_PARTICLES.has(words[k - 1]);
}

/** The words of STYLE_PHRASES, and the most words one has. */
const STYLE_WORDS: ReadonlySet<string> = new Set([...STYLE_PHRASES].flatMap((style) => style.split(' ')));
const STYLE_OPENERS: ReadonlySet<string> = new Set([...STYLE_PHRASES].map((style) => style.split(' ')[0]));
const LONGEST_STYLE = Math.max(...[...STYLE_PHRASES].map((style) => style.split(' ').length));

/** "Dato' Sri Kenneth Yap": the Malaysian style "Dato'" goes on with the words after its apostrophe. */
function followsStylesApostrophe(owner: Token, next: Token): boolean {
  return owner.text === 'Dato' && next.gapBefore.length === 2 && isApostrophe(next.gapBefore.charCodeAt(0)) && next.gapBefore.charCodeAt(1) === SPACE;
}

/** How many words of a style (STYLE_PHRASES) start at `k`, the longest first: "Datuk Seri" before "Datuk"; or 0. */
function styleLengthAt(words: readonly string[], k: number): number {
  if (!STYLE_OPENERS.has(words[k])) return 0;
  for (let length = Math.min(LONGEST_STYLE, words.length - k); length >= 1; length--) if (STYLE_PHRASES.has(spaced(words.slice(k, k + length)))) return length;
  return 0;
}

/** Where the styles that open `words` end, at `cut` at most: "His Excellency | Governor …". */
function leadingStylesEnd(words: readonly string[], cut: number): number {
  let k = 0;
  for (let length = styleLengthAt(words, 0); length > 0 && k + length <= cut; length = styleLengthAt(words, k)) k += length;
  return k;
}

/**
 * "Tan Sri Lim Boon Keat", "Judge Datuk Noorliza Abdul Rahim", "His Highness Sultan Ibrahim": where the name starts
 * after styles of address and the titles among them, or 0 where no style opens the name. Not before a body's name
 * ("Tun Razak Exchange"), nor a style that owns what follows ("Her Majesty's Treasury").
 */
function styleEnd(words: readonly string[], run: readonly Token[]): number {
  let k = 0;
  let styled = 0;
  // Most names open with neither a style nor a title: one lookup each rules them out.
  while (k < words.length) {
    const length = styleLengthAt(words, k);
    if (length > 0) styled = k += length;
    else if (isTitleish(words[k])) k++;
    else break;
  }
  if (styled === 0 || run[styled - 1].possessive) return 0;
  return k < words.length && !GIVEN_NAMES.has(words[k]) && words.slice(k).some(isOrganizationHead) ? 0 : k;
}

/**
 * "District Collectors have been asked", "Police Commissioners met": title words alone, the last a
 * plural title, name the holders of a post and no actor ("Board of Governors" names a body). So do
 * a post's words before an officer's title, "The Chief Medical Officer said", "the District Health
 * Officer" (a field of work such as "Medical" otherwise reads as a body's word).
 */
function namesTitleHolders(words: readonly string[]): boolean {
  const last = words[words.length - 1];
  if (words.length < 2 || !TITLE_WORDS.has(last)) return false;
  if (last.charCodeAt(last.length - 1) === LETTER_S) return words.every(isTitleish);
  return POST_TITLES.has(last) && words.every((word, k) => k === words.length - 1 || isTitleish(word) || (isOrganizationHead(word) && isCommonWord(word)));
}

/**
 * "the Special Adviser to the President on Media and Publicity": capitals after a title and "on" are the post's field, no
 * body of their own (a person's given name or a place after it stays an actor).
 */
function namesTitlesField(tokens: readonly Token[], runIndex: number, words: readonly string[]): boolean {
  const on = tokens[runIndex - 1];
  if (on?.text !== 'on' || runIndex < 2 || !isTitleHead(tokens[runIndex - 2].text) || !isSpacedAt(tokens, runIndex - 1)) return false;
  return !words.some((word) => GIVEN_NAMES.has(word)) && placeName([...words]) === null;
}

const DASHES = new Set(['—', '–']);
// Place names joined by an unspaced dash, alone in brackets: a Canadian riding.
const DASHED_SEAT = /^\p{Lu}[\p{L}.'’ -]*(?:[—–]\p{Lu}[\p{L}.'’ -]*)+$/u;
const LONGEST_SEAT = 80;

/**
 * "MP Devinder Grewal-Marsh (Surrey Centre—Newton)", "(Battlefords—Meadow Lake)": a member's seat named by the places
 * it joins with dashes is no actor, nor is either half.
 */
function inBracketedSeat(paragraph: string, tokens: readonly Token[], runIndex: number, run: readonly Token[]): boolean {
  // The dash first: most runs touch none.
  if (!DASHES.has(run[0].gapBefore) && !DASHES.has(tokens[runIndex + run.length]?.gapBefore ?? '')) return false;
  const open = paragraph.lastIndexOf('(', run[0].start);
  const close = paragraph.indexOf(')', run[run.length - 1].end);
  return open >= 0 && close > open && close - open < LONGEST_SEAT && DASHED_SEAT.test(paragraph.slice(open + 1, close));
}

// Officers' titles that end the name of a post ("Chief Medical Officer"); not "Justice" or "Health", which end bodies' names too.
const POST_TITLES = new Set(['Officer', 'Adviser', 'Advisor', 'Secretary', 'Director', 'Commissioner', 'Inspector', 'Superintendent', 'Collector', 'Controller', 'Supervisor', 'Administrator', 'Registrar', 'Coroner', 'Manager', 'Chairman', 'Chairwoman', 'Chairperson', 'Spokesman', 'Spokeswoman', 'Spokesperson', 'Auditor', 'Treasurer', 'Comptroller']);

/** "Speaker of the Seimas Jonas Grigas": after a title and the body it belongs to, a given name and a surname start the name. */
function bodyAndName(words: string[]): number {
  const given = words.findIndex((word, i) => i >= 3 && GIVEN_NAMES.has(word));
  if (given < 0 || given !== words.length - 2 || NAME_CONNECTORS.has(words[given - 1]) || !isNameLike(words[given + 1])) return -1;
  return given;
}

// Combining forms of nationalities: "Franco-German", "Sino-Russian".
const DEMONYM_PREFIXES = new Set(['Anglo', 'Franco', 'Sino', 'Russo', 'Afro', 'Euro', 'Indo', 'Italo', 'Greco', 'Austro', 'Judeo', 'Hispano', 'Luso', 'Germano', 'Turco', 'Arab']);

/** "Swedish-Lithuanian", "Franco-German": an adjective of two nationalities, no name. */
function isDemonymCompound(word: string): boolean {
  // Asked of every single-word name: most have no hyphen to split at.
  if (!word.includes('-')) return false;
  const parts = word.split('-');
  return parts.length >= 2 && parts.every((part) => DEMONYMS.has(part) || DEMONYM_PREFIXES.has(part));
}

// "PINs", "ATMs": the plural of an all-caps word.
const PLURAL_ACRONYM = /^\p{Lu}{2,}s$/u;

/** PLURAL_ACRONYM, its expression only for a word that ends in "s" after no ASCII small letter (an acronym, whose letters are all capitals, never does). */
function isPluralAcronym(word: string): boolean {
  return word.charCodeAt(word.length - 1) === LETTER_S && !isAsciiLowerCase(word.charCodeAt(1)) && PLURAL_ACRONYM.test(word);
}

function isNameLike(word: string): boolean {
  return (isCapitalized(word) || isParticleJoinedName(word)) && !isCommonWord(word) && !DEMONYMS.has(word) && !NON_ENTITY_WORDS.has(word) && !isTitleish(word) && !isPlainAcronymPlural(word);
}

/** The plural of an acronym that names no one: "PINs". Asked last of a name-like word, and the expression only of one ending in "s". */
function isPlainAcronymPlural(word: string): boolean {
  return isPluralAcronym(word) && NON_ENTITY_ACRONYMS.has(word.slice(0, -1));
}

// The first word of a named place or building: Palais des Nations, Mount Sinai, Lake Geneva, Arena Lima Norte, Mall of America, Taman Seri Bayu.
const FACILITY_OPENERS = new Set(['Palais', 'Palace', 'Château', 'Castle', 'Fort', 'Mount', 'Lake', 'Loch', 'Lough', 'Cape', 'Gulf', 'Port', 'Camp', 'Plaza', 'Piazza', 'Place', 'Rue', 'Isle', 'Estádio', 'Estadio', 'Stadio', 'Stade', 'Arena', 'Mall', 'Praça', 'Avenida', 'Rua', ...MALAY_PLACE_OPENERS]);

// Last words of a department's field before the country it serves: "Veterans Affairs Canada", "Natural Resources Canada".
const DEPARTMENT_FIELDS = new Set([...PORTFOLIO_WORDS, 'Affairs', 'Services', 'Resources', 'Heritage', 'Oceans', 'Development', 'Revenue', 'Change', 'Works', 'Relations']);

/**
 * "Consular Affairs Canada", "Environment and Climate Change Canada": a field of government,
 * capitalized, and the country it serves name a department (one word alone is read above).
 */
function namesCountrysDepartment(words: string[]): boolean {
  const n = words.length;
  if (n < 3 || !COUNTRIES.has(words[n - 1]) || !DEPARTMENT_FIELDS.has(words[n - 2])) return false;
  return words.slice(0, -1).every((w, i) => (i > 0 && w === 'and') || (isCapitalized(w) && !GIVEN_NAMES.has(w) && !isTitleHead(w) && !COUNTRIES.has(w)));
}

// The last words of PROTECTED_AREA_HEADS ("Park", "Reserve"): most names end in none, and join no two words to look up.
const PROTECTED_AREA_LAST_WORDS: ReadonlySet<string> = new Set([...PROTECTED_AREA_HEADS].map((head) => head.split(' ')[1]));

const AIRPORT_HEADS = new Set(['Airport', 'Airfield', 'Aerodrome']);

// Geographic heads that are surnames too: "Diane Lane", "Rachel Ward", "Peter Brook" (the East Ward is a city's district).
const SURNAME_HEADS = new Set(['Lane', 'Ward', 'Dam', 'Meadows', 'Downs', 'Brook', 'Moor']);

/** What classify reads a name as. */
interface Reading {
  readonly kind: ActorKind | null;
  readonly evidence: Evidence;
}

// classify's answers, made once: it reads every name of every paragraph.
const reading = (kind: ActorKind | null, evidence: Evidence): Reading => Object.freeze({ kind, evidence });
const ORGANIZATION_STRONG = reading('organization', 'strong');
const ORGANIZATION_NAME = reading('organization', 'name');
const PLACE_STRONG = reading('place', 'strong');
const PLACE_NAME = reading('place', 'name');
const PERSON_STRONG = reading('person', 'strong');
const PERSON_NAME = reading('person', 'name');
const UNKNOWN_NAME = reading(null, 'name');
const UNKNOWN_WEAK = reading(null, 'weak');

// "the A4097", "the M6", "the N7", "the L1104": a British or Irish road's class letter and number after "the", a place as roads are (not "the country's B40 blend").
const ROAD_NUMBER = /^[ABMNRL]\d{1,4}$/;

function isRoadNumber(tokens: readonly Token[], runIndex: number, run: readonly Token[]): boolean {
  const word = run[0].text;
  return run.length === 1 && isDigit(word.charCodeAt(1)) && ROAD_NUMBER.test(word) && runIndex > 0 && isThe(tokens[runIndex - 1].text);
}

function classify(words: string[], hadPersonTitle: boolean): Reading {
  if (isGovernmentMetonym(words) || isPartyName(words)) return ORGANIZATION_STRONG;
  if (placeName(words) !== null) return PLACE_STRONG;
  // "the Río Sereno National Park": a protected area is a place, though its head may name institutions ("Game Reserve").
  if (words.length >= 3 && PROTECTED_AREA_LAST_WORDS.has(words[words.length - 1]) && PROTECTED_AREA_HEADS.has(words.slice(-2).join(' ')) && !hadPersonTitle) return PLACE_STRONG;
  // A single word, most names, is read by what a single word may be.
  if (words.length === 1) return classifyOneWord(words, hadPersonTitle);
  // "Kotoka International Airport": an airport is a place; its operator names itself otherwise ("Heathrow Airport Holdings").
  if (AIRPORT_HEADS.has(words[words.length - 1]) && !hadPersonTitle && !words.slice(0, -1).some(isOrganizationHead)) return PLACE_STRONG;
  const opener = FACILITY_OPENERS.has(words[0]);
  // "State Route 49", "Highway 1": the head stands before the road's number.
  const head = isNumber(words[words.length - 1]) ? words[words.length - 2] : words[words.length - 1];
  // "Nathan Lane", "Rachel Ward": a given name before a head that is also a surname makes a person.
  const surnameHead = SURNAME_HEADS.has(head) && GIVEN_NAMES.has(words[0]);
  const numberedPlace = head !== words[words.length - 1] && NUMBERED_PLACE_HEADS.has(head);
  // "Friends of Mirrin River": a body of people named after the place is no place.
  const bodyOfPeople = words[1] === 'of' && isOrdinaryPlural(words[0]);
  const isGeographic = (GEOGRAPHIC_HEADS.has(head) && !surnameHead && !bodyOfPeople) || numberedPlace || opener || (words[1] === 'of' && GEOGRAPHIC_HEADS.has(words[0]));
  // "Port Glasgow", "Port Harcourt" are towns; the Port of Antwerp is its authority.
  const institutionWords = opener && words[1] !== 'of' ? words.slice(1) : words;
  const last = words[words.length - 1];
  const organizationEnding = (words.length >= 2 && ORGANIZATION_ENDINGS.has(last)) || (words.length >= 3 && LONG_NAME_ORGANIZATION_ENDINGS.has(last));
  // "the Port Tallis Beacon": a newspaper named after its town, a facility's word opening it.
  if (isGeographic && !hadPersonTitle && !organizationEnding && !institutionWords.some(isOrganizationHead)) return PLACE_STRONG;
  // "the Navajo Nation", "the Cherokee Nation": a people's land and government, a place as a country is.
  if (words.length === 2 && words[1] === 'Nation' && !isOrganizationHead(words[0]) && !hadPersonTitle) return PLACE_STRONG;
  // "Kansas City", "Panama City": a city named after the state, region or country it lies in ("Leicester City" is a club's).
  if (words.length === 2 && words[1] === 'City' && !hadPersonTitle && (REGIONS.has(words[0]) || US_STATES.has(words[0]) || COUNTRIES.has(words[0]))) return PLACE_STRONG;
  // "San Cristóbal", "Santa Tecla", "São Mateus": a saint's name names a town.
  if (words.length >= 2 && SAINTS.has(words[0]) && !hadPersonTitle && words.slice(1).every(isNameLike) && !words.some(isOrganizationHead)) return PLACE_NAME;
  // "Nueva Ecija", "Nuevo León", "Nowy Sącz": "New" in another tongue opens a place's name, as a saint's does (not "Nova", a given name).
  if (words.length >= 2 && NEW_IN_OTHER_TONGUES.has(words[0]) && !hadPersonTitle && words.slice(1).every(isNameLike) && !words.some(isOrganizationHead)) return PLACE_NAME;
  // The word-by-word lookup last: a title or the name's ending answers first.
  if (!hadPersonTitle && (organizationEnding || words.includes('&') || words.some(isOrganizationHead))) return ORGANIZATION_STRONG;
  if (words.length === 2 && DEMONYMS.has(words[0]) && PARTY_MEMBERS.has(words[1])) return ORGANIZATION_STRONG;
  if (words.length >= 2 && !hadPersonTitle && PARTY_MEMBERS.has(words[words.length - 1]) && namesPartyByCreed(words)) return ORGANIZATION_STRONG;
  if (words.length >= 3 && !hadPersonTitle && DEMONYMS.has(words[0]) && namesNationalBody(words)) return ORGANIZATION_NAME;
  // "Lloyd's List": an owner inside a name makes it a business's (see namesOwnersBusiness).
  if (words.length === 2 && isOwnersWord(words[0]) && !hadPersonTitle) return OWNERS_PLACE_HEADS.has(words[1]) ? PLACE_NAME : ORGANIZATION_NAME;
  // "Lloyd’s of London": and so does one before where the business is (see ownersBusinessOfPlaceEnd).
  if (words.length >= 3 && words[1] === 'of' && isOwnersWord(words[0]) && !hadPersonTitle) return ORGANIZATION_STRONG;
  // "Transport Canada", "Health Canada": a portfolio and a country name a department.
  if (words.length === 2 && PORTFOLIO_WORDS.has(words[0]) && placeName(words.slice(1))) return ORGANIZATION_STRONG;
  if (namesCountrysDepartment(words) && !hadPersonTitle) return ORGANIZATION_STRONG;
  // "Kafue Basin Copper", "Gulf Coast Energy": a business named after a place, the place inside its name.
  if (words.length >= 3 && words.slice(1, -1).some((w) => GEOGRAPHIC_HEADS.has(w)) && !hadPersonTitle) return ORGANIZATION_NAME;
  // "Chama cha Mapinduzi": words linked by Swahili's "of" name a body, not a person.
  if (words.length >= 3 && !hadPersonTitle && words.some((w, i) => i > 0 && BANTU_CONNECTIVES.has(w) && !NAME_PARTICLES.has(w))) return ORGANIZATION_NAME;
  // "Al Jazeera", "Al Arabiya": the Arabic article may open an outlet's name as well as the given name Al a person's.
  if (words[0] === ARABIC_ARTICLE && !hadPersonTitle && !words.slice(1).some(isGivenName)) return PERSON_NAME;
  // "Fáilte Ireland", "Sport England", "Enterprise Ireland": a word before a country's name, no given name or direction, names its national body.
  if (words.length === 2 && !hadPersonTitle && isCountryOrRegion(words.slice(1)) && !isGivenName(words[0]) && !DIRECTION_WORDS.has(words[0]) && !DEMONYMS.has(words[0])) return ORGANIZATION_NAME;
  if (hadPersonTitle || isGivenName(words[0]) || (HONORIFICS.has(words[0]) && words.length > 1)) return PERSON_STRONG;
  // "Gorky Park", "Hyde Park": "Park" after a word that is no given name names a park ("Grace Park", "Min-jun Park" are people).
  if (words.length === 2 && words[1] === 'Park' && isCapitalized(words[0]) && !looksLikeKoreanGivenName(words[0]) && !isTitleish(words[0])) return PLACE_NAME;
  // "El Cuchillo", "Los Alcarrizos": a Spanish article before a name makes a place (a reservoir, a town), not a person.
  if (ARTICLE_NAMES.has(words[0]) && words.slice(1).every(isNameLike)) return PLACE_NAME;
  // "Aerolis AR90": a word with a digit names a model, never a person.
  if (words.every((w, i) => (isNameLike(w) && !HAS_DIGIT.test(w)) || (i > 0 && (NAME_PARTICLES.has(w) || SURNAME_CONJUNCTIONS.has(w))))) return PERSON_NAME;
  return UNKNOWN_WEAK;
}

// Words of a party's creed before its members' plural: "Christian Social Democrats", "Free Democrats", "Liberal Democrats".
const CREED_WORDS = new Set(['Christian', 'Social', 'Free', 'Liberal', 'Democratic', 'National', 'Popular', 'Progressive', 'Radical', 'Left', 'Green', 'Young', 'New', 'United', 'Independent']);

/** "the Christian Social Democrats": creed words and the members' plural name a party, though "Christian" is a given name. */
function namesPartyByCreed(words: readonly string[]): boolean {
  for (let k = 0; k < words.length - 1; k++) if (!CREED_WORDS.has(words[k])) return false;
  return true;
}

// Last words of events and other things a nation's adjective names (contests are no names at all): "the British Empire", "the Asian Games".
const NATIONAL_EVENT_WORDS = new Set(['Masters', 'Games', 'Classic', 'Tour', 'Rally', 'Festival', 'Revolution', 'Empire', 'Dream', 'Language', 'Time']);

/**
 * "American Red Cross", "Iranian Red Crescent": a nation's adjective before two words or more that
 * make no person's name (no given name, title or date among them) names a national body; not an
 * event's name ("the Asian Winter Games").
 */
function namesNationalBody(words: readonly string[]): boolean {
  if (NATIONAL_EVENT_WORDS.has(words[words.length - 1])) return false;
  for (let k = 1; k < words.length; k++) {
    const word = words[k];
    if (!isCapitalized(word) || GIVEN_NAMES.has(word) || isTitleish(word) || DEMONYMS.has(word) || MONTHS_AND_DAYS.has(word) || NON_ENTITY_WORDS.has(word)) return false;
  }
  return true;
}

/** classify for a name of one word (`words` holds it), which none of the readings of several words fits. */
function classifyOneWord(words: readonly string[], hadPersonTitle: boolean): Reading {
  const word = words[0];
  if (hadPersonTitle) return PERSON_STRONG;
  if (isOrganizationHead(word) || word === '&') return ORGANIZATION_STRONG;
  if (isAcronymName(words)) {
    if (NON_ENTITY_ACRONYMS.has(word) || NON_ENTITY_ACRONYMS.has(word.replace(/s$/, ''))) return UNKNOWN_WEAK;
    return ORGANIZATION_STRONG;
  }
  if (isBroadcastCallSign(word)) return ORGANIZATION_STRONG;
  if (isGivenName(word)) return PERSON_NAME;
  return isNameLike(word) ? UNKNOWN_NAME : UNKNOWN_WEAK;
}

const ARTICLE_NAMES = new Set(['El', 'La', 'Los', 'Las']);
const INNER_CAPITAL = /\p{Ll}\p{Lu}/u;
const NUMBER_SIGNS = new Set(['No.', 'Nos.', 'No', 'Nos', 'Number']);
const DIGIT_FIRST = /^\d/;
const ARABIC_ARTICLE = 'Al';
// "Al-Arabiya": the Arabic article joined to the name, as it also opens surnames ("Al-Qaisi").
const JOINED_ARABIC_ARTICLE = /^(?:Al|El)-\p{Lu}/u;
// What is said of a news outlet, after its name: "Al Jazeera reported", "Al Arabiya’s correspondent".
const MEDIUM_AFTER = /^(?:['’]s\s+(?:\p{Ll}+\s+)?(?:correspondent|reporter|website|channel|footage|broadcast|coverage)|\s+(?:reported|reports|broadcast|aired|quoted))\b/u;
// And before it: "told Al Jazeera", "in an interview with Al Arabiya" (people are told too: asked only of a name the article opens).
const MEDIUM_BEFORE = /\b(?:told|interview\s+with|spoke\s+to|speaking\s+to|talking\s+to|appeared\s+on|broadcast\s+by|aired\s+by|quoted\s+by|reported\s+by)\s+$/;
const MEDIUM_CONTEXT = 32;

/**
 * Whether a name opening with the Arabic article is a news outlet's, as the words around it say:
 * "Al Jazeera reported", "told Al Jazeera"; joined to the name ("Al-Arabiya"), as surnames write it,
 * only by what follows ("told Al-Qaisi" is a person).
 */
function namesMediumWithArticle(paragraph: string, words: readonly string[], start: number, last: Token): boolean {
  const spaced = words.length >= 2 && words[0] === ARABIC_ARTICLE;
  if (!spaced && !(words.length === 1 && JOINED_ARABIC_ARTICLE.test(words[0]))) return false;
  if (MEDIUM_AFTER.test(paragraph.slice(last.end, last.end + MEDIUM_CONTEXT))) return true;
  return spaced && isSpokenTo(paragraph, start);
}

/** Whether the name at `start` is what someone spoke to: "told X", "in an interview with X". */
function isSpokenTo(paragraph: string, start: number): boolean {
  return MEDIUM_BEFORE.test(paragraph.slice(Math.max(0, start - MEDIUM_CONTEXT), start));
}
// Countries and regions of one word, folded as transliterations spell them: "Afrika" is Africa, "Rossiya" Russia's.
const FOLDED_LANDS: ReadonlySet<string> = new Set([...COUNTRIES, ...REGIONS].filter((name) => !name.includes(' ')).map(foldName));

/** Whether a name of two words or more, no given name first, ends in a country's or region's name (see FOLDED_LANDS). */
function endsInLandsName(words: readonly string[]): boolean {
  return words.length >= 2 && !isGivenName(words[0]) && FOLDED_LANDS.has(foldName(words[words.length - 1]));
}
// A station's call sign with its service: "WGN-TV", "KQED-FM".
const BROADCAST_CALL_SIGN = /^[A-Z]{3,5}-(?:TV|FM|AM|DT)$/;

/** BROADCAST_CALL_SIGN, its expression only for a word with a hyphen before its last two letters. */
function isBroadcastCallSign(word: string): boolean {
  return word.charCodeAt(word.length - 3) === HYPHEN && BROADCAST_CALL_SIGN.test(word);
}
const HAS_DIGIT = /\d/;
const CURRENCY_SIGN = /^\p{Sc}/u;

/** Whether a gap opens with a currency's sign: "C$4 million", "GH¢5 billion" (the expression only for a gap opening with "$" or a character beyond ASCII). */
function opensWithCurrencySign(gap: string | undefined): boolean {
  if (gap === undefined || gap.length === 0) return false;
  const code = gap.charCodeAt(0);
  return code === DOLLAR_SIGN || (code > ASCII_LAST && CURRENCY_SIGN.test(gap));
}

// "R95 billion", "Rs500 crore", "KSh2bn": a currency's letters joined to an amount with its magnitude ("G20" is a group).
const CURRENCY_AMOUNT = /^\p{Lu}\p{L}{0,2}\d[\d.,]*(bn|m|tn)?$/u;
const MAGNITUDES = new Set(['million', 'billion', 'trillion', 'crore', 'lakh', 'bn', 'mn', 'm', 'cr']);

/**
 * CURRENCY_AMOUNT with a magnitude in the word or right after it, or with decimals or thousands
 * after it ("RM62.4 million", "RM250,000"); the expression only for a word with a digit among its first four characters.
 */
function isCurrencyAmount(word: string, next: Token | undefined): boolean {
  if (!isDigit(word.charCodeAt(1)) && !isDigit(word.charCodeAt(2)) && !isDigit(word.charCodeAt(3))) return false;
  const amount = CURRENCY_AMOUNT.exec(word);
  return amount !== null && (amount[1] !== undefined || (next !== undefined && ((isSpaceGap(next.gapBefore) && MAGNITUDES.has(next.text)) || continuesNumber(next))));
}

/** A number's decimals or next thousands, written right after its first digits: ".4" in "62.4", ",000" in "250,000". */
function continuesNumber(token: Token): boolean {
  const gap = token.gapBefore;
  return gap.length === 1 && (gap.charCodeAt(0) === FULL_STOP || gap.charCodeAt(0) === COMMA) && isDigit(token.text.charCodeAt(0));
}

/**
 * "Rs 18.5 crore", "RM 2,000", "Sh 40 million": a currency's letters before an amount with its
 * magnitude, decimals or thousands; a flight's or a group's letters have a bare number ("BA 117").
 */
function isSpacedCurrencyAmount(tokens: readonly Token[], at: number): boolean {
  const word = tokens[at].text;
  const number = tokens[at + 1];
  if (word.length > 3 || number === undefined || !isSpaceGap(number.gapBefore) || !isDigit(number.text.charCodeAt(0)) || !CURRENCY_LETTERS.test(word)) return false;
  let after = tokens[at + 2];
  if (after !== undefined && continuesNumber(after)) {
    if (after.gapBefore.charCodeAt(0) === COMMA) return true;
    after = tokens[at + 3];
  }
  return after !== undefined && isSpaceGap(after.gapBefore) && MAGNITUDES.has(after.text);
}
const CURRENCY_LETTERS = /^\p{Lu}\p{L}{0,2}$/u;
// A name word written with its possessive: "Lloyd's", "Builders’".
const OWNERS_WORD = /\p{L}['’]s?$/u;

/** OWNERS_WORD, its expression (tried at every position) only for a word with an apostrophe at its end or before a last "s". */
function isOwnersWord(word: string): boolean {
  const n = word.length;
  return (isApostrophe(word.charCodeAt(n - 1)) || (word.charCodeAt(n - 1) === LETTER_S && isApostrophe(word.charCodeAt(n - 2)))) && OWNERS_WORD.test(word);
}

// "Burkholderia cepacia", "Salmonella enterica", "Staphylococcus aureus": a Latin genus and species name an organism.
const GENUS = /^\p{Lu}\p{Ll}{3,}(?:ia|ella|illa|us|um|ium|bacter|monas|myces)$/u;
// Endings in -es and -ens only as species write them ("monocytogenes", "perfringens", "fluorescens"), not as verbs: "Calabria loses", "Umbria opens".
const SPECIES = /^\p{Ll}{3,}(?:a|ae|i|ii|us|um|is|(?:ing|sc|ci)ens|genes|oides)$/u;

/** A capitalized genus with its lower-case species after it: an organism, no actor. */
function isGenusOfBinomial(genus: Token, species: Token | undefined): boolean {
  return species !== undefined && !genus.possessive && isSpaceGap(species.gapBefore) && mayBeGenus(genus.text) && GENUS.test(genus.text) && SPECIES.test(species.text) && !isCommonWord(species.text);
}

// How short a genus GENUS reads can be (a capital, three small letters, an ending of two), and the last letters of its endings.
const SHORTEST_GENUS = 6;
const GENUS_LAST_LETTERS = new Set(['a', 's', 'm', 'r']);

/** What GENUS needs at the least, tested first: asked of most single names. */
function mayBeGenus(word: string): boolean {
  return word.length >= SHORTEST_GENUS && GENUS_LAST_LETTERS.has(word[word.length - 1]);
}

// Words after a noun that end its phrase: "a B&B near Tarbert", "an NGO that", "an SUV and".
const PHRASE_ENDERS = new Set(['that', 'which', 'who', 'whose', 'where', 'when', 'and', 'or', 'but', 'near', 'outside', 'inside', 'behind', 'beside', 'called', 'named']);

/**
 * "runs a B&B near Tarbert", "set up an NGO that": capitals after "a" or "an", ending the phrase, are a
 * common noun; before a noun they name an employer ("a CBK official").
 */
function isCountedAcronym(tokens: Token[], index: number): boolean {
  const acronym = tokens[index];
  const article = tokens[index - 1];
  if (!acronym.acronym || article === undefined || (article.text !== 'a' && article.text !== 'an') || !isSpaceGap(acronym.gapBefore) || acronym.possessive) return false;
  const next = tokens[index + 1];
  // "a U.S.-owned network": a place in a modifier.
  const ends = next === undefined || (!isSpaceGap(next.gapBefore) && next.gapBefore[0] !== '-') || PHRASE_ENDERS.has(next.text) || isPreposition(next.text);
  return ends && placeName([acronym.text]) === null;
}

const PARTY_AND_HOME = /^(?:D|R|I)-\p{Lu}/u;
// The rest of a home state's abbreviation, then the closing comma: "D-Ore.,", "D-N.M.,".
const PARTY_TAG_CLOSE = /^(?:\.\p{Lu})*\.?,/u;
const LONGEST_PARTY_TAG_CLOSE = 6;

/** "…, D-Ore., the ranking member": a party tag set off by commas ends at a comma, after its state's stops. */
function closesPartyTag(paragraph: string, end: number): boolean {
  return paragraph.charCodeAt(end) === COMMA || PARTY_TAG_CLOSE.test(paragraph.slice(end, end + LONGEST_PARTY_TAG_CLOSE));
}

const LABELLING_DETERMINERS = new Set(['a', 'an', 'the', 'its', 'his', 'her', 'their', 'our', 'my', 'your', 'this', 'that', 'no']);

/**
 * "plan B", "vitamin D", "hepatitis C": a capital letter alone right after a lower-case noun labels
 * it; after a preposition or a determiner it may be a name ("posted on X").
 */
function isLabelLetter(tokens: Token[], index: number): boolean {
  const letter = tokens[index];
  const noun = tokens[index - 1];
  // "had a plan B." keeps the full stop with the letter, as an initial's.
  const letters = letter.text.length === 2 && letter.text.charCodeAt(1) === FULL_STOP ? 1 : letter.text.length;
  if (letters !== 1 || noun === undefined || noun.capitalized || !isSpaceGap(letter.gapBefore)) return false;
  return isAsciiLowerCase(noun.text.charCodeAt(0)) && !isPreposition(noun.text) && !LABELLING_DETERMINERS.has(noun.text) && !REPORTING_VERB_WORDS.has(noun.text);
}

/** "until Ash Wednesday", "on Good Friday": the word names a day with the weekday after it, no actor. */
function namesDay(word: Token, tokens: Token[], next: number): boolean {
  return NAMED_DAY_WORDS.has(word.text) && !word.possessive && tokens[next] !== undefined && isSpaceGap(tokens[next].gapBefore) && isDateWord(tokens, next);
}

// Articles opening a sentence quoted in French, Spanish or Italian: « Les familles … », “Le gouvernement a promis …”.
// (French quotation marks open a sentence the tokenizer does not mark.)
const OPENS_GUILLEMETS = /«\s*$/;
const FOREIGN_ARTICLES = new Set(['Le', 'La', 'Les', 'Des', 'Une', 'Los', 'Las', 'Il', 'Gli']);

/** A foreign article opening a sentence, before a lower-case word that is no English one ("Le said": a Vietnamese surname). */
function opensForeignSentence(word: Token, next: Token | undefined): boolean {
  return FOREIGN_ARTICLES.has(word.text) && (word.sentenceInitial || OPENS_GUILLEMETS.test(word.gapBefore)) && !word.possessive && next !== undefined && isSpaceGap(next.gapBefore) && !next.capitalized && !isCommonWord(next.text);
}

// Words that open sentences and never begin a name.
const OPENERS = new Set(
  `The A An But And Or Nor So Yet In On At For With From By To Of After Before Since Until While When Whenever If As
  Although Though Because Meanwhile However Still Then Now Also Even Despite Under Over Among Amid Asked Last Next This
  That These Those Its His Her Their Our My Your Both Each Every Some Many Most All Several Such Only Other Another No
  Not Instead Later Earlier Separately Yesterday Today Tomorrow Here There Where Why How What Who Which`.split(/\s+/),
);

const DESCRIBING_MODIFIER = new RegExp(`-(?:${QUALIFYING_PARTICIPLES})$`);

/** "Budapest-based", "state-owned": asked of words around every name, most of which have no hyphen for the expression to find. */
function isDescribingModifier(token: Token | undefined): boolean {
  return token !== undefined && token.hyphenated && DESCRIBING_MODIFIER.test(token.text);
}

/**
 * Drops sentence-initial ordinary words and "The": "But Scholz", "The European Commission",
 * "Officials in". An ordinary word that begins an institution or place stays: "World Bank".
 */
function dropLeadingOrdinaryWords(run: Token[]): Token[] {
  // "Budapest-based Danube Institute", "the Santa Cruz-based Grupo Ibáñez": the place belongs to the description, not the name.
  let first = 0;
  for (let i = run.length - 1; i >= 0 && first === 0; i--) if (isDescribingModifier(run[i])) first = i + 1;
  while (first < run.length) {
    const token = run[first];
    // "the Uruguayan Gustavo Tabárez": a nation's adjective before a given name describes the person.
    // The word after first: most runs are of one word, and the two large sets are not read for them.
    const nationality = first + 1 < run.length && DEMONYMS.has(token.text) && GIVEN_NAMES.has(run[first + 1].text);
    // "the NGO Balsuraksha Sangathan": an acronym for a kind of body describes the body named after it.
    const bodyKind = first + 1 < run.length && token.acronym && BODY_KIND_ACRONYMS.has(token.text);
    const opener = token.text === 'The' || NAME_CONNECTORS.has(token.text) || (token.sentenceInitial && (OPENERS.has(token.text) || isCompanyDescriber(token.text))) || nationality || bodyKind;
    // A direction word is part of a name ("Northern Crest, which flies …") but not of a known place ("Eastern Ukraine").
    const direction = first + 1 < run.length && DIRECTION_WORDS.has(token.text);
    const directionOfPlace = direction && placeName(textsOf(run, first + 1)) !== null;
    // The costlier readings only for a word no cheaper one drops: most runs keep their first word.
    if (!opener && !directionOfPlace && !(token.sentenceInitial && (isOrdinaryOpening(run, first, direction) || isOccupationOpening(run, first)))) break;
    // Checked only for a word that would go: most runs keep their first word.
    const rest = textsOf(run, first);
    if (opensKnownPlace(rest) || isGovernmentMetonym(rest) || namesCountrysDepartment(rest) || opensPartyName(rest)) break;
    first++;
  }
  // Most runs keep every word: no copy for them.
  return first === 0 ? run : run.slice(first);
}

// Who holds a portfolio, in lower case after it (a "Treasury spokesperson" or "Treasury officials" speak for the body).
const PORTFOLIO_HOLDERS = new Set(['minister', 'secretary', 'commissioner']);

/** "Transport minister Nakagawa Yoshiro", "the Health secretary, Jane Roe,": the portfolio makes the holder's title, and names no body. */
function opensLowerCaseTitle(tokens: readonly Token[], next: number): boolean {
  const noun = tokens[next];
  return noun !== undefined && isSpaceGap(noun.gapBefore) && PORTFOLIO_HOLDERS.has(noun.text);
}

const isAcronym = (token: Token) => token.acronym;
const isNonEntityAcronym = (token: Token) => token.acronym && NON_ENTITY_ACRONYMS.has(token.text);

/**
 * Whether the sentence-initial word at `first` of a run is an ordinary word that is no part of the
 * name; not a direction word (`direction`), nor a word of a shouted dateline ("NEW BRAUNFELS,
 * Texas —"), an institution's ("World Bank") or a body's named by its place ("Real Madrid").
 */
function isOrdinaryOpening(run: readonly Token[], first: number, direction: boolean): boolean {
  const token = run[first];
  const datelineWord = token.start === 0 && run.length >= 2 && run.every(isAcronym);
  return isCommonWord(token.text) && !GIVEN_NAMES.has(token.text) && !isTitleish(token.text) && !direction && !datelineWord && !organizationHeadFrom(run, first + 1) && !headsPlacesBody(run, first);
}

/**
 * "Meteorologist Alex Sosnowski": a noun for a person, capitalized as the sentence opens, before a given name;
 * a scholar's noun, which ends no surname, before any two names ("Volcanologist Þórdís Guðmundsdóttir").
 */
function isOccupationOpening(run: readonly Token[], first: number): boolean {
  const word = run[first].text;
  return !GIVEN_NAMES.has(word) && !isTitleish(word) && first + 1 < run.length && (GIVEN_NAMES.has(run[first + 1].text) ? isOccupation(lowerCase(word)) : first + 2 < run.length && SCHOLAR.test(word));
}

// "Volcanologist", "Economist", "Geographer", "Astronomer": a field's scholar.
const SCHOLAR = /^\p{Lu}\p{Ll}+(?:olog|onom|ograph)(?:ist|er)$/u;

/**
 * "National Grid", "Extinction Rebellion": two or three ordinary words, no title, given name or
 * opener among them, and not people ("Senior Democrats", "Local Residents"), which may name a body.
 */
function namesBodyOfOrdinaryWords(run: readonly Token[]): boolean {
  if (run.length < 2 || run.length > 3) return false;
  const last = run[run.length - 1].text;
  if (last.endsWith('s') && !last.endsWith('ss')) return false;
  for (const token of run) {
    const word = token.text;
    if (!isCommonWord(word) || isTitleish(word) || GIVEN_NAMES.has(word) || OPENERS.has(word) || DEMONYMS.has(word) || NON_ENTITY_WORDS.has(word) || MONTHS_AND_DAYS.has(word)) return false;
  }
  return true;
}
/**
 * "completed World Rugby’s programme": two or three words opening with an ordinary one and ending with
 * none, owning with no article before them, name a body; an event or an era takes "the" ("the Great Depression’s worst years").
 */
function ownsAsBody(tokens: readonly Token[], first: number, run: readonly Token[]): boolean {
  if (!run[run.length - 1].possessive || run.length < 2 || run.length > 3 || (first > 0 && isThe(tokens[first - 1].text))) return false;
  const opening = run[0].text;
  if (!isCommonWord(opening) || isTitleish(opening) || GIVEN_NAMES.has(opening) || OPENERS.has(opening) || DEMONYMS.has(opening) || NON_ENTITY_WORDS.has(opening)) return false;
  // "Big Tech’s influence", "Climate Change’s effects": ordinary words alone may name a notion; a name word after them makes a name.
  return !isCommonWord(run[run.length - 1].text) && !run.some((t) => MONTHS_AND_DAYS.has(t.text));
}

// "meteorologist", "analyst": a specialist's noun ("Héctor", a name, only ends like "director").
const SPECIALIST = /(?:ist|yst)$/;

/** A lower-case noun for what a person does: a role or a specialist. */
function isOccupation(word: string): boolean {
  return ROLE_NOUNS.has(word) || SPECIALIST.test(word);
}

/**
 * Whether a byline's name ends in a job, singular or plural: "Political Correspondent", "Staff Writers"
 * (a role's word, not a specialist's ending, which surnames have: "Tess Lindqvist").
 */
function namesJob(words: readonly string[]): boolean {
  return isPeopleNoun(lowerCase(words[words.length - 1]));
}

/** "Real Madrid", "Sporting Lisbon": an institution's word before a known place names the body. */
function headsPlacesBody(run: readonly Token[], at: number): boolean {
  return at + 1 < run.length && isOrganizationHead(run[at].text) && placeName(textsOf(run, at + 1)) !== null;
}

/** The words of the tokens from `from` on. */
function textsOf(tokens: readonly Token[], from: number): string[] {
  const texts: string[] = [];
  for (let k = from; k < tokens.length; k++) texts.push(tokens[k].text);
  return texts;
}

/** Whether a token from `from` on is an institution's head word. */
function organizationHeadFrom(tokens: readonly Token[], from: number): boolean {
  for (let k = from; k < tokens.length; k++) if (isOrganizationHead(tokens[k].text)) return true;
  return false;
}

/**
 * "the Speaker of the Niger State House of Assembly,", "Director-General of Fire Services": a title of a body and no
 * name after it; the body is the name (its head no portfolio: "the Minister of Health" names no health body).
 * "the Managing Director of the RGDA": a title of two words, and a body's initials that name no place, too.
 */
function withoutBodysTitle(run: Token[]): Token[] {
  // Cheapest test first: most runs open with no title.
  if (run.length < 3 || !isTitleish(run[0].text)) return run;
  const of = run[1].text === 'of' ? 1 : run[2].text === 'of' && isTitleish(run[1].text) ? 2 : -1;
  if (of < 0 || !isTitleHead(run[of - 1].text)) return run;
  const body = isThe(run[of + 1]?.text) ? of + 2 : of + 1;
  const head = run[run.length - 1].text;
  const initials = run.length - body === 1 && run[body].acronym && placeName([head]) === null;
  if (!initials && (run.length - body < 2 || !isOrganizationHead(head) || PORTFOLIO_WORDS.has(head))) return run;
  const words = run.map((t) => t.text);
  return titleEnd(words) > 0 || words.slice(body, -1).some(isTitleHead) ? run : run.slice(body);
}

/** "the SNP MSP for …", "Tory MPs said": a party with its members' title and no name after it is the party. */
function withoutMembersTitle(run: Token[]): Token[] {
  const last = run[run.length - 1];
  if (run.length < 2) return run;
  // "SNP MPs", "Labour MSPs": the title in the plural too.
  const title = last.acronym ? last.text : isPluralAcronym(last.text) ? last.text.slice(0, -1) : null;
  return title !== null && isTitleHead(title) ? run.slice(0, -1) : run;
}

/**
 * "Advocate Lindiwe Sebola SC", "Miriam Cole KC": a rank's letters after a person's name of two words or more are no
 * part of it; after a body's name they are its own ("Al Ahly SC", "Jakarta Persija SC" hold a place or an article).
 */
function withoutPostNominal(run: Token[]): Token[] {
  // The letters first: most names end in none.
  const last = run[run.length - 1];
  if (run.length < 3 || !last.acronym || !POST_NOMINALS.has(last.text) || !isSpaceGap(last.gapBefore)) return run;
  let first = 0;
  while (first < run.length - 1 && isTitleHead(run[first].text)) first++;
  if (run.length - 1 - first < 2 || run[first].text === ARABIC_ARTICLE) return run;
  for (let k = first; k < run.length - 1; k++) if (!isNameLike(run[k].text) || isOrganizationHead(run[k].text) || placeName([run[k].text]) !== null) return run;
  return run.slice(0, -1);
}

/**
 * "Mr Babatunde Olaniyan, SAN, told", "Chief Emeka Obiora (SAN)", "Jane Holloway, QC,": a rank's letters set off
 * right after a person's name are the person's, no body ("the Securities Commission (SC)" names one).
 */
function isPostNominalSetOff(candidates: readonly Candidate[], token: Token): boolean {
  // The letters first: most names are none.
  if (!token.acronym || !POST_NOMINALS.has(token.text) || (token.gapBefore !== ', ' && token.gapBefore !== ' (')) return false;
  const before = candidates[candidates.length - 1];
  return before !== undefined && before.kind === 'person' && before.end + token.gapBefore.length === token.start;
}

// Capitals for things, which a name before them qualifies (not "TV" or "III", parts of names: "Citizen TV").
const THING_ACRONYMS = new Set(['AI', 'GDP', 'GNP', 'EV', 'EVs', 'IPO', 'VAT', 'COVID', 'HIV', 'AIDS', 'LNG', 'CO2', 'DNA', 'IT', 'SUV', 'SUVs', 'PIN', 'ATM', 'SIM', 'SMS', 'API', 'VPN']);

/** "fined Bluenose Marine Lines C$250,000", "paid Acme HK$2 billion": a currency's capitals after a name, before its sign, are no part of the name. */
function withoutCurrencyPrefix(run: Token[], next: Token | undefined): Token[] {
  // The sign first: most names are followed by none.
  if (run.length < 2 || !opensWithCurrencySign(next?.gapBefore)) return run;
  return CURRENCY_PREFIX.test(run[run.length - 1].text) ? run.slice(0, -1) : run;
}
const CURRENCY_PREFIX = /^\p{Lu}{1,3}$/u;

/** "a Texas AI law", "the UK GDP figures": capitals for a thing after a name qualify the noun after them. */
function withoutThingAcronym(run: Token[]): Token[] {
  return run.length >= 2 && run[run.length - 1].acronym && THING_ACRONYMS.has(run[run.length - 1].text) && !isNonEntityAcronym(run[run.length - 2]) ? run.slice(0, -1) : run;
}

/**
 * "Pippa Harcourt Political correspondent", "Tom Baines Home Affairs editor": a byline without "By"
 * runs the name into the desk's words before the job; the name is the words before the desk.
 */
function withoutBylineDesk(run: Token[], job: Token | undefined): Token[] {
  if (job === undefined || !isSpaceGap(job.gapBefore) || job.capitalized || !isOccupation(job.text)) return run;
  let end = run.length;
  while (end > 2 && isDeskWord(run[end - 1].text)) end--;
  return end === run.length ? run : run.slice(0, end);
}

const isDeskWord = (word: string) => ROLE_MODIFIERS.has(lowerCase(word)) || TITLE_COMPLEMENTS.has(word);

/** The words are a known place, or open with one of two words or more: "New Mexico Sends Bill to Governor". */
function opensKnownPlace(words: string[]): boolean {
  // Every stretch opens with the same word, which rules out most at once.
  if (!mayNamePlace(words)) return false;
  if (placeName(words)) return true;
  for (let end = Math.min(words.length - 1, HEADLINE_PLACE_WORDS); end >= 2; end--) if (placeName(words.slice(0, end))) return true;
  return false;
}

/**
 * "Coles said it would comply": a name no word list knows, saying "it" of itself, is a company or
 * a body, named as such also where it opens a sentence (a person is named in full first).
 */
function speaksOfItself(tokens: Token[], verb: number): boolean {
  const said = tokens[verb];
  if (said === undefined || (said.text !== 'said' && said.text !== 'says') || !isSpaceGap(said.gapBefore)) return false;
  // "Ofcom said on Tuesday it", "said in a statement that it": when and how it said, and "that", may come between.
  let at = verb + 1;
  while (at <= verb + SAYING_CIRCUMSTANCE_WORDS && tokens[at] !== undefined && isSpaceGap(tokens[at].gapBefore) && (SAYING_CIRCUMSTANCES.has(tokens[at].text) || MONTHS_AND_DAYS.has(tokens[at].text))) at++;
  const pronoun = tokens[at];
  return pronoun !== undefined && isSpaceGap(pronoun.gapBefore) && (pronoun.text === 'it' || pronoun.text === 'its');
}

// Words of when and how something was said, between "said" and what: "on Tuesday", "in a statement", "late last week", "that".
const SAYING_CIRCUMSTANCES = new Set(['on', 'in', 'a', 'statement', 'late', 'early', 'last', 'this', 'week', 'month', 'night', 'morning', 'afternoon', 'evening', 'that']);
const SAYING_CIRCUMSTANCE_WORDS = 4;

const AUXILIARIES = new Set(['has', 'have', 'had', 'is', 'are', 'was', 'were', 'will', 'would', 'could', 'can', 'should', 'must', 'did', 'does', 'may', 'might']);

/** A finite verb at `k`, right after a name: "said", "accused", "has", "would"; not a noun ("MPs", "rebels"). */
function actsAfter(tokens: Token[], k: number): boolean {
  const verb = tokens[k];
  if (verb === undefined || !isSpaceGap(verb.gapBefore) || verb.capitalized) return false;
  return REPORTING_VERB_WORDS.has(verb.text) || AUXILIARIES.has(verb.text) || verb.text.endsWith('ed');
}

/** ", who" at `next`, after a name. */
function followedByWho(tokens: Token[], next: number): boolean {
  return tokens[next]?.text === 'who' && tokens[next].gapBefore === ', ';
}

const PERSONAL_PRONOUNS = new Set(['he', 'his', 'him', 'she', 'her', 'hers']);
const BODY_PRONOUNS = new Set(['it', 'its', 'they', 'their', 'them']);
const PRONOUN_REACH = 40;

/** Whether the first pronoun after `from` in its sentence is a body's: "Greenpeace, who sued, said it would appeal". */
function bodyPronounFollows(tokens: Token[], from: number): boolean {
  for (let k = from; k < tokens.length && k < from + PRONOUN_REACH && !tokens[k].sentenceInitial; k++) {
    if (PERSONAL_PRONOUNS.has(tokens[k].text)) return false;
    if (BODY_PRONOUNS.has(tokens[k].text)) return true;
  }
  return false;
}

/** "Former councillor Peter Halvorsen", "Deputy mayor Jane Roe": a person's role modifier capitalized to open a sentence, no employer. */
function modifiesRoleAfter(first: Token, nameWords: readonly string[]): boolean {
  return nameWords.length === 1 && first.sentenceInitial && PERSONS_ROLE_MODIFIERS.has(lowerCase(nameWords[0]));
}

/** True when a role noun and a capitalized name follow the token at `after`. */
function employerOfNextName(tokens: Token[], after: number): boolean {
  let k = after;
  while (k < tokens.length && isSpaceGap(tokens[k].gapBefore) && ROLE_MODIFIERS.has(tokens[k].text)) k++;
  const role = tokens[k];
  const name = tokens[k + 1];
  return role !== undefined && name !== undefined && isSpaceGap(role.gapBefore) && isSpaceGap(name.gapBefore) && ROLE_NOUNS.has(role.text) && !role.capitalized && name.capitalized;
}

// "at anchor off Kilyos", "lost steering off Sarıyer": a ship lies off a coast or a town.
const PLACE_PREPOSITIONS = new Set(['in', 'near', 'outside', 'around', 'across', 'off']);
// What one has in a person: "faith in", "confidence in", "a role in".
const REGARD_NOUNS = new Set(['faith', 'confidence', 'trust', 'belief', 'interest', 'hope', 'hopes', 'pride', 'role', 'part', 'hand', 'say', 'ally', 'friend', 'partner', 'rival']);
// What one holds in a company: "shares in", "a stake in".
const HOLDING_NOUNS = new Set(['shares', 'share', 'stake', 'stakes', 'holding', 'holdings', 'shareholding', 'shareholder', 'investor', 'investment', 'investments']);
// "the air base at Kant", "the plant at Sellafield": "at" after a facility names a place (after a company's workers it does not).
const FACILITIES = new Set(['base', 'airbase', 'airport', 'airfield', 'plant', 'camp', 'port', 'station', 'facility', 'site', 'mine', 'quarry', 'oilfield', 'gasfield', 'refinery', 'crossing', 'checkpoint', 'summit', 'hospital', 'clinic', 'yard', 'depot', 'terminal', 'observatory', 'hall']);
const COMPASS = /^(?:north|south|east|west|northeast|northwest|southeast|southwest)$/;
const COMPASS_POINTS = new Set(['North', 'South', 'East', 'West']);
// "a flight to Halifax", "flew back to Lorimer": "to" after travel names a destination (after "said" or "spoke" it does not).
const TRAVEL_WORDS = new Set(['flight', 'flights', 'crossing', 'crossings', 'ferry', 'ferries', 'sailing', 'sailings', 'flew', 'flown', 'fly', 'flying', 'route', 'routes', 'trip', 'trips', 'journey', 'travel', 'travels', 'travelled', 'traveled', 'commutes', 'commuted', 'back', 'headed', 'bound', 'moved', 'relocated', 'fled', 'evacuated', 'march', 'marched', 'marches']);
// The edges and parts of a place or a river: "the banks of the Sava", "the outskirts of Tallowby", "the edge of Little Brockwell".
const PLACE_PARTS = new Set(['banks', 'shores', 'shore', 'outskirts', 'edge', 'fringes', 'mouth', 'foothills', 'slopes', 'headwaters', 'waters']);
// Who lives in or works the land of a place: "the people of Hatay", "residents of Tallowby", "the farmers of Isfara".
const INHABITANTS = new Set(['people', 'residents', 'inhabitants', 'citizens', 'villagers', 'townspeople', 'population', 'farmers', 'fishermen', 'herders', 'growers', 'ranchers']);
// "the governor of Tallowby", "a mayor of Kessel": a region's or a city's head, written in lower case.
const REGIONAL_HEADS: ReadonlySet<string> = new Set([...REGIONAL_HEAD_TITLES].map(lowerCase));
// "in nearby Elk Grove", "downtown Lorimer": people are never nearby.
const PLACE_MODIFIERS = new Set(['nearby', 'neighbouring', 'neighboring', 'downtown', 'suburban', 'rural']);

// "the Sriharikota launch site", "the Kant air base", "the Beitbridge border post": sites named after where they are (a
// company's plant or station is as often named after the company, so those are left out).
// "the Upper Hill district", "the Cerro Prieto reservoir": areas and waters, likewise.
// "the Tallowby capital": a region's capital city. "the Sainj river", "the Beas and Sutlej basins", "Jagat Sukh
// panchayat" (a village council's area): rivers, their basins and villages written in lower case after the name.
// "the Reykjanes peninsula", "in Taveta town", "a Tūrangi-Tongariro ward councillor": land and a local government's area, likewise.
const SITES = new Set(['site', 'base', 'airbase', 'airfield', 'airport', 'camp', 'crossing', 'border', 'checkpoint', 'corridor', 'cosmodrome', 'spaceport', 'market', 'district', 'region', 'province', 'neighbourhood', 'neighborhood', 'reservoir', 'dam', 'valley', 'capital', 'river', 'basin', 'lake', 'watershed', 'catchment', 'village', 'panchayat', 'peninsula', 'island', 'coast', 'town', 'ward', 'county', 'prefecture', 'constituency', 'area', 'oilfield', 'gasfield', 'quarry', 'stadium']);
// "the Amistad and Falcon international reservoirs": sites named together take the plural.
const isSite = (word: string) => SITES.has(word) || SITES.has(singular(word) ?? '');
// Fields and pits named after where they lie: "the Umm al-Jawabi oilfield", "the Derrylough quarry".
const EXTRACTION_SITES = new Set(['oilfield', 'gasfield', 'quarry']);
// "the company’s Toyohashi plant", "Vantor’s Pernis refinery": after an owner, works are named after where they stand.
const WORKS = new Set(['plant', 'factory', 'refinery', 'mine', 'mill', 'smelter', 'depot', 'terminal', 'yard', 'warehouse', 'quarry']);

const BUILDING_HEADS = new Set(['Center', 'Centre', 'Hall', 'Guildhall', 'House', 'Building', 'Tower', 'Towers', 'Complex', 'Arena', 'Stadium', 'Plaza', 'Airport']);
const BESIDE_WORDS = new Set(['outside', 'inside', 'near', 'opposite', 'behind', 'beside']);
// "Renown Regional Medical Center", "the Harlow Cancer Centre": a centre of care or research is an institution, as a hospital is;
// so is one that holds people, as a jail is ("the Metropolitan Detention Center").
const CARE_CENTER_WORDS = new Set(['Medical', 'Health', 'Cancer', 'Trauma', 'Heart', 'Eye', 'Rehabilitation', 'Dialysis', 'Burn', 'Research', 'Detention', 'Correctional', 'Remand']);

/**
 * A building's name where people stand or go, not who acts: "outside (the) Government Center", "in
 * front of the Town Hall", "a march to the Government House", "slots at Vienna International
 * Airport" (people "at" one may work there: "doctors at the Regional Cancer Centre"). A building
 * that stands for an institution stays that institution: "a rally outside City Hall", and so does a centre of care: "died at
 * Renown Regional Medical Center".
 */
function standsByBuilding(tokens: Token[], index: number, name: string[]): boolean {
  if (!BUILDING_HEADS.has(name[name.length - 1]) || isGovernmentMetonym(name) || (name.length >= 2 && CARE_CENTER_WORDS.has(name[name.length - 2]))) return false;
  const k = tokens[index - 1]?.text === 'the' ? index - 2 : index - 1;
  const preposition = tokens[k]?.text;
  const before = tokens[k - 1]?.text ?? '';
  if (preposition === 'at') return !isPersonNoun(lowerCase(before));
  if (preposition === 'to') return TRAVEL_WORDS.has(before);
  return (preposition !== undefined && BESIDE_WORDS.has(preposition)) || (preposition === 'of' && before === 'front');
}

/** A facility's noun right after the name, or after one lower-case word: "the Upper Hill hospital", "the Kragdal power station". */
function facilityNounAfter(tokens: Token[], index: number): boolean {
  const isFacility = (token: Token | undefined) => token !== undefined && FACILITIES.has(token.text) && isSpaceGap(token.gapBefore);
  const next = tokens[index];
  return isFacility(next) || (next !== undefined && !next.capitalized && isSpaceGap(next.gapBefore) && isFacility(tokens[index + 1]));
}

/** "the Fremont, Calif., plant", "the Modesto, California, office": a known state or country between commas after the name makes it a place. */
function regionBetweenCommasAfter(tokens: Token[], index: number): boolean {
  if (tokens[index]?.gapBefore !== ', ') return false;
  const region = capitalizedFrom(tokens, index);
  return region.length > 0 && tokens[index + region.length]?.gapBefore.startsWith(',') === true && placeName(region) !== null;
}

/**
 * Whether the words from `index` on, after the name from `first`, are a site's noun, at most one
 * lower-case word before it, an owner's works, or a region's own government: "the Beni
 * departmental government".
 */
function namesPlaceAfter(tokens: Token[], first: number, end: number): boolean {
  // "Okafor’s district", "Mbeki’s base": a person's.
  if (tokens[end - 1].possessive) return false;
  const index = afterCoordinatedName(tokens, end);
  const next = tokens[index];
  if (!next || next.capitalized || !isSpaceGap(next.gapBefore) || tokens[index - 1].possessive) return false;
  if (isSite(next.text) || (WORKS.has(next.text) && ownedAt(tokens, first - 1))) return true;
  const after = tokens[index + 1];
  if (after === undefined || after.capitalized || !isSpaceGap(after.gapBefore)) return false;
  return isSite(after.text) || (JURISDICTION_ADJECTIVES.has(next.text) && REGIONAL_GOVERNMENT_NOUNS.has(after.text));
}

// Owners' pronouns: "its Kloof mine" ("the Ford plant" may be named after the company).
const OWNERS_PRONOUNS = new Set(['its', 'their']);

/** An owner at `k`: a possessive ("the company’s") or an owner's pronoun ("its"). */
function ownedAt(tokens: Token[], k: number): boolean {
  const owner = tokens[k];
  return owner !== undefined && (owner.possessive || OWNERS_PRONOUNS.has(owner.text));
}

/** "the La Boquilla | and Las Vírgenes | dams": the index after an "and" or "or" and the capitalized name after it at `index`, else `index`. */
function afterCoordinatedName(tokens: Token[], index: number): number {
  const conjunction = tokens[index];
  if (conjunction === undefined || (conjunction.text !== 'and' && conjunction.text !== 'or') || !isSpaceGap(conjunction.gapBefore) || !isSpaceGap(tokens[index + 1]?.gapBefore ?? '')) return index;
  const name = capitalizedFrom(tokens, index + 1).length;
  return name > 0 ? index + 1 + name : index;
}

/** "from Mons | to Brussels": a known place after "to" makes the way between places. */
function toPlaceAfter(tokens: Token[], index: number): boolean {
  const to = tokens[index];
  return to?.text === 'to' && isSpaceGap(to.gapBefore) && tokens[index + 1] !== undefined && isSpaceGap(tokens[index + 1].gapBefore) && placeName(capitalizedFrom(tokens, index + 1)) !== null;
}

/**
 * "in Strasbourg", "north of Tallowby", "a teacher from Yonkers", "the base at Kant", "a flight to Halifax": an unknown single name after
 * these is a place, as after "the district of". "From" is a place only after a person or before "to" and a place: "found out from Facebook" is not.
 */
function followsPlacePreposition(tokens: Token[], index: number): boolean {
  // "in Okafor’s district", "in Mbeki’s view": the preposition is the owned noun's.
  if (tokens[index].possessive || index === 0) return false;
  // "In Antakya, where …": a sentence may open with the preposition, and nothing before it is its.
  const opening = tokens[index - 1].sentenceInitial;
  const preposition = opening ? lowerCase(tokens[index - 1].text) : tokens[index - 1].text;
  // "Residents of Soweto": the word before may open the sentence too.
  const word = tokens[index - 2];
  const before = opening || word === undefined ? '' : word.sentenceInitial ? lowerCase(word.text) : word.text;
  // "north of Tallowby", "the eastern district of Guadalupe", "the outskirts of Tallowby", "the people of Hatay", "the governor of Tallowby", "the government of Tallowby".
  if (preposition === 'of') return COMPASS.test(before) || PLACE_DESCRIPTORS.has(before) || PLACE_PARTS.has(before) || INHABITANTS.has(before) || REGIONAL_HEADS.has(before) || before === 'government' || (before === 'out' && carriedBefore(tokens, index - 2));
  // "towns such as Narasaraopet and Tenali", "in cities like Kano": examples of places named by their plural.
  if (preposition === 'like' || (preposition === 'as' && before === 'such')) return PLACE_DESCRIPTORS.has(singular(preposition === 'like' ? before : (tokens[index - 3]?.text ?? '')) ?? '');
  // "on the banks of the Sava"; "along the Mekong", "off the Faroes"; "ships built on the Clyde" (a place's "on" only
  // after a verb of where things stand: "pressure on the Fed" is an institution's).
  if (preposition === 'the') {
    const verb = tokens[index - 3]?.text ?? '';
    return (before === 'of' && PLACE_PARTS.has(verb)) || PLACE_PREPOSITIONS_BEFORE_THE.has(before) || ((before === 'on' || before === 'at') && POSITION_VERBS.has(verb));
  }
  // "a guard who travels from Kitengela", "an airline from Linz": where a journey starts, where one comes from.
  // "Noah Vance, 15, from Kurrajong,": after a person's age in apposition, where the person is from.
  if (preposition === 'from' && AGE.test(before) && tokens[index - 1].gapBefore === ', ') return true;
  if (preposition === 'from') return isPersonNoun(before) || BUSINESS_NOUNS.has(before) || TRAVEL_WORDS.has(before) || toPlaceAfter(tokens, index + 1) || carriedBefore(tokens, index - 1);
  if (preposition === 'at') return FACILITIES.has(before);
  if (preposition === 'to') return TRAVEL_WORDS.has(before) || carriedBefore(tokens, index - 1);
  // "Shares in Zorvanta fell", "a 20% stake in Zorvanta": what is owned in a company.
  if (preposition === 'in' && HOLDING_NOUNS.has(before)) return false;
  return preposition !== undefined && PLACE_PREPOSITIONS.has(preposition);
}

// Verbs of carrying things or people somewhere: "bringing a second drilling rig from Pavlodar" ("sent" carries letters too);
// and of working craft from a base: "operates 14 vessels from Holyhead", "runs a fleet of 60 lorries out of Drogheda".
const CARRYING_VERBS = new Set(['bring', 'brings', 'bringing', 'brought', 'ship', 'shipped', 'shipping', 'trucked', 'airlift', 'airlifted', 'airlifting', 'deploy', 'deployed', 'deploying', 'dispatched', 'transported', 'transporting', 'ferried', 'rushed', 'moving', 'operate', 'operates', 'operated', 'operating', 'run', 'runs', 'sails', 'sailed']);
// The most lower-case words of an object between such a verb and its preposition: "moved | generators and two swift-water teams | to".
const LONGEST_CARRIED = 6;

/** "bringing a second drilling rig | from", "moved generators and two teams | to": a verb of carrying or travel shortly before the preposition at `at`. */
function carriedBefore(tokens: Token[], at: number): boolean {
  for (let k = at - 1; k >= Math.max(0, at - LONGEST_CARRIED); k--) {
    const token = tokens[k];
    if (token.capitalized || !isSpaceGap(tokens[k + 1].gapBefore)) return false;
    if (CARRYING_VERBS.has(token.text) || TRAVEL_WORDS.has(token.text)) return true;
  }
  return false;
}

/**
 * "in Rafi and | Mariga": a single name after another and "and" or "or" takes the first's place preposition (the first
 * may be read otherwise, a given name, and the lists of coordinatePlaces spread only a place).
 */
function secondAfterPlacePreposition(tokens: Token[], index: number): boolean {
  const conjunction = tokens[index - 1];
  const first = tokens[index - 2];
  if (first === undefined || (conjunction.text !== 'and' && conjunction.text !== 'or') || !first.capitalized || first.possessive || !isSpaceGap(conjunction.gapBefore) || !isSpaceGap(tokens[index].gapBefore)) return false;
  return !(tokens[index - 3]?.capitalized && isSpaceGap(first.gapBefore)) && followsPlacePreposition(tokens, index - 2);
}

// Prepositions of where something lies along or beside, before "the" and a river's, a coast's or a range's name.
const PLACE_PREPOSITIONS_BEFORE_THE = new Set(['along', 'across', 'near', 'off', 'beside', 'alongside', 'beyond', 'upstream', 'downstream']);
// Verbs of where things stand or are made, before "on the" or "at the" and a place.
const POSITION_VERBS = new Set(['built', 'based', 'located', 'situated', 'moored', 'docked', 'anchored', 'berthed', 'stranded', 'lies', 'lay', 'sits', 'sat', 'stands', 'stood']);

// Nouns for people by where they live: "a Tarrabool mother of three", "a Kilvane pensioner".
const RESIDENT_NOUNS = new Set(['mother', 'father', 'mum', 'mom', 'dad', 'grandmother', 'grandfather', 'grandparent', 'parent', 'resident', 'native', 'couple', 'homeowner', 'pensioner', 'retiree', 'widow', 'widower', 'teenager', 'schoolgirl', 'schoolboy', 'local']);

// People who live or work the land somewhere, in the plural: "the Delicias irrigation users", "the Gaza fishermen".
const LOCAL_PEOPLE = new Set(['residents', 'farmers', 'growers', 'fishermen', 'users', 'villagers', 'ranchers', 'herders', 'landowners', 'homeowners', 'tenants', 'families', 'locals', 'natives', 'pensioners', 'irrigators', 'commuters']);

/**
 * "the Delicias irrigation users’ union", "the Gaza fishermen": local people from `index` on, at most
 * two lower-case words before them, after a name: the name is where they live, whatever the phrase heads.
 */
function localPeopleAfter(tokens: Token[], index: number): boolean {
  for (let k = index; k < index + 3; k++) {
    const token = tokens[k];
    if (token === undefined || token.capitalized || !isSpaceGap(token.gapBefore) || ACTS_AFTER.has(token.text)) return false;
    if (LOCAL_PEOPLE.has(token.text)) return true;
    if (token.possessive) return false;
  }
  return false;
}

/** "a Tarrabool mother of three": a single name between "a" and a noun for a resident is where the resident lives. */
function describesResident(tokens: Token[], index: number): boolean {
  const article = tokens[index - 1]?.text;
  const noun = tokens[index + 1];
  return (article === 'a' || article === 'an') && noun !== undefined && isSpaceGap(noun.gapBefore) && RESIDENT_NOUNS.has(noun.text) && !tokens[index].possessive;
}

const PARK_HEADS = new Set(['Park', 'Gardens']);
const PARK_PREPOSITIONS = new Set(['at', 'in', 'near', 'outside', 'inside', 'into', 'through', 'across', 'around']);
const AGE = /^\d{1,3}$/;

/**
 * "a carrier from the Gulf.", "across the Pacific and": a word after "the" with no noun after it
 * heads its phrase, so a word that is both a demonym and a place names the place ("the Gulf
 * states" it does not).
 */
function headsPhraseAfterThe(tokens: Token[], index: number): boolean {
  if (tokens[index - 1]?.text !== 'the' || !isSpaceGap(tokens[index].gapBefore)) return false;
  const next = tokens[index + 1];
  return next === undefined || !isSpaceGap(next.gapBefore) || next.text === 'and' || next.text === 'or';
}

// Modifiers of institutions, not people, between "the" and a name: "the ruling Civic Renewal".
const INSTITUTION_MODIFIERS = new Set(['ruling', 'opposition', 'liberal', 'conservative', 'centrist', 'nationalist', 'populist', 'socialist', 'communist', 'separatist', 'progressive', 'private', 'public', 'independent', 'rival', 'official', 'state']);
const isInstitutionModifier = lowerCaseIn(INSTITUTION_MODIFIERS);
// A lower-case noun for a person: "the rapper", "the novelist", "the comedian".
const PERSON_NOUN_ENDING = /(?:er|or|ist|ian|men)s?$/;
// Things with a person's ending: "an answer from Hamas", "a letter from Zorvas" come from a sender, not a place.
const THINGS_LIKE_PERSONS = new Set(['answer', 'answers', 'letter', 'letters', 'offer', 'offers', 'order', 'orders', 'paper', 'papers', 'transfer', 'transfers', 'tender', 'number', 'water', 'power', 'matter', 'border', 'quarter', 'corridor', 'error', 'factor', 'sector', 'counter', 'register', 'charter', 'chapter', 'chamber', 'chambers', 'theater', 'centre', 'center', 'corner', 'floor', 'shelter', 'tower']);

/** "teacher", "schoolteachers", "women": a lower-case noun for people. */
function isPersonNoun(word: string): boolean {
  return isPeopleNoun(word) || (PERSON_NOUN_ENDING.test(word) && !THINGS_LIKE_PERSONS.has(word));
}

/** A role, staff or people noun, singular or plural: "analysts", "staff", "women"; unlike the endings, no "later" or "together". */
function isPeopleNoun(word: string): boolean {
  return ROLE_NOUNS.has(word) || ROLE_NOUNS.has(word.replace(/s$/, '')) || STAFF_NOUNS.has(word) || PEOPLE.has(word);
}

const PEOPLE = new Set(['man', 'woman', 'men', 'women', 'people', 'family', 'families', 'child', 'children']);

/**
 * "the Riverton Ledger", "the left-wing Más Madrid", "the ruling Civic Renewal": "the" and up to
 * two modifiers of institutions before the name at `index`. People take other modifiers: "the
 * late Jane Roe", "the 45-year-old Jane Roe".
 */
function followsArticle(tokens: Token[], index: number): boolean {
  for (let k = index - 1; k >= Math.max(0, index - 3); k--) {
    const token = tokens[k];
    if (isThe(token.text)) return true;
    // "the Santa Cruz-based Grupo Ibáñez": a describing modifier with the place words it starts with.
    if (isDescribingModifier(token) && isSpaceGap(tokens[k + 1].gapBefore)) {
      while (k > 0 && tokens[k - 1].capitalized && tokens[k - 1].text !== 'The' && isSpaceGap(tokens[k].gapBefore)) k--;
      continue;
    }
    // A capitalized word (a name's, no copy of it lowered) ends the modifiers first.
    if (token.capitalized || !isSpaceGap(tokens[k + 1].gapBefore)) return false;
    const hyphenated = token.hyphenated && !lowerCase(token.text).endsWith('-old');
    if (!(hyphenated || isInstitutionModifier(token.text))) return false;
  }
  return false;
}

/** Whether a name's last word is no ordinary word: "the Riverton Ledger" is, "the Democratic Alternative" not. */
function endsInName(words: readonly string[]): boolean {
  const last = words[words.length - 1];
  return !isCommonWord(last) && !NON_ENTITY_WORDS.has(last);
}

/** A name of one word that describes institutions: "Opposition" in "Opposition spokeswoman Aoife Brennan". */
function describesInstitutions(words: readonly string[]): boolean {
  return words.length === 1 && isInstitutionModifier(words[0]);
}

/** A country's or region's name, joined once. */
function isCountryOrRegion(words: readonly string[]): boolean {
  const name = spaced(words);
  return COUNTRIES.has(name) || REGIONS.has(name);
}

// Lower-case nouns after a name that make it a political or civic body: "the Civic Renewal party".
const BODY_NOUNS = new Set(['party', 'movement', 'bloc', 'alliance', 'coalition', 'faction', 'group', 'militia', 'union']);
// Those that name the body itself, not a person's following.
const ARTICLED_BODY_NOUNS = new Set(['party', 'bloc', 'alliance', 'coalition', 'group', 'militia', 'union']);

/**
 * "the consultancy Ironvale Risk", "the broadcaster Nova Vizia": an organization noun right
 * before the name; "the Civic Renewal party", "Goldman Sachs analysts", "the Gulf Ledger
 * newspaper": a body noun, staff after a name of two words or more ("Trump aides" are a
 * person's), or an organization noun after a name with "the", right after it.
 */
function namedAsOrganization(tokens: Token[], first: number, after: number): boolean {
  const before = tokens[first - 1];
  const next = tokens[after];
  // Not after the noun's possessive: "the company’s Toyohashi plant" is the company's, not a company.
  if (before && !before.capitalized && !before.possessive && isSpaceGap(tokens[first].gapBefore) && (isCompanyNoun(tokens, first - 1) || TEAM_NOUNS.has(before.text))) return true;
  // "the NGO Balsuraksha Sangathan": so does an acronym for a kind of body (see dropLeadingOrdinaryWords).
  if (before && before.acronym && BODY_KIND_ACRONYMS.has(before.text) && isSpaceGap(tokens[first].gapBefore)) return true;
  // "The company, Maderas del Oriente, denied", "an outside engineering firm, Norrvik Process Safety,": the name in apposition to a business noun.
  if (before && tokens[first].gapBefore === ', ' && namesBodyInApposition(tokens, first) && determinesNoun(tokens, first - 1)) return true;
  if (next === undefined || !isSpaceGap(next.gapBefore)) return false;
  return BODY_NOUNS.has(next.text) || (after - first >= 2 && STAFF_NOUNS.has(next.text)) || (companyNounAt(tokens, after) && followsArticle(tokens, first));
}

/** A company's noun at `k`, or after one lower-case word there: "the Xinhua | agency", "the Xinhua | news agency". */
function companyNounAt(tokens: Token[], k: number): boolean {
  if (isCompanyNoun(tokens, k)) return true;
  const noun = tokens[k + 1];
  return !tokens[k].capitalized && !tokens[k].possessive && noun !== undefined && isSpaceGap(noun.gapBefore) && isCompanyNoun(tokens, k + 1);
}

/**
 * A business noun before the name at `first` and its comma, or any noun for a body before an
 * acronym: "The state weather bureau, PAGASA, said" (a person's name there may be a parenthetical
 * "The ministry, Kowal said, will …").
 */
function namesBodyInApposition(tokens: Token[], first: number): boolean {
  return isCompanyNoun(tokens, first - 1) || (tokens[first].acronym && ORGANIZATION_DESCRIPTORS.has(tokens[first - 1].text) && /^[,)]/.test(tokens[first + 1]?.gapBefore ?? ''));
}

// Nouns for a team right before its name: "Championship side Marsden Town" ("the Quinn Valley side" is a valley's).
const TEAM_NOUNS = new Set(['side', 'outfit']);

// The hyphenated nouns of COMPANY_NOUNS by their last part, as they are also written open: "tank" → "think" ("think tank").
const OPEN_COMPANY_NOUNS: ReadonlyMap<string, string> = new Map([...COMPANY_NOUNS].filter((noun) => noun.includes('-')).map((noun) => [noun.slice(noun.indexOf('-') + 1), noun.slice(0, noun.indexOf('-'))]));

/** A noun of COMPANY_NOUNS at `k`, also written open where the list joins it: "the think tank" for "think-tank". */
function isCompanyNoun(tokens: Token[], k: number): boolean {
  const noun = tokens[k];
  if (COMPANY_NOUNS.has(noun.text)) return true;
  const opening = OPEN_COMPANY_NOUNS.get(noun.text);
  return opening !== undefined && tokens[k - 1]?.text === opening && isSpaceGap(noun.gapBefore);
}

const ARTICLES = /^(?:the|a|an)$/i;

/** An article before the noun at `noun`, at most two lower-case modifiers between: "an outside engineering | firm". */
function determinesNoun(tokens: Token[], noun: number): boolean {
  for (let k = noun - 1; k >= Math.max(0, noun - 3); k--) {
    const token = tokens[k];
    if (ARTICLES.test(token.text)) return true;
    if (token.capitalized || !isSpaceGap(tokens[k + 1].gapBefore)) return false;
  }
  return false;
}

// Running, founding or owning a body: "who ran Safe Harbour Homes", "which owns Volvo Cars" (read where a run's kind is settled).
const RUNNING_VERBS = new Set(['ran', 'runs', 'founded', 'co-founded', 'cofounded', 'chaired', 'chairs', 'owns', 'owned', 'bought', 'buys', 'acquired', 'acquires']);

/**
 * "chief executive of Allegheny Forge", "chief executive of the Dunmore Grain Terminal", "an
 * economist at the Peterson Institute": a role's employer; "Analysts at Banco Andino": people are
 * not "at" each other, so any noun for people makes an employer there.
 */
function employsPeople(tokens: Token[], index: number): boolean {
  // "an analyst at the Chennai-based Kaveri Research": past a describing modifier and its place words.
  let k = index;
  if (isDescribingModifier(tokens[k - 1])) {
    k--;
    while (k > 0 && tokens[k - 1].capitalized && isSpaceGap(tokens[k].gapBefore)) k--;
  }
  const at = isThe(tokens[k - 1]?.text) ? k - 1 : k;
  const preposition = tokens[at - 1];
  const role = tokens[at - 2];
  if (preposition === undefined || role === undefined || role.possessive) return false;
  if (preposition.text === 'at') return isPeopleNoun(lowerCase(role.text));
  // "the member for Lachlan Downs": a legislator's "for" names the seat, a place (see the seat's rule).
  return /^(?:of|for|with)$/.test(preposition.text) && ROLE_NOUNS.has(role.text) && !(preposition.text === 'for' && LEGISLATOR_TITLES.has(role.text));
}

// Nouns for who works for a body, not for a person: a person's staff are aides and advisers.
const STAFF_MEMBER_NOUNS = new Set(['spokesman', 'spokeswoman', 'spokesperson', 'official', 'investigator', 'inspector', 'engineer', 'employee', 'worker', 'executive', 'lawyer', 'analyst', 'economist', 'strategist', 'researcher', 'scientist', 'manager', 'officer', 'captain', 'firefighter']);

/** "a | Cal Fire | investigator": "a" or "an" before the name from `first`, a staff member's noun right after it at `after`. */
function staffMemberAfter(tokens: Token[], first: number, after: number): boolean {
  const noun = tokens[after];
  if (noun === undefined || !isSpaceGap(noun.gapBefore) || !STAFF_MEMBER_NOUNS.has(noun.text)) return false;
  const article = tokens[first - 1]?.text;
  return (article === 'a' || article === 'an' || article === 'A' || article === 'An') && isSpaceGap(tokens[first].gapBefore);
}

// A fixture's words before the other side: "play away at Thornbury Forest", "a 2-2 draw with Hartwell", "a win over Marsden Town".
const FIXTURE_LEADS: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['at', new Set(['away'])],
  ['to', new Set(['away', 'home', 'defeat'])],
  ['against', new Set(['home', 'draw'])],
  ['with', new Set(['draw'])],
  ['over', new Set(['win', 'victory'])],
]);

/** Whether the name at `index` is the other side of a fixture: a club, not where it plays. */
function isOpponent(tokens: Token[], index: number): boolean {
  const preposition = tokens[index - 1];
  const lead = tokens[index - 2];
  return preposition !== undefined && lead !== undefined && isSpaceGap(tokens[index].gapBefore) && isSpaceGap(preposition.gapBefore) && FIXTURE_LEADS.get(preposition.text)?.has(lead.text) === true;
}

// A score, "2-1", "1–1", and the verbs of a result before it: "Liverpool beat Arsenal 2-1", "drew 1-1 with Chelsea";
// or the result's noun after it: "Barcelona dropped points in a 1-1 draw".
const SCORE = String.raw`\d{1,3} ?[-–] ?\d{1,3}`;
const RESULT_VERBS = 'beat|beats|defeated|defeats|thrashed|routed|edged|hammered|stunned|overcame|drew|draws|lost|loses|won|wins|trailed|led';
// Not a player's sets: "beat Alcaraz 6-4, 6-3".
const SIDES_SCORE = String.raw`(?<![\d-]|\d,? )${SCORE}(?![\d-]|,? \d)`;
const RESULT_AFTER = new RegExp(`^\\s+(?:(?:${RESULT_VERBS})\\b[^.;!?“”"]{0,40}?${SIDES_SCORE}|\\p{Ll}+\\b[^.;!?“”"]{0,40}?${SIDES_SCORE} (?:draw|win|victory|defeat|loss)\\b)`, 'u');
const RESULT_BEFORE = new RegExp(`\\b(?:${RESULT_VERBS})\\s+$`);
const SCORED_BEFORE = new RegExp(`(?<![\\d-])${SCORE}\\s+(?:(?:win|victory|defeat|draw|loss)\\s+)?(?:against|to|with|over|at|by)\\s+$`);
const SCORE_AFTER = new RegExp(`^\\s+${SIDES_SCORE}`);
// A score anywhere in a paragraph, as holdsScore reads one in a stretch of it: one search of the
// whole, in the runtime, spares most paragraphs' names theirs.
const ANY_SCORE = new RegExp(SCORE);
// A player's transfer to or from a side: "signed from Liverpool", "on loan at Everton".
const TRANSFER_BEFORE = /\b(?:signed (?:for|from)|loan (?:from|at|to)|transfer (?:from|to)|move from)\s+$/;
// TRANSFER_BEFORE's first words, unanchored: an end-anchored expression is tried at every position.
const TRANSFER_WORD = /\b(?:signed|loan|transfer|move) /;
// And its last words, which stand as the token right before the name.
const TRANSFER_PREPOSITIONS = new Set(['for', 'from', 'at', 'to']);
const EN_DASH = 0x2013;

/** Whether the text from `from` to `to` holds what SCORE reads, a hyphen or a dash between digits ("2-1", "6 – 4"), by character codes. */
function holdsScore(text: string, from: number, to: number): boolean {
  for (let at = from + 1; at < to - 1; at++) {
    const code = text.charCodeAt(at);
    if (code !== HYPHEN && code !== EN_DASH) continue;
    const digitBefore = isDigit(text.charCodeAt(at - 1)) || (at - 2 >= from && text.charCodeAt(at - 1) === SPACE && isDigit(text.charCodeAt(at - 2)));
    const digitAfter = isDigit(text.charCodeAt(at + 1)) || (at + 2 < to && text.charCodeAt(at + 1) === SPACE && isDigit(text.charCodeAt(at + 2)));
    if (digitBefore && digitAfter) return true;
  }
  return false;
}
// Players and fans of a side, written after its name: "the Liverpool striker", "Liverpool fans".
const PLAYER_NOUNS = new Set(['striker', 'strikers', 'midfielder', 'midfielders', 'defender', 'defenders', 'goalkeeper', 'goalkeepers', 'keeper', 'winger', 'wingers', 'full-back', 'fullback', 'centre-back', 'center-back', 'playmaker', 'fans', 'supporters']);
// Nouns of a side's staff, said of other bodies too ("a senior Khanya manager"): a side's only before a name or after its possessive.
const SIDE_STAFF_NOUNS = new Set(['manager', 'coach', 'boss', 'captain', 'forward']);
const SIDE_CONTEXT = 48;

/**
 * Whether the name from `first` to `end` is a sports side, as the words around it say: a result
 * with its score ("Liverpool beat Arsenal 2-1", "drew 1-1 with Chelsea") or a transfer; and, for a
 * place whose name a side takes (`place`), its players or staff: "the Liverpool striker",
 * "Liverpool’s manager", "Liverpool boss Arne Vosloo". Cities stay places elsewhere ("Liverpool said").
 * `paragraphHoldsScore`: whether the whole paragraph does, without which no stretch of it does.
 */
function playsAsSide(paragraph: string, tokens: Token[], first: number, end: number, place: boolean, paragraphHoldsScore: boolean): boolean {
  const start = tokens[first].start;
  const last = tokens[end - 1];
  const afterStart = last.end + (last.possessive ? 2 : 0);
  const beforeStart = Math.max(0, start - SIDE_CONTEXT);
  // Asked of most names: a result needs a score, and a transfer its preposition right before the
  // name, so the expressions (and the copies they read) wait for one.
  const scoreAfter = paragraphHoldsScore && holdsScore(paragraph, afterStart, Math.min(paragraph.length, last.end + SIDE_CONTEXT));
  const scoreBefore = paragraphHoldsScore && holdsScore(paragraph, beforeStart, start);
  const transferred = TRANSFER_PREPOSITIONS.has(tokens[first - 1]?.text ?? '');
  if (scoreAfter || scoreBefore || transferred) {
    const after = paragraph.slice(afterStart, last.end + SIDE_CONTEXT);
    const before = paragraph.slice(beforeStart, start);
    if ((scoreAfter && (RESULT_AFTER.test(after) || (RESULT_BEFORE.test(before) && SCORE_AFTER.test(after)))) || (scoreBefore && SCORED_BEFORE.test(before)) || (transferred && TRANSFER_WORD.test(before) && TRANSFER_BEFORE.test(before))) return true;
  }
  if (!place) return false;
  let k = end;
  const isSideNoun = (word: string) => PLAYER_NOUNS.has(word) || SIDE_STAFF_NOUNS.has(word);
  // After the possessive one modifier may stand before the noun: "Liverpool’s new manager".
  if (last.possessive && isSpacedAt(tokens, k) && !tokens[k].capitalized && !isSideNoun(tokens[k].text)) k++;
  const noun = tokens[k];
  if (noun === undefined || !isSpaceGap(noun.gapBefore) || noun.capitalized) return false;
  if (PLAYER_NOUNS.has(noun.text) || (last.possessive && SIDE_STAFF_NOUNS.has(noun.text))) return true;
  const name = tokens[k + 1];
  return SIDE_STAFF_NOUNS.has(noun.text) && (isThe(tokens[first - 1]?.text) || (name !== undefined && name.capitalized && isSpaceGap(name.gapBefore)));
}

const DOCUMENT_SEEN = new Set(['seen', 'reviewed', 'obtained']);

/** "a copy of the contract seen by Meridyen Haber", "a memo obtained by the Ledger": news copy's words for the outlet that saw a document. */
function sawDocument(tokens: Token[], index: number): boolean {
  const k = isThe(tokens[index - 1]?.text) ? index - 2 : index - 1;
  return tokens[k]?.text === 'by' && DOCUMENT_SEEN.has(tokens[k - 1]?.text ?? '');
}

const MAX_ROLE_WORDS = 6;
const OWNING_DETERMINERS = new Set(['its', 'his', 'her', 'their', 'the']);
const isOwningDeterminer = lowerCaseIn(OWNING_DETERMINERS);
const DETERMINERS = new Set(['The', 'A', 'An', 'Another', 'This', 'That', 'These', 'Those', 'Its', 'His', 'Her', 'Their', 'Our', 'One', 'Some', 'Many', 'Each']);

/**
 * A role written before a name: "party spokesman Ivan Petrov", "White House press secretary
 * Karine Jones", "Halvorsen’s former compliance officer Deepak Rao", and with a comma,
 * "Ukraine’s foreign minister, Oksana Hrytsenko,".
 */
function roleBefore(paragraph: string, tokens: Token[], index: number): { role: string; start: number } | null {
  const commaBefore = tokens[index].gapBefore === ', ';
  if (!isSpaceGap(tokens[index].gapBefore) && !commaBefore) return null;
  const noun = tokens[index - 1];
  if (noun === undefined || !ROLE_NOUNS.has(noun.text)) return null;
  let k = index - 2;
  let owned = false;
  for (let taken = 1; k >= 0 && taken < MAX_ROLE_WORDS && isSpaceGap(tokens[k + 1].gapBefore); taken++, k--) {
    const token = tokens[k];
    if (token.possessive) owned = true;
    // "Iraq’s oil minister", "its finance chief": after an owner any lower-case word describes the role.
    const owner = tokens[k - 1];
    const ownedWord = !token.capitalized && owner !== undefined && (owner.possessive || isOwningDeterminer(owner.text));
    const describes = ROLE_NOUNS.has(token.text) || ROLE_MODIFIERS.has(token.text) || (!token.capitalized && !isCommonWord(token.text)) || ownedWord;
    if (!describes && !token.possessive) break;
  }
  let start = tokens[k + 1].start;
  // A capitalized organization or place right before the role belongs to it: "White House press secretary".
  while (k >= 0 && tokens[k].capitalized && isSpaceGap(tokens[k + 1].gapBefore) && !DETERMINERS.has(tokens[k].text)) {
    start = tokens[k].start;
    owned = true;
    if (tokens[k].sentenceInitial) break;
    k--;
  }
  // After a comma only an owned role introduces a full name ("its president, Carla Jennings"), not a list.
  const determiner = isOwningDeterminer(tokens[k]?.text ?? '');
  if (commaBefore && ((!owned && !determiner) || !tokens[index + 1] || !isSpaceGap(tokens[index + 1].gapBefore) || !tokens[index + 1].capitalized)) return null;
  return { role: paragraph.slice(start, noun.end).trim(), start };
}

// The most words a body's name between a role and a name may have: "a spokesman for | Russia’s Energy Ministry |, Dmitry Peskarev,".
const MAX_BODY_WORDS = 8;

/**
 * "a spokesman for Russia’s Energy Ministry, Dmitry Peskarev,", "a spokeswoman for the Ministry of
 * Health, Ana Ruiz,": a role for a named body, then a comma, before the person's name at `index`.
 */
function roleForBodyBefore(paragraph: string, tokens: Token[], index: number): { role: string; start: number } | null {
  // A given name first: "an analyst at Goldman Sachs, JPMorgan and Citi" lists bodies.
  if (tokens[index].gapBefore !== ', ' || !tokens[index - 1]?.capitalized || !GIVEN_NAMES.has(tokens[index].text)) return null;
  for (let k = index - 2, taken = 1; k >= 1 && taken <= MAX_BODY_WORDS; k--, taken++) {
    const token = tokens[k];
    if (!isSpaceGap(tokens[k + 1].gapBefore)) return null;
    if (token.text === 'for' || token.text === 'at') {
      const noun = tokens[k - 1];
      return ROLE_NOUNS.has(noun.text) && isSpaceGap(token.gapBefore) ? { role: paragraph.slice(noun.start, tokens[index - 1].end), start: noun.start } : null;
    }
    if (!token.capitalized && !NAME_CONNECTORS.has(token.text)) return null;
  }
  return null;
}

// A full stop before the closing comma is an abbreviation's: "chief executive of Acme Inc., said".
const APPOSITIVE = /^,\s+(?:\d{1,3},\s+)?((?:(?:a|an|the)\s+)?(?:[^,;:.“”"()]|\.(?=,)){3,90}?)(?=,|\.\s|\.$|;)/u;
// "off Kilyos, the ministry warned": a trailing attribution, no appositive.
const APPOSITIVE_STOP_WORDS: ReadonlySet<string> = new Set('said says told added warned warns argued insisted noted acknowledged announced confirmed denied stressed explained who which that and but when while has had was is will would'.split(' '));
const APPOSITIVE_STOP = new RegExp(`\\b(?:${[...APPOSITIVE_STOP_WORDS].join('|')})\\b`, 'i');

// "Abay, where the administration set up a board": a clause from the start is no noun phrase, and describes no one.
const RELATIVE_CLAUSE = /(?:^| )(?:that|which|who|where) /;

/** "Jane Roe, a former State Department adviser on China, said": the appositive and which kind of actor it describes. */
function appositiveAfter(paragraph: string, end: number): { role: string; kind: ActorKind } | null {
  // Most names have no comma after them; after many the first word says there is no appositive.
  if (paragraph.charCodeAt(end) !== COMMA || opensNoAppositive(paragraph, end)) return null;
  const match = APPOSITIVE.exec(paragraph.slice(end, end + 120));
  if (!match) return null;
  // "the Shi’ite alliance that dominates parliament": the noun phrase ends where its relative clause opens.
  const whole = match[1].trim();
  const relative = RELATIVE_CLAUSE.exec(whole);
  const phrase = relative ? whole.slice(0, relative.index) : whole;
  const kind = headNounKind(phrase);
  // The stop words only for a phrase that heads on a noun of a kind: most name none.
  if (kind === null || APPOSITIVE_STOP.test(phrase)) return null;
  return { role: phrase.replace(/^(?:a|an|the)\s+/i, ''), kind };
}

/**
 * Whether the words after the comma at `comma` and its spaces open with one that leaves them no
 * appositive, the expressions unread: a stop word ("Kowal, who", "Kowal, said"; as \b reads a
 * word, a run of ASCII letters, digits and underscores), or a preposition before a space
 * (headNounKind's first word: "Copper Vale, after the company …").
 */
function opensNoAppositive(paragraph: string, comma: number): boolean {
  let start = comma + 1;
  while (paragraph.charCodeAt(start) === SPACE) start++;
  let end = start;
  while (end < paragraph.length && isAsciiWordCharacter(paragraph.charCodeAt(end))) end++;
  // APPOSITIVE needs whitespace after the comma; other whitespace than spaces is left to it.
  if (start === comma + 1 || end === start) return false;
  const word = lowerCase(paragraph.slice(start, end));
  return APPOSITIVE_STOP_WORDS.has(word) || (paragraph.charCodeAt(end) === SPACE && PREPOSITIONS.has(word));
}

// A preposition ends an appositive's head ("a member | of the committee"); one opening the phrase
// leaves it none: "Copper Vale, after the company let a deadline pass" describes no one.
const PREPOSITIONS: ReadonlySet<string> = new Set('of at for in on with from to by about under over after before since until during despite against without'.split(' '));
const PREPOSITION = new RegExp(`^(?:${[...PREPOSITIONS].join('|')})$`, 'i');
// "Værøy, a small island where …": what an appositive calls a place.
const PLACE_DESCRIPTORS = new Set(['island', 'town', 'city', 'village', 'hamlet', 'community', 'port', 'region', 'province', 'district', 'county', 'suburb', 'capital', 'municipality', 'archipelago', 'enclave', 'territory', 'neighbourhood', 'neighborhood']);
// Divisions of a country that also name offices ("the department of Health"): places only before a name of no portfolio or body.
const DIVISION_DESCRIPTORS = new Set(['department', 'governorate', 'prefecture', 'canton', 'parish', 'borough']);

/** "the town of Puerto Maldonado", "the department of Cortés": a place's descriptor (`descriptor`, before "of") names the place after it. */
function namesPlaceByDescriptor(descriptor: Token | undefined, nameWords: readonly string[]): boolean {
  if (descriptor === undefined) return false;
  // "the border provinces of Alto Yaguarón and Cerro Blanco": the plural names the first of a list.
  if (PLACE_DESCRIPTORS.has(descriptor.text) || PLACE_DESCRIPTORS.has(singular(descriptor.text) ?? '')) return true;
  return DIVISION_DESCRIPTORS.has(descriptor.text) && nameWords.every((word) => !PORTFOLIO_WORDS.has(word) && !isOrganizationHead(word) && isNameLike(word));
}

// Peers' ranks, whose name takes the place of their title after "of": "Lord Hammond of Runnymede".
const PEER_RANKS = new Set(['Lord', 'Baroness', 'Baron', 'Viscount', 'Viscountess', 'Earl', 'Countess', 'Lady']);

/** "Lord Hammond | of | Runnymede", "Baroness Jones of Moulsecoomb": a peer's rank and name before "of" (at `of`), the place after it their territorial designation. */
function designatesPeer(tokens: Token[], of: number): boolean {
  const name = tokens[of - 1];
  return of >= 2 && name.capitalized && !name.possessive && isSpaceGap(name.gapBefore) && PEER_RANKS.has(tokens[of - 2].text);
}

const WHITESPACE = /\s+/g;
const OTHER_WHITESPACE = /[^\S ]/;
// The longest word PREPOSITION reads: "without", "despite", "against".
const LONGEST_PREPOSITION = 7;
const isPreposition = (word: string) => word.length <= LONGEST_PREPOSITION && PREPOSITION.test(word);
/** A word ending in ’s or 's, by character codes. */
const isPossessiveWord = (word: string) => word.charCodeAt(word.length - 1) === LETTER_S && isApostrophe(word.charCodeAt(word.length - 2));

/**
 * Whether the noun phrase heads on a person or an organization: the last role or organization
 * noun before the first preposition ("a member | of the Foreign Relations Committee" → person),
 * skipping possessives ("the company’s chief executive" → person).
 */
function headNounKind(phrase: string): ActorKind | null {
  let kind: ActorKind | null = null;
  // The words between spaces, cut out one by one (no array of them); other whitespace (in few
  // phrases) made spaces first. The empty word between two spaces is passed over.
  const text = OTHER_WHITESPACE.test(phrase) ? phrase.replace(WHITESPACE, ' ') : phrase;
  for (let start = 0, end = 0; start < text.length; start = end + 1) {
    end = text.indexOf(' ', start);
    if (end < 0) end = text.length;
    if (end === start) continue;
    const written = text.slice(start, end);
    if (isPreposition(written)) break;
    if (isPossessiveWord(written)) continue;
    const word = lowerCase(written);
    if (ROLE_NOUNS.has(word)) kind = 'person';
    else if (ORGANIZATION_DESCRIPTORS.has(word)) kind = 'organization';
    else if (PLACE_DESCRIPTORS.has(word)) kind = 'place';
  }
  return kind;
}

// The words of a title or a role that say a gender, in lower case ("Mrs." and "Mr." by their letters).
const GENDER_CUES: ReadonlyMap<string, Gender> = new Map([
  ...['spokeswoman', 'chairwoman', 'councilwoman', 'congresswoman', 'businesswoman', 'mrs', 'ms', 'queen', 'princess', 'duchess', 'dame', 'lady', 'actress', 'sister', 'mother', 'wife', 'daughter'].map((word) => [word, 'female'] as const),
  ...['spokesman', 'chairman', 'councilman', 'congressman', 'businessman', 'mr', 'king', 'prince', 'duke', 'sir', 'lord', 'brother', 'father', 'husband', 'son'].map((word) => [word, 'male'] as const),
]);
const SHORTEST_GENDER_CUE = Math.min(...[...GENDER_CUES.keys()].map((word) => word.length));
const LONGEST_GENDER_CUE = Math.max(...[...GENDER_CUES.keys()].map((word) => word.length));

/**
 * The gender the words of `text` say, a female word before any male one: its words as an
 * expression's \b reads them, runs of ASCII letters, digits and underscores, in any case.
 */
function genderCueIn(text: string): Gender | null {
  let said: Gender | null = null;
  for (let at = 0; at < text.length; ) {
    if (!isAsciiWordCharacter(text.charCodeAt(at))) {
      at++;
      continue;
    }
    const start = at;
    while (at < text.length && isAsciiWordCharacter(text.charCodeAt(at))) at++;
    // Only a word of a cue's length is cut out and looked up.
    if (at - start < SHORTEST_GENDER_CUE || at - start > LONGEST_GENDER_CUE) continue;
    const cue = GENDER_CUES.get(lowerCase(text.slice(start, at)));
    if (cue === 'female') return cue;
    if (cue !== undefined) said = cue;
  }
  return said;
}

function genderOf(words: string[], title: string | null, roles: string[]): Gender | null {
  const honorific = HONORIFICS.get(words[0]);
  if (honorific) return honorific;
  // Most people have neither title nor role to read: a female word in any of them says more than a male one.
  let said = title === null ? null : genderCueIn(title);
  for (let k = 0; k < roles.length && said !== 'female'; k++) said = genderCueIn(roles[k]) ?? said;
  if (said !== null) return said;
  // The first given name says it (or that it cannot, one of both sexes); a surname that is also a
  // given name says nothing ("Letitia James" is no man).
  const givenNames = words.length >= 2 ? words.length - 1 : 1;
  for (let k = 0; k < givenNames; k++) {
    const gender = GIVEN_NAME_GENDERS.get(words[k]);
    if (gender !== undefined) return gender;
  }
  return null;
}

/** All actor candidates of one paragraph. `sentenceStarts` are paragraph-relative. */
export function paragraphCandidates(paragraph: string, sentenceStarts: readonly number[]): Candidate[] {
  const facts = paragraphFacts(paragraph);
  const tokens = tokenize(paragraph, sentenceStarts);
  const candidates: Candidate[] = [];
  const masked = partyAffiliations(paragraph);
  const quotations = shortQuotations(paragraph);
  // Most paragraphs hold no score ("2-1") anywhere: one search of it spares every name the search around it.
  const paragraphHoldsScore = ANY_SCORE.test(paragraph);

  const found = capitalizedRuns(tokens);
  const runs = facts.byline ? found.flatMap(splitShoutedName) : found.some((r) => followsMembersFor(tokens, r.first)) ? found.flatMap((r) => splitSeatFromMember(tokens, r)) : found;
  // What the name at hand is read as. Declared once, with `establish`, which sets them: a closure
  // made inside the loop (and the variables it holds) would be made again for every name.
  let kind: ActorKind | null = null;
  let evidence: Evidence = 'weak';
  const establish = (newKind: ActorKind) => {
    if (kind === null || evidence !== 'strong') {
      kind = newKind;
      evidence = 'strong';
    }
  };
  for (let r = 0; r < runs.length; r++) {
    const { first: rawFirst } = runs[r];
    let rawRun = runs[r].run;
    if (startsInside(masked, rawRun[0].start)) continue;
    // "No. 1:24-cv-00849": a number's sign, no name; "A No 10 spokesman", "Number 10 said": Downing Street.
    const sign = rawRun[rawRun.length - 1];
    const number = tokens[rawFirst + rawRun.length];
    if (NUMBER_SIGNS.has(sign.text) && number !== undefined && DIGIT_FIRST.test(number.text)) {
      const name = paragraph.slice(sign.start, number.end);
      // One form for "No. 10", "No 10" and "Number 10".
      if (GOVERNMENT_METONYMS.has(name) && isSpaceGap(number.gapBefore)) {
        // No 10 is Downing Street: the same actor where the story names both.
        candidates.push({ ...namedOutright(sign.start, number.end, name, ['No.', number.text], 'organization', sign.sentenceInitial, number.possessive), aliasOf: ['Downing', 'Street'] });
      }
      if (rawRun.length === 1) continue;
      rawRun = rawRun.slice(0, -1);
    }
    // "Storm Darragh", "Tropical Storm Alberto", "Typhoon Haiyan": a named storm is weather, no actor.
    if (rawRun.length >= 2 && namesStorm(rawRun)) continue;
    // "the MV Glen Sannox", "HMS Queen Elizabeth": a vessel, no actor (its owner and its yard are).
    const prefix = isThe(rawRun[0].text) ? 1 : 0;
    if (rawRun.length >= prefix + 2 && VESSEL_PREFIXES.has(rawRun[prefix].text)) continue;
    // "National Grid said", "completed World Rugby’s programme": ordinary words that speak, or own with no article, are a body's name, the first one too.
    // The verb first: most names are followed by none.
    const speakingBody = (isSpacedAt(tokens, rawFirst + rawRun.length) && REPORTING_VERB_WORDS.has(tokens[rawFirst + rawRun.length].text) && namesBodyOfOrdinaryWords(rawRun)) || ownsAsBody(tokens, rawFirst, rawRun);
    const named = speakingBody ? rawRun : withoutBodysTitle(dropLeadingOrdinaryWords(rawRun));
    const runIndex = rawFirst + (rawRun.length - named.length);
    const titleOff = withoutThingAcronym(withoutMembersTitle(named));
    const membersTitleOff = withoutPostNominal(titleOff);
    // "Prof. Hamish McLeod-Stewart AO, a hydrologist,": an appositive follows the rank's letters.
    const postNominal = membersTitleOff === titleOff ? null : titleOff[titleOff.length - 1];
    const deskOff = facts.byline ? withoutBylineDesk(membersTitleOff, tokens[runIndex + membersTitleOff.length]) : membersTitleOff;
    const run = withoutCurrencyPrefix(deskOff, tokens[runIndex + deskOff.length]);
    if (run.length === 0) continue;
    // "C$4 million", "HK$2 billion", "GH¢5 billion": a currency's prefix, not a name.
    if (run.length === 1 && opensWithCurrencySign(tokens[runIndex + 1]?.gapBefore)) continue;
    if (run.length === 1 && (isCurrencyAmount(run[0].text, tokens[runIndex + 1]) || isSpacedCurrencyAmount(tokens, runIndex))) continue;
    if (run.length === 1 && isGenusOfBinomial(run[0], tokens[runIndex + 1])) continue;
    if (isQuotedEpithet(paragraph, tokens, runIndex, run)) continue;
    if (run.length === 1 && namesDay(run[0], tokens, runIndex + 1)) continue;
    if (run.length === 1 && opensForeignSentence(run[0], tokens[runIndex + 1])) continue;
    if (run.length === 1 && isLabelLetter(tokens, runIndex)) continue;
    if (run.length === 1 && isCountedAcronym(tokens, runIndex)) continue;
    // "Rep. Angelia Orr, R-Itasca, said", "…, R-Bay Minette, said": a party and a home town set off by commas, as brackets set off "(R-Texas)".
    if (run[0].hyphenated && run[0].gapBefore === ', ' && PARTY_AND_HOME.test(run[0].text) && closesPartyTag(paragraph, run[run.length - 1].end)) continue;
    if (run.length === 1 && isRatingAfter(tokens, runIndex)) continue;
    if (run.length === 1 && isPostNominalSetOff(candidates, run[0])) continue;
    if (run.length === 1 && isRouteBetweenPlaces(run[0], tokens[runIndex + 1])) {
      candidates.push(...placesOfRoute(run[0]));
      continue;
    }
    if (run.length === 1 && ownsNothing(paragraph, tokens, runIndex)) {
      candidates.push(ownersBusiness(paragraph, run[0]));
      continue;
    }
    const credited = isCreditedName(tokens, runIndex, run);
    if (facts.headline) {
      // Title case glues a headline's words together; each word may still name a known actor.
      if (!placeName(run.map((t) => t.text)) && !isNameAlone(paragraph, run) && !credited) {
        candidates.push(...headlineWords(run));
        continue;
      }
    }
    const nameRun = run.some(isQuotedNickname) ? withoutQuotedNickname(run) : run;
    // "6:45 AM EST", "GDP PDF": capitals that name nothing, however many.
    if (run.length >= 2 && run.every(isNonEntityAcronym)) continue;
    const words = writtenWords(paragraph, nameRun);
    // "the Clean Air Act", "the Montreux Convention": a document's name ("the Bureau of Indian Standards" is a body's).
    if (words.length >= 2 && DOCUMENT_HEADS.has(words[words.length - 1]) && !words.includes('of')) continue;
    if (bracketedInDocumentTitle(paragraph, tokens, runIndex, run.length)) continue;
    // "the Spanish Grand Prix", "the Davis Cup": a contest is an event ("the Africa Cup of Nations" ends otherwise).
    if (words.length >= 2 && EVENT_HEADS.has(words[words.length - 1])) continue;
    const styled = styleEnd(words, nameRun);
    // "His Highness has always said": a style with no name after it names no one.
    if (styled === words.length) continue;
    const cut = styled > 0 ? Math.max(styled, titleEnd(words)) : titleEnd(words);
    // "The Private Sector grew", "in the General Public": people with a title take no article, so a title and one ordinary word after "the" make a phrase.
    if (cut > 0 && cut === words.length - 1 && isThe(tokens[runIndex - 1]?.text) && isCommonWord(words[cut])) continue;
    if (cut < 0 && namesTitleHolders(words)) continue;
    if (namesTitlesField(tokens, runIndex, words)) continue;
    if (inBracketedSeat(paragraph, tokens, runIndex, run)) continue;
    // "The North Korean regime", "South Sudanese army": a compass point and a nation's adjective describe; they name no one.
    if (words.length === 2 && COMPASS_POINTS.has(words[0]) && DEMONYMS.has(words[1])) continue;
    // "Principal Secretary (Health) Dr. K. Sreenivasa Rao": a portfolio in brackets is the title's, no body.
    if (words.length === 1 && PORTFOLIO_WORDS.has(words[0]) && paragraph.charCodeAt(run[0].start - 1) === OPENING_PARENTHESIS && paragraph.charCodeAt(run[0].end) === CLOSING_PARENTHESIS) continue;
    if (words.length === 1 && PORTFOLIO_WORDS.has(words[0]) && opensLowerCaseTitle(tokens, runIndex + 1)) continue;
    const titleWords = cut > 0 ? words.slice(0, cut) : NO_WORDS;
    const honorific = cut > 0 ? titleWords.find(isHonorific) : undefined;
    const titleText = cut > 0 ? titleWords.filter((w) => !isHonorific(w) && !STYLE_WORDS.has(w)).map(spelledOutTitle).join(' ') || null : null;
    const nameTokens = cut > 0 ? run.slice(cut) : run;
    const nameWords = cut > 0 ? words.slice(cut) : words;
    const last = nameTokens[nameTokens.length - 1];
    const first = nameTokens[0];
    const hadPersonTitle = cut > 0;
    const classified = isRoadNumber(tokens, runIndex, run) ? PLACE_STRONG : classify(nameWords, hadPersonTitle);
    kind = classified.kind;
    evidence = classified.evidence;
    if (credited) establish('person');
    if (speakingBody && kind === null) {
      kind = 'organization';
      evidence = 'name';
    }

    // An organization named inside the title ("European Commission President X") is a mention too.
    // "His Excellency Governor …": the styles opening the title name no body nor place.
    const titleFrom = styled > 0 ? leadingStylesEnd(words, cut) : 0;
    if (cut > titleFrom) candidates.push(...organizationsInTitle(run.slice(titleFrom, cut)));

    const roles: string[] = [];
    if (titleText && !titleWords.every((w) => DEMONYMS.has(w))) roles.push(titleText);
    // Before the role reading: "the broadcaster Nova Vizia" is an organization, not a broadcaster's name;
    // so is "the Gulf Ledger newspaper", whatever its first word suggests (a known place stays one).
    // "Industry group Kystvern said": an ordinary word opening a sentence describes the body named after it ("Labour party" names one).
    const describesBodyAfter = run.length === 1 && first.sentenceInitial && isCommonWord(nameWords[0]) && !PARTY_MEMBERS.has(nameWords[0]) && tokens[runIndex + 1]?.text !== 'party';
    const namedAs = !describesBodyAfter && namedAsOrganization(tokens, runIndex, runIndex + run.length);
    if (namedAs && !(kind === 'place' && placeName(nameWords))) {
      if (kind === 'place') kind = null;
      establish('organization');
      // "the Savannah Riverkeeper group": people take no article, so a given name opening a name between "the" and a
      // body's noun opens the body's ("the Sanders movement" and "the Corbyn faction" are a person's followers).
      if (kind === 'person' && !hadPersonTitle && isThe(tokens[runIndex - 1]?.text) && ARTICLED_BODY_NOUNS.has(tokens[runIndex + run.length]?.text ?? '')) kind = 'organization';
    }
    const before = roleBefore(paragraph, tokens, runIndex) ?? roleForBodyBefore(paragraph, tokens, runIndex);
    if (before && kind !== 'organization' && kind !== 'place') {
      roles.push(before.role);
      // "Britain’s media regulator Ofcom", "state broadcaster RTE": a role only a body holds.
      establish(AGENT_NOUNS.has(before.role.slice(before.role.lastIndexOf(' ') + 1)) ? 'organization' : 'person');
    }
    const appositive = last.possessive ? null : appositiveAfter(paragraph, (postNominal ?? last).end);
    if (appositive && (kind === null || kind === appositive.kind || evidence !== 'strong')) {
      // A place's appositive ("a small island") describes it; it is no role.
      // Nor is a body's full name ("Gavi, the Vaccine Alliance"): that is its name (see namesInApposition).
      const bodysName = appositive.kind === 'organization' && appositive.role.split(' ').every(isCapitalized);
      if (appositive.kind !== 'place' && !bodysName) roles.push(appositive.role);
      establish(appositive.kind);
    }
    // "two children, Mali, 14, and Ianto, 11", "who gave only her first name, Saule,": a name of no sure kind
    // given an age, or given as a first name, is a person's; so is a place's name given an age ("Mali, 14,").
    if ((evidence !== 'strong' || kind === 'place') && ((!last.possessive && followedByAge(paragraph, last.end)) || givenAsFirstName(tokens, runIndex))) {
      kind = 'person';
      evidence = 'strong';
    }
    const placeAfter = namesPlaceAfter(tokens, runIndex, runIndex + run.length);
    // "workers at the Umm al-Jawabi oilfield": a field or a pit after the name says where they work, not for whom ("workers
    // at the Jaguar Land Rover site" work for the company).
    if (nameWords.length >= 2 && employsPeople(tokens, runIndex) && kind !== 'place' && !(placeAfter && EXTRACTION_SITES.has(tokens[runIndex + run.length]?.text ?? ''))) establish('organization');
    if (kind !== 'place' && sawDocument(tokens, runIndex)) establish('organization');
    if (!hadPersonTitle && namesMediumWithArticle(paragraph, nameWords, first.start, last)) {
      kind = 'organization';
      evidence = 'strong';
    }
    // "told Fox Business", "told Movistar that": a name of no known kind that is spoken to is a medium (a
    // person is named as one, or known by the surname already); ordinary words so are an outlet's name.
    // So is a name read as a person's only by its shape that ends in a land's name, however spelled, or opens with
    // capitals no initials of a person's make: "told Newzroom Afrika", "told RIA Novosti" ("told JD Vance" is a person).
    const mayBeMedium = kind === null || (kind === 'person' && evidence === 'name' && !hadPersonTitle && (endsInLandsName(nameWords) || (first.acronym && nameWords[0].length >= 3 && nameWords.length >= 2)));
    if (mayBeMedium && !first.sentenceInitial && nameWords.every(isCapitalized) && isSpokenTo(paragraph, first.start)) {
      kind = 'organization';
      if (evidence === 'weak' && nameWords.length >= 2) evidence = 'name';
    }
    // "Brightwell Home’s subscription": a name and an ordinary word that own something are a business's name, no person's
    // ("Home" ends none) nor a place's.
    if (kind === null && evidence === 'weak' && last.possessive && nameWords.length === 2 && !hadPersonTitle && ownsAsBusiness(nameWords)) {
      kind = 'organization';
      evidence = 'name';
    }
    if (kind !== 'place' && isOpponent(tokens, runIndex)) establish('organization');
    // A country's side (England's too) stays the country, as countries acting do.
    const country = kind === 'place' && isCountryOrRegion(nameWords);
    // Not a person's name: "Serena Williams beat Maria Sharapova 6-4", "Novak Djokovic beat …".
    if (kind !== 'organization' && !(kind === 'person' && (evidence === 'strong' || nameWords.length > 1)) && !country && playsAsSide(paragraph, tokens, runIndex, runIndex + run.length, kind === 'place', paragraphHoldsScore)) {
      kind = 'organization';
      evidence = 'strong';
    }
    // "Sparta Hollandia forward Jesper Kool": the words before a role and a name are its employer;
    // "Opposition spokeswoman Aoife Brennan": a word that describes institutions names none.
    if (kind !== 'place' && employerOfNextName(tokens, runIndex + run.length) && !describesInstitutions(nameWords) && !modifiesRoleAfter(first, nameWords)) establish('organization');
    // "a Cal Fire investigator", "a Metro Transit spokeswoman": a name of two words or more, no person's by its
    // shape, between "a" and a staff member's noun is the employer ("a Biden aide" is one word, and no staff).
    if (nameWords.length >= 2 && !hadPersonTitle && (kind === null || (kind === 'person' && evidence !== 'strong')) && staffMemberAfter(tokens, runIndex, runIndex + run.length)) establish('organization');
    // "who ran Safe Harbour Homes", "founded Northwind Analytics", "owns Marlow Foundry": what one runs, founds or owns is a body.
    if (nameWords.length >= 2 && kind !== 'place' && evidence !== 'strong' && !hadPersonTitle && runIndex > 0 && RUNNING_VERBS.has(tokens[runIndex - 1].text)) establish('organization');
    // People take no article: "the Riverton Ledger", "the left-wing Más Madrid" are institutions; after
    // a modifier of institutions even when the name ends in an ordinary word: "the liberal Democratic Alternative".
    if (nameWords.length >= 2 && evidence !== 'strong' && kind !== 'organization' && placeAfter && !hadPersonTitle) establish('place');
    if (nameWords.length >= 2 && evidence !== 'strong' && (endsInName(nameWords) || (runIndex > 0 && INSTITUTION_MODIFIERS.has(tokens[runIndex - 1].text))) && followsArticle(tokens, runIndex) && !hadPersonTitle) {
      // Before a noun the name may be a place's ("the Upper Hill hospital"): only a guess that gives way to an actor written so.
      if (facilityNounAfter(tokens, runIndex + run.length)) kind = 'organization';
      else establish('organization');
    }
    // "the MSP for Na h-Eileanan an Iar", "the MP for Glasgow East": a member's seat.
    if (!hadPersonTitle && tokens[runIndex - 1]?.text === 'for' && LEGISLATOR_TITLES.has(tokens[runIndex - 2]?.text ?? '')) establish('place');
    // "said Ms Wughanga, the Wundanyi/Mbale MCA": so is one named before a member's title, after "the".
    if (!hadPersonTitle && named !== titleOff && isThe(tokens[runIndex - 1]?.text) && namesMembersSeat(nameWords, named[named.length - 1].text, undefined)) establish('place');
    // "in North Uist", "near East Kilbride": a compass point and a name where a place's preposition
    // stands (the single word's rule below); "West Ham said" stays a doubtful name.
    if (kind === null && nameWords.length >= 2 && COMPASS_POINTS.has(nameWords[0]) && nameWords.slice(1).every(isNameLike) && followsPlacePreposition(tokens, runIndex)) {
      kind = 'place';
      evidence = 'name';
    }
    // "the depot in Orlando East", "near Kilbride West": a compass point after a name there names a district, whatever
    // the name's first word ("Adam West" is not found "in").
    if (nameWords.length === 2 && !hadPersonTitle && roles.length === 0 && kind !== 'organization' && COMPASS_POINTS.has(nameWords[1]) && followsPlacePreposition(tokens, runIndex)) {
      kind = 'place';
      evidence = 'name';
    }
    // "his home in Chapel Allerton", "near Carrigeen Bog": words read as a person's name only by their shape (no given
    // name, title or role) where a place's preposition stands name a place; people are seldom found "in" anyone.
    // Not "from": one takes over from a person; nor what is someone's ("in Okonjo Iweala’s case"), nor "faith in Xi Jinping".
    if (readAsPersonByShapeOnly(kind, evidence, nameWords, roles) && !hadPersonTitle && !last.possessive && PLACE_PREPOSITIONS.has(lowerCase(tokens[runIndex - 1]?.text ?? '')) && !REGARD_NOUNS.has(tokens[runIndex - 2]?.text ?? '') && followsPlacePreposition(tokens, runIndex)) kind = 'place';
    // "arrested near Troy", "moved two teams to Jasper overnight": a given name alone, read as a person only by its shape, where
    // a place's preposition stands is a town named so, tentatively (the word still joins any known actor first). Not after
    // "in", which people are found after too ("confided in Tom").
    if (nameWords.length === 1 && kind === 'person' && evidence === 'name' && !hadPersonTitle && roles.length === 0 && !last.possessive && lowerCase(tokens[runIndex - 1]?.text ?? '') !== 'in' && followsPlacePreposition(tokens, runIndex)) kind = 'place';
    // "on the edge of Little Brockwell", "in Upper Tallowby": an ordinary word before a name word, of no kind alone, where a
    // place's preposition stands.
    if (kind === null && nameWords.length === 2 && !hadPersonTitle && !last.possessive && isCommonWord(nameWords[0]) && isNameLike(nameWords[1]) && followsPlacePreposition(tokens, runIndex)) {
      kind = 'place';
      evidence = 'name';
    }
    // "the port of San Pedro", "the town of Puerto Maldonado": a place's descriptor and "of" before the name.
    // One word too ("in the department of Cortés" beside Héctor Cortés Lara): the descriptor says it, whoever bears the name.
    if (!hadPersonTitle && tokens[runIndex - 1]?.text === 'of' && (namesPlaceByDescriptor(tokens[runIndex - 2], nameWords) || designatesPeer(tokens, runIndex - 1))) establish('place');
    // "outside the Government Center", "a march to the Government House": a building one stands by or goes to is a place.
    if (nameWords.length >= 2 && !hadPersonTitle && standsByBuilding(tokens, runIndex, nameWords)) kind = 'place';
    // A tentative kind: the word still joins any known actor first (see the clustering).
    if (nameWords.length === 1 && kind === null && evidence === 'name' && (followsPlacePreposition(tokens, runIndex) || placeAfter || describesResident(tokens, runIndex) || endsRoute(tokens, runIndex, runIndex + run.length) || secondAfterPlacePreposition(tokens, runIndex))) kind = 'place';
    // "rallied at Kamande Park": a park one stands in is a place, whatever its first word ("Grace Park said" is a person).
    if (nameWords.length === 2 && PARK_HEADS.has(nameWords[1]) && !hadPersonTitle && roles.length === 0 && !last.possessive && PARK_PREPOSITIONS.has(tokens[runIndex - 1]?.text ?? '')) {
      kind = 'place';
      evidence = 'strong';
    }
    // "a restaurant in Traverse City", "near Quezon City": a city where something is, though "City" also ends clubs' names
    // ("Leicester City won"), a known city's first ("fans in Manchester City shirts").
    if (nameWords.length === 2 && nameWords[1] === 'City' && kind === 'organization' && !hadPersonTitle && followsPlacePreposition(tokens, runIndex) && placeName(nameWords.slice(0, 1)) === null) kind = 'place';
    // People take no article: "the Seimas", "the Bundestag" are institutions; before a facility's noun
    // the name is where it stands: "the Kragdal power station" (tentatively, as above).
    if (nameWords.length === 1 && kind === null && evidence === 'name' && tokens[runIndex - 1]?.text === 'the' && isSpaceGap(tokens[runIndex].gapBefore)) {
      kind = facilityNounAfter(tokens, runIndex + 1) || regionBetweenCommasAfter(tokens, runIndex + 1) || localPeopleAfter(tokens, runIndex + 1) ? 'place' : 'organization';
    }
    // "at the Jasper fire hall": a given name alone between "the" and a facility's noun is the town's, whose facility it is.
    else if (nameWords.length === 1 && kind === 'person' && evidence === 'name' && !hadPersonTitle && roles.length === 0 && tokens[runIndex - 1]?.text === 'the' && isSpaceGap(tokens[runIndex].gapBefore) && facilityNounAfter(tokens, runIndex + 1)) kind = 'place';
    if (evidence !== 'strong' && kind !== 'organization' && runIndex > 0 && PLACE_MODIFIERS.has(tokens[runIndex - 1].text)) kind = 'place';
    // "By Hannah Whitcombe, Political Correspondent", "Staff Writers": the byline's job is no name.
    if (facts.byline && nameWords.length >= 2 && kind !== 'organization' && kind !== 'place') {
      // "Scotland Correspondent", "Europe Editor": a desk named by its place reads as a name, and is none.
      if (namesJob(nameWords) && !GIVEN_NAMES.has(nameWords[0])) continue;
      // "By Corinne Abernathy-Wells | Capitol Brief": after a bar, the byline names its publication.
      establish(first.gapBefore.includes('|') ? 'organization' : 'person');
    }
    // A name alone in brackets, "LIMA, April 9 (Reuters) -", keeps the say of its capital.
    const sentenceInitial = first.sentenceInitial && !(first === last && first.gapBefore.endsWith('(') && paragraph[last.end] === ')');
    // "Sutrisno, who farms": "who" says a person as "said it" says a body, and either is named so also
    // where it opens a sentence; "Commuters, who" are people, not one, and British copy writes
    // "Greenpeace, who …, said it".
    const personByWho = kind === null && nameWords.length === 1 && followedByWho(tokens, runIndex + 1) && !isPersonNoun(lowerCase(nameWords[0])) && !bodyPronounFollows(tokens, runIndex + 2);
    if (personByWho) kind = 'person';
    // "TikTok, owned by ByteDance, said": a capital inside the word is a name's, wherever it stands; so are two names hyphened ("Sibanye-Stillwater gave").
    if (sentenceInitial && nameWords.length === 1 && evidence === 'name' && !personByWho && !(kind === null && speaksOfItself(tokens, runIndex + 1)) && !INNER_CAPITAL.test(nameWords[0]) && !joinsTwoNames(first)) evidence = 'weak';
    const demonymAsPlace = kind === 'place' && headsPhraseAfterThe(tokens, runIndex);
    // "Labour said", "The Conservatives accused": a party's adjective that acts is the party ("Labour MPs" stays an adjective).
    const partyActs = nameWords.length === 1 && PARTY_MEMBERS.has(nameWords[0]) && actsAfter(tokens, runIndex + 1);
    if (partyActs) establish('organization');
    if (nameWords.length === 1 && ((DEMONYMS.has(nameWords[0]) && !demonymAsPlace && !partyActs) || NON_ENTITY_WORDS.has(nameWords[0]) || isDemonymCompound(nameWords[0]))) continue;
    // Long all-caps words outside a known place are mostly headline shouting: one only joins an actor
    // known otherwise, the organization it is the initials of ("the NMDPRA"), a city ("THIRUVANANTHAPURAM:").
    // One in brackets after a description is introduced, no shouting: "the commissioner’s office (CONADEH)"; nor is
    // an agency credited with a photo: "REUTERS/Samir Haddad".
    if (nameWords.length === 1 && first.acronym && nameWords[0].length > 5 && kind !== 'place' && !namedAs && !isBroadcastCallSign(nameWords[0]) && !introducedAfterDescription(paragraph, tokens, runIndex) && !creditsPhotographer(paragraph, last.end)) evidence = 'weak';
    // "the Commission said": an institution word alone stands for the named institution; in a quoted
    // title ("Wheels of the City") it stands for none, and only names an actor known elsewhere (below).
    const institutionWord = nameWords.length === 1 && isOrganizationHead(nameWords[0]) && !first.acronym && !inQuotedTitle(paragraph, quotations, first.start, last.end);
    // "Van Dijk’s": a surname with its particle, capitalized at the start of a sentence.
    // Words of a quoted title ("Build Fast, Break Nothing", "The Thirsty Valley") only name actors known elsewhere, or known places.
    if (inQuotedTitle(paragraph, quotations, first.start, last.end) && !placeName(nameWords)) evidence = 'weak';
    // "Rajasthan HC": a court's abbreviated head after the name of its state or city names the court, and stands for its full name.
    const courtsFullName = nameWords.length >= 2 && !hadPersonTitle ? courtsFullNameOf(nameWords) : null;
    if (courtsFullName) {
      kind = 'organization';
      evidence = 'strong';
    }
    // A place and an organization keep their article: "La Boquilla", "Al Jazeera".
    const matchWords = nameWords.length >= 2 && kind !== 'place' && kind !== 'organization' && isNameParticle(nameWords[0]) ? nameWords.slice(-1) : nameWords;

    // "Comfort+", "Disney+": a plus sign right after a name is the last character of a product's or a service's name
    // (not a grade's or a rating's: "a B+ average", "rated AA+"; nor "C++").
    const end = !last.possessive && paragraph.charCodeAt(last.end) === PLUS_SIGN && endsServicesName(paragraph, last) ? last.end + 1 : last.end;
    candidates.push({
      start: first.start,
      end,
      text: paragraph.slice(first.start, end),
      words: end === last.end ? matchWords : [...matchWords.slice(0, -1), `${matchWords[matchWords.length - 1]}+`],
      kind,
      evidence: institutionWord ? 'weak' : evidence,
      possessive: last.possessive,
      title: titleText,
      roles,
      gender: kind === 'person' ? genderOf(honorific ? [honorific, ...nameWords] : nameWords, titleText, roles) : null,
      agentNoun: institutionWord ? lowerCase(nameWords[0]) : null,
      sentenceInitial,
      aliasOf: courtsFullName,
    });
  }
  agentDescriptions(tokens, candidates);
  lowerCaseOffices(paragraph, tokens, candidates);
  placesInModifiers(paragraph, tokens, candidates);
  sortByStart(candidates);
  coordinatePlaces(paragraph, candidates);
  coordinateCompanies(paragraph, candidates);
  employersOfPeople(paragraph, candidates);
  placesDescribedTogether(paragraph, candidates);
  bracketedAcronyms(paragraph, candidates);
  namesInApposition(paragraph, candidates);
  spelledOtherwise(paragraph, candidates);
  return candidates;
}

/** The first letters of a name's capitalized words: "EU" for European Union. */
function initialsOf(words: readonly string[]): string {
  let letters = '';
  for (const word of words) if (isCapitalized(word)) letters += word[0];
  return letters;
}

/**
 * "The Central Reserve Bank of Peru (BCRP)": an acronym in brackets right after an organization's
 * name is that name's, whatever language its letters come from, and so is a short name ("(Kadin)"). A name of no known kind whose
 * initials the acronym holds is an organization too ("Tavorin Pay (TVP)"), and so is one read as a person's by its
 * shape alone; other letters may be a politician's party ("Jan Kowal (PiS)").
 */
function bracketedAcronyms(paragraph: string, candidates: Candidate[]): void {
  for (let i = 1; i < candidates.length; i++) {
    const acronym = candidates[i];
    const name = candidates[i - 1];
    if (name.possessive || acronym.start - name.end !== 2 || paragraph[name.end] !== ' ' || paragraph[name.end + 1] !== '(') continue;
    // "the Alliance for Progress (Bündnis für Fortschritt, BfF)": its own language's name may have its initials after it.
    if (paragraph[acronym.end] !== ')' && !(paragraph[acronym.end] === ',' && namesInOwnLanguage(name, acronym))) continue;
    if (!isAcronymName(acronym.words)) {
      // "the Indonesian Chamber of Commerce and Industry (Kadin)": a short name in brackets, not its initials, a body's
      // long name before it; not where it is ("Acme Holdings (Osaka)").
      if ((name.kind === 'organization' && name.words.length >= 3 && acronym.words.length === 1 && (acronym.kind === null || acronym.kind === 'organization') && placeName(acronym.words) === null) || namesInOwnLanguage(name, acronym)) {
        acronym.kind = 'organization';
        acronym.evidence = 'strong';
        acronym.aliasOf = name.words;
      }
      continue;
    }
    if (acronym.kind !== 'organization') continue;
    const letters = acronym.words[0];
    // "the China Chamber of Commerce to the EU (CCCEU)": capitals that end in the name's initials and run on
    // before them are a longer name's, which ends in this one.
    const nameLetters = isAcronymName(name.words) ? name.words[0] : initialsOf(name.words);
    if (letters.length > nameLetters.length && letters.endsWith(nameLetters)) continue;
    // So is one read as a person's only by its shape, no given name first: "Pakistan Tehreek-e-Insaf (PTI)".
    const doubtful = name.kind === null || (name.kind === 'person' && name.evidence === 'name' && name.title === null && !isGivenName(name.words[0]));
    const unknownWithInitials = doubtful && name.words.length >= 2 && name.words.every((w) => !isCapitalized(w) || letters.includes(w[0]));
    if (name.kind === 'organization' || unknownWithInitials) {
      name.kind = 'organization';
      name.evidence = 'strong';
      // However long: "(UNSMIL)" is no shouting.
      acronym.evidence = 'strong';
      acronym.aliasOf = name.words;
    }
  }
}

/**
 * "The Icelandic Met Office (Veðurstofa Íslands)", "the Federal Ministry of Finance (Bundesministerium der Finanzen)": a name
 * of two words or more in brackets right after a body's is its name in its own language; no place, nor a person's by a given name.
 */
function namesInOwnLanguage(name: Candidate, other: Candidate): boolean {
  if (name.kind !== 'organization' || name.words.length < 2 || other.words.length < 2 || other.kind === 'place') return false;
  return !(other.kind === 'person' && other.evidence === 'strong') && !isGivenName(other.words[0]) && placeName(other.words) === null;
}

// ", known as FIDE", ", known as the DGA", ", known in Dutch as NMBS", ", known by its Turkish initials KİK",
// " — known in its English-language filings as Boreal Nickel": another name for the organization just named.
// "(IKF), which also goes by its French initials FIK": the same, said with a verb, after the name or its bracketed initials.
const KNOWN_AS = /^\)?(?:,|\s+[—–])?\s+(?:(?:(?:also|locally|widely|commonly)\s+)?known\s+(?:(?:in\s+(?:its\s+|their\s+)?[\p{L}-]+(?:\s+[\p{L}-]+)?\s+)?as|by\s+(?:its|their|the)\s+(?:\p{L}+\s+)?(?:initials|acronym|abbreviation))|which\s+(?:also\s+)?goes\s+by(?:\s+(?:its|the)\s+(?:\p{L}+\s+)?(?:initials|acronym|abbreviation|name))?)\s+(?:the\s+)?$/u;

/**
 * "The National Water Commission, Conagua, said", "SNCB, known in Dutch as NMBS", "the Republican
 * People’s Party, or CHP,", "Gavi, the Vaccine Alliance,": a second name for an organization, in apposition right after its name,
 * is that organization's.
 */
function namesInApposition(paragraph: string, candidates: Candidate[]): void {
  for (let i = 1; i < candidates.length; i++) {
    const other = candidates[i];
    const name = candidates[i - 1];
    if (name.kind !== 'organization' || name.possessive || other.kind === 'place' || other.aliasOf) continue;
    const gap = paragraph.slice(name.end, other.start);
    const knownAs = KNOWN_AS.test(gap);
    // "… Inc. — known in its filings as Laurentian Copper": read a person's by its shape only, it is the company's other name.
    if (other.kind === 'person' && (!knownAs || other.evidence === 'strong')) continue;
    const closes = /^[,)]/.test(paragraph.slice(other.end, other.end + 1));
    // "the CAS — the Tribunal Arbitral du Sport, or TAS, …": a dash's apposition, closed by a comma or another dash.
    const dashed = (gap === ' — the ' || gap === ' – the ') && (closes || /^ [—–]/.test(paragraph.slice(other.end, other.end + 2)));
    const apposition = gap === ', ' && closes && other.words.length === 1 && name.words.length >= 3;
    const acronymAfterOr = gap === ', or ' && closes && isAcronymName(other.words);
    // "Gavi, the Vaccine Alliance, said": the full name of a body known by a short one.
    const fullNameAfter = ((gap === ', the ' && closes) || dashed) && other.kind === 'organization' && other.words.length >= 2;
    if (!(knownAs || apposition || acronymAfterOr || fullNameAfter)) continue;
    other.kind = 'organization';
    other.evidence = 'strong';
    other.aliasOf = name.words;
    // A short name of one word would wait for the full names to be filed first: named with its full name, it is one itself.
    if (fullNameAfter && name.words.length === 1) name.aliasOf = other.words;
  }
}

// ", whose name appears as", " — spelled", ", also written as": the text gives the name another spelling; ", who performs as",
// ", who goes by": a stage name.
const SPELLED_AS = /^(?:,|\s+[—–-])?\s+(?:whose\s+name\s+(?:appears|is\s+(?:also\s+)?(?:given|written|spelled|spelt|transliterated|rendered))\s+as|(?:also\s+)?(?:spelled|spelt|written|transliterated)(?:\s+as)?|who\s+(?:performs|records|raps|sings|writes|goes)\s+(?:as|by|under)(?:\s+the\s+name)?)\s+$/;

// "the rapper Oslo — born Babajide Okafor": the name a person was born with, after the one used; whatever the first
// one reads as alone (a city's), it is that person's.
const BORN_AS = /^(?:,|\s+[—–(])\s+born\s+$|^\s+\(born\s+$/;

// "the union spelled her name", "the filing gives his name as": the person the pronoun stands for, spelled another way.
const SPELLS_PRONOUNS_NAME = /\b(?:spelled|spelt|spells|wrote|writes|gave|gives|listed|lists|rendered|renders)\s+(?:his|her)\s+name\s+(?:as\s+)?$/;
// The longest such phrase: only the end of a long gap between two names is read.
const SPELLS_PRONOUNS_NAME_LENGTH = 40;

/** Whether the gap between two names ends in "spelled her name" and the like (a plain search first: most gaps name no name). */
function spellsPronounsName(gap: string): boolean {
  return gap.includes('name') && SPELLS_PRONOUNS_NAME.test(gap.slice(-SPELLS_PRONOUNS_NAME_LENGTH));
}

const isPersonOrUnknown = (c: Candidate) => c.kind === null || c.kind === 'person';

/**
 * "Al-Harthy, whose name appears as Said al-Harthi in the filings", "Choi said. The union spelled
 * her name Choe Sung-min": a person's name spelled another way, as the text says, is that
 * person's: the name right before, or the latest person a "his" or "her" stands for.
 */
function spelledOtherwise(paragraph: string, candidates: Candidate[]): void {
  for (let i = 1; i < candidates.length; i++) {
    const other = candidates[i];
    if (!isPersonOrUnknown(other)) continue;
    const before = candidates[i - 1];
    const gap = paragraph.slice(before.end, other.start);
    if (BORN_AS.test(gap) && !before.possessive) {
      before.kind = 'person';
      before.evidence = 'strong';
      before.aliasOf = other.words;
      other.kind = 'person';
      other.evidence = 'strong';
      // Each names the other, as whichever is filed first makes the actor.
      other.aliasOf = before.words;
      continue;
    }
    const name = SPELLED_AS.test(gap) ? before : spellsPronounsName(gap) ? latestPersonOrUnknown(candidates, i) : undefined;
    if (name === undefined || !isPersonOrUnknown(name) || name.possessive) continue;
    other.kind = 'person';
    other.evidence = 'strong';
    other.aliasOf = name.words;
  }
}

/** The latest candidate before `i` that may be a person: a "his" or "her" skips the institutions between. */
function latestPersonOrUnknown(candidates: Candidate[], i: number): Candidate | undefined {
  for (let k = i - 1; k >= 0; k--) if (isPersonOrUnknown(candidates[k])) return candidates[k];
  return undefined;
}

/** The words of a name as written: with a possessive inside a name ("Attorney’s Office", "Builders’ Association"), with the comma of a list inside one ("Health, Labour and Welfare"). */
function writtenWords(paragraph: string, run: readonly Token[]): string[] {
  const words: string[] = [];
  for (let k = 0; k < run.length; k++) {
    const token = run[k];
    const next = run[k + 1];
    if (next === undefined) words.push(token.text);
    else if (token.possessive) words.push(paragraph.slice(token.start, next.start - next.gapBefore.length));
    else words.push(next.gapBefore === ', ' ? `${token.text},` : token.text);
  }
  return words;
}

/** "the Housing Development (Control and Licensing) Act 1966": words in brackets before a document's head are its title's. */
function bracketedInDocumentTitle(paragraph: string, tokens: readonly Token[], index: number, length: number): boolean {
  const after = tokens[index + length];
  if (after === undefined || !DOCUMENT_HEADS.has(after.text) || after.gapBefore.charCodeAt(0) !== CLOSING_PARENTHESIS) return false;
  // The bracket opens before the run, none closing between: "(Control and Licensing)".
  const start = tokens[index].start;
  const opening = paragraph.lastIndexOf('(', start);
  return opening >= 0 && paragraph.indexOf(')', opening) >= start;
}

/** An acronym alone in brackets right after a lower-case noun: "the commissioner’s office (CONADEH)" ("Ana Ruiz (PICTURED)" is none). */
function introducedAfterDescription(paragraph: string, tokens: readonly Token[], index: number): boolean {
  const acronym = tokens[index];
  const noun = tokens[index - 1];
  return noun !== undefined && acronym.gapBefore === ' (' && paragraph.charCodeAt(acronym.end) === CLOSING_PARENTHESIS && isAsciiLowerCase(noun.text.charCodeAt(0)) && !isCommonWord(acronym.text);
}

/** Whether `offset` lies inside one of `spans`. */
function startsInside(spans: readonly { start: number; end: number }[], offset: number): boolean {
  for (const span of spans) if (offset >= span.start && offset < span.end) return true;
  return false;
}

// The longest known place a headline's words may hold: "Blocks Suez Canal's Southern Lane", "Storm Hits New York".
const HEADLINE_PLACE_WORDS = 4;

/** A title-case headline's words, one by one, but a known place or seat of government of two words or more kept whole. */
function headlineWords(run: Token[]): Candidate[] {
  const found: Candidate[] = [];
  // "EXPORT PROCEEDS", "LISTS AND DEADLINES", "WHAT’S NEXT": a subhead in capitals; its ordinary words are no acronyms ("NATO ALLIES AGREE" keeps NATO).
  const shouted = run.every(isShouted);
  for (let i = 0; i < run.length; i++) {
    let placeEnd = -1;
    let kind: ActorKind = 'place';
    let words: string[] = [];
    // Only a word that may open a known place or seat of government opens words to try: most open neither.
    const opens = mayOpenPlaceName(run[i].text) || METONYM_OPENERS.has(run[i].text);
    for (let j = Math.min(run.length, i + HEADLINE_PLACE_WORDS); opens && j >= i + 2 && placeEnd < 0; j--) {
      const part = run.slice(i, j);
      const joined = part.every((t, k) => (k === 0 || isSpaceGap(t.gapBefore)) && (k === part.length - 1 || !t.possessive));
      // "San Antonio Council Gives …": a place that opens an institution's name is left to the words that name it.
      const opensInstitution = j < run.length && isOrganizationHead(run[j].text);
      if (!joined || opensInstitution) continue;
      words = part.map((t) => t.text);
      if (placeName(words)) placeEnd = j;
      // "City Hall, Transit Union Near Deal": a seat of government standing for it.
      else if (isGovernmentMetonym(words)) {
        placeEnd = j;
        kind = 'organization';
      }
    }
    if (placeEnd > 0) {
      const last = run[placeEnd - 1];
      found.push({ ...headlineWord(run[i]), end: last.end, text: words.join(' '), words, kind, evidence: 'strong', possessive: last.possessive });
      i = placeEnd - 1;
    } else if (!NAME_CONNECTORS.has(run[i].text)) {
      found.push(headlineWord(run[i], shouted && isShoutedCommonWord(run[i].text)));
    }
  }
  return found;
}

/** A slash right after a name at `end` and a capital after it: "REUTERS/Samir Haddad". */
function creditsPhotographer(paragraph: string, end: number): boolean {
  const next = paragraph.charCodeAt(end + 1);
  return paragraph.charCodeAt(end) === SLASH && next >= CAPITAL_A && next <= CAPITAL_Z;
}

// Labels of credit lines that only people answer: "Editor: Gu Xiaoling", "Reporter: Ana Ruiz | Editor: …".
const CREDIT_LABELS = new Set(['Editor', 'Editors', 'Reporter', 'Reporters', 'Writer', 'Author', 'Translator', 'Correspondent', 'Producer']);

// Works a line credits to their maker with "by": "Illustration by Ana Ruiz", "Photograph by …".
const CREDITED_WORKS = new Set(['Illustration', 'Illustrations', 'Photo', 'Photos', 'Photograph', 'Photographs', 'Photography', 'Graphic', 'Graphics', 'Video', 'Animation', 'Artwork']);

/**
 * "Source: Xinhua| 2026-03-17 18:42:05|Editor: Gu Xiaoling": a name of two or three words after a credit line's label
 * and its colon is a person's, in a line read as a headline too; so is one after a line's opening "Illustration by".
 */
function isCreditedName(tokens: readonly Token[], runIndex: number, run: readonly Token[]): boolean {
  if (runIndex === 0 || run.length < 2 || run.length > LONGEST_NAME_LINE) return false;
  const label = tokens[runIndex - 1];
  // The colon first: most names follow none.
  const labelled = run[0].gapBefore === ': ' && CREDIT_LABELS.has(label.text);
  if (!labelled && !(runIndex === 2 && label.text === 'by' && CREDITED_WORKS.has(tokens[0].text))) return false;
  return run.every((t, k) => (k === 0 || isSpaceGap(t.gapBefore)) && !t.acronym && isNameLike(t.text));
}

// The most words a line that is a person's name alone has: "Julian Marsh-Tennant", "Ana María Ruiz".
const LONGEST_NAME_LINE = 3;

/**
 * "To contact the editors responsible for this story:\nJulian Marsh-Tennant": a line that is a given
 * name and surnames alone (no ordinary word: "Harris Wins" is a headline) names a person.
 */
function isNameAlone(paragraph: string, run: readonly Token[]): boolean {
  if (run.length < 2 || run.length > LONGEST_NAME_LINE || run[0].start !== 0) return false;
  const last = run[run.length - 1];
  if (paragraph.length - last.end > 1 || !run.every((t, k) => k === 0 || (isSpaceGap(t.gapBefore) && !t.acronym && !isCommonWord(t.text)))) return false;
  // "Marie-Ève Castonguay-Lind": a given name joined to another; "Lathika Raghavan": a name no list holds, where no
  // word is an ordinary one, a place's or an institution's.
  const first = run[0].text;
  if (GIVEN_NAMES.has(first) || (run[0].hyphenated && GIVEN_NAMES.has(first.slice(0, first.indexOf('-'))))) return true;
  return run.every((t) => isNameLike(t.text) && !t.acronym && !isCommonWord(t.text) && !isOrganizationHead(t.text) && !isTitleish(t.text) && placeName([t.text]) === null);
}

// The most digits an age has.
const AGE_DIGITS = 3;

/** ", 14," or ", 11." after a name: an age (not "1,200", "4.5", or a year). */
function followedByAge(paragraph: string, end: number): boolean {
  if (paragraph.charCodeAt(end) !== COMMA || paragraph.charCodeAt(end + 1) !== SPACE) return false;
  let at = end + 2;
  while (isDigit(paragraph.charCodeAt(at))) at++;
  const digits = at - end - 2;
  const next = paragraph.charCodeAt(at);
  return digits > 0 && digits <= AGE_DIGITS && (next === COMMA || next === FULL_STOP) && !isDigit(paragraph.charCodeAt(at + 1));
}

/** "who gave only her first name, Saule", "gave his first name as Yerlan": the name is a person's first name. */
function givenAsFirstName(tokens: readonly Token[], at: number): boolean {
  const name = tokens[at - 1]?.text === 'as' ? at - 2 : at - 1;
  return tokens[name]?.text === 'name' && tokens[name - 1]?.text === 'first';
}

/** An ordinary word, or its plural, in capitals: "EXPORT", "DEADLINES". */
const isShoutedCommonWord = (word: string) => isCommonWord(word) || isPluralOfCommonWord(word, CAPITAL_S) || word.length >= LONGEST_SHOUTED_ACRONYM + 1;
// A shouted word longer than this is mostly a word ("THE FENCE"); a longer acronym there ("UNICEF") only joins the actor named in the text.
const LONGEST_SHOUTED_ACRONYM = 4;

/** An acronym, or a word in capitals with an apostrophe ("WHAT’S"), which is none. */
const isShouted = (token: Token) => token.acronym || (token.text.length > 1 && !/\p{Ll}/u.test(token.text));

/**
 * One word of a title-case headline: it only joins an actor found elsewhere, unless it is an acronym
 * or a place; an ordinary word in capitals (`ordinary`) is no acronym.
 */
function headlineWord(token: Token, ordinary = false): Candidate {
  const { kind, evidence } = classify([token.text], false);
  // "Puts TV Horyzont Licence on Notice": a common acronym ("TV", "AI") in a headline is no actor of its own.
  const selfEvident = evidence === 'strong' && (kind === 'place' || (!ordinary && isAcronymName([token.text]) && !NON_ENTITY_ACRONYMS.has(token.text)));
  return {
    start: token.start,
    end: token.end,
    text: token.text,
    words: [token.text],
    kind: selfEvident ? kind : null,
    evidence: selfEvident ? 'strong' : 'weak',
    possessive: token.possessive,
    title: null,
    roles: [],
    gender: null,
    agentNoun: null,
    sentenceInitial: token.sentenceInitial,
    aliasOf: null,
  };
}

const SHOUTED_WORDS = /^[\p{Lu}\s.'’-]+$/u;

/** A shouted name opening the paragraph, as a dateline's city: "NEW BRAUNFELS". */
function shoutedAtStart(candidate: Candidate): boolean {
  return candidate.start === 0 && candidate.text.length >= 3 && SHOUTED_WORDS.test(candidate.text);
}

const LIST_GAP = /^(?:,\s*|\s+(?:and|or)\s+|,\s+(?:and|or)\s+)$/;

/** A given name alone, read a person by that alone: no title, role or possessive ("Rafi", "Jasper"). */
const givenNameAlone = (c: Candidate) => c.kind === 'person' && c.evidence === 'name' && c.words.length === 1 && c.title === null && c.roles.length === 0 && !c.possessive;

// The longest place preposition (PLACE_PREPOSITIONS) and its space.
const LONGEST_PLACE_PREPOSITION = 'outside '.length;

/** Whether a place preposition stands right before the candidate: "in Rafi". */
function followsPlaceWord(paragraph: string, c: Candidate): boolean {
  const before = paragraph.slice(Math.max(0, c.start - LONGEST_PLACE_PREPOSITION - 1), c.start - 1);
  return PLACE_PREPOSITIONS.has(before.slice(before.lastIndexOf(' ') + 1));
}

/**
 * "in Osh and Jalal-Abad", "in Kamloops and Kelowna": an unknown name listed beside a place is a
 * place too, though only beside one known for itself, so a list does not spread a guess ("such as
 * Amazon, Meta and Microsoft"); a list that opens with a place is places throughout ("the people
 * of Hatay, Kahramanmaraş and Adıyaman"); so is the town before its state or country: "Naperville, Illinois",
 * and the island a place is on: "Uig on Skye".
 */
function coordinatePlaces(paragraph: string, candidates: Candidate[]): void {
  const unknown = (c: Candidate) => c.kind === null && c.evidence !== 'weak';
  // "in Alto Yaguarón and Cerro Blanco": a name read as a person's only by its shape is of no sure kind either after "and"
  // ("in Cape Town, Siphokazi Ntshona said" sets a person after a place).
  const unknownAfterAnd = (c: Candidate, gap: string) => unknown(c) || ((gap === ' and ' || gap === ' or ') && c.title === null && readAsPersonByShapeOnly(c.kind, c.evidence, c.words, c.roles));
  let listed: Candidate | null = null;
  let head = candidates[0];
  for (let i = 1; i < candidates.length; i++) {
    const previous = candidates[i - 1];
    const current = candidates[i];
    const gap = paragraph.slice(previous.end, current.start);
    const inList = LIST_GAP.test(gap);
    if (!inList) head = current;
    // A country is a party as often as a place: "talks between Israel and Hamas" list no towns (but "in Israel and Gaza" does).
    if (inList && unknownAfterAnd(current, gap) && previous.kind === 'place' && (previous !== listed || head.kind === 'place') && !countryAsParty(paragraph, previous, head)) {
      current.kind = 'place';
      listed = current;
    } else if (inList && current.kind === 'place' && previous === head && givenNameAlone(previous) && followsPlaceWord(paragraph, previous)) {
      // "the children in Rafi and Mariga": a town named like a person, after "in" and listed with a place.
      previous.kind = 'place';
    } else if ((unknown(previous) || shoutedAtStart(previous)) && gap === ', ' && (COUNTRIES.has(current.text) || US_STATES.has(current.text))) {
      previous.kind = 'place';
      // "NEW BRAUNFELS, Texas —": a dateline's city, whatever its words.
      if (shoutedAtStart(previous)) previous.evidence = 'strong';
    }
    // "from Uig on Skye", "Stromness on Orkney": a place on an island (not "officials in Kyiv on Telegram").
    else if (previous.kind === 'place' && gap === ' on ' && unknown(current) && current.words.length === 1 && !ONLINE_PLATFORMS.has(current.text)) current.kind = 'place';
  }
}

// Courts' heads as Indian copy abbreviates them after a state's or a city's name: "the Delhi HC", "Bombay HC".
const COURT_ABBREVIATIONS = new Map([['HC', ['High', 'Court']]]);

/** "Rajasthan HC" → Rajasthan High Court: the full name of a court named by its abbreviated head after name words, else null. */
function courtsFullNameOf(words: readonly string[]): string[] | null {
  const head = COURT_ABBREVIATIONS.get(words[words.length - 1]);
  if (head === undefined) return null;
  const named = words.slice(0, -1);
  return named.every((w) => isNameLike(w) && !isGivenName(w)) ? [...named, ...head] : null;
}

// The first words of PARTY_NAMES (names of two words at most): "Fine", "Likud".
const PARTY_NAME_OPENERS: ReadonlySet<string> = new Set([...PARTY_NAMES].map((name) => name.split(' ')[0]));

/** A party named by words that say no party ("Fine Gael"; see PARTY_NAMES). */
function isPartyName(words: readonly string[]): boolean {
  return words.length <= 2 && PARTY_NAME_OPENERS.has(words[0]) && PARTY_NAMES.has(spaced(words));
}

/** "Fine Gael councillor …": the words open with a party's name, whatever follows, so its ordinary first word stays. */
function opensPartyName(words: readonly string[]): boolean {
  return PARTY_NAME_OPENERS.has(words[0]) && (isPartyName(words.slice(0, 1)) || isPartyName(words.slice(0, 2)));
}

/** Whether the plus sign after `last` ends a service's name ("Disney+"): after a word of two letters or more, no rating, and before no word character or plus. */
function endsServicesName(paragraph: string, last: Token): boolean {
  const after = paragraph.charCodeAt(last.end + 1);
  return last.text.length >= 2 && !RATING_CODES.has(last.text) && after !== PLUS_SIGN && !isAsciiWordCharacter(after);
}

/** "Brightwell Home": a coined name word and an ordinary word after it, neither a given name, a title or a place's. */
function ownsAsBusiness(words: readonly string[]): boolean {
  const [name, word] = words;
  return isNameLike(name) && !isGivenName(name) && placeName(words.slice(0, 1)) === null && isCommonWord(word) && !isTitleish(word) && !DEMONYMS.has(word) && !MONTHS_AND_DAYS.has(word) && !GEOGRAPHIC_HEADS.has(word);
}

/** Read as a person's name only by the shape of two words or more: no given name first, no role (the caller checks the title). */
function readAsPersonByShapeOnly(kind: ActorKind | null, evidence: Evidence, nameWords: readonly string[], roles: readonly string[]): boolean {
  return kind === 'person' && evidence === 'name' && nameWords.length >= 2 && roles.length === 0 && !isGivenName(nameWords[0]);
}

/**
 * "Benjamin Ashdown-Yu of Ashdown Pryce": after a person's name and "of", two words read as a person's name only by their
 * shape are the person's firm, named after its founders (a person is of no other person), or a town where a region follows.
 */
function employersOfPeople(paragraph: string, candidates: Candidate[]): void {
  for (let i = 1; i < candidates.length; i++) {
    const firm = candidates[i];
    const person = candidates[i - 1];
    if (firm.title !== null || !readAsPersonByShapeOnly(firm.kind, firm.evidence, firm.words, firm.roles) || person.kind !== 'person' || person.evidence !== 'strong' || person.possessive) continue;
    if (firm.start - person.end !== 4 || !paragraph.startsWith(' of ', person.end)) continue;
    // "Mary Roe of Chapel Allerton, England": a town, its state, region or country after it.
    const region = candidates[i + 1];
    const town = region !== undefined && region.start - firm.end === 2 && paragraph.startsWith(', ', firm.end) && (US_STATES.has(region.text) || COUNTRIES.has(region.text) || REGIONS.has(region.text));
    firm.kind = town ? 'place' : 'organization';
  }
}

/** A country opening a list with no place word before it: "between Israel and Hamas" (see coordinatePlaces). */
function countryAsParty(paragraph: string, country: Candidate, head: Candidate): boolean {
  return country === head && COUNTRIES.has(country.text) && !followsPlaceWord(paragraph, country);
}

const AND_OR_GAP = /^,?\s+(?:and|or)\s+$/;

/**
 * "platforms including Yunfan Travel Group and Xingcheng Holidays": a name of two words or more, of no kind,
 * listed right after a company named by its company word, is a company too (one name is no guess to spread).
 */
function coordinateCompanies(paragraph: string, candidates: Candidate[]): void {
  for (let i = 1; i < candidates.length; i++) {
    const previous = candidates[i - 1];
    const current = candidates[i];
    if (current.kind !== null || current.words.length < 2 || current.sentenceInitial || previous.kind !== 'organization' || previous.evidence !== 'strong' || previous.words.length < 2) continue;
    if (!isOrganizationHead(previous.words[previous.words.length - 1]) || !AND_OR_GAP.test(paragraph.slice(previous.end, current.start))) continue;
    current.kind = 'organization';
    current.evidence = 'strong';
  }
}

// ", the two provinces", ", both islands": places named together, described after the last.
const PLURAL_PLACE_APPOSITIVE = /^,\s+(?:the\s+|both\s+|all\s+)(?:(?:two|three|four|five|six|seven|eight|nine|ten|\d+)\s+)?(\p{Ll}+)/u;

/** The singular of a plural noun, or null: "provinces" → "province", "cities" → "city". */
function singular(noun: string): string | null {
  if (noun.endsWith('ies')) return `${noun.slice(0, -3)}y`;
  return noun.endsWith('s') ? noun.slice(0, -1) : null;
}

// " counties", " states": a plural noun right after the last name of a list.
const PLURAL_NOUN_AFTER = /^ (\p{Ll}+s)\b/u;
// Plurals that name places only after a list of names ("Marion and Grundy counties"), not in an appositive;
// "the Tsimane and Mojeño communities" are peoples. Local units of South and Southeast Asia and East Africa too:
// "residents of Niharni and Jagat Sukh panchayats", "in Nahan and Paonta Sahib tehsils".
const LISTED_PLACE_NOUNS = new Set(['state', 'area', 'panchayat', 'tehsil', 'taluka', 'taluk', 'mandal', 'upazila', 'barangay', 'kebele', 'ward']);
const PEOPLES_NOUN = 'community';
// Institutions named after places or people, so that the plural after a list of names says what they are.
const LISTED_INSTITUTION_NOUNS = new Set(['school', 'elementary', 'hospital', 'clinic', 'college', 'university', 'prison', 'library']);

/**
 * "in Tallowby and Kessel, the two provinces hit hardest", "Marion and Grundy counties", "the Kwara and Kogi states":
 * every name of the list is a place.
 */
function placesDescribedTogether(paragraph: string, candidates: Candidate[]): void {
  for (let i = 1; i < candidates.length; i++) {
    // Cheapest test first: most names have no comma or space after them.
    const { start, end } = candidates[i];
    const code = paragraph.charCodeAt(end);
    // A plural noun after a name is read only after a list's comma or conjunction (most names are in none).
    if (code !== COMMA && !(code === SPACE && (paragraph.charCodeAt(start - 2) === COMMA || paragraph.startsWith(' and ', start - 5) || paragraph.startsWith(' or ', start - 4)))) continue;
    const noun = (code === COMMA ? PLURAL_PLACE_APPOSITIVE : PLURAL_NOUN_AFTER).exec(paragraph.slice(end, end + 40))?.[1];
    const one = noun === undefined ? null : singular(noun);
    if (one === null) continue;
    // "Carver Hill and Northgate elementaries", "the Mercy and St Jude hospitals": institutions named together.
    const institutions = code === SPACE && LISTED_INSTITUTION_NOUNS.has(one);
    if (!institutions && !(code === SPACE ? (PLACE_DESCRIPTORS.has(one) && one !== PEOPLES_NOUN) || LISTED_PLACE_NOUNS.has(one) : PLACE_DESCRIPTORS.has(one))) continue;
    let k = i;
    while (k > 0 && LIST_GAP.test(paragraph.slice(candidates[k - 1].end, candidates[k].start))) k--;
    if (k === i) continue;
    for (let m = k; m <= i; m++) if (candidates[m].kind === null || candidates[m].evidence !== 'strong') candidates[m].kind = institutions ? 'organization' : 'place';
  }
}

/** "Chicago Fed" in "Chicago Fed President": a place and a name before a title name the employer. */
function isPlaceAndName(words: string[]): boolean {
  return words.length >= 2 && isNameLike(words[words.length - 1]) && placeName(words.slice(0, -1)) !== null;
}

/**
 * "Nuevo León Gov.", "Lorimer Mayor": name words before the title of a region's or city's head; a
 * single word opening a sentence may be a modifier of the title ("Incumbent Gov."), not a name ("Tallowby Gov.").
 */
function headedAsPlace(tokens: Token[], title: string): boolean {
  if (!REGIONAL_HEAD_TITLES.has(title) || (tokens.length === 1 && tokens[0].sentenceInitial && (!isNameLike(tokens[0].text) || ROLE_MODIFIERS.has(lowerCase(tokens[0].text))))) return false;
  return tokens.every((t, i) => isNameLike(t.text) || (i > 0 && NAME_PARTICLES.has(t.text)));
}

const REGIONAL_GOVERNMENT_HEADS = new Set(['County', 'Province', 'Region', 'Oblast', 'Parish', 'Borough', 'Prefecture']);

// A seat's unit written into a member's title: "Mwatate Ward MCA" is the member for the Mwatate ward.
const SEAT_UNITS = new Set(['Ward', 'Constituency']);
const HAS_LOWER_CASE = /\p{Ll}/u;

/**
 * "Glasgow East MP", "the Wundanyi/Mbale MCA", "Mwatate Ward MCA" ("Ward MCA" the title): the words before a
 * member's title name the seat, a place; not a party ("Labour MP", "SNP MSP") nor a body. `title` is the word
 * after them, `after` the word after that.
 */
function namesMembersSeat(words: readonly string[], title: string, after: string | undefined): boolean {
  if (isPartyName(words)) return false;
  const member = LEGISLATOR_TITLES.has(title) ? !SEAT_UNITS.has(words[words.length - 1]) : SEAT_UNITS.has(title) && after !== undefined && LEGISLATOR_TITLES.has(after);
  return member && words.every((w, i) => HAS_LOWER_CASE.test(w) && !PARTY_MEMBERS.has(w) && !isOrganizationHead(w) && (isNameLike(w) || (i > 0 && COMPASS_POINTS.has(w))));
}

// Units whose word makes a rank with the title after it: "Battalion Chief", "Division Commander".
const RANK_UNITS = new Set(['Battalion', 'Division', 'Brigade', 'Regiment', 'Squadron']);

function organizationsInTitle(titleTokens: Token[]): Candidate[] {
  // "Director-General of Fire Services", "Governor of the Central Bank": the body is after the title's "of".
  const of = titleTokens.length > 2 && isTitleHead(titleTokens[0].text) ? titleTokens.findIndex((t) => t.text === 'of') : -1;
  if (of > 0 && titleTokens.slice(0, of).every((t) => isTitleish(t.text))) return organizationsInTitle(titleTokens.slice(isThe(titleTokens[of + 1]?.text) ? of + 2 : of + 1));
  const words = titleTokens.map((t) => t.text);
  // The longest leading stretch that is an organization, a metonym or a place: "European Commission", "White House".
  for (let end = words.length - 1; end >= 1; end--) {
    const part = words.slice(0, end);
    const name = part.join(' ');
    // "PBOC Governor", "RBI Governor": initials that are no known place name a body, not a region it heads.
    const kind: ActorKind | null =
      GOVERNMENT_METONYMS.has(name) || part.some(isOrganizationHead) || isPlaceAndName(part) || isPartyName(part) || (end === 1 && PARTY_MEMBERS.has(name)) ? 'organization'
      : placeName(part) ? 'place'
      : end === 1 && titleTokens[0].acronym ? 'organization'
      : headedAsPlace(titleTokens.slice(0, end), words[end]) ? 'place'
      : namesMembersSeat(part, words[end], words[end + 1]) ? 'place'
      // "Alder County Sheriff", "Harris County Judge": a county or region whose officer the title names.
      : end >= 2 && REGIONAL_GOVERNMENT_HEADS.has(part[end - 1]) && part.slice(0, -1).every(isNameLike) ? 'place'
      : null;
    if (!kind || isTitleWord(part[part.length - 1])) continue;
    const first = titleTokens[0];
    // "Cal Fire Battalion Chief", "FDNY Division Chief": a unit's word before the last title word makes a rank, the name before it the employer.
    const rank = end >= 2 && end === words.length - 1 && RANK_UNITS.has(part[end - 1]) && !part.slice(0, -1).some(isOrganizationHead) && (first.acronym || !isCommonWord(part[0]));
    const employer = rank ? part.slice(0, -1) : part;
    const last = titleTokens[employer.length - 1];
    return [namedOutright(first.start, last.end, rank ? spaced(employer) : name, employer, kind, first.sentenceInitial, last.possessive)];
  }
  return [];
}

/** "the MP for |": a member's title and "for" before the token at `first`. */
function followsMembersFor(tokens: readonly Token[], first: number): boolean {
  return first >= 2 && tokens[first - 1].text === 'for' && LEGISLATOR_TITLES.has(tokens[first - 2].text);
}

/**
 * "Labour MP for Leeds North East Dawn Petherick": after a member's "for", a given name and a surname (or two) that end
 * the run are the member, the words before them the seat: two names.
 */
function splitSeatFromMember(tokens: readonly Token[], found: { run: Token[]; first: number }): { run: Token[]; first: number }[] {
  const { run, first } = found;
  if (run.length < 3 || !followsMembersFor(tokens, first)) return [found];
  for (let k = run.length - 2; k >= Math.max(1, run.length - 3); k--) {
    if (GIVEN_NAMES.has(run[k].text) && run.slice(k + 1).every((t) => isNameLike(t.text) && !COMPASS_POINTS.has(t.text))) return [{ run: run.slice(0, k), first }, { run: run.slice(k), first: first + k }];
  }
  return [found];
}

/** "By DANA KESSLER Associated Press": a byline's shouted name and the outlet after it are two names. */
function splitShoutedName(found: { run: Token[]; first: number }): { run: Token[]; first: number }[] {
  const { run, first } = found;
  // The run may open with "By".
  const start = run.findIndex((t) => t.acronym);
  const end = start < 0 ? -1 : run.findIndex((t, k) => k > start && !t.acronym);
  if (end < start + 2) return [found];
  return [{ run: run.slice(0, end), first }, { run: run.slice(end), first: first + end }];
}

/** A short quotation of a paragraph, its marks included, and whether it is in title case (null until asked). */
interface ShortQuotation {
  start: number;
  end: number;
  titleCase: boolean | null;
}

const SHORT_QUOTATION = /[“"][^“”"\n]{2,120}[”"]/g;

/** Quotations that may be titles of books, shows and articles (inQuotedTitle tells). */
function shortQuotations(paragraph: string): ShortQuotation[] {
  const found: ShortQuotation[] = [];
  // Most paragraphs quote nothing: a plain search spares them the expression.
  if (!paragraph.includes('“') && !paragraph.includes('"')) return found;
  // `test`, with no match array or iterator: a quotation ends where the expression stops, and
  // starts at the last opening mark before its closing one (none stands inside).
  SHORT_QUOTATION.lastIndex = 0;
  while (SHORT_QUOTATION.test(paragraph)) {
    const end = SHORT_QUOTATION.lastIndex;
    found.push({ start: Math.max(paragraph.lastIndexOf('“', end - 2), paragraph.lastIndexOf('"', end - 2)), end, titleCase: null });
  }
  return found;
}

/**
 * Whether the words from `start` to `end` are inside a quotation in title case. Its words are
 * counted only when a name stands inside: most quotations hold none.
 */
function inQuotedTitle(paragraph: string, quotations: ShortQuotation[], start: number, end: number): boolean {
  for (const quotation of quotations) {
    if (start < quotation.start || end > quotation.end) continue;
    quotation.titleCase ??= isTitleCase(paragraph.slice(quotation.start + 1, quotation.end - 1));
    if (quotation.titleCase) return true;
  }
  return false;
}

// Short words that title case leaves in lower case: "Embers in the Pines", "Wheels of the City".
const MINOR_TITLE_WORDS = new Set(['a', 'an', 'the', 'and', 'or', 'but', 'nor', 'of', 'in', 'on', 'at', 'to', 'for', 'by', 'with', 'from', 'as', 'into', 'over', 'vs']);

function isTitleCase(quoted: string): boolean {
  const words = quoted.match(NAME_WORDS) ?? [];
  let counted = 0;
  let capitalized = 0;
  for (const word of words) {
    if (MINOR_TITLE_WORDS.has(word)) continue;
    counted++;
    if (isCapitalized(word)) capitalized++;
  }
  // Two words of its own at least: "“the Times”" quoted alone is the paper's name, no title holding an institution word.
  return counted >= 2 && capitalized / counted >= 0.6;
}

/**
 * "(D., N.M.)", "(R-Texas)", and a British councillor's "(Lib Dem, Brockwell & Fenn)", "(Con)": party
 * affiliations (and the ward after one) are not organizations.
 */
function partyAffiliations(paragraph: string): { start: number; end: number }[] {
  const spans: { start: number; end: number }[] = [];
  // Most paragraphs have no brackets: a plain search spares them the expression.
  if (!paragraph.includes('(')) return spans;
  for (const match of paragraph.matchAll(/\((?:(?:D|R|I|Ind|Dem|Rep)\.?\s*(?:-|,)\s*[\p{Lu}][\p{L}.\s]{0,14}|(?:Lib\s?Dems?|LD|Con|Lab|SNP|Green|Ind|Plaid|Reform|UKIP|DUP|UUP|SDLP)(?:\s*,\s*[^()\n]{1,40})?)\)/gu)) {
    spans.push({ start: match.index!, end: match.index! + match[0].length });
  }
  return spans;
}

// Ways between places: "the Mumbai-Pune expressway".
const ROUTE_NOUNS = new Set(['highway', 'expressway', 'motorway', 'freeway', 'road', 'railway', 'railroad', 'line', 'route', 'routes', 'corridor', 'pipeline', 'link', 'flight', 'flights', 'ferry', 'border', 'service', 'crossing', 'train']);

/**
 * "the Paris-Berlin line", "the Mumbai-Pune expressway": places joined by a hyphen name a way
 * between them, no actor of its own ("Guinea-Bissau" is one place); before a route's noun one
 * known place says so of the other.
 */
function isRouteBetweenPlaces(token: Token, next: Token | undefined): boolean {
  const word = token.text;
  if (!token.hyphenated || placeName([word])) return false;
  const parts = word.split('-');
  if (parts.length < 2 || !parts.every(isCapitalized)) return false;
  const places = parts.filter((part) => placeName([part]) !== null).length;
  return places === parts.length || (places > 0 && next !== undefined && isSpaceGap(next.gapBefore) && ROUTE_NOUNS.has(next.text));
}

/**
 * "the Ullapool to Stornoway route", "the Lagos to Abuja flight": the name from `first` to `end` is
 * either end of a route written with "to" before a route's noun.
 */
function endsRoute(tokens: Token[], first: number, end: number): boolean {
  // The route's noun first: most names have none after them.
  const to = tokens[end];
  if (to !== undefined && to.text === 'to' && isSpaceGap(to.gapBefore) && isSpacedAt(tokens, end + 1)) {
    const other = capitalizedFrom(tokens, end + 1).length;
    return other > 0 && isRouteNounAt(tokens, end + 1 + other);
  }
  return isRouteNounAt(tokens, end) && tokens[first - 1]?.text === 'to' && isSpaceGap(tokens[first].gapBefore) && tokens[first - 2]?.capitalized === true;
}

/** A route's noun at `k`, after a space. */
function isRouteNounAt(tokens: Token[], k: number): boolean {
  return isSpacedAt(tokens, k) && ROUTE_NOUNS.has(tokens[k].text);
}

/** The places a route joins, each a mention. */
function placesOfRoute(token: Token): Candidate[] {
  const found: Candidate[] = [];
  let start = token.start;
  for (const part of token.text.split('-')) {
    found.push(namedOutright(start, start + part.length, part, [part], 'place', token.sentenceInitial && start === token.start));
    start += part.length + 1;
  }
  return found;
}

// Participles after a hyphen that say where someone or something is: based, born, set.
const PLACE_PARTICIPLE = /-(?:based|born|set|raised|bred|headquartered)$/;

/** "the Gdansk-based lender", "a Hong Kong-based analyst": a place inside a modifier is a mention of it; added to `found`. */
function placesInModifiers(paragraph: string, tokens: Token[], found: Candidate[]): void {
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    if (!token.capitalized || !token.hyphenated || !LOWER_CASE_TAIL.test(token.text)) continue;
    const head = token.text.slice(0, token.text.indexOf('-'));
    // The place's first words stand before the hyphenated one: "Hong | Kong-based".
    let first = i;
    while (!placeName([...tokens.slice(first, i).map((t) => t.text), head]) && first > i - HEADLINE_PLACE_WORDS + 1 && first > 0 && tokens[first - 1].capitalized && isSpaceGap(tokens[first].gapBefore)) first--;
    const words = [...tokens.slice(first, i).map((t) => t.text), head];
    if (!placeName(words)) {
      // "the Connemara-set drama", "a Tallowby-born singer": where something is set, based or born is a place, known or
      // not (one word alone: the unknown "Santa Cruz-based" is not read in part).
      const alone = i === 0 || !tokens[i - 1].capitalized || !isSpaceGap(token.gapBefore);
      if (alone && PLACE_PARTICIPLE.test(token.text) && isNameLike(head) && !GIVEN_NAMES.has(head) && !isOrganizationHead(head)) found.push({ ...namedOutright(token.start, token.start + head.length, head, [head], 'place', token.sentenceInitial), evidence: 'name' });
      continue;
    }
    const start = tokens[first].start;
    const end = token.start + head.length;
    found.push(namedOutright(start, end, paragraph.slice(start, end), words, 'place', tokens[first].sentenceInitial));
  }
}

// Portfolios as wire copy writes them in lower case ("the fisheries ministry"), with their capitals;
// "Justice" names a ministry but is no portfolio word otherwise (it is a title: "Justice Ana Ruiz").
const LOWER_CASE_PORTFOLIOS: ReadonlyMap<string, string> = new Map([...PORTFOLIO_WORDS, 'Justice'].map((word) => [lowerCase(word), word]));
// Words after a body that make it the subject of its clause: "the finance ministry said", "… was open to".
// "called the ban disproportionate", "urged calm": a body's verdicts and appeals are its acts as much as its speech.
const ACTS_AFTER: ReadonlySet<string> = new Set([...REPORTING_VERB_WORDS, 'called', 'calls', 'urged', 'urges', 'is', 'was', 'has', 'had', 'will', 'would', 'could', 'can', 'did', 'does', 'declined', 'refused', 'expects', 'expected', 'wants', 'plans']);

/**
 * "The fisheries ministry said", "the finance ministry was open to": wire copy lower-cases
 * ministries, and a portfolio with "ministry" names the body ("Fisheries Ministry"), which "the
 * ministry" alone does not. Only where the ministry acts: "an official at the finance ministry said"
 * and "offered the party the finance ministry" (a post) name no one. Likewise an office a country has
 * one of: "the presidency said" names the Presidency. Added to `found`.
 */
function lowerCaseOffices(paragraph: string, tokens: Token[], found: Candidate[]): void {
  for (let i = 1; i < tokens.length; i++) {
    const noun = tokens[i];
    const office = LOWER_CASE_OFFICES.get(noun.text) ?? CAPITALIZED_OFFICES.get(noun.text);
    if (office !== undefined) {
      // "won the presidency", "during his presidency": the office as a term or a post; only its speech is the body's.
      // Capitals name the body wherever it stands after "the" ("said the Presidency “welcomes …”"), not a post won or sought.
      const capitalized = office === noun.text && !POST_SOUGHT.has(tokens[i - 2]?.text ?? '');
      if (isThe(tokens[i - 1].text) && isSpaceGap(noun.gapBefore) && (capitalized || speaksAsSubject(tokens, i, i - 1) || issuesPaper(tokens, i - 1) || speaksThroughSpokesperson(tokens, i))) {
        // Once: the name read already ("the Chancellery") gives way to the body.
        const read = capitalized ? found.findIndex((c) => c.start === noun.start && c.end === noun.end) : -1;
        const body = namedOutright(noun.start, noun.end, noun.text, [office], 'organization', false, noun.possessive);
        if (read < 0) found.push(body);
        else if (found[read].kind !== 'organization') found[read] = body;
      }
      continue;
    }
    if (OFFICES_OF_FIELDS.has(noun.text) && (tokens[i + 1]?.text === 'of' || tokens[i + 1]?.text === 'on')) {
      officeOfField(paragraph, tokens, i, found);
      continue;
    }
    if (i >= 2 && noun.text === 'council' && LOCAL_COUNCIL_LEVELS.has(tokens[i - 1].text)) {
      localCouncil(paragraph, tokens, i, found);
      continue;
    }
    if (i < 2 || noun.text !== 'ministry' || !isSpaceGap(noun.gapBefore)) continue;
    const portfolio = tokens[i - 1];
    const name = LOWER_CASE_PORTFOLIOS.get(portfolio.text);
    if (name === undefined || !isSpaceGap(portfolio.gapBefore)) continue;
    // "the Saudi energy ministry", "the Russian energy ministry": a nation's adjective keeps two countries' ministries apart.
    const nation = tokens[i - 2];
    const qualified = i >= 3 && DEMONYMS.has(nation.text) && isSpaceGap(nation.gapBefore) && isThe(tokens[i - 3].text);
    // "the Hamas-run health ministry said": a describing modifier between the article and the portfolio is no part of the name.
    const described = !qualified && i >= 3 && isDescribingModifier(nation) && isSpaceGap(nation.gapBefore) && isThe(tokens[i - 3].text);
    // "Kazakhstan’s sports ministry said": a country's possessive stands as the article does.
    if (!qualified && !described && !isThe(nation.text) && !(nation.possessive && nation.capitalized)) continue;
    if (!actsAsSubject(tokens, i, qualified || described ? i - 3 : i - 2, ACTS_AFTER)) continue;
    const first = qualified ? nation : portfolio;
    found.push(namedOutright(first.start, noun.end, paragraph.slice(first.start, noun.end), qualified ? [nation.text, name, 'Ministry'] : [name, 'Ministry'], 'organization', false, noun.possessive));
  }
}

// Bodies named in lower case by their field after "of" or "on": "the department of public enterprises said".
const OFFICES_OF_FIELDS = new Set(['department', 'ministry', 'committee']);
// Words that describe a committee's kind before its noun: "Parliament’s portfolio committee on …".
const COMMITTEE_KINDS = new Set(['portfolio', 'standing', 'select', 'joint']);
const LONGEST_FIELD = 3;
const FIELD_WORD = /^\p{Ll}{3,}$/u;
const capitalizedWord = (word: string) => word.charAt(0).toUpperCase() + word.slice(1);

/**
 * "The department of public enterprises said", "Parliament’s portfolio committee on public enterprises has given": South African and
 * Indian copy lower-cases bodies named by their field; one that acts is named with capitals ("Department of Public Enterprises").
 * The noun at `i`, "of" or "on" after it; added to `found`.
 */
function officeOfField(paragraph: string, tokens: Token[], i: number, found: Candidate[]): void {
  const noun = tokens[i];
  const connector = tokens[i + 1];
  if (noun.possessive || !isSpaceGap(noun.gapBefore) || !isSpaceGap(connector.gapBefore) || (connector.text === 'on') !== (noun.text === 'committee')) return;
  let end = i + 2;
  while (end - i - 2 < LONGEST_FIELD && isSpacedAt(tokens, end) && FIELD_WORD.test(tokens[end].text) && isCommonWord(tokens[end].text) && !ACTS_AFTER.has(tokens[end].text) && !isPreposition(tokens[end].text) && !ARTICLES.test(tokens[end].text)) end++;
  if (end === i + 2) return;
  const kind = noun.text === 'committee' && COMMITTEE_KINDS.has(tokens[i - 1].text) && isSpaceGap(noun.gapBefore) ? i - 1 : i;
  const article = tokens[kind - 1];
  if (article === undefined || !isSpaceGap(tokens[kind].gapBefore) || !(isThe(article.text) || (article.possessive && article.capitalized))) return;
  if (!actsAsSubject(tokens, end - 1, kind - 1, ACTS_AFTER)) return;
  const words = tokens.slice(kind, end).map((t) => (t === connector ? t.text : capitalizedWord(t.text)));
  const first = tokens[kind];
  found.push(namedOutright(first.start, tokens[end - 1].end, paragraph.slice(first.start, tokens[end - 1].end), words, 'organization', false, tokens[end - 1].possessive));
}

// The level of a local council written in lower case after its place's name: "Pécs city council", "Kent county council".
const LOCAL_COUNCIL_LEVELS: ReadonlyMap<string, string> = new Map([['city', 'City'], ['town', 'Town'], ['county', 'County'], ['district', 'District'], ['borough', 'Borough'], ['municipal', 'Municipal']]);

/**
 * "Pécs city council, which co-funds the event": a place's name, a level and "council" name that council ("Pécs City
 * Council"); the place read before becomes the council's name.
 */
function localCouncil(paragraph: string, tokens: Token[], i: number, found: Candidate[]): void {
  const level = tokens[i - 1];
  const place = tokens[i - 2];
  if (!isSpaceGap(level.gapBefore) || !isSpaceGap(tokens[i].gapBefore) || place.possessive) return;
  // Read alone, the place may be of no known kind ("Pécs", sentence-initial); a person's name makes no council.
  const at = found.findIndex((c) => c.end === place.end && c.kind !== 'person' && c.agentNoun === null);
  if (at < 0) return;
  const { start, words, sentenceInitial } = found[at];
  const end = tokens[i].end;
  found[at] = namedOutright(start, end, paragraph.slice(start, end), [...words, LOCAL_COUNCIL_LEVELS.get(level.text)!, 'Council'], 'organization', sentenceInitial, tokens[i].possessive);
}

// Offices a country has one of, named by their common noun: "the presidency said", "the treasury said" (see lowerCaseOffices).
const LOWER_CASE_OFFICES: ReadonlyMap<string, string> = new Map([['presidency', 'Presidency'], ['chancellery', 'Chancellery'], ['treasury', 'Treasury']]);
const CAPITALIZED_OFFICES: ReadonlyMap<string, string> = new Map([...LOWER_CASE_OFFICES.values()].filter((name) => name !== 'Treasury').map((name) => [name, name]));
// Verbs of a post won or sought: "won the Presidency", "for the Presidency".
const POST_SOUGHT = new Set(['won', 'win', 'wins', 'winning', 'seek', 'seeks', 'seeking', 'sought', 'for', 'to', 'contest', 'contesting', 'assumed', 'assume']);

// Who speaks for a body: "a spokesman for the presidency said".
const SPOKESPERSON_NOUNS = new Set(['spokesman', 'spokeswoman', 'spokesperson']);

/** "A spokesman for the presidency said": the office at `noun` ("the" before it) speaks through its spokesperson. */
function speaksThroughSpokesperson(tokens: Token[], noun: number): boolean {
  const next = tokens[noun + 1];
  return noun >= 3 && tokens[noun - 2].text === 'for' && SPOKESPERSON_NOUNS.has(tokens[noun - 3].text) && next !== undefined && isSpaceGap(next.gapBefore) && REPORTING_VERB_WORDS.has(next.text);
}

/** An office that speaks: a speech verb after it ("the presidency said"), or a statement of its own ("the presidency’s statement"). */
function speaksAsSubject(tokens: Token[], noun: number, article: number): boolean {
  return actsAsSubject(tokens, noun, article, REPORTING_VERB_WORDS);
}

/**
 * The body at `noun` (its article at `article`) is the subject of its clause: a word of `verbs` right
 * after it, or its possessive. "An official at the health ministry said": after a preposition the verb
 * is another subject's ("after the finance ministry said" opens a clause: the ministry is its subject).
 */
function actsAsSubject(tokens: Token[], noun: number, article: number, verbs: ReadonlySet<string>): boolean {
  const next = tokens[noun + 1];
  if (!tokens[noun].possessive && !(next !== undefined && isSpaceGap(next.gapBefore) && verbs.has(next.text))) return false;
  return !(article >= 1 && isPreposition(tokens[article - 1].text) && !CLAUSE_OPENING_PREPOSITIONS.has(tokens[article - 1].text));
}

// Papers a body issues: "a note from the presidency", "a statement from the treasury".
const ISSUED_PAPERS: ReadonlySet<string> = new Set([...DOCUMENT_NOUNS.split('|'), 'note', 'communiqué', 'directive', 'decree']);

/** "a note from the presidency said": the body before whose article (at `article`) a paper comes "from" issued it. */
function issuesPaper(tokens: Token[], article: number): boolean {
  return article >= 2 && tokens[article - 1].text === 'from' && ISSUED_PAPERS.has(tokens[article - 2].text);
}

// Prepositions that also open a clause, whose subject may follow: "after the ministry said".
const CLAUSE_OPENING_PREPOSITIONS = new Set(['after', 'before', 'since', 'until']);

/** "the ministry said": a definite institution noun that may stand for a named organization; added to `found`. */
function agentDescriptions(tokens: Token[], found: Candidate[]): void {
  for (let i = 1; i < tokens.length; i++) {
    const noun = tokens[i];
    // "the" first: most words follow none, and are never looked up.
    if (!isThe(tokens[i - 1].text) || !AGENT_NOUNS.has(noun.text) || !isSpaceGap(noun.gapBefore)) continue;
    const article = tokens[i - 1];
    found.push({
      start: article.start,
      end: noun.end,
      text: `${article.text} ${noun.text}`,
      words: [noun.text],
      kind: 'organization',
      evidence: 'weak',
      possessive: noun.possessive,
      title: null,
      roles: [],
      gender: null,
      agentNoun: noun.text,
      sentenceInitial: article.sentenceInitial,
      aliasOf: null,
    });
  }
}
