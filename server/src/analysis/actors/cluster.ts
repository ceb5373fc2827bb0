import type { Actor, ActorKind, Gender, Mention, MentionForm } from '../model';
import type { UserDictionary } from '../dictionary';
import { COMMON_WORDS } from '../lexicon/common-words';
import { GIVEN_NAMES } from '../lexicon/given-names';
import { BUSINESS_NOUNS, GOVERNMENT_METONYMS, ORGANIZATION_HEADS, PUBLIC_BODY_WORDS, SUB_BODY_HEADS } from '../lexicon/organizations';
import { GEOGRAPHIC_HEADS, PLACES, PLACE_SHORT_FORMS, THE_TAKING_GEOGRAPHIC_HEADS } from '../lexicon/places';
import { NAME_PARTICLES } from '../lexicon/actor-cues';
import type { Candidate } from './candidates';
import { foldName, isGivenNameVariant, isSpellingVariant, withoutMarks } from './variants';
import { firstStartingAtOrAfter } from '../spans';
import { isAcronymName, isCapitalized } from '../text/words';
import { memoizeByString, PHRASE_MEMO_LIMIT } from '../memo';

/** A candidate placed in the document (absolute offsets). */
export type Occurrence = Candidate;

class ActorDraft {
  // Each clustering pass walks the document in order, so each pass's mentions arrive sorted;
  // keeping them apart avoids inserting into the middle of one long array.
  private readonly passes: Mention[][] = [[], [], []];
  /** The occurrence behind each mention of each pass. */
  private readonly sources: Occurrence[][] = [[], [], []];
  private pass = 0;
  readonly roles: string[] = [];
  /** Written forms, as word lists, for matching later mentions. */
  readonly forms: string[][] = [];
  gender: Gender | null = null;

  constructor(
    public kind: ActorKind,
    readonly declared = false,
  ) {}

  get longestForm(): string[] {
    const named = this.kind === 'organization' ? this.forms.filter((f) => !isAcronym(f)) : this.forms;
    return (named.length > 0 ? named : this.forms).reduce((a, b) => (b.length > a.length ? b : a));
  }

  get name(): string {
    const written = this.longestForm.join(' ');
    return this.kind === 'place' ? (PLACE_SHORT_FORMS.get(written) ?? titleCaseIfShouted(written)) : written;
  }

  /** Keeps the fuller of two roles that say the same: "Minister" adds nothing to "Ukraine’s foreign minister". */
  addRole(role: string): void {
    const words = (text: string) => ` ${text.toLowerCase()} `;
    if (this.roles.some((r) => words(r).includes(words(role)))) return;
    const narrower = this.roles.findIndex((r) => words(role).includes(words(r)));
    if (narrower >= 0) this.roles.splice(narrower, 1, role);
    else this.roles.push(role);
  }

  /** Offset of the latest mention before `offset` (of those `passedOver` leaves), or -1. */
  lastMentionBefore(offset: number, passedOver?: (mention: Mention) => boolean): number {
    let latest = -1;
    for (const mentions of this.passes) {
      let i = firstStartingAtOrAfter(mentions, offset) - 1;
      while (i >= 0 && passedOver?.(mentions[i])) i--;
      if (i >= 0) latest = Math.max(latest, mentions[i].start);
    }
    return latest;
  }

  /** Offset of the first mention, or Infinity. */
  get firstMention(): number {
    let first = Infinity;
    for (const mentions of this.passes) if (mentions.length > 0 && mentions[0].start < first) first = mentions[0].start;
    return first;
  }

  /** Where the actor is introduced: its first full name (added in the first pass), else its first mention. */
  get introduced(): number {
    return this.passes[0][0]?.start ?? this.firstMention;
  }

  get hasMentions(): boolean {
    return this.passes.some((mentions) => mentions.length > 0);
  }

  startPass(pass: 1 | 2): void {
    this.pass = pass;
  }

  /** All mentions in document order, with the occurrence behind each. */
  orderedMentions(): { mentions: Mention[]; sources: Occurrence[] } {
    const filled = [0, 1, 2].filter((pass) => this.passes[pass].length > 0);
    // Most actors are named in one pass only, whose mentions are already in order.
    if (filled.length === 1) return { mentions: this.passes[filled[0]].slice(), sources: this.sources[filled[0]] };
    const order = filled.flatMap((pass) => this.passes[pass].map((mention, i) => ({ mention, source: this.sources[pass][i] }))).sort((a, b) => a.mention.start - b.mention.start);
    return { mentions: order.map((o) => o.mention), sources: order.map((o) => o.source) };
  }

