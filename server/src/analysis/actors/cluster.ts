import type { Actor, ActorKind, Gender, Mention, MentionForm, Span } from '../model';
import type { UserDictionary } from '../dictionary';
import { COMMON_WORDS, isCommonWord } from '../lexicon/common-words';
import { GIVEN_NAMES, isGivenName } from '../lexicon/given-names';
import { AGENT_NOUNS, BUSINESS_NOUNS, CAMPUS_HEADS, GOVERNMENT_METONYMS, LEGAL_SUFFIXES, LONG_NAME_ORGANIZATION_ENDINGS, NEWSPAPER_ENDINGS, ORGANIZATION_ENDINGS, ORGANIZATION_HEADS, PUBLIC_BODY_WORDS, SUB_BODY_HEADS } from '../lexicon/organizations';
import { CROWD_VENUE_HEADS, GEOGRAPHIC_HEADS, PLACES, PLACE_RESPELLINGS, PLACE_SHORT_FORMS, REGIONS, THE_TAKING_GEOGRAPHIC_HEADS } from '../lexicon/places';
import { GENERATIONAL_SUFFIXES, NAME_PARTICLES, SURNAME_CONJUNCTIONS } from '../lexicon/actor-cues';
import { ROLE_NOUNS } from '../lexicon/titles';
import { isNumber, type Candidate } from './candidates';
import { eastSlavicNameKey, foldKoreanName, foldName, givenNameShape, givenNameVariantShapes, isGivenNameVariant, isGivenNameVariantOfFolds, isSpellingVariantOfFolds, withoutMarks } from './variants';
import { firstStartingAtOrAfter } from '../spans';
import { followsThe, isAcronymName, isAsciiLowerCase, isCapitalized, sameStrings } from '../text/words';
import { memoizeByString, memoizeByStringPair, ownCopy, PHRASE_MEMO_LIMIT } from '../memo';
import { FULL_STOP } from '../text/char-codes';

/** A candidate placed in the document (absolute offsets). */
export type Occurrence = Candidate;

class ActorDraft {
  // Each clustering pass walks the document in order and the passes run one after another, so a
  // draft's mentions arrive as up to three sorted runs; run 0 begins at 0, runs 1 and 2 at
  // secondRun and thirdRun (-1, no start yet, until the draft, made before the pass, takes a
  // mention in that pass or later: numbers, not a list per draft; a run is marked by
  // the draft's next mention, not in every draft as the pass begins). One list per draft, not one
  // per pass: a keystroke in a name makes thousands of drafts again. Most drafts have a mention
  // or two and one form: their lists begin with their first item (appended), which leaves room
  // for it alone, and until then are the one empty list all drafts share.
  private mentions: Mention[] = NONE;
  /** The index of the occurrence behind each mention. */
  private sources: number[] = NONE;
  private secondRun = -1;
  private thirdRun = -1;
  /** The pass of the latest mention, or the pass the draft was made in. */
  private latestPass: number;
  roles: string[] = [];
  /** Written forms, as word lists, for matching later mentions. */
  readonly forms: string[][];
  /** The folded last word of each form (foldedLast), made when first asked (null until then): every surname looked up reads them, as no other key of a form. */
  private foldedLasts: string[] | null = null;
  gender: Gender | null = null;
  /** A list of the draft alone, for every index key that names it alone (see push). */
  readonly alone: readonly ActorDraft[] = [this];

  constructor(
    public kind: ActorKind,
    readonly declared: boolean,
    /** Where an organization's mentions are also noted, for "the company". */
    private readonly organizationMentions: OrganizationMentions | null,
    /** The pass under way, as the registry moves it on. */
    private readonly passUnderWay: PassUnderWay,
    /** The first written form (the registry files it). */
    form: string[],
  ) {
    this.latestPass = passUnderWay.pass;
    this.forms = [form];
    this.firstFormKeys = keysOf(form);
  }

  /** The keys of the first form, which the registry files at once: most drafts have no other form to name them by. */
  private readonly firstFormKeys: FormKeys;

  /** Created an organization only because a bare name said nothing else (see newActorFromShortName). */
  kindGuessed = false;

  get longestForm(): string[] {
    // Most drafts have one form: no list of the named ones to make.
    if (this.forms.length === 1) return this.forms[0];
    const named = this.kind === 'organization' ? this.forms.filter((f) => !isAcronym(f)) : this.forms;
    return (named.length > 0 ? named : this.forms).reduce((a, b) => (b.length > a.length ? b : a));
  }

  /** The actor's name, and the slug of its id: kept with the keys of its longest form, not worked out again for each analysis. */
  get naming(): Naming {
    const keys = this.forms.length === 1 ? this.firstFormKeys : keysOf(this.longestForm);
    if (keys.namedAs !== this.kind) {
      keys.naming = namingOf(keys.written, this.kind);
      keys.namedAs = this.kind;
    }
    return keys.naming!;
  }

  /** Keeps the fuller of two roles that say the same: "Minister" adds nothing to "Ukraine’s foreign minister". */
  addRole(role: string): void {
    // The first role (mostly the only one) has none to compare with: no lower-cased copies to make.
    if (this.roles.length === 0) {
      this.roles = appended(this.roles, role);
      return;
    }
    const words = (text: string) => ` ${text.toLowerCase()} `;
    const added = words(role);
    if (this.roles.some((r) => words(r).includes(added))) return;
    const narrower = this.roles.findIndex((r) => added.includes(words(r)));
    if (narrower >= 0) this.roles.splice(narrower, 1, role);
    else this.roles.push(role);
  }

  /** A written form more (the registry files it). */
  addForm(words: string[]): void {
    this.forms.push(words);
    this.foldedLasts?.push(foldedLast(words));
  }

  /** Whether the name whose words joined fold as `folded` is the last words of a longer form, spelled alike (foldedEndings). */
  hasFormEndingIn(folded: string): boolean {
    for (const form of this.forms) if (foldedEndings(form).includes(folded)) return true;
    return false;
  }

  /** Whether the last word of a form is `word` (folded `folded`) spelled another way (isSpellingVariantOfFolds). */
  endsInVariantOf(word: string, folded: string): boolean {
    const foldedLasts = (this.foldedLasts ??= this.forms.map(foldedLast));
    for (let k = 0; k < this.forms.length; k++) if (isSpellingVariantOfFolds(lastOf(this.forms[k]), foldedLasts[k], word, folded)) return true;
    return false;
  }

  private runStart(pass: number): number {
    const start = pass === 0 ? 0 : pass === 1 ? this.secondRun : this.thirdRun;
    return start < 0 ? this.mentions.length : start;
  }

  private runEnd(pass: number): number {
    return pass < 2 ? this.runStart(pass + 1) : this.mentions.length;
  }

  /** Offset of the latest mention before `offset`, or -1. */
  lastMentionBefore(offset: number): number {
    let latest = -1;
    for (let pass = 0; pass < 3; pass++) {
      const low = this.runStart(pass);
      const i = firstStartingAtOrAfter(this.mentions, offset, low, this.runEnd(pass)) - 1;
      if (i >= low) latest = Math.max(latest, this.mentions[i].start);
    }
    return latest;
  }

  // Noted as the mentions come, while each is at hand: the actors are ordered by them, and put
  // their mentions in order, without reading every mention again.
  /** Offset of the first mention, or Infinity. */
  firstMention = Infinity;
  /** The index of the occurrence behind the first mention. */
  firstSource = -1;
  /** The offset of the latest mention added, and whether each came at or after the one before. */
  private lastStart = -1;
  private inOrder = true;

  /** Where the actor is introduced: its first full name (added in the first pass), else its first mention. */
  get introduced(): number {
    return this.runEnd(0) > 0 ? this.mentions[0].start : this.firstMention;
  }

  get hasMentions(): boolean {
    return this.mentions.length > 0;
  }

  /** All mentions in document order, with the index of the occurrence behind each. */
  orderedMentions(): { mentions: Mention[]; sources: number[] } {
    const { mentions, sources } = this;
    // Most actors are named in one pass only, whose mentions are already in order.
    if (this.inOrder) return { mentions, sources };
    const order = mentions.map((_, i) => i).sort((a, b) => mentions[a].start - mentions[b].start || a - b);
    return { mentions: order.map((i) => mentions[i]), sources: order.map((i) => sources[i]) };
  }

  addMention(occurrence: Occurrence, source: number, form: MentionForm): void {
    const start = occurrence.start;
    if (start < this.firstMention) {
      this.firstMention = start;
      this.firstSource = source;
    }
    if (start < this.lastStart) this.inOrder = false;
    this.lastStart = start;
    const mention: Mention = {
      start,
      end: occurrence.end,
      text: occurrence.text,
      actorId: '',
      form,
      possessive: occurrence.possessive,
      title: occurrence.title,
    };
    if (occurrence.aliasOf !== null) mention.declaredAlias = true;
    for (let pass = this.latestPass + 1; pass <= this.passUnderWay.pass; pass++) {
      if (pass === 1) this.secondRun = this.mentions.length;
      else this.thirdRun = this.mentions.length;
    }
    this.latestPass = this.passUnderWay.pass;
    this.mentions = appended(this.mentions, mention);
    this.sources = appended(this.sources, source);
    this.organizationMentions?.add(mention, source, this);
    for (const role of occurrence.roles) this.addRole(role);
    this.gender ??= occurrence.gender;
  }
}

/** The empty list of every draft without mentions: appended makes a list of a first item, never adds to this one. */
const NONE: never[] = [];

/** The clustering pass under way: 0 (full names), 1 (the other names), 2 (doubtful words again). */
interface PassUnderWay {
  pass: number;
}

/**
 * `list` with `item` at its end: a list begun with its first item has room for it alone, and with
 * its second room for two, where a push into a list of one makes room for seventeen (most
 * drafts' lists stay that short). A list of none is never added to: it may be shared (NONE).
 */
function appended<T>(list: T[], item: T): T[] {
  if (list.length === 0) return [item];
  if (list.length === 1) return [list[0], item];
  list.push(item);
  return list;
}

/**
 * The mentions of the drafts created as organizations, as the passes add them: each pass adds its
 * own in document order, so "the company" (resolved in the second pass) reads back from its
 * offset to the nearest business instead of asking every organization.
 */
class OrganizationMentions {
  readonly mentions: Mention[] = [];
  /** The index of the occurrence behind each mention. */
  readonly sources: number[] = [];
  readonly drafts: ActorDraft[] = [];
  /** Where the second pass's mentions begin. */
  secondPass = Infinity;

  add(mention: Mention, source: number, draft: ActorDraft): void {
    this.mentions.push(mention);
    this.sources.push(source);
    this.drafts.push(draft);
  }
}

const LETTERS = /\p{L}+/gu;

// Names recur in every analysis of a document, and a shouted one is rewritten word by word.
const titleCaseIfShouted = memoizeByString((name: string): string => {
  if (name !== name.toUpperCase() && !name.split(' ').every((word) => word === word.toUpperCase() || SHOUTED_AFTER_PREFIX.test(word))) return name;
  // "McALLISTER" → "McAllister": the prefix keeps its case.
  return name.replace(LETTERS, (word) => {
    const prefix = SHOUTED_AFTER_PREFIX.test(word) ? word.search(/\p{Lu}(?=\p{Lu})/u) : 0;
    return word.slice(0, prefix + 1) + word.slice(prefix + 1).toLowerCase();
  });
}, PHRASE_MEMO_LIMIT);

/** What clustering reads of a written form, again and again. */
export interface FormKeys {
  /** The form's words, which the keys are worked out from: copies (ownCopy) in keys kept by written form (see formKeysByWritten). */
  words: readonly string[];
  written: string;
  /** The folded spelling (foldName) of the whole form. */
  folded: string;
  acronym: boolean;
  /** Initials of the capitalized words: European Union → EU, North Atlantic Treaty Organization → NATO. */
  initials: string;
  // The keys below are worked out when first asked (null until then). Every table entry has them
  // all from the start: entries that grew them in different orders would each be of another shape,
  // and every read of a key would slow down.
  /** The folded spelling of the last word, and of a name of two words joined by a hyphen (a double surname). */
  foldedLast: string | null;
  foldedHyphenated: string | null;
  /** The folded spelling of the words run together ("Tavares Leal" → "tavaresleal"). */
  foldedRunTogether: string | null;
  /** The folded spelling of a name of two words in the other order ("Moriyasu Kenji" → "kenji moriyasu"). */
  foldedSwapped: string | null;
  /** The folds of the last words run together (foldedEndings). */
  foldedEndings: readonly string[] | null;
  /** The surname with its particle joined (joinedSurname), or null; undefined until asked. */
  joinedSurname: string | null | undefined;
  /** The fold of a one-word name in the other number (otherNumber), null for none; undefined until asked. */
  otherNumberFolded: string | null | undefined;
  /** Whether the first word is a given name (GIVEN_NAMES), a lookup in a large table. */
  opensWithGivenName: boolean | null;
  /** Whether the first word is coined (isCoined), asked of every bare name: a memo lookup spared. */
  opensCoined: boolean | null;
  /** The East Slavic key (eastSlavicNameKey) of a person's name of two words (given name first, suffix aside), or null; undefined until asked. */
  eastSlavicKey: string | null | undefined;
  // A form's draft is nearly always of one kind: the keys that depend on the kind are kept for the
  // kind they were worked out for, in the keys themselves (one object fewer to read at each filing).
  /** Where a draft of the kind `filedAs` is filed by the form (filingsOf). */
  filings: Filings | null;
  /** The fold (foldName) of the given name a person is filed by in peopleByGivenName, if one is: worked out with the filings, not at each (nor at each comparison of given names). */
  givenNameFold: string;
  filedAs: ActorKind | null;
  /** The name of an actor of the kind `namedAs` whose longest form this is (ActorDraft.naming). */
  naming: Naming | null;
  namedAs: ActorKind | null;
  placeKey: string | null;
}

interface Naming {
  name: string;
  slug: string;
}

function namingOf(written: string, kind: ActorKind): Naming {
  // "By DANA KESSLER": a byline shouts a name that is written "Dana Kessler" (an organization's capitals may be its own).
  const name = kind === 'place' ? (PLACE_SHORT_FORMS.get(written) ?? titleCaseIfShouted(written)) : kind === 'person' ? titleCaseIfShouted(written) : written;
  return { name, slug: slug(name) };
}

/**
 * Form keys per word list. The lists are the paragraph-cached candidates' own, so a table kept
 * with a document's paragraph cache spares the next analysis a join, a fold and a hash per form;
 * a text analysed once gets a table that goes with it (a table shared by all texts held megabytes
 * while a workspace was indexed).
 */
export type FormKeyTable = WeakMap<readonly string[], FormKeys>;

// The table of the grouping under way (set by resolveActors).
let formKeysOf: FormKeyTable = new WeakMap();
// The form asked about last, and its keys: most questions about a form come several in a row (its
// key, its written name, whether it is an acronym), and each would be a lookup in the table.
let lastForm: readonly string[] | null = null;
let lastFormKeys: FormKeys | null = null;
// The keys by written form, kept from one grouping to the next: a name written in many paragraphs
// is as many word lists, and comes back in every analysis (of a document analysed afresh, and of
// other articles); its keys (those worked out later too) are one, worked out once. Only for lists
// without a space inside a word, which their written form tells apart. Worked out from copies of
// the words, which keep no document's text alive; emptied before a grouping once it holds more
// forms than a phrase memo keeps (never during one, which finds each of its forms here again).
let formKeysByWritten = new Map<string, FormKeys>();

function keysOf(words: readonly string[]): FormKeys {
  if (words === lastForm) return lastFormKeys!;
  let keys = formKeysOf.get(words);
  if (!keys) {
    const joined = words.join(' ');
    const spaced = words.some((word) => word.includes(' '));
    keys = spaced ? undefined : formKeysByWritten.get(joined);
    if (!keys) {
      // One copy of the written form, its words cut from it (a list without a space inside a word is its form split at spaces).
      const written = spaced ? joined : ownCopy(joined);
      const own = spaced || words.length === 0 ? words : written.split(' ');
      let initials = '';
      for (const word of own) if (isCapitalized(word)) initials += word[0];
      keys = { words: own, written, folded: foldName(written), acronym: isAcronymName(own), initials, foldedLast: null, foldedHyphenated: null, foldedRunTogether: null, foldedSwapped: null, foldedEndings: null, joinedSurname: undefined, otherNumberFolded: undefined, opensWithGivenName: null, opensCoined: null, eastSlavicKey: undefined, filings: null, givenNameFold: '', filedAs: null, naming: null, namedAs: null, placeKey: null };
      if (!spaced) formKeysByWritten.set(written, keys);
    }
    formKeysOf.set(words, keys);
  }
  lastForm = words;
  lastFormKeys = keys;
  return keys;
}

const initials = (words: readonly string[]) => keysOf(words).initials;
const foldedLast = (words: readonly string[]) => {
  const keys = keysOf(words);
  return (keys.foldedLast ??= foldName(lastOf(words)));
};
const foldedHyphenated = (words: readonly string[]) => {
  const keys = keysOf(words);
  return (keys.foldedHyphenated ??= foldName(words.join('-')));
};
const foldedRunTogether = (words: readonly string[]) => {
  const keys = keysOf(words);
  return (keys.foldedRunTogether ??= foldName(words.join('')));
};
const foldedSwapped = (words: readonly [string, string]) => {
  const keys = keysOf(words);
  return (keys.foldedSwapped ??= foldName(`${words[1]} ${words[0]}`));
};
const opensWithGivenName = (words: readonly string[]) => {
  const keys = keysOf(words);
  return (keys.opensWithGivenName ??= GIVEN_NAMES.has(words[0]));
};
/** eastSlavicNameKey of a name in given-name order (inGivenNameOrder, withoutSuffix), or null for one not of two words. */
const eastSlavicKeyOf = (ordered: readonly string[]) => {
  const keys = keysOf(ordered);
  if (keys.eastSlavicKey === undefined) keys.eastSlavicKey = ordered.length === 2 ? eastSlavicNameKey(ordered[0], ordered[1]) : null;
  return keys.eastSlavicKey;
};
/**
 * The key (formKey) of a one-word name in the other number (otherNumber), or null: the key of a
 * form of one word is its fold, no word list to make and look up. Asked of every one-word name.
 */
const otherNumberFolded = (words: readonly string[]) => {
  const keys = keysOf(words);
  if (keys.otherNumberFolded === undefined) {
    const other = otherNumber(words[0]);
    keys.otherNumberFolded = other === null ? null : foldName(other);
  }
  return keys.otherNumberFolded;
};
const opensCoined = (words: readonly string[]) => {
  const keys = keysOf(words);
  return (keys.opensCoined ??= isCoined(words[0]));
};

/** "BOJ" for the Bank of Japan, "DOJ" for the Department of Justice: initials that keep an "of"; null for a name without one. */
function initialsWithOf(words: readonly string[]): string | null {
  if (!words.includes('of')) return null;
  let letters = '';
  for (const word of words) if (isCapitalized(word)) letters += word[0];
  else if (word === 'of') letters += 'O';
  return letters;
}
/**
 * "DNI" for the Office of the Director of National Intelligence: an office goes by the initials of
 * the title it serves as well as its own; null for a name that is no holder's office.
 */
function officeHoldersInitials(words: readonly string[]): string | null {
  if (words.length < 4 || words[0] !== 'Office' || words[1] !== 'of') return null;
  const title = words.slice(words[2] === 'the' ? 3 : 2);
  let letters = '';
  for (const word of title) if (isCapitalized(word)) letters += word[0];
  return letters.length >= 2 ? letters : null;
}
const acronymKey = (word: string) => word.replace(/\./g, '');
const written = (words: readonly string[]) => keysOf(words).written;
const formKey = (words: readonly string[]) => keysOf(words).folded;
const isAcronym = (words: readonly string[]) => keysOf(words).acronym;
// Forms are mostly the very word lists of the candidates: identity answers first.
// The first and last letters of a folded surname as one number: no string to build and hash at each lookup.
const ends = (folded: string) => folded.charCodeAt(0) * 0x10000 + folded.charCodeAt(folded.length - 1);
const lastOf = (words: readonly string[]) => words[words.length - 1];

const withoutFullStop = (word: string) => (word.charCodeAt(word.length - 1) === FULL_STOP ? word.slice(0, -1) : word);
const suffixOf = (words: readonly string[]) => (words.length >= 2 && GENERATIONAL_SUFFIXES.has(lastOf(words)) ? withoutFullStop(lastOf(words)) : null);

/** "Jose Reyes Jr." → "Jose Reyes": the name without a generational suffix, which is no surname. */
function withoutSuffix(words: readonly string[]): readonly string[] {
  return suffixOf(words) === null ? words : words.slice(0, -1);
}

/** "Jose Reyes Jr." and his son "Jose Reyes III" are two people; a name without a suffix may be either. */
function suffixesAgree(draft: ActorDraft, words: readonly string[]): boolean {
  const suffix = suffixOf(words);
  return suffix === null || draft.forms.every((f) => suffixOf(f) === null || suffixOf(f) === suffix);
}

/** "Nana Kofi Boateng-Mensah": a person with a full name whose surname is hyphenated (a function, not a closure made at each lookup). */
function hasHyphenatedSurname(draft: ActorDraft): boolean {
  for (const f of draft.forms) if (f.length >= 2 && lastOf(f).includes('-')) return true;
  return false;
}

/** "Sara De Wulf" is also written "Sarah Dewulf": the surname with its particle joined, if it has one. */
function joinedSurname(words: readonly string[]): string | null {
  if (words.length < 3) return null;
  // Asked of every full name of three words looked up: the particle's lower case and the joined name are made once.
  const keys = keysOf(words);
  // (From the keys' own words: the name joined is kept with them.)
  const own = keys.words;
  if (keys.joinedSurname === undefined) keys.joinedSurname = NAME_PARTICLES.has(own[own.length - 2].toLowerCase()) ? own[own.length - 2] + lastOf(own) : null;
  return keys.joinedSurname;
}

const SHOUTED = /^\p{Lu}{2,}$/u;

/**
 * "SAKURABA Ryoichi": an official style (Japan's among others) writes the family name first, in
 * capitals; the words in the usual order, given name first ("Ryoichi SAKURABA"), else as written.
 */
function inGivenNameOrder(words: readonly string[]): readonly string[] {
  return words.length === 2 && isShoutedWord(words[0]) && isCapitalized(words[1]) && !isShoutedWord(words[1]) && !SHOUTED_AFTER_PREFIX.test(words[1]) ? [words[1], words[0]] : words;
}

// "McALLISTER", "MacDONALD", "DeSANTIS": a surname shouted after its prefix, as a shouted byline writes it (no given name after a shouted surname).
const SHOUTED_AFTER_PREFIX = /^\p{Lu}\p{Ll}{1,2}\p{Lu}{2,}$/u;

/** Capitals only, accents aside: "SAKURABA". Asked of names at every lookup: a plain lower-case second letter answers for most. */
function isShoutedWord(word: string): boolean {
  return !isAsciiLowerCase(word.charCodeAt(1)) && SHOUTED.test(withoutMarks(word));
}

/**
 * "Labour Minister Yoon Jae-sung ... Yoon said": Korean names written in their own order put the
 * surname before a hyphenated given name (not "Min-jun Park", given name first).
 */
function surnameFirst(words: readonly string[]): string | null {
  return words.length === 2 && words[1].includes('-') && !words[0].includes('-') && isGivenName(words[1]) ? words[0] : null;
}

/**
 * The folds of the last words of `full` (its suffix aside) run together, from its last word alone
 * to all but its first: a shorter name spelled alike, spaces and hyphens aside, that ends it folds
 * as one of them ("Abd el-Fattah" ends "Sherif Abdel Fattah").
 */
function foldedEndings(full: readonly string[]): readonly string[] {
  const keys = keysOf(full);
  return (keys.foldedEndings ??= foldEndings(full));
}

function foldEndings(full: readonly string[]): string[] {
  const name = withoutSuffix(full);
  const endings: string[] = [];
  for (let k = name.length - 1; k >= 1; k--) endings.push(foldName(name.slice(k).join('')));
  return endings;
}

/**
 * "Carla Rojas Terceros ... Rojas said", "Ana Lucía Rojas Terceros ... Rojas said": of two
 * surnames after one or two given names (the Spanish and Portuguese custom), the first alone names
 * the person too. A word that is a given name ("Maria Elena Rojas"), an initial or a particle is no surname.
 */
function paternalSurname(words: readonly string[]): string | null {
  const givenNames = words.length >= 4 && GIVEN_NAMES.has(words[1]) ? 2 : 1;
  // "Beatriz Moura dos Anjos", "Sérgio Lopes de Araújo": particles may stand between the two surnames.
  let second = givenNames + 1;
  while (second < words.length - 1 && (NAME_PARTICLES.has(words[second]) || SURNAME_CONJUNCTIONS.has(words[second]))) second++;
  if (second !== words.length - 1) return null;
  const first = words[givenNames];
  return first.length > 2 && isCapitalized(first) && !first.endsWith('.') && !GIVEN_NAMES.has(first) && !NAME_PARTICLES.has(first.toLowerCase()) ? first : null;
}

// "Gdańsk", "GDANSK" and "Gdansk" are one place: datelines and wire credits drop accents; so are
// "Odessa" and "Odesa", "Kiev" and "Kyiv": transliterations and the older spellings of a place.
function placeKey(words: readonly string[]): string {
  const keys = keysOf(words);
  return (keys.placeKey ??= placeKeyOfName(keys.written));
}

// Place names recur in every analysis, of a document and of every article.
const placeKeyOfName = memoizeByString((written: string): string => {
  const name = withoutMarks(PLACE_SHORT_FORMS.get(written) ?? written).toLowerCase();
  return foldName(PLACE_RESPELLINGS.get(name) ?? name);
}, PHRASE_MEMO_LIMIT);