  addMention(occurrence: Occurrence, form: MentionForm): void {
    const mention: Mention = {
      start: occurrence.start,
      end: occurrence.end,
      text: occurrence.text,
      actorId: '',
      form,
      possessive: occurrence.possessive,
      title: occurrence.title,
    };
    this.passes[this.pass].push(mention);
    this.sources[this.pass].push(occurrence);
    for (const role of occurrence.roles) this.addRole(role);
    this.gender ??= occurrence.gender;
  }
}


const LETTERS = /\p{L}+/gu;

function titleCaseIfShouted(name: string): string {
  if (name !== name.toUpperCase()) return name;
  return name.replace(LETTERS, (word) => word[0] + word.slice(1).toLowerCase());
}

/** What clustering reads of a written form, again and again. */
export interface FormKeys {
  written: string;
  /** The folded spelling (foldName) of the whole form. */
  folded: string;
  acronym: boolean;
  /** Initials of the capitalized words: European Union → EU, North Atlantic Treaty Organization → NATO. */
  initials: string;
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

function keysOf(words: readonly string[]): FormKeys {
  let keys = formKeysOf.get(words);
  if (!keys) {
    const joined = words.join(' ');
    let initials = '';
    for (const word of words) if (isCapitalized(word)) initials += word[0];
    keys = { written: joined, folded: foldName(joined), acronym: isAcronymName(words), initials };
    formKeysOf.set(words, keys);
  }
  return keys;
}

const initials = (words: readonly string[]) => keysOf(words).initials;
const acronymKey = (word: string) => word.replace(/\./g, '');
const written = (words: readonly string[]) => keysOf(words).written;
const formKey = (words: readonly string[]) => keysOf(words).folded;
const isAcronym = (words: readonly string[]) => keysOf(words).acronym;
const sameWords = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((word, i) => word === b[i]);
const ends = (folded: string) => folded[0] + folded[folded.length - 1];
const lastOf = (words: readonly string[]) => words[words.length - 1];

/** "Sara De Wulf" is also written "Sarah Dewulf": the surname with its particle joined, if it has one. */
function joinedSurname(words: readonly string[]): string | null {
  return words.length >= 3 && NAME_PARTICLES.has(words[words.length - 2].toLowerCase()) ? words[words.length - 2] + lastOf(words) : null;
}

/**
 * "Carla Rojas Terceros ... Rojas said": of two surnames (the Spanish and Portuguese custom), the
 * first alone names the person too. A middle word that is a given name ("Maria Elena Rojas"),
 * an initial or a particle is no surname.
 */
function paternalSurname(words: readonly string[]): string | null {
  if (words.length !== 3) return null;
  const middle = words[1];
  return middle.length > 2 && isCapitalized(middle) && !middle.endsWith('.') && !GIVEN_NAMES.has(middle) && !NAME_PARTICLES.has(middle.toLowerCase()) ? middle : null;
}

// "Gdańsk", "GDANSK" and "Gdansk" are one place: datelines and wire credits drop accents.
function placeKey(words: readonly string[]): string {
  const written = words.join(' ');
  return withoutMarks(PLACE_SHORT_FORMS.get(written) ?? written).toLowerCase();
}

function sameGivenName(a: string, b: string): boolean {
  const x = a.replace(/\.$/, '');
  const y = b.replace(/\.$/, '');
  if (x.length === 1 || y.length === 1) return x[0] === y[0];
  return isGivenNameVariant(x, y) || foldName(x).startsWith(foldName(y)) || foldName(y).startsWith(foldName(x));
}

/**
 * What the words around a bare name say of it: a person when it is given a direct quote ("“We
 * will not yield,” Varga said", "said Varga"), when "who" follows it, or when the first pronoun
 * after it in its clause is "he" or "she" ("Varga said, adding that he would"). A first "it",
 * "they" or "which" says nothing either way.
 */
export function isPersonInContext(text: string, occurrence: Occurrence): boolean {
  const before = text.slice(Math.max(0, occurrence.start - 12), occurrence.start);
  const after = text.slice(occurrence.end, occurrence.end + PRONOUN_WINDOW);
  const quoted = (/[,?!—][”"]\s+$/.test(before) && /^\s+(?:said|says|added|asked|told|wrote)\b/.test(after)) || /[”"]\s+(?:said|says|added|asked)\s+$/.test(before);
  // A place's name that is also the surname of someone named before ("Comelec Chairman Ernesto
  // Salvador ... Salvador said the commission would"): speaking, it is that person.
  const speaks = occurrence.kind === 'place' && /^\s+(?:said|says|told|added|argued|insisted|warned)\b/.test(after);
  return quoted || speaks || /^,?\s+who\b/.test(after) || firstPronounIsPersonal(after);
}

// How far after a bare name its pronoun is looked for, within the sentence.
const PRONOUN_WINDOW = 80;
const PRONOUN = /\b(?:he|she|his|her|him|it|its|they|their|them|whose|which)\b/i;

function firstPronounIsPersonal(after: string): boolean {
  // A quotation mark ends the name's clause too: in "from Facebook,” she said" "she" is the speaker.
  const sentenceEnd = after.search(/[.!?;“”"]/);
  const pronoun = PRONOUN.exec(sentenceEnd >= 0 ? after.slice(0, sentenceEnd) : after);
  return pronoun !== null && /^(?:he|she|his|her|him)$/i.test(pronoun[0]);
}

// The shortest clipping of a word that names an institution: Fed, Gov.
const CLIPPING_LENGTH = 3;

/** A capitalized word that is no ordinary word, given name or place: Lumora, Norvex. */
const isCoined = memoizeByString(
  (word: string): boolean => isCapitalized(word) && !isAcronymName([word]) && !COMMON_WORDS.has(word.toLowerCase()) && !GIVEN_NAMES.has(word) && !PLACES.has(word),
);

const LOCAL_GOVERNMENT_WORDS = new Set(['City', 'County', 'Town', 'Municipal', 'State', 'Provincial', 'Regional', 'District']);

/** How many words an organization's name has before its trailing institution words ("Northern Crest | Airlines"). */
function stemLength(words: readonly string[]): number {
  let stem = words.length;
  while (stem > 0 && ORGANIZATION_HEADS.has(words[stem - 1])) stem--;
  return stem;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (!list) map.set(key, [value]);
  else if (!list.includes(value)) list.push(value);
}

const NO_DRAFTS: readonly ActorDraft[] = [];

/** The actors found so far, indexed by every key a later mention can match, so matching stays linear. */
class ActorRegistry {
  readonly drafts: ActorDraft[] = [];
  /** The drafts created as organizations, in order ("the company" looks only among them). */
  readonly organizations: ActorDraft[] = [];
  private readonly byForm = new Map<string, ActorDraft[]>();
  private readonly byAcronym = new Map<string, ActorDraft[]>();
  private readonly peopleBySurname = new Map<string, ActorDraft[]>();
  // By the first and last letters of the folded surname, which spelling variants share (see isSpellingVariant).
  private readonly peopleBySurnameEnds = new Map<string, ActorDraft[]>();
  private readonly peopleByGivenName = new Map<string, ActorDraft[]>();
  /** Shorter forms an organization goes by: "Norvex" for Norvex Holdings, "Northern Crest" for Northern Crest Airlines. */
  private readonly organizationsByShortForm = new Map<string, ActorDraft[]>();
  private readonly organizationsByWord = new Map<string, ActorDraft[]>();
  private readonly organizationsByLastWord = new Map<string, ActorDraft[]>();
  private readonly organizationsByOpening = new Map<string, ActorDraft[]>();
  private readonly places = new Map<string, ActorDraft>();
  private readonly placesByInitials = new Map<string, ActorDraft>();
  readonly placesNamedByInstitutions = new Set<string>();

  create(kind: ActorKind, words: string[], declared = false): ActorDraft {
    const draft = new ActorDraft(kind, declared);
    this.drafts.push(draft);
    if (kind === 'organization') this.organizations.push(draft);
    this.addForm(draft, words);
    return draft;
  }

  addForm(draft: ActorDraft, words: string[]): void {
    if (draft.forms.some((f) => sameWords(f, words))) return;
    draft.forms.push(words);
    push(this.byForm, formKey(words), draft);
    if (draft.kind === 'person') {
      this.addSurname(draft, lastOf(words));
      const joined = joinedSurname(words);
      if (joined !== null) this.addSurname(draft, joined);
      const paternal = paternalSurname(words);
      if (paternal !== null) this.addSurname(draft, paternal);
      if (words.length >= 2) push(this.peopleByGivenName, words[0], draft);
    } else if (draft.kind === 'organization') {
      push(this.byAcronym, isAcronym(words) ? acronymKey(words[0]) : initials(words), draft);
      for (const word of words) push(this.organizationsByWord, word.toLowerCase(), draft);
      // "White House", "City Hall": a building standing for an institution goes by its full name only.
      if (words.length >= 2 && !GOVERNMENT_METONYMS.has(written(words))) this.addShortForms(draft, words);
    } else {
      this.places.set(placeKey(words), draft);
      if (words.length >= 2 && !isAcronym(words)) this.placesByInitials.set(initials(words), draft);
    }
  }

  private addSurname(draft: ActorDraft, written: string): void {
    const surname = foldName(written);
    push(this.peopleBySurname, surname, draft);
    push(this.peopleBySurnameEnds, ends(surname), draft);
  }

  /** The parts of an organization's name of two words or more that may stand for it later. */
  private addShortForms(draft: ActorDraft, words: string[]): void {
    if (words.slice(1).every((w) => ORGANIZATION_HEADS.has(w) || LOCAL_GOVERNMENT_WORDS.has(w))) {
      // "Riverton City Council": Riverton alone is the city, not the council.
      if (words.length >= 3 && LOCAL_GOVERNMENT_WORDS.has(words[1])) this.placesNamedByInstitutions.add(words[0]);
      else push(this.organizationsByShortForm, words[0], draft);
    } else if (isCoined(words[0]) && !GEOGRAPHIC_HEADS.has(words[1])) {
      // "Lumora" for Lumora Pay, "Gulfstar" for Gulfstar Aviation Capital: a made-up first word names the company on its
      // own; in the Mesilla Valley Growers Association it is a place's.
      push(this.organizationsByShortForm, words[0], draft);
    }
    // "Northern Crest" for Northern Crest Airlines: the name without its institution words.
    const stem = stemLength(words);
    if (stem >= 2 && stem < words.length && !PLACES.has(written(words.slice(0, stem)))) push(this.organizationsByShortForm, written(words.slice(0, stem)), draft);
    // "Kafue Basin" for Kafue Basin Copper: a business named after a place, by the place words (not a public body: the Mekong Delta Authority).
    if (words.length >= 3 && THE_TAKING_GEOGRAPHIC_HEADS.has(words[words.length - 2]) && !PUBLIC_BODY_WORDS.has(lastOf(words))) push(this.organizationsByShortForm, written(words.slice(0, -1)), draft);
    push(this.organizationsByLastWord, lastOf(words), draft);
    push(this.organizationsByOpening, words[0].slice(0, CLIPPING_LENGTH), draft);
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

  withForm(words: readonly string[], kind?: ActorKind): ActorDraft | undefined {
    return this.byForm.get(formKey(words))?.find((d) => kind === undefined || d.kind === kind);
  }

  /** Same full name or a spelling variant of it (given names must agree), else a person known so far by surname only. */
  person(words: readonly string[]): ActorDraft | undefined {
    const joined = joinedSurname(words);
    const candidates = joined ? [...new Set([...this.surnameMatches(lastOf(words)), ...this.surnameMatches(joined)])] : this.surnameMatches(lastOf(words));
    return (
      candidates.find((d) => d.forms.some((f) => f.length >= 2 && sameGivenName(f[0], words[0]))) ??
      candidates.find((d) => d.forms.every((f) => f.length === 1))
    );
  }

  /** People whose surname is written as `word` (spelling variants aside). */
  peopleWithSurname(word: string): readonly ActorDraft[] {
    return this.peopleBySurname.get(foldName(word)) ?? NO_DRAFTS;
  }

  surnameMatches(word: string): readonly ActorDraft[] {
    const exact = this.peopleWithSurname(word);
    const sameEnds = this.peopleBySurnameEnds.get(ends(foldName(word))) ?? NO_DRAFTS;
    // Usually everyone with these first and last letters has this very surname.
    if (sameEnds.length === exact.length) return exact;
    const near = sameEnds.filter((d) => !exact.includes(d) && d.forms.some((f) => isSpellingVariant(lastOf(f), word)));
    return [...exact, ...near];
  }

  peopleWithGivenName(word: string): readonly ActorDraft[] {
    return this.peopleByGivenName.get(word) ?? NO_DRAFTS;
  }

  /** People whose given name is this one spelled another way (a few per article: the names are read one by one). */
  peopleWithGivenNameVariant(word: string): readonly ActorDraft[] {
    const found: ActorDraft[] = [];
    for (const [given, drafts] of this.peopleByGivenName) if (given !== word && isGivenNameVariant(given, word)) found.push(...drafts);
    return [...new Set(found)];
  }

  organization(words: readonly string[]): ActorDraft | undefined {
    const named = this.withForm(words, 'organization');
    if (named) return named;
    const key = isAcronym(words) ? acronymKey(words[0]) : initials(words);
    // One initial says nothing: "As" in a headline is not the agency that has an acronym.
    if (key.length < 2) return undefined;
    // An acronym meets its full name (EU / European Union); two full names never meet by initials.
    return this.byAcronym.get(key)?.find((d) => d.forms.some((f) => isAcronym(f) !== isAcronym(words)) || (isAcronym(words) && d.forms.some(isAcronym)));
  }

  /** "Norvex" for Norvex Holdings; "the Guild" for the Municipal Employees Guild. */
  organizationByShortName(word: string, offset: number): ActorDraft | undefined {
    // The last word names the whole when it is an institution word or a coined one, not an ordinary word: "Power", "Pay".
    const namesWhole = ORGANIZATION_HEADS.has(word) || isCoined(word);
    return this.organizationByShortForm([word]) ?? (namesWhole ? latestBefore(this.organizationsByLastWord.get(word) ?? NO_DRAFTS, offset) : undefined);
  }

  organizationByShortForm(words: readonly string[]): ActorDraft | undefined {
    return this.organizationsByShortForm.get(written(words))?.[0];
  }

  /** "Fed" for the Federal Reserve: the leading clipping of a named institution's first word. */
  organizationByClipping(word: string): ActorDraft | undefined {
    // An ordinary word is no clipping: "Can they stay?" says nothing of the Canadian Armed Forces.
    if (word.length < CLIPPING_LENGTH || !isCoined(word)) return undefined;
    const clips = (f: readonly string[]) => f.length >= 2 && f[0].length >= word.length + 2 && f[0].startsWith(word);
    return this.organizationsByOpening.get(word.slice(0, CLIPPING_LENGTH))?.find((d) => d.forms.some(clips));
  }

  organizationsNamedWith(word: string): readonly ActorDraft[] {
    return this.organizationsByWord.get(word.toLowerCase()) ?? NO_DRAFTS;
  }
}

/** Of several people with one surname, the first introduced before `offset` (else the first at all). */
function principal(people: readonly ActorDraft[], offset: number): ActorDraft {
  const introduced = (d: ActorDraft) => d.introduced;
  const before = people.filter((d) => introduced(d) < offset);
  const pool = before.length > 0 ? before : people;
  return pool.reduce((a, b) => (introduced(b) < introduced(a) ? b : a));
}

/** The candidate whose latest mention before `offset` is nearest; one only mentioned later still beats none. */
function latestBefore(candidates: readonly ActorDraft[], offset: number): ActorDraft | undefined {
  let best: ActorDraft | undefined;
  let bestScore = -Infinity;
  for (const draft of candidates) {
    const at = draft.lastMentionBefore(offset);
    const score = at >= 0 ? at : -1 - draft.firstMention;
    if (score > bestScore) {
      best = draft;
      bestScore = score;
    }
  }
  return best;
}

const THE_BEFORE = /\bthe\s$/i;
const QUALIFIED_NOUN_AFTER = /^ \p{Ll}/u;
const QUALIFYING_LEAD = /\b(?:(?:of|for|from|with|without|on|in|to|by|over|about|against|into|under)\s+the|its|their|his|her|our)\s$/i;
// "he told the business daily Delovoy Almaty": a medium named only as the listener.
const LISTENER_LEAD = /\b(?:told|tells|telling|interview\s+with|spoke\s+to|speaking\s+to|talking\s+to)\s+(?:the\s+)?(?:[\p{Ll}-]+\s+){0,3}$/u;

/** "The company said": the business named last before, when no business has the word in its name. */
function latestBusinessBefore(text: string, drafts: readonly ActorDraft[], offset: number): ActorDraft | undefined {
  const isBusiness = (d: ActorDraft) => !d.forms.some((f) => f.some((w) => PUBLIC_BODY_WORDS.has(w)) || isAcronym(f));
  // "Aksel had cash to last without the Corvane payments. The company said", "its Aurora satellite":
  // a name that only qualifies a noun is not what the reader follows.
  const qualifiesNoun = (m: Mention) =>
    (QUALIFIED_NOUN_AFTER.test(text.slice(m.end, m.end + 2)) && QUALIFYING_LEAD.test(text.slice(Math.max(0, m.start - 16), m.start))) ||
    // A medium only spoken to does not act: "he told the business daily Delovoy Almaty. ... the company said".
    LISTENER_LEAD.test(text.slice(Math.max(0, m.start - 48), m.start));
  // Only one named before counts (never one named later). Cheapest tests first: this runs for every "the company".
  let latest: ActorDraft | undefined;
  let latestAt = -1;
  for (const draft of drafts) {
    if (draft.kind !== 'organization') continue;
    const at = draft.lastMentionBefore(offset, qualifiesNoun);
    if (at > latestAt && isBusiness(draft)) [latest, latestAt] = [draft, at];
  }
  return latest;
}

/** Actors, and what decided them beyond the occurrences themselves, so a later analysis can tell whether they still hold. */
export interface Clustering {
  actors: Actor[];
  /** Each actor's mentions, as indices of their occurrences. */
  sources: number[][];
  /** Occurrences (by index) whose kind the text around them decided (isPersonInContext), and how. */
  personInContext: Map<number, boolean>;
}

/**
 * Groups mention candidates into actors: full names first (so a surname can find its person
 * wherever it appears), then surnames, given names, short names, acronyms, places and agent
 * descriptions.
 */
export function resolveActors(text: string, occurrences: readonly Occurrence[], dictionary: UserDictionary, formKeys: FormKeyTable = new WeakMap()): Clustering {
  formKeysOf = formKeys;
  const registry = new ActorRegistry();
  for (const declared of dictionary.actors) {
    const draft = registry.create(declared.kind, declared.name.split(/\s+/), true);
    for (const alias of declared.aliases ?? []) registry.addForm(draft, alias.split(/\s+/));
    if (declared.role) draft.roles.push(declared.role);
  }
  const notActors = new Set(dictionary.notActors.map((name) => name.toLowerCase()));
  const live = notActors.size === 0 ? occurrences : occurrences.filter((o) => !notActors.has(o.text.toLowerCase()) && !notActors.has(written(o.words).toLowerCase()));

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
    (o.words.length >= 2 || o.acronymOf !== null || (o.evidence === 'strong' && (o.kind === 'place' || (o.kind === 'organization' && isAcronym(o.words)))));

  const personInContext = new Map<Occurrence, boolean>();
  const readAsPerson = (o: Occurrence) => {
    const person = isPersonInContext(text, o);
    personInContext.set(o, person);
    return person;
  };

  // "Premier Tim Houston ... “This is serious,” Houston said": a place name that is the surname of
  // someone named earlier is that person when the words around it say so.
  const personNamedLikePlace = (o: Occurrence) => {
    if (o.kind !== 'place' || o.words.length !== 1) return undefined;
    const people = registry.peopleWithSurname(o.words[0]);
    return people.length > 0 && readAsPerson(o) ? principal(people, o.start) : undefined;
  };

  // "Kafue Basin, which is owned by ...": a place name that takes "the", written without it, waits
  // to see whether a business is named after it ("Kafue Basin Copper"), wherever that comes.
  const mayBeBusinessShortForm = (o: Occurrence) =>
    o.kind === 'place' && o.words.length === 2 && THE_TAKING_GEOGRAPHIC_HEADS.has(o.words[1]) && !THE_BEFORE.test(text.slice(Math.max(0, o.start - 4), o.start)) && !PLACES.has(written(o.words));
  const businessShortForms: Occurrence[] = [];

  const deferred: Occurrence[] = [];
  for (const occurrence of live) {
    const declared = declaredFor(occurrence);
    const person = declared ? undefined : personNamedLikePlace(occurrence);
    if (person) {
      person.addMention(occurrence, 'surname');
      continue;
    }
    if (!declared && mayBeBusinessShortForm(occurrence)) {
      businessShortForms.push(occurrence);
      continue;
    }
    if (!declared && !isFullName(occurrence)) {
      deferred.push(occurrence);
      continue;
    }
    const draft = declared ?? fullMatch(registry, occurrence) ?? registry.create(occurrence.kind ?? 'person', occurrence.words);
    registry.addForm(draft, occurrence.words);
    draft.addMention(occurrence, isAcronym(occurrence.words) ? 'acronym' : 'full');
  }

  for (const occurrence of businessShortForms) {
    const business = registry.organizationByShortForm(occurrence.words);
    const draft = business ?? registry.place(occurrence.words) ?? registry.create('place', occurrence.words);
    registry.addForm(draft, occurrence.words);
    draft.addMention(occurrence, 'full');
  }

  for (const draft of registry.drafts) draft.startPass(1);
  const unmatched: Occurrence[] = [];
  for (const occurrence of deferred) {
    if (occurrence.agentNoun !== null) {
      const noun = occurrence.agentNoun;
      const institution =
        latestBefore(registry.organizationsNamedWith(noun).filter((d) => !isSubBodyOf(d, noun)), occurrence.start) ??
        (BUSINESS_NOUNS.has(noun.toLowerCase()) ? latestBusinessBefore(text, registry.organizations, occurrence.start) : undefined);
      // A capitalized institution word with nothing to refer back to is a name itself: "Congress".
      if (institution) institution.addMention(occurrence, 'description');
      else if (isCapitalized(occurrence.words[0]) && !occurrence.sentenceInitial) registry.create('organization', occurrence.words).addMention(occurrence, 'full');
      continue;
    }
    const draft = shortMatch(registry, occurrence) ?? newActorFromShortName(registry, readAsPerson, occurrence);
    if (draft) addShortMention(registry, draft, occurrence);
    else if (occurrence.evidence === 'weak') unmatched.push(occurrence);
  }

  // A doubtful word ("Aerolis, the Toulouse-based planemaker, said" opening a paragraph) also
  // joins an actor the text names only further on.
  for (const draft of registry.drafts) draft.startPass(2);
  for (const occurrence of unmatched) {
    const draft = shortMatch(registry, occurrence);
    if (draft) addShortMention(registry, draft, occurrence);
  }

  const { actors, sources } = finish(registry.drafts.filter((d) => d.hasMentions));
  const indexOf = new Map(occurrences.map((o, i) => [o, i]));
  return {
    actors,
    sources: sources.map((occurrencesOfActor) => occurrencesOfActor.map((o) => indexOf.get(o)!)),
    personInContext: new Map([...personInContext].map(([o, person]) => [indexOf.get(o)!, person])),
  };
}

/** "Senate Banking Committee" for "Senate": a body inside the institution the noun names, not that institution. */
function isSubBodyOf(draft: ActorDraft, noun: string): boolean {
  return draft.forms.every((f) => f.length >= 2 && f[0].length === noun.length && f[0].toLowerCase() === noun && SUB_BODY_HEADS.has(lastOf(f)));
}

function fullMatch(registry: ActorRegistry, occurrence: Occurrence): ActorDraft | undefined {
  // A kind guessed from the name's shape gives way to an actor already written so: "the firm Motori
  // Ferraro ... with Motori Ferraro", "LAS CRUCES— ... residents of Las Cruces".
  const known = occurrence.evidence === 'strong' ? undefined : registry.withForm(occurrence.words) ?? registry.organizationByShortForm(occurrence.words);
  if (known) return known;
  if (occurrence.kind === 'place') return registry.place(occurrence.words) ?? registry.initialsOfPlace(occurrence.words);
  if (occurrence.kind === 'organization') {
    const named = occurrence.acronymOf ? registry.withForm(occurrence.acronymOf, 'organization') : undefined;
    return named ?? registry.organization(occurrence.words) ?? registry.placeByInitials(occurrence.words);
  }
  return registry.person(occurrence.words);
}

/** A surname, a given name, a short organization name or an acronym that refers to a known actor. */
function shortMatch(registry: ActorRegistry, occurrence: Occurrence): ActorDraft | undefined {
  const words = occurrence.words;
  if (occurrence.kind === 'place' && occurrence.evidence === 'strong') return registry.place(words);
  if (words.length >= 2) return registry.withForm(words) ?? registry.organizationByShortForm(words);
  const word = words[0];
  const bySurname = registry.surnameMatches(word);
  // When two people share a surname, the bare surname is the one introduced first (news style
  // names the other in full): "Darius Vance ... his wife, Celia Vance ... Vance wrote".
  if (bySurname.length > 0) return principal(bySurname, occurrence.start);
  const byGivenName = GIVEN_NAMES.has(word) ? registry.peopleWithGivenName(word) : NO_DRAFTS;
  if (byGivenName.length === 1) return byGivenName[0];
  // "Oleksandr Kovalenko … Aleksandr had complained": the given name spelled another way.
  const byVariant = byGivenName.length === 0 && GIVEN_NAMES.has(word) ? registry.peopleWithGivenNameVariant(word) : NO_DRAFTS;
  if (byVariant.length === 1) return byVariant[0];
  // "Riverton" beside the Riverton City Council and the Riverton Ledger is the city.
  const shortName = registry.placesNamedByInstitutions.has(word) ? undefined : registry.organizationByShortName(word, occurrence.start);
  return registry.organization(words) ?? registry.organizationByClipping(word) ?? shortName ?? registry.place(words);
}

function addShortMention(registry: ActorRegistry, draft: ActorDraft, occurrence: Occurrence): void {
  const form = shortForm(registry, draft, occurrence);
  if (form === 'full' || form === 'acronym') registry.addForm(draft, occurrence.words);
  draft.addMention(occurrence, form);
}

function shortForm(registry: ActorRegistry, draft: ActorDraft, occurrence: Occurrence): MentionForm {
  if (isAcronym(occurrence.words)) return 'acronym';
  if (draft.kind !== 'person' || occurrence.words.length > 1) return 'full';
  const word = occurrence.words[0];
  return registry.peopleWithGivenName(word).includes(draft) && !registry.surnameMatches(word).includes(draft) ? 'given' : 'surname';
}

/** A single word with enough evidence of its own to be a new actor. */
function newActorFromShortName(registry: ActorRegistry, readAsPerson: (o: Occurrence) => boolean, occurrence: Occurrence): ActorDraft | undefined {
  const words = occurrence.words;
  if (words.length === 1 && registry.placesNamedByInstitutions.has(words[0])) return registry.create('place', words);
  if (occurrence.evidence === 'weak') return undefined;
  if ((occurrence.kind === 'place' && occurrence.evidence === 'strong') || PLACES.has(words.join(' '))) return registry.create('place', words);
  if (occurrence.evidence === 'strong') return registry.create(occurrence.kind ?? 'person', words);
  // A bare capitalized name: a person when the words around it say so, else an institution or company.
  return registry.create(occurrence.kind ?? (readAsPerson(occurrence) ? 'person' : 'organization'), words);
}

// Normalizing is the costly part, and names recur in every analysis of a document.
const slug = memoizeByString((name: string): string => {
  const slugged = withoutMarks(name)
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  return slugged || 'actor';
}, PHRASE_MEMO_LIMIT);

/** The actors in order of first mention, and the occurrences behind each one's mentions. */
function finish(drafts: ActorDraft[]): { actors: Actor[]; sources: Occurrence[][] } {
  const used = new Set<string>();
  const sources: Occurrence[][] = [];
  const actors = drafts
    .map((draft) => ({ draft, first: draft.firstMention }))
    .sort((a, b) => a.first - b.first)
    .map(({ draft }): Actor => {
      const name = draft.name;
      let id = slug(name);
      for (let n = 2; used.has(id); n++) id = `${slug(name)}-${n}`;
      used.add(id);
      // The mentions are the draft's own, made in addMention: they get their id in place.
      const { mentions, sources: occurrencesOfActor } = draft.orderedMentions();
      sources.push(occurrencesOfActor);
      for (const mention of mentions) mention.actorId = id;
      // An actor has a handful of aliases: a list lookup is cheaper than a set for each.
      const aliases: string[] = [];
      for (const { form, text } of mentions) if (form !== 'description' && !aliases.includes(text)) aliases.push(text);
      return { id, name, kind: draft.kind, roles: draft.roles, aliases, mentions, gender: draft.gender };
    });
  return { actors, sources };
}