/** An initial: "P.", "Ch.", "Md.", or a capital alone ("P Lakshmi Prasanna"). */
const isNameInitial = (word: string) => (word.length <= 3 && word.charCodeAt(word.length - 1) === FULL_STOP) || (word.length === 1 && isCapitalized(word));

/**
 * The given name of a name: after its leading initials when a given name and a surname follow them,
 * as South Indian copy writes a family initial first ("P. Lakshmi Prasanna … Lakshmi Prasanna said",
 * no Paul Prasanna), and "J. Michael Smith" goes by Michael; else the first word.
 */
function givenNameAfterInitials(words: readonly string[]): string {
  let at = 0;
  while (at < words.length - 2 && isNameInitial(words[at])) at++;
  return words[at];
}

function sameGivenName(a: string, b: string): boolean {
  // Asked of each person with the surname, for every full name: the same word answers at once, as the rules below would.
  return a === b || givenNamesAgree(a, b);
}

// Two people's given names, compared by up to eight folds and several expressions: the same pairs
// come back at every keystroke (each full name meets everyone with its surname) and in every article.
const givenNamesAgree = memoizeByStringPair((a: string, b: string): boolean => {
  const x = withoutFullStop(a);
  const y = withoutFullStop(b);
  if (x.length === 1 || y.length === 1) return x[0] === y[0];
  return isGivenNameVariant(x, y) || foldName(x).startsWith(foldName(y)) || foldName(y).startsWith(foldName(x));
}, PHRASE_MEMO_LIMIT);

/**
 * What the words around a bare name say of it: a person when it is given a direct quote ("“We
 * will not yield,” Varga said", "said Varga"), when "who" follows it, or when the first pronoun
 * after it in its clause is "he" or "she" ("Varga said, adding that he would"). A first "it",
 * "they" or "which" says nothing either way.
 */
function isPersonInContext(text: string, occurrence: Occurrence): boolean {
  const before = text.slice(Math.max(0, occurrence.start - 12), occurrence.start);
  const after = text.slice(occurrence.end, occurrence.end + PRONOUN_WINDOW);
  const quoted = (/[,?!—][”"]\s+$/.test(before) && /^\s+(?:said|says|added|asked|told|wrote)\b/.test(after)) || /[”"]\s+(?:said|says|added|asked)\s+$/.test(before);
  // A place's name that is also the surname of someone named before ("Comelec Chairman Ernesto
  // Salvador ... Salvador said the commission would"): speaking, it is that person.
  const speaks = occurrence.kind === 'place' && /^\s+(?:said|says|told|added|argued|insisted|warned)\b/.test(after);
  // "a former finance director of Benfica who now advises clubs": "who" and "he" are the director's; the name is his employer.
  const role = ROLE_OF.exec(text.slice(Math.max(0, occurrence.start - 40), occurrence.start));
  if (role && ROLE_NOUNS.has(role[1])) return quoted || speaks;
  // "who has fronted Britvision’s flagship programme, told bosses that she …": after a possessive the pronoun is its noun's or the subject's;
  // so it is after "on" ("wrote on Telegram that she would").
  return quoted || speaks || /^,?\s+who\b/.test(after) || (!occurrence.possessive && !ON_BEFORE.test(before) && firstPronounIsPersonal(after));
}

const ON_BEFORE = /\bon\s+$/;

const ROLE_OF = /\b(\p{Ll}[\p{Ll}-]*)\s+of\s+$/u;

// How many later mentions of a bare name about to be guessed an institution are read for a person (readAsPersonAnywhere).
const LATER_MENTIONS_READ = 2;

// How far after a bare name its pronoun is looked for, within the sentence.
const PRONOUN_WINDOW = 80;
const PRONOUN = /\b(?:he|she|his|her|him|it|its|they|their|them|whose|which)\b/i;

function firstPronounIsPersonal(after: string): boolean {
  const pronoun = firstPronoun(after);
  return pronoun !== null && /^(?:he|she|his|her|him)$/i.test(pronoun);
}

/** The first pronoun in the rest of a name's sentence, or null. */
function firstPronoun(after: string): string | null {
  // A quotation mark ends the name's clause too: in "from Facebook,” she said" "she" is the speaker.
  const sentenceEnd = after.search(/[.!?;“”"]/);
  return PRONOUN.exec(sentenceEnd >= 0 ? after.slice(0, sentenceEnd) : after)?.[0] ?? null;
}

/**
 * A later mention of a bare name that says a person more surely than the first one read (isPersonInContext):
 * "through Ferreira-Obi, who curled", "said Mbatha would have a scan and that he feared"; not an object's
 * pronoun ("Britvision had tried to keep her") nor one after a thing's name ("in the Commons if she does not").
 */
function isPersonFurtherOn(text: string, o: Occurrence): boolean {
  if (o.possessive || followsThe(text, o.start)) return false;
  const after = text.slice(o.end, o.end + PRONOUN_WINDOW);
  if (/^,?\s+who\b/.test(after)) return true;
  const pronoun = firstPronoun(after);
  return pronoun !== null && /^(?:he|she)$/i.test(pronoun);
}

// The shortest clipping of a word that names an institution: Fed, Gov.
const CLIPPING_LENGTH = 3;

/** A capitalized word that is no ordinary word, given name or place: Lumora, Norvex. */
const isCoined = memoizeByString(
  (word: string): boolean => isCapitalized(word) && !isAcronymName([word]) && !COMMON_WORDS.has(word.toLowerCase()) && !GIVEN_NAMES.has(word) && !PLACES.has(word),
);

// Heads of counties and provinces, which go by their name alone once named in full: "Marion County … Marion and Grundy
// counties", "Limpopo Province … farmers in Limpopo".
const COUNTY_HEADS = new Set(['County', 'Parish', 'Borough', 'Province']);

/**
 * "Marion County": a county whose name is no ordinary word or other place ("Orange County", "Washington County" keep theirs);
 * a province may be named by its region ("Limpopo Province", not "Kandahar Province", the city's).
 */
function namesCountyByItsName(words: readonly string[]): boolean {
  if (!COUNTY_HEADS.has(words[1]) || !isCapitalized(words[0]) || isCommonWord(words[0])) return false;
  return !PLACES.has(words[0]) || (words[1] === 'Province' && REGIONS.has(words[0]));
}

// Heads of grounds and parks, which go by their first word alone once named in full: "we love Terryland"; so do a valley,
// a basin or a delta ("the Coolabah Valley … Coolabah allocations"; see THE_TAKING_GEOGRAPHIC_HEADS).
const VENUE_HEADS = new Set([...CROWD_VENUE_HEADS, 'Park', 'Ground']);

// Last words of works named after where they stand: the Tarvik Grain Terminal, the Kragdal Power Station.
const FACILITY_HEADS = new Set(['Terminal', 'Airport', 'Station', 'Refinery', 'Mine', 'Plant', 'Dam', 'Reservoir', 'Smelter', 'Depot']);

const LOCAL_GOVERNMENT_WORDS = new Set(['City', 'County', 'Town', 'Municipal', 'State', 'Provincial', 'Regional', 'District']);

/** How many words an organization's name has before its trailing institution words ("Northern Crest | Airlines"). */
function stemLength(words: readonly string[]): number {
  let stem = withoutLegalSuffixLength(words);
  // "Mutiara Gemilang | Development Sdn Bhd": before a legal form, an ordinary word (the line of business) ends the stem too.
  if (stem < words.length && stem >= 3 && isCommonWord(words[stem - 1])) stem--;
  // "Cerrado Verde | Trading": a word that counts only at the end ends the stem too.
  if (ORGANIZATION_ENDINGS.has(words[stem - 1]) || LONG_NAME_ORGANIZATION_ENDINGS.has(words[stem - 1])) stem--;
  while (stem > 0 && ORGANIZATION_HEADS.has(words[stem - 1])) stem--;
  return stem;
}

/** How many words a company's name has before its legal form ("MGD Holdings | Bhd", "Mutiara Development | Sdn Bhd"). */
function withoutLegalSuffixLength(words: readonly string[]): number {
  let length = words.length;
  while (length > 1 && LEGAL_SUFFIXES.has(words[length - 1])) length--;
  return length;
}

/** An index of the drafts by a key: a key of one draft holds that draft's own list of itself (ActorDraft.alone). */
type DraftsByKey<K> = Map<K, readonly ActorDraft[]>;

/**
 * Adds `draft` to the list of `key`; whether the key is new. Most keys name one draft: they share
 * its list of itself, where a list per key was most of what a keystroke's regrouping allocated.
 * A list of one is always such a shared one, never added to: a second draft makes a list of two.
 */
function push<K>(map: DraftsByKey<K>, key: K, draft: ActorDraft): boolean {
  const list = map.get(key);
  if (!list) map.set(key, draft.alone);
  else if (list.length === 1) {
    if (list[0] !== draft) map.set(key, [list[0], draft]);
  } else if (!list.includes(draft)) (list as ActorDraft[]).push(draft);
  return !list;
}

const NO_DRAFTS: readonly ActorDraft[] = [];
/** A given name of peopleByGivenName, its fold (foldName), and its number in the order they came. */
interface GivenNameEntry {
  given: string;
  folded: string;
  order: number;
}

const NO_GIVEN_NAMES: readonly GivenNameEntry[] = [];

/**
 * The registry's indexes of the drafts by their forms (and the words its organizations make place
 * names). Filings name an index by its number here: the registry finds it in a list, where reading
 * it by name, a different name at each filing, was a slow lookup.
 */
const DRAFT_INDEXES = [
  'byForm',
  'byAcronym',
  'peopleBySurname',
  'peopleBySurnameEnds',
  'peopleByGivenName',
  'peopleByEastSlavicName',
  'peopleByKoreanName',
  'organizationsByShortForm',
  'organizationsByWord',
  'organizationsByLastWord',
  'organizationsByOpening',
  'places',
  'placesByInitials',
  'placesNamedByInstitutions',
  'venuesByFirstWord',
  'peopleByInnerWord',
  'peopleByInitials',
] as const;
type DraftIndex = (typeof DRAFT_INDEXES)[number];
const PEOPLE_BY_GIVEN_NAME_INDEX = DRAFT_INDEXES.indexOf('peopleByGivenName');
const PLACES_INDEX = DRAFT_INDEXES.indexOf('places');
const PLACES_BY_INITIALS_INDEX = DRAFT_INDEXES.indexOf('placesByInitials');
const PLACES_NAMED_BY_INSTITUTIONS_INDEX = DRAFT_INDEXES.indexOf('placesNamedByInstitutions');
const VENUES_BY_FIRST_WORD_INDEX = DRAFT_INDEXES.indexOf('venuesByFirstWord');

/**
 * The indexes a form files its draft in (numbered in DRAFT_INDEXES), each followed by the key it is
 * filed under there. One list, not a pair per filing nor a list of indexes and one of keys: each
 * keystroke files every form again, and each object more was one more read from memory.
 */
type Filings = readonly (number | string)[];

/**
 * The keys of the form `words`, with where a draft of `kind` is filed by it (`filings`, in order):
 * worked out once per form and kind, not again each time a keystroke regroups the document.
 */
function filingsOf(words: readonly string[], kind: ActorKind): FormKeys {
  const keys = keysOf(words);
  if (keys.filedAs !== kind) {
    // From the keys' own words: the filings' keys are kept with them.
    keys.filings = fileForm(keys.words, kind, keys);
    keys.filedAs = kind;
  }
  return keys;
}

/** The filings of `words` as a form of a `kind` draft; the shape of a person's given name goes to `keys`. */
function fileForm(words: readonly string[], kind: ActorKind, keys: FormKeys): Filings {
  const filings: (number | string)[] = [];
  const file = (index: DraftIndex, key: string | number) => filings.push(DRAFT_INDEXES.indexOf(index), key);
  file('byForm', formKey(words));
  const fileSurname = (written: string) => {
    const surname = foldName(written);
    file('peopleBySurname', surname);
    file('peopleBySurnameEnds', ends(surname));
  };
  if (kind === 'person') {
    if (words.length >= NAME_OF_THREE) fileLongName(words, file);
    const name = withoutSuffix(words);
    const ordered = inGivenNameOrder(name);
    fileSurname(lastOf(ordered));
    const eastSlavic = eastSlavicKeyOf(ordered);
    if (eastSlavic !== null) file('peopleByEastSlavicName', eastSlavic);
    const joined = joinedSurname(name);
    if (joined !== null) fileSurname(joined);
    const paternal = paternalSurname(name);
    if (paternal !== null) fileSurname(paternal);
    const first = surnameFirst(name);
    if (first !== null) {
      fileSurname(first);
      file('peopleByKoreanName', foldKoreanName(name));
    } else if (name.length >= 2) {
      file('peopleByGivenName', ordered[0]);
      keys.givenNameFold = foldName(ordered[0]);
    }
  } else if (kind === 'organization') {
    file('byAcronym', isAcronym(words) ? acronymKey(words[0]) : initials(words));
    const withOf = initialsWithOf(words);
    if (withOf !== null) file('byAcronym', withOf);
    const holders = officeHoldersInitials(words);
    if (holders !== null) file('byAcronym', holders);
    // "AMA NSW", "UNICEF Australia": a body's branch named by its acronym and the place it serves goes by the acronym.
    if (words.length === 2 && isAcronymName([words[0]]) && (PLACES.has(words[1]) || PLACE_SHORT_FORMS.has(words[1]))) file('byAcronym', acronymKey(words[0]));
    // "White House", "City Hall": a building standing for an institution goes by its full name only;
    // "the House" after it is another body.
    const metonym = words.length >= 2 && GOVERNMENT_METONYMS.has(written(words));
    if (!metonym) for (const word of words) file('organizationsByWord', word.toLowerCase());
    if (words.length >= 2 && !metonym) fileShortForms(words, file);
  } else {
    file('places', placeKey(words));
    if (words.length >= 2 && !isAcronym(words)) file('placesByInitials', initials(words));
    if (words.length === 2 && (((VENUE_HEADS.has(words[1]) || THE_TAKING_GEOGRAPHIC_HEADS.has(words[1])) && isCoined(words[0])) || namesCountyByItsName(words))) file('venuesByFirstWord', words[0]);
  }
  return filings;
}

/** A person's name of three words or more by its inner words (peopleByInnerWord) and its initials, particles included (peopleByInitials). */
function fileLongName(words: readonly string[], file: (index: DraftIndex, key: string) => void): void {
  let letters = '';
  for (let at = 0; at < words.length; at++) {
    const word = words[at];
    letters += word[0].toUpperCase();
    // A given name inside is a middle name ("Maria Elena Quiroga … Elena"), unless the surname's particle follows it ("Lula da Silva").
    if (at > 0 && at < words.length - 1 && isCapitalized(word) && (!GIVEN_NAMES.has(word) || NAME_PARTICLES.has(words[at + 1]))) file('peopleByInnerWord', word);
  }
  file('peopleByInitials', letters);
}

// Hospitals and schools a town names after itself, an ordinary word between: "Minna General Hospital", "Jasper Middle School".
const TOWNS_FACILITY_HEADS = new Set(['Hospital', 'School']);

/** "Minna General Hospital", "Jasper Middle School": the first word is the town's ("Mayo Clinic" and "Stanford University" go by it). */
function namesTownsFacility(words: readonly string[]): boolean {
  return words.length >= 3 && TOWNS_FACILITY_HEADS.has(lastOf(words)) && words.slice(1, -1).every(isCommonWord);
}

// Heads of the groups people form where they live or work, and the plural of such people: "Homebuyers", "Tenants", "Growers".
const CIVIC_GROUP_HEADS = new Set(['Committee', 'Association', 'Coalition', 'Alliance', 'Union', 'Society', 'Federation', 'Forum', 'Council']);
const PEOPLE_PLURAL = /^\p{Lu}\p{Ll}+(?:ers|ants|ents|ors)$/u;
// Words for the people of a place together: "Kilbrannagh Community Alliance", "Millbrook Neighbourhood Association".
const COMMUNITY_WORDS = new Set(['Community', 'Neighbourhood', 'Neighborhood', 'Village', 'Parish', 'Citizens']);
const namesPeople = (word: string) => PEOPLE_PLURAL.test(word) || COMMUNITY_WORDS.has(word);

/**
 * "Semenyih Homebuyers Action Committee", "Lakeside Tenants Association": a group of people named by where they
 * are (or what they own: "Matatu Owners Association"), by them and ordinary words; the first word alone is no
 * name of the group ("Gulfstar Aviation Capital" names no people, and goes by "Gulfstar").
 */
function namesTownsGroup(words: readonly string[]): boolean {
  if (words.length < 3 || !CIVIC_GROUP_HEADS.has(lastOf(words))) return false;
  const between = words.slice(1, -1);
  return between.some(namesPeople) && between.every((w) => isCommonWord(w) || namesPeople(w));
}

/**
 * "the Harwick Board of Education", "the Eastbrook Public Schools Board of Education": a town's public body "of" a field,
 * ordinary words between the town and the body.
 */
function namesTownsBodyOfField(words: readonly string[]): boolean {
  const of = words.length >= 4 ? words.indexOf('of', 2) : -1;
  if (of < 0 || of === words.length - 1) return false;
  const body = words[of - 1];
  return (PUBLIC_BODY_WORDS.has(body) || body === 'Board') && words.slice(1, of - 1).every(isCommonWord) && !PLACES.has(words.slice(of + 1).join(' '));
}

/** The parts of an organization's name of two words or more that may stand for it later. */
function fileShortForms(words: readonly string[], file: (index: DraftIndex, key: string) => void): void {
  // "the Harwick Board of Education", "the Indus Daily": a town's public body "of" a field, or its newspaper; Harwick
  // alone is the town (a company "of" something keeps its short form: "Norvex Group of Companies"; a body "of" a place
  // is named by its field: the Chess Federation of Serbia).
  const townsBody = namesTownsBodyOfField(words) || namesTownsFacility(words);
  if ((townsBody || (words.length === 2 && NEWSPAPER_ENDINGS.has(words[1]))) && isCoined(words[0])) file('placesNamedByInstitutions', words[0]);
  else if (words.slice(1).every((w) => ORGANIZATION_HEADS.has(w) || LOCAL_GOVERNMENT_WORDS.has(w)) && !namesTownsGroup(words)) {
    // "Riverton City Council": Riverton alone is the city, not the council.
    if (words.length >= 3 && LOCAL_GOVERNMENT_WORDS.has(words[1])) file('placesNamedByInstitutions', words[0]);
    else file('organizationsByShortForm', words[0]);
  } else if (isCoined(words[0]) && !GEOGRAPHIC_HEADS.has(words[1]) && !FACILITY_HEADS.has(lastOf(words)) && !namesTownsGroup(words)) {
    // "Lumora" for Lumora Pay, "Gulfstar" for Gulfstar Aviation Capital: a made-up first word names the company on its
    // own; in the Mesilla Valley Growers Association it is a place's, and so in the Tarvik Grain Terminal, named
    // after where it stands.
    file('organizationsByShortForm', words[0]);
  }
  // "Pampa Roja" for Minera Pampa Roja: a name opened by its institution word (the Romance order)
  // goes by the coined words after it; one word alone may be a surname or a town ("Grupo Ibáñez").
  if (words.length >= 3 && ORGANIZATION_HEADS.has(words[0]) && words.slice(1).every(isCoined)) file('organizationsByShortForm', words.slice(1).join(' '));
  // "Northern Crest" for Northern Crest Airlines: the name without its institution words.
  const stem = stemLength(words);
  const stemName = stem >= 2 && stem < words.length ? words.slice(0, stem).join(' ') : null;
  if (stemName !== null && !PLACES.has(stemName)) file('organizationsByShortForm', stemName);
  // "Al Wathba Capital … Al Wathba will": read as a person's, a name drops its article ("Wathba"), so the company goes by the words after it too.
  if (stemName !== null && NAME_PARTICLES.has(words[0].toLowerCase())) file('organizationsByShortForm', words.slice(1, stem).join(' '));
  // "MGD Holdings" for MGD Holdings Bhd: the name without its legal form.
  const named = withoutLegalSuffixLength(words);
  if (named >= 2 && named < words.length && named !== stem) file('organizationsByShortForm', words.slice(0, named).join(' '));
  // "Harbour Authority" for the Port Ellis Harbour Authority: its last two words, a field and the institution word.
  if (words.length >= 3 && ORGANIZATION_HEADS.has(lastOf(words)) && isCapitalized(words[words.length - 2]) && !ORGANIZATION_HEADS.has(words[words.length - 2])) file('organizationsByShortForm', lastTwoWords(words).join(' '));
  // "the National Bank" for the National Bank of Georgia: the name before "of" and the place it serves.
  const of = words.indexOf('of');
  if (of >= 2 && of < words.length - 1 && PLACES.has(words.slice(of + 1).join(' '))) file('organizationsByShortForm', words.slice(0, of).join(' '));
  // "First Division" for the League of Ireland First Division: a body inside one named by its place, by the words after the place.
  if (of >= 1 && words.length - of >= 4 && ORGANIZATION_HEADS.has(lastOf(words))) {
    for (let end = words.length - 2; end > of + 1; end--) {
      if (PLACES.has(words.slice(of + 1, end).join(' '))) {
        file('organizationsByShortForm', words.slice(end).join(' '));
        break;
      }
    }
  }
  // "Kafue Basin" for Kafue Basin Copper: a business named after a place, by the place words (not a public body: the Mekong Delta Authority).
  if (words.length >= 3 && THE_TAKING_GEOGRAPHIC_HEADS.has(words[words.length - 2]) && !PUBLIC_BODY_WORDS.has(lastOf(words))) file('organizationsByShortForm', words.slice(0, -1).join(' '));
  // "the Association of Firefighters of Tallowby": what a body is "of" is a place, a field or people
  // (a plural: "of Firefighters"), not the body; but a campus goes by its place ("the University of
  // Northmere … at Northmere").
  const ofWhat = words[words.length - 2] === 'of' && !CAMPUS_HEADS.has(words[words.length - 3]) ? lastOf(words) : null;
  if (ofWhat === null) file('organizationsByLastWord', lastOf(words));
  else if (isCoined(ofWhat) && !ofWhat.endsWith('s')) file('placesNamedByInstitutions', ofWhat);
  file('organizationsByOpening', words[0].slice(0, CLIPPING_LENGTH));
}

/** The actors found so far, indexed by every key a later mention can match, so matching stays linear. */
class ActorRegistry {
  readonly drafts: ActorDraft[] = [];
  readonly organizationMentions = new OrganizationMentions();
  private readonly passUnderWay: PassUnderWay = { pass: 0 };
  private readonly byForm: DraftsByKey<string> = new Map();
  private readonly byAcronym: DraftsByKey<string> = new Map();
  private readonly peopleBySurname: DraftsByKey<string> = new Map();
  // By the first and last letters of the folded surname, which spelling variants share (see isSpellingVariant).
  private readonly peopleBySurnameEnds: DraftsByKey<number> = new Map();
  private readonly peopleByGivenName: DraftsByKey<string> = new Map();
  /** The given names of peopleByGivenName by the shape of their folds (givenNameShape), numbered in the order they came. */
  private readonly givenNamesByShape = new Map<number, GivenNameEntry[]>();
  /** People with an East Slavic name, by its key across romanizations (eastSlavicNameKey). */
  private readonly peopleByEastSlavicName: DraftsByKey<string> = new Map();
  /** People named in Korean order, by their romanization-folded names (foldKoreanName). */
  private readonly peopleByKoreanName: DraftsByKey<string> = new Map();
  /** Shorter forms an organization goes by: "Norvex" for Norvex Holdings, "Northern Crest" for Northern Crest Airlines. */
  private readonly organizationsByShortForm: DraftsByKey<string> = new Map();
  private readonly organizationsByWord: DraftsByKey<string> = new Map();
  private readonly organizationsByLastWord: DraftsByKey<string> = new Map();
  private readonly organizationsByOpening: DraftsByKey<string> = new Map();
  private readonly places = new Map<string, ActorDraft>();
  private readonly placesByInitials = new Map<string, ActorDraft>();
  readonly placesNamedByInstitutions = new Set<string>();
  /** Grounds and parks by their coined first word, which stands for them later: "Terryland" for Terryland Park. */
  private readonly venuesByFirstWord = new Map<string, ActorDraft>();
  /** People with a name of three words or more by its inner words ("Lula" in "Luiz Inácio Lula da Silva"; a given name only before a particle). */
  readonly peopleByInnerWord: DraftsByKey<string> = new Map();
  /** The same people by the initials of such a name, particles included: "MBS" for Mohammed bin Salman. */
  readonly peopleByInitials: DraftsByKey<string> = new Map();

  /** The indexes above, in the order of DRAFT_INDEXES. */
  private readonly indexes = DRAFT_INDEXES.map((index) => this[index]);

  create(kind: ActorKind, words: string[], declared = false): ActorDraft {
    const draft = new ActorDraft(kind, declared, kind === 'organization' ? this.organizationMentions : null, this.passUnderWay, words);
    this.drafts.push(draft);
    this.file(draft, words);
    return draft;
  }

  startPass(pass: 1 | 2): void {
    this.passUnderWay.pass = pass;
    if (pass === 1) this.organizationMentions.secondPass = this.organizationMentions.mentions.length;
  }

  addForm(draft: ActorDraft, words: string[]): void {
    // A loop, not `some` with a closure made for every full name.
    for (const form of draft.forms) if (sameStrings(form, words)) return;
    draft.addForm(words);
    this.file(draft, words);
  }

  /** Files `draft` in the indexes by its form `words`. */
  private file(draft: ActorDraft, words: readonly string[]): void {
    const formKeys = filingsOf(words, draft.kind);
    const filings = formKeys.filings!;
    for (let i = 0; i < filings.length; i += 2) {
      const index = filings[i] as number;
      const key = filings[i + 1];
      if (index === PLACES_INDEX || index === PLACES_BY_INITIALS_INDEX) (this.indexes[index] as Map<string, ActorDraft>).set(key as string, draft);
      else if (index === VENUES_BY_FIRST_WORD_INDEX) {
        if (!this.venuesByFirstWord.has(key as string)) this.venuesByFirstWord.set(key as string, draft);
      }
      else if (index === PLACES_NAMED_BY_INSTITUTIONS_INDEX) this.placesNamedByInstitutions.add(key as string);
      else {
        // (Only the surnames' ends are numbers, and only they go to peopleBySurnameEnds.)
        const isNew = push(this.indexes[index] as DraftsByKey<string | number>, key, draft);
        if (isNew && index === PEOPLE_BY_GIVEN_NAME_INDEX) this.fileGivenNameShape(key as string, formKeys.givenNameFold);
      }
    }
  }

  /** Files a given name just filed in peopleByGivenName (folded `folded`) by its shape. */
  private fileGivenNameShape(given: string, folded: string): void {
    const shape = givenNameShape(folded);
    const named = this.givenNamesByShape.get(shape);
    const entry = { given, folded, order: this.peopleByGivenName.size - 1 };
    if (named) named.push(entry);
    else this.givenNamesByShape.set(shape, [entry]);
  }

  /** A draft found to be a place after all: later mentions find it among the places. */
  makePlace(draft: ActorDraft): void {
    draft.kind = 'place';
    draft.kindGuessed = false;
    for (const form of draft.forms) this.places.set(placeKey(form), draft);
  }

  /** "B.C." for British Columbia: dotted or plain initials of a place named so far. */
  placeByInitials(words: readonly string[]): ActorDraft | undefined {
    return isAcronym(words) ? this.placesByInitials.get(acronymKey(words[0])) : undefined;
  }

  /** A place named after its initials ("HARROW LAKE, B.C. — ... British Columbia"): the initials' actor, now a place. */
  initialsOfPlace(words: readonly string[]): ActorDraft | undefined {
    if (words.length < 2) return undefined;
    const initialsOnly = this.byAcronym.get(initials(words))?.find((d) => d.kind === 'organization' && d.forms.every(isAcronym));
    if (initialsOnly) initialsOnly.kind = 'place';
    return initialsOnly;
  }

  place(words: readonly string[]): ActorDraft | undefined {
    return this.places.get(placeKey(words));
  }

  /** The ground or park a lone word opens the name of (venuesByFirstWord), the first named so. */
  venueByFirstWord(word: string): ActorDraft | undefined {
    return this.venuesByFirstWord.get(word);
  }

  withForm(words: readonly string[], kind?: ActorKind): ActorDraft | undefined {
    return this.withFoldedForm(formKey(words), kind);
  }

  /** withForm by the form's key (formKey), where a form of one word is its fold alone. */
  private withFoldedForm(folded: string, kind?: ActorKind): ActorDraft | undefined {
    // A loop, not `find` with a closure made at every lookup.
    const named = this.byForm.get(folded);
    if (named) for (const draft of named) if (kind === undefined || draft.kind === kind) return draft;
    return undefined;
  }

  /** Same full name or a spelling variant of it (given names must agree), else a person known so far by surname only. */
  person(asWritten: readonly string[]): ActorDraft | undefined {
    const words = inGivenNameOrder(withoutSuffix(asWritten));
    // "Choe Sung-min" after "Choi Seung-min": a Korean name romanized another way.
    const korean = surnameFirst(words) !== null ? this.peopleByKoreanName.get(foldKoreanName(words)) : undefined;
    if (korean) return korean[0];
    // "Boateng Mensah" after "Nana Kofi Boateng-Mensah": a double surname written without its hyphen.
    const unhyphenated = words.length === 2 ? (this.peopleBySurname.get(foldedHyphenated(words)) ?? NO_DRAFTS).find(hasHyphenatedSurname) : undefined;
    if (unhyphenated) return unhyphenated;
    const joined = joinedSurname(words);
    const bySurname = this.surnameMatches(lastOf(words), foldedLast(words));
    // "Tavares Leal" after "Rui Tavares Leal", "Teixeira da Silva" after "Marcelo Teixeira da Silva": the
    // surnames without the given names (not "Maria Lopez" after "Ana Maria Lopez").
    const folded = words.length >= 2 && !opensWithGivenName(words) ? foldedRunTogether(words) : null;
    const surnames = folded !== null ? bySurname.find((d) => d.hasFormEndingIn(folded)) : undefined;
    if (surnames) return surnames;
    const sameSurname = joined ? [...new Set([...bySurname, ...this.surnameMatches(joined)])] : bySurname;
    const suffix = suffixOf(asWritten);
    // A name without a suffix agrees with every draft: no copy of the list to make.
    const candidates = suffix === null ? sameSurname : sameSurname.filter((d) => suffixesAgree(d, asWritten));
    // "Reyes Jr." after "Jose Reyes Jr.": a surname and a suffix name the one who has both.
    if (words.length === 1 && suffix !== null) return candidates.find((d) => d.forms.some((f) => suffixOf(f) === suffix));
    return (
      candidates.find((d) => d.forms.some((f) => f.length >= 2 && sameGivenName(givenNameAfterInitials(inGivenNameOrder(f)), givenNameAfterInitials(words)))) ??
      candidates.find((d) => d.forms.every((f) => f.length === 1)) ??
      // "Alexei Gnatyuk" for Oleksiy Hnatyuk: the Russian romanization of a Ukrainian name (its key read only when needed).
      this.peopleByEastSlavicName.get(eastSlavicKeyOf(words) ?? '')?.[0] ??
      // "Moriyasu Kenji" beside "Kenji Moriyasu": Japanese copy gives a name in either order.
      // By the key alone (kept with the keys of the name as written): a list made for it would be keyed (keysOf) and kept for nothing.
      (asWritten.length === 2 ? this.withFoldedForm(foldedSwapped(asWritten as readonly [string, string]), 'person') : undefined)
    );
  }

  /** People whose surname is written as `word` (spelling variants aside). */
  peopleWithSurname(word: string, folded = foldName(word)): readonly ActorDraft[] {
    return this.peopleBySurname.get(folded) ?? NO_DRAFTS;
  }

  /** People whose surname is `word` or a spelling variant of it; `folded` is foldName(word), when known. */
  surnameMatches(word: string, folded = foldName(word)): readonly ActorDraft[] {
    const exact = this.peopleWithSurname(word, folded);
    const sameEnds = this.peopleBySurnameEnds.get(ends(folded)) ?? NO_DRAFTS;
    // Usually everyone with these first and last letters has this very surname.
    if (sameEnds.length === exact.length) return exact;
    // A loop, not a filtered list and a copy joining it to `exact`: most of these ask in vain.
    let matches: ActorDraft[] | null = null;
    for (const d of sameEnds) if (!exact.includes(d) && d.endsInVariantOf(word, folded)) (matches ??= [...exact]).push(d);
    return matches ?? exact;
  }

  peopleWithGivenName(word: string): readonly ActorDraft[] {
    return this.peopleByGivenName.get(word) ?? NO_DRAFTS;
  }

  /**
   * People whose given name is this one spelled another way, in the order their names came. Only
   * the names of a shape a variant can have are read, not every given name of the document.
   */
  peopleWithGivenNameVariant(word: string): readonly ActorDraft[] {
    const variants: GivenNameEntry[] = [];
    const folded = foldName(word);
    for (const shape of givenNameVariantShapes(folded)) {
      for (const entry of this.givenNamesByShape.get(shape) ?? NO_GIVEN_NAMES) if (entry.given !== word && isGivenNameVariantOfFolds(entry.given, entry.folded, word, folded)) variants.push(entry);
    }
    const found: ActorDraft[] = [];
    for (const { given } of variants.sort((a, b) => a.order - b.order)) found.push(...this.peopleByGivenName.get(given)!);
    return [...new Set(found)];
  }

  organization(words: readonly string[]): ActorDraft | undefined {
    const named = this.withForm(words, 'organization') ?? this.singularOrPlural(words);
    if (named) return named;
    const key = isAcronym(words) ? acronymKey(words[0]) : initials(words);
    // One initial says nothing: "As" in a headline is not the agency that has an acronym.
    if (key.length < 2) return undefined;
    // An acronym meets its full name (EU / European Union, BOJ / Bank of Japan); two full names never meet by initials.
    const meets = (d: ActorDraft) => d.forms.some((f) => isAcronym(f) !== isAcronym(words)) || (isAcronym(words) && d.forms.some(isAcronym));
    // The other initials a full name goes by, worked out only when the plain initials meet nothing.
    const byInitials = (initialsOf: (words: readonly string[]) => string | null) => {
      const other = isAcronym(words) ? null : initialsOf(words);
      return other !== null ? this.byAcronym.get(other)?.find(meets) : undefined;
    };
    return this.byAcronym.get(key)?.find(meets) ?? byInitials(initialsWithOf) ?? byInitials(officeHoldersInitials);
  }

  /** "Houthi delegations … the Houthis", "the Conservatives … a Conservative": a movement's one-word name in the other number. */
  private singularOrPlural(words: readonly string[]): ActorDraft | undefined {
    if (words.length !== 1 || isAcronym(words)) return undefined;
    const other = otherNumberFolded(words);
    return other === null ? undefined : this.withFoldedForm(other, 'organization');
  }

  /**
   * "Finance Ministry" for the Ministry of Finance, "the transport ministry" for the Ministry of Land,
   * Infrastructure, Transport and Tourism, and the other way round: a portfolio's ministry and a
   * ministry named with that portfolio are one.
   */
  ministryOfPortfolio(words: readonly string[], offset: number): ActorDraft | undefined {
    const isPortfolioMinistry = (f: readonly string[]) => f.length === 2 && f[1] === 'Ministry';
    const holds = (f: readonly string[], portfolio: string) => f[0] === 'Ministry' && f.some((w) => w === portfolio || w === `${portfolio},`);
    // "the energy ministry" after "the Saudi energy ministry": the nation's one, the latest named.
    const qualifies = (f: readonly string[], portfolio: string) => f.length === 3 && f[1] === portfolio && f[2] === 'Ministry';
    const ministries = this.organizationsNamedWith('ministry');
    if (isPortfolioMinistry(words)) return latestBefore(ministries.filter((d) => d.forms.some((f) => holds(f, words[0]) || qualifies(f, words[0]))), offset);
    if (words[0] !== 'Ministry' || words.length < 3) return undefined;
    return latestBefore(ministries.filter((d) => d.forms.some((f) => isPortfolioMinistry(f) && holds(words, f[0]))), offset);
  }

  /** "Norvex" for Norvex Holdings; "the Guild" for the Municipal Employees Guild. `coined` is isCoined(word). */
  organizationByShortName(word: string, coined: boolean, offset: number): ActorDraft | undefined {
    // The last word names the whole when it is an institution word or a coined one, not an ordinary word: "Power", "Pay".
    const namesWhole = ORGANIZATION_HEADS.has(word) || coined;
    const byFirstWord = this.organizationWithShortForm(word);
    const byLastWord = namesWhole ? latestBefore(this.organizationsByLastWord.get(word) ?? NO_DRAFTS, offset) : undefined;
    // "Alvorada" after Clube Desportivo Alvorada and the supporters' group Alvorada Sempre: a coined
    // word that ends one name and opens another is the one introduced first, the story's subject.
    if (byFirstWord && byLastWord && byFirstWord !== byLastWord && !ORGANIZATION_HEADS.has(word)) return byLastWord.introduced < byFirstWord.introduced ? byLastWord : byFirstWord;
    return byFirstWord ?? byLastWord;
  }

  organizationByShortForm(words: readonly string[]): ActorDraft | undefined {
    return this.organizationWithShortForm(written(words));
  }

  /** The organization going by this short form, written out: a single word asks without a word list of its own. */
  private organizationWithShortForm(written: string): ActorDraft | undefined {
    return this.organizationsByShortForm.get(written)?.[0];
  }

  /** "Fed" for the Federal Reserve: the leading clipping of a named institution's first word. `coined` is isCoined(word). */
  organizationByClipping(word: string, coined: boolean): ActorDraft | undefined {
    // An ordinary word is no clipping: "Can they stay?" says nothing of the Canadian Armed Forces.
    if (word.length < CLIPPING_LENGTH || !coined) return undefined;
    const clips = (f: readonly string[]) => f.length >= 2 && f[0].length >= word.length + 2 && f[0].startsWith(word);
    return this.organizationsByOpening.get(word.slice(0, CLIPPING_LENGTH))?.find((d) => d.forms.some(clips));
  }

  organizationsNamedWith(word: string): readonly ActorDraft[] {
    return this.organizationsByWord.get(word.toLowerCase()) ?? NO_DRAFTS;
  }
}

/**
 * A one-word name in the other number ("Houthi" / "Houthis"), or null for a common noun or an
 * institution word: "Orders Banks to Report" beside the Bank is many banks, not the one. By word,
 * as every one-word organization asks again at each keystroke.
 */
const otherNumber = memoizeByString((word: string): string | null => {
  const singular = word.endsWith('s') ? word.slice(0, -1) : word;
  if (COMMON_WORDS.has(singular.toLowerCase()) || ORGANIZATION_HEADS.has(singular)) return null;
  return singular === word ? `${word}s` : singular;
});

/**
 * "Rhiannon Price … Joanne Pryce … Pryce said": of several people whose surnames fold alike, those
 * with the very spelling (case aside), if any; a near spelling is a variant only of a name alone.
 */
function writtenSo(people: readonly ActorDraft[], word: string): readonly ActorDraft[] {
  if (people.length < 2) return people;
  const written = word.toLowerCase();
  const exact = people.filter((d) => d.forms.some((f) => f.some((w) => w.toLowerCase() === written)));
  return exact.length > 0 ? exact : people;
}

/** The one person of `people` introduced before `offset`, if there is one alone. */
function onlyIntroducedBefore(people: readonly ActorDraft[], offset: number): ActorDraft | undefined {
  let found: ActorDraft | undefined;
  for (const d of people) {
    if (d.introduced >= offset) continue;
    if (found) return undefined;
    found = d;
  }
  return found;
}

/** Of several people with one surname, the first introduced before `offset` (else the first at all). */
function principal(people: readonly ActorDraft[], offset: number): ActorDraft {
  // Mostly one person, asked of at every surname: no lists or closures to make for them.
  if (people.length === 1) return people[0];
  let before: ActorDraft | undefined;
  for (const d of people) if (d.introduced < offset && (before === undefined || d.introduced < before.introduced)) before = d;
  return before ?? people.reduce((a, b) => (b.introduced < a.introduced ? b : a));
}

/**
 * The candidate whose latest mention before `offset` is nearest; one only mentioned later still
 * beats none. Candidates that are bodies inside the institution `subBodiesOf` names (isSubBodyOf)
 * are passed over: read in the loop, not by a filtered copy of every institution's list.
 */
function latestBefore(candidates: readonly ActorDraft[], offset: number, subBodiesOf?: string): ActorDraft | undefined {
  let best: ActorDraft | undefined;
  let bestScore = -Infinity;
  for (const draft of candidates) {
    if (subBodiesOf !== undefined && isSubBodyOf(draft, subBodiesOf)) continue;
    const at = draft.lastMentionBefore(offset);
    const score = at >= 0 ? at : -1 - draft.firstMention;
    if (score > bestScore) {
      best = draft;
      bestScore = score;
    }
  }
  return best;
}

const QUALIFIED_NOUN_AFTER = /^ \p{Ll}/u;
const QUALIFYING_LEAD = /\b(?:(?:of|for|from|with|without|on|in|to|by|over|about|against|into|under)\s+the|its|their|his|her|our)\s$/i;
// "he told the business daily Delovoy Almaty": a medium named only as the listener.
const LISTENER_LEAD = /\b(?:told|tells|telling|interview\s+with|spoke\s+to|speaking\s+to|talking\s+to)\s+(?:the\s+)?(?:[\p{Ll}-]+\s+){0,3}$/u;
// "posted the order on X", "wrote on LinkedIn": a platform something was published on.
const PLATFORM_LEAD = /\b(?:posted|published|wrote|written|shared|announced|said)\b[^.;:!?]{0,30}\son\s+$/;

/**
 * "Aksel had cash to last without the Corvane payments. The company said", "its Aurora satellite":
 * a name that only qualifies a noun is not what the reader follows.
 */
function qualifiesNoun(text: string, m: Span): boolean {
  if (QUALIFIED_NOUN_AFTER.test(text.slice(m.end, m.end + 2)) && QUALIFYING_LEAD.test(text.slice(Math.max(0, m.start - 16), m.start))) return true;
  // A medium only spoken to, or published on, does not act: "he told the business daily Delovoy Almaty. ... the company said".
  const lead = text.slice(Math.max(0, m.start - 48), m.start);
  return LISTENER_LEAD.test(lead) || PLATFORM_LEAD.test(lead);
}

/**
 * "The company said": the business named last before, when no business has the word in its name.
 * `readAsQualifier` answers qualifiesNoun of an occurrence, by index.
 */
function latestBusinessBefore(named: OrganizationMentions, offset: number, readAsQualifier: (index: number) => boolean): ActorDraft | undefined {
  const isBusiness = (d: ActorDraft) => !d.forms.some((f) => f.some((w) => PUBLIC_BODY_WORDS.has(w)) || isAcronym(f));
  // Only one named before counts (never one named later). The first pass's mentions and the
  // second pass's so far are two runs in document order, read back together, latest first.
  const { mentions, sources, drafts } = named;
  const split = Math.min(named.secondPass, mentions.length);
  let first = firstStartingAtOrAfter(mentions, offset, 0, split) - 1;
  let second = mentions.length - 1;
  while (second >= split && mentions[second].start >= offset) second--;
  while (first >= 0 || second >= split) {
    const k = second >= split && (first < 0 || mentions[second].start > mentions[first].start) ? second-- : first--;
    const draft = drafts[k];
    if (draft.kind === 'organization' && !readAsQualifier(sources[k]) && isBusiness(draft)) return draft;
  }
  return undefined;
}

/** Actors, and what decided them beyond the occurrences themselves, so a later analysis can tell whether they still hold. */
export interface Clustering {
  actors: Actor[];
  /** Each actor's mentions, as indices of their occurrences. */
  sources: number[][];
  textReads: TextReads;
}

/**
 * What the grouping reads in the text around an occurrence, beyond the occurrence itself. Every
 * such reading goes through `readAround`, which notes its answer: the same occurrences in a text
 * that reads alike there are grouped alike (readsAlike).
 */
const TEXT_READINGS = {
  /** Whether the words around a bare name make it a person. */
  personInContext: isPersonInContext,
  /** Whether a later mention of a bare name makes it a person. */
  personFurtherOn: isPersonFurtherOn,
  /** Whether "the" stands before a place name that may be a business's short form. */
  followsThe: (text: string, o: Occurrence) => followsThe(text, o.start),
  /** Whether an organization's name only qualifies a noun. */
  qualifiesNoun,
  /** Whether the words around a place's name say the place, not a side named after it. */
  placeInContext,
};

// "in Liverpool", "the city of Liverpool": words that put a name where a place stands.
const PLACE_LEAD = /\b(?:in|near|outside|around|across|from|into|through|(?:city|town|streets|people|mayor) of)\s+$/;
// "LIVERPOOL, England —": the dateline's shouted city, or a city with its country or state after a comma.
const REGION_AFTER = /^,\s+(\p{Lu}[\p{L}.]*(?: \p{Lu}[\p{L}.]*)?)/u;
// "Madrid’s city council", "Madrid Mayor José Luis …", "Madrid residents": the city's government and people.
const CIVIC_AFTER = /^(?:['’]s)?\s+(?:city|town|mayor|Mayor|council|City Council|municipal|residents|police)\b/;

function placeInContext(text: string, o: Occurrence): boolean {
  if (o.text === o.text.toUpperCase() || PLACE_LEAD.test(text.slice(Math.max(0, o.start - 24), o.start))) return true;
  const after = text.slice(o.end, o.end + 32);
  if (CIVIC_AFTER.test(after)) return true;
  const region = REGION_AFTER.exec(after)?.[1];
  return region !== undefined && PLACES.has(region);
}

// The last (or first) two words of a name's word list, one array per list: its form keys are then worked out
// once (keysOf keeps them by array), not again for a new slice in every grouping.
const lastTwo = new WeakMap<readonly string[], readonly string[]>();
const firstTwo = new WeakMap<readonly string[], readonly string[]>();
function twoWordsOf(pairs: WeakMap<readonly string[], readonly string[]>, words: readonly string[], start: number): readonly string[] {
  let pair = pairs.get(words);
  if (!pair) pairs.set(words, (pair = words.slice(start, start + 2)));
  return pair;
}
const lastTwoWords = (words: readonly string[]) => twoWordsOf(lastTwo, words, words.length - 2);
const firstTwoWords = (words: readonly string[]) => twoWordsOf(firstTwo, words, 0);

/**
 * Names that the words around one mention make an organization's, though the name alone reads as
 * a place or a person: a city's name a sports side takes ("Liverpool beat Arsenal 2-1"), a
 * broadcaster named with the Arabic article ("told Al Jazeera"). By their form keys.
 */
function organizationsNamedOtherwise(occurrences: readonly Occurrence[]): Set<string> {
  const named = new Set<string>();
  for (const o of occurrences) {
    if (o.kind === 'organization' && o.evidence === 'strong' && ((o.words.length === 1 && PLACES.has(o.words[0])) || isGivenName(o.words[0]))) named.add(formKey(o.words));
  }
  // A name written as a person's elsewhere (a title, a given name and a surname) stays as the clustering reads it.
  if (named.size > 0) for (const o of occurrences) if (o.kind === 'person' && o.evidence === 'strong') named.delete(formKey(o.words));
  return named;
}

type TextReading = keyof typeof TEXT_READINGS;

/** The answers of each reading, by occurrence index. */
export type TextReads = Record<TextReading, Map<number, boolean>>;

/** Whether `text` reads as `reads` say around `occurrences` (those of `reads`, moved or not). */
export function readsAlike(reads: TextReads, text: string, occurrences: readonly Occurrence[]): boolean {
  for (const reading of Object.keys(reads) as TextReading[]) {
    for (const [i, answer] of reads[reading]) if (TEXT_READINGS[reading](text, occurrences[i]) !== answer) return false;
  }
  return true;
}

/**
 * Groups mention candidates into actors: full names first (so a surname can find its person
 * wherever it appears), then surnames, given names, short names, acronyms, places and agent
 * descriptions.
 */
export function resolveActors(text: string, occurrences: readonly Occurrence[], dictionary: UserDictionary, formKeys: FormKeyTable = new WeakMap()): Clustering {
  formKeysOf = formKeys;
  if (formKeysByWritten.size > PHRASE_MEMO_LIMIT) formKeysByWritten = new Map();
  lastForm = null;
  const registry = new ActorRegistry();
  for (const declared of dictionary.actors) {
    const draft = registry.create(declared.kind, declared.name.split(/\s+/), true);
    for (const alias of declared.aliases ?? []) registry.addForm(draft, alias.split(/\s+/));
    if (declared.role) draft.addRole(declared.role);
  }
  const notActors = new Set(dictionary.notActors.map((name) => name.toLowerCase()));
  const isLive = (o: Occurrence) => notActors.size === 0 || (!notActors.has(o.text.toLowerCase()) && !notActors.has(written(o.words).toLowerCase()));

  const declaredFor = (o: Occurrence) => {
    if (dictionary.actors.length === 0) return undefined;
    const known = registry.withForm(o.words);
    return known?.declared ? known : undefined;
  };
  const isFullName = (o: Occurrence) =>
    o.agentNoun === null &&
    o.evidence !== 'weak' &&
    // A single word may be the surname of someone named in full later, so it waits for pass two,
    // unless it is a place or an acronym.
    (o.words.length >= 2 || o.aliasOf !== null || (o.evidence === 'strong' && (o.kind === 'place' || (o.kind === 'organization' && isAcronym(o.words)))));

  const textReads: TextReads = { personInContext: new Map(), personFurtherOn: new Map(), followsThe: new Map(), qualifiesNoun: new Map(), placeInContext: new Map() };
  const readAround = (reading: TextReading) => (index: number) => {
    const answer = TEXT_READINGS[reading](text, occurrences[index]);
    textReads[reading].set(index, answer);
    return answer;
  };
  const readAsPerson = readAround('personInContext');
  const readAsPersonFurtherOn = readAround('personFurtherOn');
  const readAsQualifier = readAround('qualifiesNoun');
  const readFollowsThe = readAround('followsThe');
  const readAsPlace = readAround('placeInContext');

  const namedOtherwise = organizationsNamedOtherwise(occurrences);
  // The organization such a name stands for wherever the words around it do not say the place, and
  // it was read a person by its shape alone; else undefined (see organizationsNamedOtherwise).
  const organizationNamedOtherwise = (index: number) => {
    const o = occurrences[index];
    // A name without a kind is never read again (below): asked before its key is looked up.
    if (namedOtherwise.size === 0 || o.kind === null || (o.kind === 'person' && o.evidence === 'strong') || !namedOtherwise.has(formKey(o.words))) return undefined;
    const reread = o.kind === 'organization' || (o.kind === 'place' && !readAsPlace(index)) || (o.kind === 'person' && o.evidence !== 'strong');
    return reread ? (registry.withForm(o.words, 'organization') ?? registry.create('organization', o.words)) : undefined;
  };

  // "Premier Tim Houston ... “This is serious,” Houston said": a place name that is the surname of
  // someone named earlier is that person when the words around it say so.
  const personNamedLikePlace = (index: number) => {
    const o = occurrences[index];
    if (o.kind !== 'place' || o.words.length !== 1) return undefined;
    const people = registry.peopleWithSurname(o.words[0], formKey(o.words));
    return people.length > 0 && readAsPerson(index) ? principal(people, o.start) : undefined;
  };

  // "Kafue Basin, which is owned by ...": a place name that takes "the", written without it, waits
  // to see whether a business is named after it ("Kafue Basin Copper"), wherever that comes.
  const mayBeBusinessShortForm = (index: number) => {
    const o = occurrences[index];
    if (o.kind !== 'place' || o.words.length !== 2 || !THE_TAKING_GEOGRAPHIC_HEADS.has(o.words[1])) return false;
    return !readFollowsThe(index) && !PLACES.has(written(o.words));
  };

  // "Gutiérrez Olmos widens lead" over "… María Fernanda Gutiérrez Olmos …": a double surname written
  // before the full name it ends waits for that name, as a lone surname does; so does a caption's
  // "Marcela Ordonez", given name and first surname, before "Marcela Ordóñez Villatoro".
  const fullNamesByPart = new Map<string, number>();
  // "High Court orders Mutiara Gemilang to pay" over "… Mutiara Gemilang Development Sdn Bhd …", "Seri Indah
  // Holdings" before "Seri Indah Holdings Sdn Bhd": a company's leading words, written before its registered
  // name, wait for it too, whatever they read as alone; so does a name's stem before its institution words
  // ("Watchdog orders Celtic Link to sell" over "Celtic Link Ferries"). By the start of the first such name.
  const companiesByLeadingWords = new Map<string, number>();
  const noteLeadingWords = (o: Occurrence, k: number) => {
    const key = formKey(o.words.slice(0, k));
    if (!companiesByLeadingWords.has(key)) companiesByLeadingWords.set(key, o.start);
  };
  for (const o of occurrences) {
    if (o.kind === 'organization' && o.words.length >= 3) {
      if (LEGAL_SUFFIXES.has(o.words[o.words.length - 1])) for (let k = withoutLegalSuffixLength(o.words); k >= 2; k--) noteLeadingWords(o, k);
      else if (!o.words.includes('of')) {
        const stem = stemLength(o.words);
        if (stem >= 2 && stem < o.words.length) noteLeadingWords(o, stem);
      }
    }
    if (o.kind !== 'person' || o.words.length < 3) continue;
    const tail = formKey(lastTwoWords(o.words));
    if (!fullNamesByPart.has(tail)) fullNamesByPart.set(tail, o.start);
    if (o.words.length !== 3) continue;
    const head = formKey(firstTwoWords(o.words));
    if (!fullNamesByPart.has(head)) fullNamesByPart.set(head, o.start);
  }
  const shortensLaterFullName = (o: Occurrence) => o.kind === 'person' && o.words.length === 2 && o.aliasOf === null && o.start < (fullNamesByPart.get(formKey(o.words)) ?? -1);
  const shortensLaterCompany = (o: Occurrence) =>
    companiesByLeadingWords.size > 0 && o.words.length >= 2 && o.kind !== 'place' && !(o.kind === 'person' && o.evidence === 'strong') && o.start < (companiesByLeadingWords.get(formKey(o.words)) ?? -1);

  // Occurrences go by index: each mention keeps the index of its own (Clustering.sources).
  const deferred: number[] = [];
  for (let index = 0; index < occurrences.length; index++) {
    const occurrence = occurrences[index];
    if (!isLive(occurrence)) continue;
    const declared = declaredFor(occurrence);
    const organization = declared ? undefined : organizationNamedOtherwise(index);
    if (organization) {
      organization.addMention(occurrence, index, 'full');
      continue;
    }
    const person = declared ? undefined : personNamedLikePlace(index);
    if (person) {
      person.addMention(occurrence, index, 'surname');
      continue;
    }
    if (!declared && (mayBeBusinessShortForm(index) || !isFullName(occurrence) || shortensLaterFullName(occurrence) || shortensLaterCompany(occurrence))) {
      deferred.push(index);
      continue;
    }
    // "Rajasthan HC … The Rajasthan High Court", "No 10 … Downing Street": a short form written first is named by the full
    // name it stands for where the text writes that too.
    const draft = declared ?? fullMatch(registry, occurrence) ?? registry.create(occurrence.kind ?? 'person', fullNameOf(occurrences, index));
    registry.addForm(draft, occurrence.words);
    draft.addMention(occurrence, index, isAcronym(occurrence.words) ? 'acronym' : 'full');
  }

  // "Mbatha was clipped … Duarte said Mbatha would have a scan and that he feared", "Ferreira-Obi converted … through
  // Ferreira-Obi, who curled": a bare name that says nothing where it is first read may say a person further on. Only a name about to be
  // guessed an institution asks, and the later bare mentions of each word are listed once, when first asked.
  let bareByWord: Map<string, number[]> | null = null;
  const readAsPersonAnywhere = (index: number) => {
    if (readAsPerson(index)) return true;
    if (bareByWord === null) {
      bareByWord = new Map();
      for (const i of deferred) {
        const o = occurrences[i];
        if (o.words.length !== 1 || o.kind === 'organization' || o.kind === 'place' || o.agentNoun !== null) continue;
        const list = bareByWord.get(o.words[0]);
        if (list) list.push(i);
        else bareByWord.set(o.words[0], [i]);
      }
    }
    // The words around a mention are read (and noted, to be read again for every later analysis) for the next few only.
    let reads = 0;
    for (const i of bareByWord.get(occurrences[index].words[0]) ?? NONE) {
      if (i <= index) continue;
      if (occurrences[i].kind === 'person' || (reads++ < LATER_MENTIONS_READ && readAsPersonFurtherOn(i))) return true;
    }
    return false;
  };

  registry.startPass(1);
  const unmatched: number[] = [];
  for (const index of deferred) {
    const occurrence = occurrences[index];
    if (mayBeBusinessShortForm(index)) {
      const draft = registry.organizationByShortForm(occurrence.words) ?? registry.place(occurrence.words) ?? registry.create('place', occurrence.words);
      registry.addForm(draft, occurrence.words);
      draft.addMention(occurrence, index, 'full');
      continue;
    }
    if (occurrence.agentNoun !== null) {
      const noun = occurrence.agentNoun;
      const institution =
        latestBefore(registry.organizationsNamedWith(noun), occurrence.start, noun) ??
        (BUSINESS_NOUNS.has(noun.toLowerCase()) ? latestBusinessBefore(registry.organizationMentions, occurrence.start, readAsQualifier) : undefined);
      // A capitalized institution word with nothing to refer back to is a name itself: "Congress".
      if (institution) institution.addMention(occurrence, index, 'description');
      else if (isCapitalized(occurrence.words[0]) && !occurrence.sentenceInitial) registry.create('organization', occurrence.words).addMention(occurrence, index, 'full');
      continue;
    }
    if (shortensLaterFullName(occurrence)) {
      const person = registry.person(occurrence.words) ?? registry.create('person', occurrence.words);
      registry.addForm(person, occurrence.words);
      person.addMention(occurrence, index, 'full');
      continue;
    }
    const draft = shortMatch(registry, occurrence) ?? newActorFromShortName(registry, readAsPersonAnywhere, occurrences, index);
    // "taken from Kumasi … open in Kumasi": a name guessed an institution, later read as a place, is one; read as an
    // institution where it stands, the guess holds ("Zorvas said … an offer from Zorvas … protests in Zorvas").
    if (draft?.kindGuessed && occurrence.kind !== null) {
      // A person's guess holds once a mention says a person by more than its shape (a title, a role, "who", an age).
      if (occurrence.kind === 'organization' || (occurrence.kind === 'person' && draft.kind === 'person' && (occurrence.evidence === 'strong' || occurrence.title !== null || occurrence.roles.length > 0))) draft.kindGuessed = false;
      else if (occurrence.kind === 'place' && draft.forms.every((f) => f.length === 1)) registry.makePlace(draft);
    }
    if (draft) addShortMention(registry, draft, occurrences, index);
    else if (occurrence.evidence === 'weak') unmatched.push(index);
  }

  // A doubtful word ("Aerolis, the Toulouse-based planemaker, said" opening a paragraph) also
  // joins an actor the text names only further on.
  registry.startPass(2);
  for (const index of unmatched) {
    const draft = shortMatch(registry, occurrences[index]);
    if (draft) addShortMention(registry, draft, occurrences, index);
  }

  return { ...finish(registry.drafts.filter((d) => d.hasMentions), occurrences.length, hasNoBreakSpace(text)), textReads };
}

/** The words of the occurrence at `index`, or those of the full name it stands for (aliasOf) where a later occurrence is written so. */
function fullNameOf(occurrences: readonly Occurrence[], index: number): string[] {
  const { words, aliasOf } = occurrences[index];
  if (aliasOf === null) return words;
  for (let i = index + 1; i < occurrences.length; i++) if (sameStrings(occurrences[i].words, aliasOf)) return aliasOf;
  return words;
}

/**
 * "Senate Banking Committee" for "Senate", "Rovers Supporters’ Trust" for "Rovers": a body inside the institution the
 * noun names, or another body named after it with a head of its own, not that institution.
 */
function isSubBodyOf(draft: ActorDraft, noun: string): boolean {
  // The head before the lower-cased first word: most forms have none, and lower-casing makes a string.
  return draft.forms.every((f) => f.length >= 2 && f[0].length === noun.length && headsOtherBody(f) && f[0].toLowerCase() === noun);
}

/** A name's last word heads a body of its own after its first word: "Senate Banking Committee", "Rovers Supporters’ Trust" (not "Bank of England"). */
function headsOtherBody(form: readonly string[]): boolean {
  const head = lastOf(form);
  return SUB_BODY_HEADS.has(head) || (ORGANIZATION_HEADS.has(head) && !form.includes('of'));
}

function fullMatch(registry: ActorRegistry, occurrence: Occurrence): ActorDraft | undefined {
  // A kind guessed from the name's shape gives way to an actor already written so: "the firm Motori
  // Ferraro ... with Motori Ferraro", "LAS CRUCES— ... residents of Las Cruces".
  const known = occurrence.evidence === 'strong' ? undefined : registry.withForm(occurrence.words) ?? registry.organizationByShortForm(occurrence.words);
  if (known) return known;
  // "Limpopo" after "Limpopo Province": a known region goes by the province named with it.
  if (occurrence.kind === 'place') return registry.place(occurrence.words) ?? registry.initialsOfPlace(occurrence.words) ?? sameName(registry, occurrence.words) ?? (occurrence.words.length === 1 ? placeByFirstWord(registry, occurrence, occurrence.words[0]) : undefined);
  if (occurrence.kind === 'organization') {
    const named = occurrence.aliasOf ? (registry.withForm(occurrence.aliasOf, 'organization') ?? describedOrganization(registry, occurrence.aliasOf, occurrence.start)) : undefined;
    return named ?? registry.organization(occurrence.words) ?? stationOfBrand(registry, occurrence.words) ?? registry.ministryOfPortfolio(occurrence.words, occurrence.start) ?? (occurrence.words.length >= 2 ? registry.organizationByShortForm(occurrence.words) : undefined) ?? registry.placeByInitials(occurrence.words) ?? sameName(registry, occurrence.words) ?? personByInitials(registry, occurrence.words);
  }
  return (occurrence.aliasOf ? personNamed(registry, occurrence.aliasOf, occurrence.start) : undefined) ?? registry.person(occurrence.words) ?? companyNamedAsPerson(registry, occurrence.words);
}

/**
 * "Al Wathba Capital … Al Wathba will inject", "Noor Crest Capital … Noor Crest said": a name read as a
 * person's by its given name, which a company written before goes by, is that company.
 */
function companyNamedAsPerson(registry: ActorRegistry, words: readonly string[]): ActorDraft | undefined {
  return words.length >= 2 ? registry.organizationByShortForm(words) : undefined;
}

// A US station's call sign: "WKDH", "KSDK".
const CALL_SIGN = /^[KW][A-Z]{2,3}$/;

/** "BAY MINETTE, Ala. (WKDH) … told News 4": a station's channel brand is the one station whose call sign the story names. */
function stationOfBrand(registry: ActorRegistry, words: readonly string[]): ActorDraft | undefined {
  if (words.length !== 2 || words[0] !== 'News' || !isNumber(words[1])) return undefined;
  const stations = registry.drafts.filter((d) => d.kind === 'organization' && d.forms.some((f) => f.length === 1 && CALL_SIGN.test(f[0])));
  return stations.length === 1 ? stations[0] : undefined;
}

/**
 * "slots at Vienna International Airport … Vienna International Airport said": a building where
 * people are is a place, one that speaks an institution; a name of two words or more is one actor.
 */
function sameName(registry: ActorRegistry, words: readonly string[]): ActorDraft | undefined {
  return words.length >= 2 ? registry.withForm(words) : undefined;
}

/** "The foreign ministry said … The ministry, known by its initials SRE,": the organization an agent noun stands for, named latest before `offset`. */
function describedOrganization(registry: ActorRegistry, words: readonly string[], offset: number): ActorDraft | undefined {
  return words.length === 1 && AGENT_NOUNS.has(words[0]) ? latestBefore(registry.organizationsNamedWith(words[0]), offset) : undefined;
}

/** The person a name, or a bare surname, written before `offset` stands for. */
function personNamed(registry: ActorRegistry, words: readonly string[], offset: number): ActorDraft | undefined {
  if (words.length >= 2) return registry.person(words);
  const people = registry.surnameMatches(words[0]);
  return people.length > 0 ? principal(people, offset) : undefined;
}

/** A surname, a given name, a short organization name or an acronym that refers to a known actor. */
function shortMatch(registry: ActorRegistry, occurrence: Occurrence): ActorDraft | undefined {
  const words = occurrence.words;
  if (occurrence.kind === 'place' && occurrence.evidence === 'strong') return registry.place(words);
  if (words.length >= 2) return registry.withForm(words) ?? registry.organizationByShortForm(words);
  const word = words[0];
  // A word read as a place where it stands is a person's surname only as spelled ("the Connemara-set drama" beside Peadar Mac Conmara).
  const bySurname = occurrence.kind === 'place' ? registry.peopleWithSurname(word, formKey(words)) : registry.surnameMatches(word, formKey(words));
  // When two people share a surname, the bare surname is the one introduced first (news style
  // names the other in full): "Darius Vance ... his wife, Celia Vance ... Vance wrote".
  if (bySurname.length > 0) {
    const person = principal(writtenSo(bySurname, word), occurrence.start);
    // "Prime Minister Anwar Ibrahim said … Anwar told reporters … Nurul Izzah Anwar": a surname only written
    // further on gives way to the one person named before by that first name (as Malay and Arabic names are shortened).
    return person.introduced > occurrence.start ? (onlyIntroducedBefore(registry.peopleWithGivenName(word), occurrence.start) ?? person) : person;
  }
  // "arrested near Troy … Cpl. Troy Hensley": a word read as a place where it stands is no one's first name (see below).
  const givenName = occurrence.kind !== 'place' && opensWithGivenName(words);
  const byGivenName = givenName ? registry.peopleWithGivenName(word) : NO_DRAFTS;
  if (byGivenName.length === 1) return byGivenName[0];
  // "Oleksandr Kovalenko … Aleksandr had complained": the given name spelled another way.
  const byVariant = byGivenName.length === 0 && givenName ? registry.peopleWithGivenNameVariant(word) : NO_DRAFTS;
  if (byVariant.length === 1) return byVariant[0];
  // Asked once here, not by each of the three readings below (a lookup in a large memo each time).
  const coined = opensCoined(words);
  // "Riverton" beside the Riverton City Council and the Riverton Ledger is the city.
  const shortName = registry.placesNamedByInstitutions.has(word) ? undefined : registry.organizationByShortName(word, coined, occurrence.start);
  // "a stretch near Mehar … farmer Mehar Ali Jatoi": a word read as a place where it stands is no one's first name.
  // "A trader in Santos" after the dateline's SANTOS and the Santos Port Authority: a word read as a place where it stands is the place already named,
  // before any institution; other words are a place only after the institutions (looked up once either way).
  const readAsPlace = occurrence.kind === 'place';
  const namedPlace = readAsPlace ? registry.place(words) : undefined;
  return namedPlace ?? registry.organization(words) ?? registry.organizationByClipping(word, coined) ?? shortName ?? (readAsPlace ? undefined : registry.place(words)) ?? placeByFirstWord(registry, occurrence, word) ?? (occurrence.kind === 'place' ? undefined : onlyPersonFirstNamed(registry, word, coined)) ?? personByInnerWord(registry, word);
}

/** The venue (venuesByFirstWord) a lone word stands for; a county only where the word is read as a place ("Orange said" is no county). */
function placeByFirstWord(registry: ActorRegistry, occurrence: Occurrence, word: string): ActorDraft | undefined {
  const place = registry.venueByFirstWord(word);
  return place !== undefined && (occurrence.kind === 'place' || !COUNTY_HEADS.has(lastOf(place.longestForm))) ? place : undefined;
}

// The fewest words of a full name that its initials or an inner word may stand for.
const NAME_OF_THREE = 3;

/**
 * "Mohammed bin Salman … often called MBS", "Andrés Manuel López Obrador (AMLO)": capitals that
 * are the initials of one person's full name of three words or more, particles included.
 */
function personByInitials(registry: ActorRegistry, words: readonly string[]): ActorDraft | undefined {
  if (words.length !== 1 || !isAcronym(words) || words[0].length < NAME_OF_THREE) return undefined;
  return onlyOne(registry.peopleByInitials.get(words[0]));
}

/**
 * "Luiz Inácio Lula da Silva … Lula said": a word inside one person's full name (neither first
 * nor last, nor a middle given name) by which the person is known; asked when no one has it as
 * given name or surname.
 */
function personByInnerWord(registry: ActorRegistry, word: string): ActorDraft | undefined {
  return isAcronymName([word]) ? undefined : onlyOne(registry.peopleByInnerWord.get(word));
}

/** The one person of a list that is still a person, if there is one alone. */
function onlyOne(people: readonly ActorDraft[] | undefined): ActorDraft | undefined {
  if (people === undefined) return undefined;
  let found: ActorDraft | undefined;
  for (const draft of people) {
    if (draft.kind !== 'person') continue;
    if (found) return undefined;
    found = draft;
  }
  return found;
}

/**
 * "Haryadi Wibisono ... Haryadi said": where people are called by the first word of their name (in
 * Indonesia, and the Chinese surname first), a word no lexicon knows that opens exactly one
 * person's name is that person. A known given name shared by two people says neither (above).
 */
function onlyPersonFirstNamed(registry: ActorRegistry, word: string, coined: boolean): ActorDraft | undefined {
  const people = coined ? registry.peopleWithGivenName(word) : NO_DRAFTS;
  return people.length === 1 ? people[0] : undefined;
}

function addShortMention(registry: ActorRegistry, draft: ActorDraft, occurrences: readonly Occurrence[], index: number): void {
  const occurrence = occurrences[index];
  const form = shortForm(registry, draft, occurrence);
  if (form === 'full' || form === 'acronym') registry.addForm(draft, occurrence.words);
  draft.addMention(occurrence, index, form);
}

function shortForm(registry: ActorRegistry, draft: ActorDraft, occurrence: Occurrence): MentionForm {
  if (isAcronym(occurrence.words)) return 'acronym';
  if (draft.kind !== 'person' || occurrence.words.length > 1) return 'full';
  const word = occurrence.words[0];
  return registry.peopleWithGivenName(word).includes(draft) && !registry.surnameMatches(word, formKey(occurrence.words)).includes(draft) ? 'given' : 'surname';
}

/** A single word with enough evidence of its own to be a new actor. */
function newActorFromShortName(registry: ActorRegistry, readAsPerson: (index: number) => boolean, occurrences: readonly Occurrence[], index: number): ActorDraft | undefined {
  const occurrence = occurrences[index];
  const words = occurrence.words;
  if (words.length === 1 && registry.placesNamedByInstitutions.has(words[0])) return registry.create('place', words);
  if (occurrence.evidence === 'weak') return undefined;
  if (occurrence.evidence === 'strong' && occurrence.kind !== null) return registry.create(occurrence.kind, words);
  // A known place's name is the place unless the text says otherwise: "Mali, 14," is a child.
  if (PLACES.has(written(words))) return registry.create('place', words);
  if (occurrence.evidence === 'strong') return registry.create('person', words);
  // A bare capitalized name: a person when the words around it say so, else an institution or company.
  const draft = registry.create(occurrence.kind ?? (readAsPerson(index) ? 'person' : 'organization'), words);
  // So is a lone given name read as a person's by its shape alone ("Jasper boil-water advisory"), a town's name as often.
  draft.kindGuessed = (occurrence.kind === null && draft.kind === 'organization') || (draft.kind === 'person' && words.length === 1 && occurrence.title === null && occurrence.roles.length === 0);
  return draft;
}

// Normalizing is the costly part, and names recur in every analysis of a document.
const slug = memoizeByString((name: string): string => {
  const slugged = withoutMarks(name)
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  return slugged || 'actor';
}, PHRASE_MEMO_LIMIT);

/**
 * "Van Dijk said", "Ben Cole": a person known only by a surname written with its particles is
 * matched by the surname alone, but named as written (a capitalized particle first: "Van Dijk"
 * rather than "van Dijk").
 */
function namingWithParticles(draft: ActorDraft, mentions: readonly Mention[]): Naming | null {
  if (draft.kind !== 'person') return null;
  const form = draft.longestForm;
  if (form.length !== 1) return null;
  const surname = form[0];
  let written: string | null = null;
  for (const { text } of mentions) {
    // Most mentions are the surname alone: split only those that end in it after something.
    if (text.length <= surname.length || !text.endsWith(surname)) continue;
    const words = text.split(' ');
    if (words.length < 2 || words[words.length - 1] !== surname || !words.slice(0, -1).every((word) => NAME_PARTICLES.has(word.toLowerCase()))) continue;
    written ??= text;
    if (isCapitalized(text)) {
      written = text;
      break;
    }
  }
  return written === null ? null : { name: written, slug: slug(written) };
}

/**
 * The drafts (each with a mention) in order of their first mentions, ties in their order. Each
 * occurrence is one draft's mention at most, and occurrences come in document order: placing each
 * draft at the occurrence of its first mention orders them in linear time.
 */
function byFirstMention(drafts: readonly ActorDraft[], occurrenceCount: number): ActorDraft[] {
  const draftAt = new Int32Array(occurrenceCount).fill(-1);
  for (let i = 0; i < drafts.length; i++) draftAt[drafts[i].firstSource] = i;
  const sorted: ActorDraft[] = [];
  for (const i of draftAt) if (i >= 0) sorted.push(drafts[i]);
  if (sorted.length !== drafts.length) return sortedByFirstMention(drafts);
  // Two drafts first named at one offset must tie in their order, as sortedByFirstMention ties them.
  for (let i = 1; i < sorted.length; i++) if (sorted[i].firstMention <= sorted[i - 1].firstMention) return sortedByFirstMention(drafts);
  return sorted;
}

/**
 * byFirstMention by sorting: numbers sorted natively, where sorting objects by a comparator took a
 * twentieth of a keystroke.
 */
function sortedByFirstMention(drafts: readonly ActorDraft[]): ActorDraft[] {
  const count = drafts.length;
  // An offset times the count, plus the index: ordered by offset, then by index; exact below 2 ** 53.
  const keys = new Float64Array(count);
  for (let i = 0; i < count; i++) keys[i] = drafts[i].firstMention * count + i;
  keys.sort();
  const sorted: ActorDraft[] = [];
  for (const key of keys) sorted.push(drafts[key % count]);
  return sorted;
}

// Two searches for a character are cheaper than an expression.
const hasNoBreakSpace = (text: string) => text.includes('\u00a0') || text.includes('\u202f');
const NO_BREAK_SPACES_ALL = /[\u00a0\u202f]/g;

/** The actors in order of first mention, and the occurrences behind each one's mentions. */
function finish(drafts: ActorDraft[], occurrenceCount: number, textHasNoBreakSpace: boolean): { actors: Actor[]; sources: number[][] } {
  const used = new Set<string>();
  // The suffix each slug got last: every lower one was taken then, and stays taken.
  const lastSuffix = new Map<string, number>();
  const sources: number[][] = [];
  const actors = byFirstMention(drafts, occurrenceCount).map((draft): Actor => {
    // The mentions are the draft's own, made in addMention: they get their id in place.
    const { mentions, sources: occurrencesOfActor } = draft.orderedMentions();
    sources.push(occurrencesOfActor);
    const { name, slug: base } = namingWithParticles(draft, mentions) ?? draft.naming;
    let id = base;
    if (used.has(id)) {
      let n = lastSuffix.get(base) ?? 2;
      while (used.has((id = `${base}-${n}`))) n++;
      lastSuffix.set(base, n);
    }
    used.add(id);
    // An actor has a handful of aliases: a list lookup is cheaper than a set for each. One loop
    // over the mentions: each is read from memory once.
    let aliases: string[] = [];
    for (const mention of mentions) {
      mention.actorId = id;
      // A text already among the aliases has no no-break space (below): most mentions repeat one.
      if (mention.form === 'description' || aliases.includes(mention.text)) continue;
      // "Lars\u00a0Klingbeil" is the alias "Lars Klingbeil": a no-break space is a space there. A text
      // without one has no mention with one: one search of the text, not two of each mention.
      const alias = textHasNoBreakSpace && hasNoBreakSpace(mention.text) ? mention.text.replace(NO_BREAK_SPACES_ALL, ' ') : mention.text;
      if (!aliases.includes(alias)) aliases = appended(aliases, alias);
    }
    return { id, name, kind: draft.kind, roles: draft.roles, aliases, mentions, gender: draft.gender };
  });
  return { actors, sources };
}
