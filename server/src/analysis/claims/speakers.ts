import type { Actor, ActorKind, Claim, ClaimKind, Gender, Mention, Span } from '../model';
import { firstSpanWithin, firstStartingAtOrAfter, spanContaining, spansWithin } from '../spans';
import { memoizeByString, PHRASE_MEMO_LIMIT } from '../memo';
import { isSpaceAt, PLAIN_WORD, sameStrings, wholeWord, wholeWordsOf } from '../text/words';
import { CLOSING_PARENTHESIS } from '../text/char-codes';
import { ROLE_MODIFIERS, ROLE_NOUNS } from '../lexicon/titles';
import { DEMONYMS } from '../lexicon/demonyms';
import { AGENT_NOUNS, BUSINESS_NOUNS, PARTY_MEMBERS, PUBLIC_BODY_WORDS } from '../lexicon/organizations';
import { DOCUMENT_NOUNS, QUALIFYING_PARTICIPLES } from '../lexicon/actor-cues';
import { COUNTING_WORDS, FRONTED_QUESTION } from './subjects';
import { FINITE_REPORTING_VERBS } from './verbs';

export interface Speaker {
  speaker: string | null;
  speakerText: string | null;
  speakerSpan: Span | null;
  anonymous: boolean;
}

export const NO_SPEAKER: Speaker = { speaker: null, speakerText: null, speakerSpan: null, anonymous: false };

/** A claim, written out field by field: spreading a speaker into it is several times slower, for every claim of every analysis. */
export function claimOf(span: Span, text: string, kind: ClaimKind, speaker: Speaker, verb: string | null, partial: boolean): Claim {
  return { start: span.start, end: span.end, text, kind, speaker: speaker.speaker, speakerText: speaker.speakerText, speakerSpan: speaker.speakerSpan, anonymous: speaker.anonymous, verb, partial };
}

// Unnamed sources: "officials", "a senior administration official", "people familiar with the talks".
// (Unions, not "the union": one union is an institution named before, as "the party" is.)
const ANONYMOUS_SOURCE =
  /\b(?:officials?|aides?|diplomats?|sources?|people|persons?|insiders?|spokes(?:man|woman|person|men|women)|ambassadors?|envoys?|mediators?|analysts?|experts?|critics?|observers?|residents?|economists?|executives?|negotiators?|advisers?|advisors?|lawmakers?|legislators?|mps|members?|employees?|workers?|prosecutors?|investigators?|witnesses|scientists|researchers|investors|traders|brokers|dealers|bankers|lenders|insurers|actuaries|auditors|callers?|allies|supporters|opponents|organizers|organisers|staff|someone|one|another|others?|media|colleagues|friends|officers?|leaders?|activists|campaigners|unions|fans|players|managers|riders|drivers|voters|doctors|teachers|students)\b/i;
// Members of the public speak for themselves, not for where they stand: "Riders at the Eastgate
// station said", "Workers at the plant said" (economists or officials at a firm speak for it);
// trades written as one word count too ("Dockworkers", "Firefighters", "Shopkeepers").
const PUBLIC_GROUP = /^(?:\p{L}*(?:workers|fighters|keepers|goers)|homeowners|drivers|residents|riders|passengers|commuters|shoppers|customers|fans|voters|parents|students|pupils|patients|farmers|growers|ranchers|fishermen|longshoremen|miners|dockers|truckers|rescuers|strikers|tenants|renters|consumers|taxpayers|pensioners|retirees|evacuees|refugees|migrants|relatives|mourners|onlookers|bystanders|vendors|merchants|protesters|demonstrators|villagers|locals|families|neighbou?rs|motorists|travell?ers|tourists|visitors|witnesses|survivors|doctors|nurses|medics|teachers|employees|staff|pilots|engineers)$/iu;
// "several applicants", "two bidders": a counted group of unnamed people, nothing named in it.
// ("two of them", "three of the diplomats": some of a group named before.)
const COUNTED_GROUP = new RegExp(String.raw`^(?:a\s+few|${COUNTING_WORDS})\s+(?:(?:[\p{Ll}-]+\s+)?\p{Ll}{3,}s|of\s+(?:them|the\s+\p{Ll}{3,}s))$`, 'u');
// Unnamed sources inside a body ("officials at the ministry"), unlike its analysts, whose estimates are its own.
const UNNAMED_OFFICIALS = /^(?:officials?|aides?|sources?|insiders?)$/i;
// One who speaks for a body (the plural forms are unnamed sources above).
const SPOKESPERSON = /^spokes(?:man|woman|person)$/i;
// Where a shared subject's clause reaches its verb: "Doctors …, said they were rationing tests and".
const FIRST_SPEECH_VERB = /\s(?:said|says|told|added|warned)\b/;
// A clause ending on the conjunction that shares its subject with the next verb, and that subject's
// first verb: a past form with its object or complement after it ("declined to", "rejected the").
const ENDS_ON_CONJUNCTION = /\s(?:but|and)$/;
// Not a reporting verb: "state media reported that the minister had … and told him" shares the minister.
const COORDINATED_PREDICATE = new RegExp(
  String.raw`^(\S.{2,80}?)\s+(?:(?:also|then|later|\p{Ll}+ly)\s+)?(?:(?:did|does|would|has|had|have)\s+not\s+)?(?!(?:${FINITE_REPORTING_VERBS})\s)\p{Ll}{3,}ed\s+(?:to|the|a|an|his|her|its|their|any|on|in|at|with|for|about)\s`,
  'u',
);
// What a source who is not named says of himself: "speaking on condition of anonymity".
export const ASKED_ANONYMITY = /\b(?:on condition of anonymity|(?:asked|requested) not to be (?:named|identified)|declined to be (?:named|identified)|requested anonymity|not authori[sz]ed to speak)\b/i;
const MALE = /^he$/i;
// Who "she" or "the judge" stands for was mentioned within an article's worth of mentions; looking
// no further keeps a long document without a match linear.
const LOOKBACK_MENTIONS = 400;
const FEMALE = /^she$/i;

export interface SpeakerIndex {
  actors: readonly Actor[];
  /** The same object while every mention keeps its actor and its place in the order (ActorContext.mentionLayout). */
  mentionLayout: object;
  byId: ReadonlyMap<string, Actor>;
  /** Every mention in document order. */
  mentions: readonly Mention[];
  text: string;
  /** The dateline, whose agency credit ("NAIROBI (Reuters) -") is the publisher, no actor of the story. */
  dateline: Span | null;
  /** The index of the previous analysis of the document, whose speakers may still hold. */
  previous: SpeakerIndex | null;
  /** Per mention, how many mentions before it differ from the previous analysis's (see movedSince); built when first needed. */
  changesBefore: Int32Array | null;
  /** When mentions were added or dropped, how many at the start and at the end are the previous analysis's (see movedSince); found when first needed. */
  alignment: { same: number; sameAtEnd: number } | null;
  /** Per mention, its actor (see actorAt), each looked up when first needed. */
  mentionActors: (Actor | undefined)[] | null;
  /** The actors the previous analysis had too, but otherwise as a speaker reads them (see sameForSpeakers); found when first needed. */
  changedActors: Set<string> | null;
  /** The people whose name opens with a word spelled as a pronoun (see namesSpelledAsPronouns); found when first needed. */
  pronounSpelledNames: Actor[] | null;
  /** The mentions (by index) that the resolution under way, or the question it asks, has read. */
  reads: { low: number; high: number };
  /** The paragraph whose speakers are being resolved, with how many mentions come before it; null between resolutions. */
  resolving: { paragraph: Span; mentionsBefore: number } | null;
  /** The text the resolution under way, or the question it asks, has read outside its paragraph (see readText). */
  outsideReads: OutsideRead[];
  /** The questions the resolution under way has asked (see asked); null between resolutions and while a question is asked. */
  questions: Question[] | null;
  /** Who the words spelled as a name ("He", "She") that the resolution under way asked about stand for (see nameSpelledAsPronoun). */
  pronounQuestions: PronounQuestion[];
  /** The speakers kept per cached item list (see speakersOf), those of the previous analysis's lists still cached among them. */
  paragraphSpeakers: Map<object, ParagraphCopies>;
  /** The tests of who holds a role, by the role they test (see roleTest). */
  roleTests: Map<string, RoleTest>;
  /** The people with a role, in the order of the actors (see roleTest); found when first needed. */
  roleHolders: Actor[] | null;
  /** The mentions (by index) of people that carry a title (see holdersOf); found when first needed. */
  titledPeople: number[] | null;
  /** roleHolders and titledPeople by each word of their roles and titles (see wholeWordsOf); found when first needed. */
  roleHoldersByWord: Map<string, Actor[]> | null;
  titledPeopleByWord: Map<string, number[]> | null;
}

export function speakerIndex(text: string, dateline: Span | null, actors: readonly Actor[], mentions: readonly Mention[], mentionLayout: object, previous: SpeakerIndex | null = null): SpeakerIndex {
  // Only the one before is compared with: older indexes are let go.
  if (previous) previous.previous = null;
  // Filled by a loop: a pair array per actor, for every analysis, is garbage at once.
  const byId = new Map<string, Actor>();
  for (const actor of actors) byId.set(actor.id, actor);
  return { text, dateline, actors, mentionLayout, byId, mentions, previous, changesBefore: null, alignment: null, mentionActors: null, changedActors: null, pronounSpelledNames: null, reads: { low: Infinity, high: -Infinity }, resolving: null, outsideReads: [], questions: null, pronounQuestions: [], paragraphSpeakers: new Map(), roleTests: new Map(), roleHolders: null, titledPeople: null, roleHoldersByWord: null, titledPeopleByWord: null };
}

/** The actor of the mention at `i`: scans over hundreds of mentions look up each one's actor, and an edit re-resolves a few of them in every keystroke. */
function actorAt(index: SpeakerIndex, i: number): Actor | undefined {
  const actors = (index.mentionActors ??= new Array(index.mentions.length));
  return (actors[i] ??= index.byId.get(index.mentions[i].actorId));
}

/** The mention at `i`, noted as read by the resolution under way. */
function mentionAt(index: SpeakerIndex, i: number): Mention {
  if (i < index.reads.low) index.reads.low = i;
  if (i > index.reads.high) index.reads.high = i;
  return index.mentions[i];
}

/** Where `offset` falls among the mentions (as firstStartingAtOrAfter), noting the two mentions either side as read. */
function mentionIndexAt(index: SpeakerIndex, offset: number): number {
  const next = firstStartingAtOrAfter(index.mentions, offset);
  if (next > 0) mentionAt(index, next - 1);
  if (next < index.mentions.length) mentionAt(index, next);
  return next;
}

/**
 * The mentions lying wholly inside `span` (as spansWithin), noted as read with the ones either side
 * of them; the one before, though, only when it lies in the paragraph being resolved, or is the
 * last (none follows). Before the paragraph, it tells nothing that where the paragraph stands among
 * the mentions (see keptHold) does not, and it is where a name typed in the paragraph before stands.
 */
function mentionsWithin(index: SpeakerIndex, span: Span): Mention[] {
  const found: Mention[] = [];
  const first = firstStartingAtOrAfter(index.mentions, span.start);
  const resolving = index.resolving;
  const opensParagraph = resolving !== null && first === resolving.mentionsBefore && span.start >= resolving.paragraph.start;
  if (first > 0 && (!opensParagraph || first === index.mentions.length)) mentionAt(index, first - 1);
  for (let i = first; i < index.mentions.length; i++) {
    const mention = mentionAt(index, i);
    if (mention.start >= span.end) break;
    if (mention.end <= span.end) found.push(mention);
  }
  return found;
}

/**
 * Text a resolution read outside its paragraph (around a mention in another paragraph: "its
 * league, Liga Orvala", the full stop between two names), which an edit there changes while the
 * mentions stay as they were. Each end is counted from a mention, by its index less the number of
 * mentions before the paragraph, or from the paragraph's start (mention null).
 */
interface OutsideRead {
  fromMention: number | null;
  from: number;
  toMention: number | null;
  to: number;
  text: string;
}

/** Where a read's end lies: `offset` past a mention (by index) or, null, past the paragraph starting at `paragraphStart`. */
function placeAt(index: SpeakerIndex, mention: number | null, offset: number, paragraphStart: number): number {
  return (mention === null ? paragraphStart : index.mentions[mention].start) + offset;
}

/** The text from `from` past one place to `to` past another (see placeAt), noted when the resolution under way reads it outside its paragraph. */
function readText(index: SpeakerIndex, fromMention: number | null, from: number, toMention: number | null, to: number): string {
  const resolving = index.resolving;
  const paragraphStart = resolving?.paragraph.start ?? 0;
  const start = placeAt(index, fromMention, from, paragraphStart);
  const end = placeAt(index, toMention, to, paragraphStart);
  const text = index.text.slice(Math.max(0, start), end);
  if (resolving && (start < paragraphStart || end > resolving.paragraph.end)) {
    // (Counted from the paragraph's first mention; no closure made for each read.)
    const before = resolving.mentionsBefore;
    index.outsideReads.push({ fromMention: fromMention === null ? null : fromMention - before, from, toMention: toMention === null ? null : toMention - before, to, text });
  }
  return text;
}

/** Whether what a kept resolution read outside its paragraph reads the same now, with the paragraph at `paragraphStart` after `mentionsBefore` mentions. */
function readsAlike(index: SpeakerIndex, reads: readonly OutsideRead[], mentionsBefore: number, paragraphStart: number): boolean {
  const absolute = (mention: number | null) => (mention === null ? null : mention + mentionsBefore);
  for (const read of reads) {
    const start = Math.max(0, placeAt(index, absolute(read.fromMention), read.from, paragraphStart));
    const end = Math.min(index.text.length, placeAt(index, absolute(read.toMention), read.to, paragraphStart));
    // A slice compared, not startsWith in place: V8's startsWith is several times slower (~0.2 ms a keystroke).
    if (Math.max(0, end - start) !== read.text.length || index.text.slice(start, end) !== read.text) return false;
  }
  return true;
}

/** The `chars` characters before the mention at `i`. */
function textBefore(index: SpeakerIndex, i: number, chars: number): string {
  return readText(index, i, -chars, i, 0);
}

/** The `chars` characters after the mention at `i`. */
function textAfter(index: SpeakerIndex, i: number, chars: number): string {
  const length = index.mentions[i].end - index.mentions[i].start;
  return readText(index, i, length, i, length + chars);
}

/** The text between the mentions at `i` and `i + 1`. */
function textBetween(index: SpeakerIndex, i: number): string {
  const length = index.mentions[i].end - index.mentions[i].start;
  return readText(index, i, length, i + 1, 0);
}

/** The text from the end of the mention at `i` to `offset`, in the paragraph being resolved. */
function textUpTo(index: SpeakerIndex, i: number, offset: number): string {
  const length = index.mentions[i].end - index.mentions[i].start;
  const paragraphStart = index.resolving?.paragraph.start ?? 0;
  return readText(index, i, length, null, offset - paragraphStart);
}

/** The text from `start` to `end`, around the words being resolved (the paragraph's end may lie within reach). */
function textNear(index: SpeakerIndex, start: number, end: number): string {
  const paragraphStart = index.resolving?.paragraph.start ?? 0;
  return readText(index, null, start - paragraphStart, null, end - paragraphStart);
}

/** What a speaker may read of an actor. */
function sameForSpeakers(a: Actor | undefined, b: Actor | undefined): boolean {
  return a === b || (a !== undefined && b !== undefined && a.kind === b.kind && a.gender === b.gender && a.name === b.name && sameStrings(a.roles, b.roles));
}

/** Whether mention `a` is, as a speaker reads it, the previous analysis's mention `b` (`changed`: see changedActors). */
function sameMention(a: Mention, b: Mention, changed: ReadonlySet<string>): boolean {
  return a.actorId === b.actorId && a.text === b.text && a.form === b.form && a.possessive === b.possessive && a.title === b.title && !changed.has(a.actorId);
}

/** The actors of `index` that `previous` had otherwise, or not at all: compared once each, not once per mention. */
function changedActors(index: SpeakerIndex, previous: SpeakerIndex): Set<string> {
  if (index.changedActors) return index.changedActors;
  const changed = new Set<string>();
  for (const actor of index.actors) if (!sameForSpeakers(actor, previous.byId.get(actor.id))) changed.add(actor.id);
  return (index.changedActors = changed);
}

/**
 * Where the previous analysis's mentions from `low` to `high` stand now (what to add to their
 * indexes), when they are still there one for one, with the same actors: then what a resolution
 * read there reads the same ("Javier Ochoa" typed as "Javier Ochoas" in one paragraph leaves the
 * speakers of the others as they were). Else null.
 */
function movedSince(index: SpeakerIndex, previous: SpeakerIndex, low: number, high: number): number | null {
  const count = previous.mentions.length;
  if (index.mentions.length === count) {
    if (!index.changesBefore) {
      const changes = new Int32Array(count + 1);
      const changed = changedActors(index, previous);
      const now = index.mentions;
      const then = previous.mentions;
      for (let i = 0; i < count; i++) changes[i + 1] = changes[i] + (sameMention(now[i], then[i], changed) ? 0 : 1);
      index.changesBefore = changes;
    }
    return index.changesBefore[high + 1] === index.changesBefore[low] ? 0 : null;
  }
  // A name typed or cut adds or drops mentions: what was read must lie wholly before them, or
  // wholly after them (and then stands as many further on or back), and not at the first or the
  // last mention, where a scan also read that there were no more.
  const { same, sameAtEnd } = (index.alignment ??= alignment(index, previous));
  if (high < same && high < count - 1) return 0;
  if (low >= count - sameAtEnd && low > 0) return index.mentions.length - count;
  return null;
}

/** How many mentions at the start, and then at the end, are the previous analysis's. */
function alignment(index: SpeakerIndex, previous: SpeakerIndex): { same: number; sameAtEnd: number } {
  const now = index.mentions;
  const then = previous.mentions;
  const changed = changedActors(index, previous);
  let same = 0;
  while (same < Math.min(now.length, then.length) && sameMention(now[same], then[same], changed)) same++;
  let sameAtEnd = 0;
  while (sameAtEnd < Math.min(now.length, then.length) - same && sameMention(now[now.length - 1 - sameAtEnd], then[then.length - 1 - sameAtEnd], changed)) sameAtEnd++;
  return { same, sameAtEnd };
}

/** Where a speaker is named, and how to read it. */
export interface SpeakerSite extends Span {
  /** 'first': the span is a whole earlier clause sharing its subject ("Bellandi flew … and has told"). */
  head?: SpeakerHead;
  /** Words to read when these name no one (the colon lead of a quote, then its verb's subject). */
  fallback?: Span & { head?: SpeakerHead };
  /** "A senior official in the ministry, who asked not to be named, said": the words cut off before the verb ask for anonymity. */
  anonymityAsked?: boolean;
  /** "according to a Commission letter seen by the daily": a document, which speaks for nobody. */
  document?: boolean;
}

export type SpeakerHead = 'nearest-verb' | 'first';

const NO_SPEAKERS: readonly Speaker[] = [];

/** The last item of `list` that `fits` (as findLast, which ES2022 lacks), without a reversed copy. */
export function lastWhere<T>(list: readonly T[], fits: (item: T) => boolean): T | undefined {
  for (let i = list.length - 1; i >= 0; i--) if (fits(list[i])) return list[i];
  return undefined;
}

// Speakers of a paragraph's cached attribution spans, and what their resolution read (see
// KeptSpeakers): one entry per copy of the paragraph in the document, with how many copies the analysis
// under way has read.
interface ParagraphCopies {
  kept: KeptSpeakers[];
  readBy: SpeakerIndex | null;
  read: number;
}

/** The speakers kept for a paragraph, and what was read in all, by their resolution and by its questions: most edits leave all of it as it was. */
interface KeptSpeakers extends Reads {
  mentionLayout: object;
  /** The speakers, with where the paragraph stood when they were read: unmoved, they are returned as they are. */
  speakers: Speaker[];
  paragraphStart: number;
  /** How many mentions came before the paragraph: where it stood among them. */
  mentionsBefore: number;
  /** What the resolution read itself, and the questions it asked, each with what it read. */
  own: Reads;
  questions: readonly Question[];
  /** Who the words spelled as a name that the resolution asked about stood for. */
  pronounQuestions: readonly PronounQuestion[];
}

/**
 * What a resolution, or a question it asked, read: the mentions from `low` to `high` (by index,
 * less the paragraph's first: where they stand from it, which an edit elsewhere leaves as it
 * was), and text outside the paragraph.
 */
interface Reads {
  low: number;
  high: number;
  outsideReads: readonly OutsideRead[];
}

/** What the resolution under way, or the question it asks, has read (see Reads). */
function readsNoted(index: SpeakerIndex): Reads {
  const { reads, resolving } = index;
  const first = resolving!.mentionsBefore;
  return { low: reads.low - first, high: reads.high - first, outsideReads: index.outsideReads };
}

/** What `parts` read in all. */
function readsOf(parts: readonly Reads[]): Reads {
  let low = Infinity;
  let high = -Infinity;
  for (const part of parts) {
    low = Math.min(low, part.low);
    high = Math.max(high, part.high);
  }
  // (Most read text outside the paragraph in one part at most: its list is taken as it is.)
  const reading = parts.filter((part) => part.outsideReads.length > 0);
  return { low, high, outsideReads: reading.length === 1 ? reading[0].outsideReads : reading.flatMap((part) => part.outsideReads) };
}

type Answer = string | boolean | null | undefined;

/**
 * A scan over the mentions around a paragraph that its resolution asked (who last held a role,
 * which organization was named last, who "she" stands for), with its answer. A scan reads up to
 * hundreds of mentions, but the resolution reads only its answer, which an edit among them seldom
 * changes: kept speakers hold while each question gets the same answer. It is asked again (`by`:
 * how far the paragraph moved in the text since) only when the mentions or text it read changed.
 */
interface Question extends Reads {
  scan: (index: SpeakerIndex, by: number) => Answer;
  answer: Answer;
}

/**
 * The answer of `scan`, noted as a question of the resolution under way (see Question): what it
 * reads is its own, not the resolution's. Outside a resolution, or within another question, it is
 * read as any other. (`scan` reads only the index it is given, never one of an analysis before.)
 */
function asked<T extends Answer>(index: SpeakerIndex, scan: (index: SpeakerIndex, by: number) => T): T {
  const questions = index.questions;
  if (!questions) return scan(index, 0);
  const { reads, outsideReads } = index;
  const { low, high } = reads;
  index.questions = null;
  reads.low = Infinity;
  reads.high = -Infinity;
  index.outsideReads = [];
  const answer = scan(index, 0);
  questions.push({ scan, answer, ...readsNoted(index) });
  index.questions = questions;
  reads.low = low;
  reads.high = high;
  index.outsideReads = outsideReads;
  return answer;
}

/** A "He" or "She" at `at` (relative to the paragraph), and the person of a name so spelled it stands for (see nameSpelledAsPronoun). */
interface PronounQuestion {
  at: number;
  word: string;
  answer: string | undefined;
}

/**
 * The speakers named by the attribution spans of a paragraph's cached items (`siteOf`, relative to
 * the paragraph; null: no span). A speaker depends on the mentions its resolution read and on their
 * order, which an edit elsewhere only moves: the speakers are kept per cached item list while the mention
 * layout stays the same, or while the mentions they read are those of the previous analysis
 * (wherever they now stand among the others: see movedSince). Paragraphs written alike share
 * their span list but not their speakers ("She said …" after two different people): the n-th
 * such paragraph keeps the n-th entry, and only while it stands where that entry's paragraph stood
 * among the mentions (a copy deleted before it makes it the first). Text they read outside the
 * paragraph must read the same too, and a scan over the mentions around it whose answer they read
 * must give the same answer (see Question).
 */
export function speakersOf<T>(index: SpeakerIndex, paragraph: Span, items: readonly T[], siteOf: (item: T) => SpeakerSite | null): readonly Speaker[] {
  // Most paragraphs report nothing: no speakers to resolve, nor to keep.
  if (items.length === 0) return NO_SPEAKERS;
  const paragraphStart = paragraph.start;
  // A map per analysis, carried over from the one before: item lists live no longer than the
  // paragraph cache keeps them, and a process-wide WeakMap costs several times a Map's set.
  let copies = index.paragraphSpeakers.get(items);
  if (!copies) index.paragraphSpeakers.set(items, (copies = index.previous?.paragraphSpeakers.get(items) ?? { kept: [], readBy: null, read: 0 }));
  if (copies.readBy !== index) {
    copies.readBy = index;
    copies.read = 0;
  }
  const copy = copies.read++;
  const kept = copies.kept[copy];
  const mentionsBefore = firstStartingAtOrAfter(index.mentions, paragraphStart);
  if (kept && keptHold(index, kept, paragraph, mentionsBefore)) {
    const by = paragraphStart - kept.paragraphStart;
    return by === 0 ? kept.speakers : kept.speakers.map((s) => moveSpeaker(s, by));
  }
  // "TAIPEI (Reuters) — Taiwan’s ministry said …, calling the drills “…”": a clause read from the
  // sentence's start begins after the dateline, whose city speaks for no one.
  const dateline = index.dateline;
  const at = (span: Span): Span => {
    const start = paragraphStart + span.start;
    const end = paragraphStart + span.end;
    return { start: dateline && start < dateline.end && dateline.end < end ? dateline.end : start, end };
  };
  index.reads.low = Infinity;
  index.reads.high = -Infinity;
  index.resolving = { paragraph, mentionsBefore };
  index.outsideReads = [];
  index.pronounQuestions = [];
  const questions: Question[] = (index.questions = []);
  const speakers = items.map((item) => {
    const site = siteOf(item);
    if (!site) return NO_SPEAKER;
    if (site.document) return { speaker: null, speakerText: index.text.slice(paragraphStart + site.start, paragraphStart + site.end), speakerSpan: at(site), anonymous: false };
    const speaker = resolveSpeaker(index, at(site), site.head, site.anonymityAsked);
    return !speaker.speaker && !speaker.anonymous && site.fallback ? resolveSpeaker(index, at(site.fallback), site.fallback.head) : speaker;
  });
  const own = readsNoted(index);
  index.resolving = null;
  index.questions = null;
  copies.kept[copy] = { mentionLayout: index.mentionLayout, speakers, paragraphStart, mentionsBefore, ...(questions.length === 0 ? own : readsOf([own, ...questions])), own, questions, pronounQuestions: index.pronounQuestions };
  return speakers;
}

/**
 * Whether the speakers kept for the paragraph at `paragraph`, now after `mentionsBefore` mentions,
 * still hold: the mentions they read are the ones they read, as far on from the paragraph's first;
 * the text they read reads the same; and each question whose mentions or text an edit changed gets
 * the same answer asked again (what it read then is noted instead).
 */
function keptHold(index: SpeakerIndex, kept: KeptSpeakers, paragraph: Span, mentionsBefore: number): boolean {
  const sameLayout = kept.mentionLayout === index.mentionLayout;
  const previous = index.previous;
  if (!sameLayout && (kept.mentionLayout !== previous?.mentionLayout || !sameDateline(index, previous) || !answersHold(index, kept.pronounQuestions, paragraph.start))) return false;
  if (!readsHold(index, sameLayout, kept, kept, paragraph.start, mentionsBefore)) {
    // (Speakers that do not hold are read again, and their entry replaced: questions asked again on the way matter no more.)
    if (!readsHold(index, sameLayout, kept, kept.own, paragraph.start, mentionsBefore)) return false;
    for (const question of kept.questions) {
      if (!readsHold(index, sameLayout, kept, question, paragraph.start, mentionsBefore) && !answerHolds(index, question, paragraph, mentionsBefore, paragraph.start - kept.paragraphStart)) return false;
    }
    Object.assign(kept, readsOf([kept.own, ...kept.questions]));
  }
  kept.mentionLayout = index.mentionLayout;
  kept.mentionsBefore = mentionsBefore;
  return true;
}

/** Whether the previous analysis had the same dateline: whether an actor was named only in its credit (onlyCredited) reads it. */
function sameDateline(index: SpeakerIndex, previous: SpeakerIndex): boolean {
  return previous.dateline?.start === index.dateline?.start && previous.dateline?.end === index.dateline?.end;
}

/**
 * Whether what `kept` noted in `reads` (in this very layout with `sameLayout`, else in the previous
 * analysis) reads the same now, with the paragraph at `paragraphStart` after `mentionsBefore`
 * mentions: the mentions are, as a speaker reads them, those read, as far on from the paragraph's
 * first (see movedSince); and the text outside the paragraph (see readsAlike).
 */
function readsHold(index: SpeakerIndex, sameLayout: boolean, kept: KeptSpeakers, reads: Reads, paragraphStart: number, mentionsBefore: number): boolean {
  const moved = mentionsBefore - kept.mentionsBefore;
  // No mention read: none was asked about, unless there was none to ask about (and a scan read that there was none).
  const mentionsHold = reads.high < reads.low ? sameLayout || index.previous!.mentions.length > 0
    : sameLayout ? moved === 0 : movedSince(index, index.previous!, reads.low + kept.mentionsBefore, reads.high + kept.mentionsBefore) === moved;
  return mentionsHold && readsAlike(index, reads.outsideReads, mentionsBefore, paragraphStart);
}

/** Whether `question`, asked again for the paragraph at `paragraph` (moved `by` characters) after `mentionsBefore` mentions, gets the answer it got; then what it read is noted anew. */
function answerHolds(index: SpeakerIndex, question: Question, paragraph: Span, mentionsBefore: number, by: number): boolean {
  index.reads.low = Infinity;
  index.reads.high = -Infinity;
  index.resolving = { paragraph, mentionsBefore };
  index.outsideReads = [];
  const answer = question.scan(index, by);
  Object.assign(question, readsNoted(index));
  index.resolving = null;
  return answer === question.answer;
}

/**
 * Whether a name spelled as a pronoun ("He Lan") was named before a "He" is read from the
 * actors, not from the mentions noted as read: while the mentions are not the very ones the
 * speakers were read among, each such question is asked again and must get the same answer.
 * (The person answered is read too: "she" fits her by her gender.)
 */
function answersHold(index: SpeakerIndex, questions: readonly PronounQuestion[], paragraphStart: number): boolean {
  // Most resolutions asked nothing: no test to make for each kept paragraph at every keystroke.
  return questions.length === 0 || questions.every((q) => personSpelledAsPronoun(index, paragraphStart + q.at, q.word) === q.answer && (q.answer === undefined || !changedActors(index, index.previous!).has(q.answer)));
}

function moveSpeaker(speaker: Speaker, by: number): Speaker {
  const span = speaker.speakerSpan;
  return span ? { speaker: speaker.speaker, speakerText: speaker.speakerText, speakerSpan: { start: span.start + by, end: span.end + by }, anonymous: speaker.anonymous } : speaker;
}

function actorOf(index: SpeakerIndex, id: string): Actor | undefined {
  return index.byId.get(id);
}

/**
 * The nearest person mentioned before `offset` that the pronoun can stand for, or rather the
 * subject of that sentence: the first one there it can stand for. A possessive ("hinge on
 * Mamatov’s voters") is rarely who speaks next, so it is passed over when a plain mention will do.
 */
function antecedent(index: SpeakerIndex, offset: number, pronoun: string): string | null {
  const spelled = nameSpelledAsPronounBefore(index, offset, pronoun);
  if (spelled) return spelled;
  return asked(index, (index, by) => nearestAntecedent(index, offset + by, pronoun, false) ?? nearestAntecedent(index, offset + by, pronoun, true));
}

// A capitalized word that may be a subject pronoun or a surname written first ("He Lan", "She Yuan").
const PRONOUN_SPELLED_NAME = /^(?:He|She)$/;
const PRONOUN_SPELLED_WORD = /\b(?:He|She)\b/g;

/** Whether a word at `at` opens a sentence: after its end, a paragraph break or an opening quote (read back by hand: an end-anchored pattern is quadratic). */
function opensSentence(text: string, at: number): boolean {
  let i = at;
  while (i > 0 && isSpaceAt(text, i - 1)) {
    if (text[i - 1] === '\n') return true;
    i--;
  }
  if (i === 0 || '“"'.includes(text[i - 1])) return true;
  const mark = '”"’)'.includes(text[i - 1]) ? text[i - 2] ?? '' : text[i - 1];
  return i < at && '.!?:'.includes(mark);
}

/** "He Lan", "She Yuan": the people whose name may be read as a pronoun, in the order of the actors (looked for once, not for every pronoun). */
function namesSpelledAsPronouns(index: SpeakerIndex): readonly Actor[] {
  return (index.pronounSpelledNames ??= index.actors.filter((a) => a.kind === 'person' && PRONOUN_SPELLED_NAME.test(a.name.slice(0, a.name.indexOf(' ')))));
}

/**
 * "Commerce Ministry spokeswoman He Lan … He said": the person of that name, when the word stands
 * mid-sentence ("…, He declined to comment"), where no pronoun is capitalized, or opens one right
 * after her as its nearest person.
 */
function nameSpelledAsPronoun(index: SpeakerIndex, at: number, word: string): string | undefined {
  if (!PRONOUN_SPELLED_NAME.test(word)) return undefined;
  const answer = personSpelledAsPronoun(index, at, word);
  // The answer depends on every mention before `at` (whether she was named before): it is kept
  // to be asked again (see speakersOf), not noted as a read of them all, which any edit before
  // the paragraph would make stale.
  if (index.resolving) index.pronounQuestions.push({ at: at - index.resolving.paragraph.start, word, answer });
  return answer;
}

/** Who "He" or "She" at `at` stands for, as nameSpelledAsPronoun answers, reading the mentions without noting them. */
function personSpelledAsPronoun(index: SpeakerIndex, at: number, word: string): string | undefined {
  const actor = namesSpelledAsPronouns(index).find((a) => a.name.startsWith(`${word} `) && a.mentions.length > 0 && a.mentions[0].start < at);
  if (!actor) return undefined;
  if (!opensSentence(index.text, at)) return actor.id;
  const before = firstStartingAtOrAfter(index.mentions, at) - 1;
  for (let i = before; i >= Math.max(0, before - LOOKBACK_MENTIONS); i--) {
    const nearest = actorAt(index, i);
    if (nearest?.kind === 'person') return nearest === actor ? actor.id : undefined;
  }
  return undefined;
}

/**
 * "…, He declined to comment. She said: …": the person a name spelled as a pronoun stands for
 * earlier in the paragraph, when the pronoun can stand for her and nobody else it can is named
 * since. Only the paragraph is read: its text is what its cached speakers depend on.
 */
function nameSpelledAsPronounBefore(index: SpeakerIndex, offset: number, pronoun: string): string | undefined {
  const fits = standsFor(pronoun);
  if (!fits) return undefined;
  const paragraphStart = index.text.lastIndexOf('\n', offset - 1) + 1;
  // Every "He" is asked about, even with nobody so named: had somebody been, it would stand for him.
  const before = index.text.slice(paragraphStart, offset);
  let found: { at: number; id: string } | undefined;
  PRONOUN_SPELLED_WORD.lastIndex = 0;
  for (let match = PRONOUN_SPELLED_WORD.exec(before); match; match = PRONOUN_SPELLED_WORD.exec(before)) {
    const at = paragraphStart + match.index;
    const id = nameSpelledAsPronoun(index, at, match[0]);
    if (id) found = { at, id };
  }
  if (!found || !fits(actorOf(index, found.id))) return undefined;
  const someoneElse = mentionsWithin(index, { start: found.at, end: offset }).some((m) => m.actorId !== found!.id && fits(actorOf(index, m.actorId)));
  return someoneElse ? undefined : found.id;
}

function nearestAntecedent(index: SpeakerIndex, offset: number, pronoun: string, possessives: boolean): string | null {
  const wanted: Gender | null = MALE.test(pronoun) ? 'male' : FEMALE.test(pronoun) ? 'female' : null;
  const from = mentionIndexAt(index, offset) - 1;
  // "The union’s director disputed the figures. It said …": within its paragraph, "it" stands for an
  // institution named only in the possessive before one named plainly in an earlier paragraph.
  const it = IT.test(pronoun);
  const they = THEY.test(pronoun);
  let paragraphStart = !possessives && it ? index.text.lastIndexOf('\n', offset) : -1;
  for (let i = from; i >= Math.max(0, from - LOOKBACK_MENTIONS); i--) {
    const mention = mentionAt(index, i);
    if (mention.end < paragraphStart) {
      if (anyMention(index, i + 1, from, (m) => m.possessive && actorOf(index, m.actorId)?.kind === 'organization')) return null;
      paragraphStart = -1;
    }
    if (mention.possessive && !possessives) continue;
    const actor = actorAt(index, i);
    if (!actor) continue;
    if (it || they) {
      // "it said": an institution or a place that speaks, the institution its sentence opens with
      // ("the district gave the union 30 days to answer what it called …"); "they" stays unresolved.
      if (it && actor.kind !== 'person') return lastWhere(sentenceBefore(index, i, possessives), (a) => a.kind === 'organization')?.id ?? actor.id;
      if (they) return null;
      continue;
    }
    // Never a place or an organization for he or she, and never someone of the other gender.
    if (actor.kind !== 'person') continue;
    if (wanted && actor.gender && actor.gender !== wanted) continue;
    // "Writing on Instagram, she said": a platform one writes on is where, never who.
    if (PLATFORM_BEFORE.test(textBefore(index, i, PLATFORM_LEAD_CHARS))) continue;
    // "Through his lawyer, Tom Varga, he said": the one the pronoun speaks through is not the pronoun.
    if (THROUGH_COUNSEL.test(textBefore(index, i, COUNSEL_LEAD_CHARS))) continue;
    // "the 34-year-old" is whoever was named last.
    if (!wanted) return actor.id;
    const earlier = sentenceBefore(index, i, possessives);
    // "Dr. Evelyn Sato-Briggs … and Okafor met briefly. “…,” she said": one known to be of the
    // pronoun's gender is likelier meant than one of unknown gender named after her; else the
    // subject ("Mgijima, asked whether he trusted Bezuidenhout, paused. “…,” he said").
    const known = actor.gender ? undefined : earlier.find((a) => a.kind === 'person' && a.gender === wanted);
    return (known ?? lastWhere(earlier, (a) => a.kind === 'person' && (!a.gender || a.gender === wanted)) ?? actor).id;
  }
  return null;
}

const IT = /^it$/i;
const PLATFORM_BEFORE = /\b(?:writing|wrote|writes|posting|posted|posts|tweeting|tweeted|said|says|announced|live)\s+on\s+$/i;
const PLATFORM_LEAD_CHARS = 16;
const THROUGH_COUNSEL = /\b(?:through|via)\s+(?:his|her)\s+(?:[\p{Ll}-]+\s+)?(?:lawyer|attorney|solicitor|counsel|barrister|spokes(?:man|woman|person)|agent|representative),\s*$/iu;
const COUNSEL_LEAD_CHARS = 48;
// "The ministry", "the state’s election board": a body's description, one word or a few after "the".
const DEFINITE_BODY = /^the\s+(?:[\p{L}’'-]+\s+){0,3}\p{Ll}+$/iu;
const THEY = /^they$/i;

/** Whether a mention from `low` to `high` (by index) `fits`. */
function anyMention(index: SpeakerIndex, low: number, high: number, fits: (mention: Mention) => boolean): boolean {
  for (let i = low; i <= high; i++) if (fits(mentionAt(index, i))) return true;
  return false;
}

/** The actors named in the sentence of the mention at `at` before it, nearest first. */
function sentenceBefore(index: SpeakerIndex, at: number, possessives: boolean): Actor[] {
  const found: Actor[] = [];
  for (let i = at - 1; i >= 0; i--) {
    const mention = mentionAt(index, i);
    mentionAt(index, i + 1);
    if (SENTENCE_BREAK.test(textBetween(index, i))) break;
    if (mention.possessive && !possessives) continue;
    const actor = actorAt(index, i);
    if (actor) found.push(actor);
  }
  return found;
}

/**
 * "The ministry said": a description the actor finder gave to an institution of that kind that
 * has not spoken yet ("mediators from the Labour Ministry") stands instead for the one of that
 * kind that spoke last, the topic a reader follows. `claims` in document order; their speakers
 * are updated.
 */
export function followSpeakingInstitutions(index: SpeakerIndex, claims: readonly Claim[]): void {
  const lastSpeakerOfKind = new Map<string, string>();
  const spoken = new Set<string>();
  const lastSpokeAt = new Map<string, number>();
  let lastInstitution: Actor | undefined;
  // The tests are made once, not per claim: the claim's speaker is read from `speaker`.
  let speaker: string | null = null;
  const describesSpeaker = (m: Mention) => m.form === 'description' && m.actorId === speaker;
  const ownedByOrganization = (m: Mention) => m.possessive && actorOf(index, m.actorId)?.kind === 'organization';
  for (const claim of claims) {
    speaker = claim.speaker;
    const span = claim.speakerSpan;
    // Where the speaker's words start among the mentions, searched for once for both tests below (each needs a speaker).
    const from = claim.speaker && span ? firstStartingAtOrAfter(index.mentions, span.start) : 0;
    const description = claim.speaker && !spoken.has(claim.speaker) && span ? firstSpanWithin(index.mentions, span, describesSpeaker, from) : undefined;
    const kindWord = description ? lastWordLowered(description.text) : undefined;
    const speaking = kindWord && lastSpeakerOfKind.get(kindWord);
    // "Russia’s Defence Ministry went further. The ministry warned": a body named in the paragraph since the
    // other last spoke is the one meant.
    if (speaking && !namedSince(index, claim.speaker!, Math.max(lastSpokeAt.get(speaking) ?? 0, index.text.lastIndexOf('\n', span!.start) + 1), from)) claim.speaker = speaking;
    const actor = claim.speaker ? actorOf(index, claim.speaker) : undefined;
    // "Kazpropulsion’s managing director, Dmitry Sokolov, said": the company has spoken through him.
    const employer = actor?.kind === 'person' && span ? firstSpanWithin(index.mentions, span, ownedByOrganization, from) : undefined;
    const institution = employer ? actorOf(index, employer.actorId) : actor;
    if (institution?.kind !== 'organization') continue;
    spoken.add(institution.id);
    lastSpokeAt.set(institution.id, claim.end);
    // Claims of one institution come in runs: its words point to it already after the first.
    if (institution !== lastInstitution) for (const word of wordsLowered(institution.name)) lastSpeakerOfKind.set(word, institution.id);
    lastInstitution = institution;
    // "Orbitra Launch Systems, a Hyderabad company that has flown …, said": the kind its apposition gives it.
    // (Its comma looked for first: the expression's call costs more than the scan, for every claim of an institution.)
    const kind = institution === actor && claim.speakerText?.includes(',') ? APPOSITION_KIND.exec(claim.speakerText)?.[1].toLowerCase() : undefined;
    if (kind) lastSpeakerOfKind.set(kind, institution.id);
  }
}

/** Whether `actorId` is named (not described) by a mention from offset `since` up to the mention numbered `before`. */
function namedSince(index: SpeakerIndex, actorId: string, since: number, before: number): boolean {
  for (let i = firstStartingAtOrAfter(index.mentions, since); i < before; i++) {
    const mention = index.mentions[i];
    if (mention.actorId === actorId && mention.form !== 'description') return true;
  }
  return false;
}

// Names and descriptions recur in every claim of every analysis: their lower-cased words are kept.
const wordsLowered = memoizeByString((name: string) => name.toLowerCase().split(/\s+/), PHRASE_MEMO_LIMIT);
const lastWordLowered = (text: string) => wordsLowered(text).at(-1);

/**
 * "The airline expects to restore its schedule by March, a spokesman said": a spokesperson who is
 * given no body speaks for the organization the claim is about, the first one it names. `claims`
 * are updated.
 */
export function followBareSpokespeople(index: SpeakerIndex, claims: readonly Claim[]): void {
  for (const claim of claims) {
    if (claim.speaker || !claim.speakerText || !BARE_SPOKESPERSON.test(claim.speakerText)) continue;
    const topic = firstSpanWithin(index.mentions, claim, (m) => !m.possessive && actorOf(index, m.actorId)?.kind === 'organization') ?? bodyJustBefore(index, Math.min(claim.start, claim.speakerSpan?.start ?? claim.start));
    if (topic) Object.assign(claim, { speaker: topic.actorId, anonymous: false });
  }
}

// How far back, within its paragraph, a bare spokesperson's body may have been named.
const SPOKESPERSON_BODY_REACH = 300;

/**
 * "The central bank, known as the CBN, declined to comment. A spokesman said …": the organization
 * named last before `offset` in the same paragraph, not far back.
 */
function bodyJustBefore(index: SpeakerIndex, offset: number): Mention | undefined {
  const lineBreak = index.text.lastIndexOf('\n', offset - 1);
  for (let i = firstStartingAtOrAfter(index.mentions, offset) - 1; i >= 0; i--) {
    const m = index.mentions[i];
    if (offset - m.end > SPOKESPERSON_BODY_REACH || lineBreak >= m.end) return undefined;
    if (speaksAsBody(actorOf(index, m.actorId))) return m;
  }
  return undefined;
}

// "Edinburgh Airport has urged passengers … A spokesman said": an airport or a port is a place
// run by a body that speaks in its name.
const RUN_PLACE = /\s(?:Airport|Port)$/;

function speaksAsBody(actor: Actor | undefined): boolean {
  return actor?.kind === 'organization' || (actor?.kind === 'place' && RUN_PLACE.test(actor.name));
}

// "the company", "a union statement": an article, an institution's noun, perhaps the document it issued.
const ARTICLES = new Set(['the', 'The', 'a', 'A', 'an', 'An']);
const ISSUED_DOCUMENTS = new Set(['statement', 'release', 'letter', 'filing', 'notice']);

/** The institution's noun of a speaker's words such as "the company" or "a union statement", else undefined (read word by word: most speakers are names). */
function institutionNoun(words: string): string | undefined {
  if (words.length > 40 || !ARTICLES.has(words.slice(0, words.indexOf(' ')))) return undefined;
  const [, noun, document, ...rest] = words.split(' ');
  return rest.length === 0 && (document === undefined || ISSUED_DOCUMENTS.has(document)) && AGENT_NOUNS.has(noun) ? noun : undefined;
}

/**
 * "Brennick Dairy will cut 1,150 jobs after its merger with Norsk Meieri, the company said",
 * "The teachers' association endorsed the plan, according to a union statement": an institution's
 * noun after what was said stands for the organization that opens it, the subject of its words,
 * not one named further in them. `claims` are updated.
 */
export function followReportingSubjects(index: SpeakerIndex, claims: readonly Claim[]): void {
  for (const claim of claims) {
    const span = claim.speakerSpan;
    if (claim.kind !== 'reported' || claim.anonymous || !span || span.start < claim.end || !claim.speakerText) continue;
    const noun = institutionNoun(claim.speakerText);
    if (!noun) continue;
    const within = spansWithin(index.mentions, claim);
    const opening = openingMention(index, within, claim.start);
    if (!opening || opening.actorId === claim.speaker) continue;
    // Only over a speaker found inside the words (the latest institution named), or none.
    if (claim.speaker && !within.some((m) => m.actorId === claim.speaker)) continue;
    const actor = actorOf(index, opening.actorId);
    // "the company" is no public body ("The commission fined Arvo …, the company said").
    if (actor?.kind !== 'organization' || (BUSINESS_NOUNS.has(noun) && namesPublicBody(actor))) continue;
    Object.assign(claim, { speaker: actor.id, anonymous: false });
  }
}

// Words before a claim's subject: articles, and capitalized words ("Coach", "China’s").
const SUBJECT_LEAD = /^(?:(?:the|a|an)\s+|\p{Lu}[\p{L}.'’-]*\s+)*$/u;

/** The first name, not a possessive, that `within` (the mentions inside a claim starting at `start`) holds, when only articles and capitalized words come before it: the claim's subject. */
function openingMention(index: SpeakerIndex, within: readonly Mention[], start: number): Mention | undefined {
  for (let i = 0; i < within.length; i++) if (!within[i].possessive) return SUBJECT_LEAD.test(index.text.slice(start, within[i].start)) ? within[i] : undefined;
  return undefined;
}

// "…, according to a joint statement": a paper whose issuer the words do not name.
const UNISSUED_DOCUMENT = /^an?\s+(?:[\p{Ll}-]+\s+){0,2}?(?:statement|release|communiqu[eé])$/iu;

// A court that rules, and an unnamed panel ("A trade panel convened under the pact ruled that …").
const COURT_NAME = /\b(?:Court|Tribunal)\b/;
const UNNAMED_PANEL = /^an?\s+(?:[\p{L}-]+\s+){0,3}?(?:panel|tribunal|court)\b/iu;
const JUDGES = ['judge', 'justice'];
const PANEL_HEADS = ['chair', 'chairman', 'chairwoman', 'president', ...JUDGES];

/**
 * "The top court suspended the levy on Tuesday, ruling that …": a court's ruling is its judge's,
 * named in the lines after the lede or before it; an unnamed panel's is its chair's. `claims`
 * are updated.
 */
export function followRulingJudges(index: SpeakerIndex, claims: readonly Claim[]): void {
  for (const claim of claims) {
    if (claim.kind !== 'reported' || !claim.verb || !/^rul/.test(claim.verb)) continue;
    const court = claim.speaker ? actorOf(index, claim.speaker) : undefined;
    // A named court that "ruled that …" speaks for itself; its judge gives the lede's "…, ruling that".
    const roles = court ? (court.kind === 'organization' && claim.verb === 'ruling' && COURT_NAME.test(court.name) ? JUDGES : null) : claim.speakerText && !claim.anonymous && UNNAMED_PANEL.test(claim.speakerText) ? PANEL_HEADS : null;
    if (!roles) continue;
    // The holder named in the next few mentions, else (for a named court) the one named last before the claim.
    let judge: string | undefined;
    for (const role of roles) {
      const test = holdsRole(index, role);
      judge = nextRoleHolder(index, role, claim.end, INTRODUCTION_MENTIONS, test) ?? (court ? previousRoleHolder(index, claim.start, test) : undefined);
      if (judge) break;
    }
    if (judge) Object.assign(claim, { speaker: judge, anonymous: false });
  }
}

const BARE_SPOKESPERSON = /^an?\s+spokes(?:man|woman|person)$/i;

// The head noun of an apposition opening with an article, before what qualifies it: "…, a Hyderabad company that …".
const APPOSITION_KIND = /,\s+(?:a|an|the)\s+(?:[\p{L}-]+\s+){0,3}?(\p{Ll}+)(?=\s+(?:that|which|whose|based|in|from|with|of)\b|,|$)/u;

// "…, the order noted", "the judgment said": a court's papers speak for the court that issued them, as a statement does.
const COURT_PAPERS = 'order|ruling|judgment|judgement|verdict';
const DOCUMENT = new RegExp(`^the\\s+(${DOCUMENT_NOUNS}|${COURT_PAPERS})$`, 'i');
// Papers that speak for whoever owns them: "their motion said", "according to the judge’s order", "his paper reported".
const OWNED_PAPERS = `${DOCUMENT_NOUNS}|${COURT_PAPERS}|motion|complaint|petition|lawsuit|affidavit|brief|paper|article`;
const DOCUMENT_NOUN = new RegExp(`^(?:${DOCUMENT_NOUNS})s?$`, 'i');
// How far back the claim that introduced the document may stand, and how far past its speaker the verb that names it ("said in a statement that").
const DOCUMENT_REACH = 2000;
const DOCUMENT_LEAD = 60;
// A phrase opening the sentence of its speaker, "In a letter to members, ".
const FRONTED_PAPER = /^[“"]?In\s+(?:an?|the|its|their|his|her)\s[^.,;:!?“”"]{0,80},/;
const FRONTED_PAPER_REACH = 200;

/**
 * Speakers described by what an earlier claim named: "The bank said in a statement that … The
 * board voted 5-2, the statement said" (the document speaks for the speaker who last issued one
 * like it); "A European Commission spokesman said … the spokesman said" (see followsEarlierSpeaker).
 * `claims` in document order; their speakers are updated.
 */
export function followDescribedSpeakers(index: SpeakerIndex, claims: readonly Claim[]): void {
  const { text } = index;
  for (let i = 0; i < claims.length; i++) {
    const claim = claims[i];
    // "the spokesman" reads as an unnamed source until it is found to refer back.
    if (!claim.speaker && claim.speakerText && (followsEarlierSpeaker(claims, i) || followsLastSpeaker(index, claims, i) || followsLastBody(index, claims, i))) continue;
    // "SAMR and the ministry on Tuesday ordered …, according to a joint statement": a statement no
    // issuer is named for is that of the body the claim opens with (and so is "The statement" after it).
    if (!claim.speaker && !claim.anonymous && claim.speakerSpan && claim.speakerSpan.start >= claim.end && claim.speakerText && UNISSUED_DOCUMENT.test(claim.speakerText)) {
      const opening = openingMention(index, spansWithin(index.mentions, claim), claim.start);
      if (opening && isKind(index, opening, 'organization')) claim.speaker = opening.actorId;
      continue;
    }
    const noun = !claim.speaker && !claim.anonymous && claim.speakerText ? DOCUMENT.exec(claim.speakerText)?.[1] : undefined;
    if (!noun) continue;
    // (An order or a ruling is the act of the body that issues it, whoever signs it.)
    const signer = DOCUMENT_NOUN.test(noun) ? signerAfter(index, claim.speakerSpan!.end) : undefined;
    if (signer) {
      claim.speaker = signer;
      continue;
    }
    const word = wholeWord(noun);
    // The latest paper of that kind named is the one meant, whether its issuer is known or not.
    const issuer = earlierClaim(claims, i, ({ speakerSpan, start }) => {
      if (!speakerSpan) return false;
      // A quote's lead stops where a report holding it starts ("Foy said the memo showed officials
      // “knew …”" names no memo of Foy's).
      const reportAfter = claims[firstStartingAtOrAfter(claims, speakerSpan.end)];
      const leadEnd = Math.min(speakerSpan.end <= start ? start : Infinity, speakerSpan.end + DOCUMENT_LEAD, reportAfter && reportAfter.start < start ? reportAfter.start : Infinity);
      // "A report by the agency said …": the document may be the subject its issuer is named in
      // ("according to the report" cites the paper, which names no author by itself).
      const from = claim.verb === 'according to' ? speakerSpan.end : speakerSpan.start;
      if (word.test(text.slice(from, leadEnd).split(/[.;]/)[0])) return true;
      // "In a statement released on Saturday evening, the club said": a paper named in a phrase fronted before the speaker.
      if (claim.verb === 'according to') return false;
      // ("In a press release issued Monday, the CAS — …, as it is known in French — confirmed": the speaker may stand in an aside after it.)
      const fronted = FRONTED_PAPER.exec(lastSentenceOf(text.slice(Math.max(0, speakerSpan.start - FRONTED_PAPER_REACH), speakerSpan.start)));
      return fronted !== null && word.test(fronted[0]);
    });
    if (issuer) claim.speaker = issuer.speaker;
  }
}

/** The words of the last sentence (or line) `text` holds, from its start. */
function lastSentenceOf(text: string): string {
  let start = 0;
  SENTENCE_OR_LINE_END.lastIndex = 0;
  for (let end = SENTENCE_OR_LINE_END.exec(text); end; end = SENTENCE_OR_LINE_END.exec(text)) start = end.index + end[0].length;
  return text.slice(start);
}

// "The memo, signed by OMB Deputy Director Ravi Sundaresan, says": the signer the apposition names.
const SIGNED_BY = /^,\s+(?:signed|written|drafted|authored)\s+by\s+[^,;:“”"]{1,80},/;

/** The person named in a "signed by" apposition right after a document's words ending at `end`. */
function signerAfter(index: SpeakerIndex, end: number): string | undefined {
  const signed = SIGNED_BY.exec(index.text.slice(end, end + 100));
  if (!signed) return undefined;
  for (const m of spansWithin(index.mentions, { start: end, end: end + signed[0].length })) if (actorOf(index, m.actorId)?.kind === 'person') return m.actorId;
  return undefined;
}

/** The latest claim before `claims[at]`, within DOCUMENT_REACH of it, that `fits`. */
function earlierClaim(claims: readonly Claim[], at: number, fits: (claim: Claim) => boolean): Claim | undefined {
  for (let j = at - 1; j >= 0 && claims[at].start - claims[j].end < DOCUMENT_REACH; j--) if (fits(claims[j])) return claims[j];
  return undefined;
}

const THE_SPEAKER_ROLE = /^the\s+([\p{L}-]+)$/iu;

/**
 * "A European Commission spokesman said … Missing that deadline would delay it, the spokesman
 * said": "the spokesman" is whoever an earlier claim's speaker phrase with that role spoke for.
 */
function followsEarlierSpeaker(claims: readonly Claim[], at: number): boolean {
  const claim = claims[at];
  const noun = THE_SPEAKER_ROLE.exec(claim.speakerText!)?.[1].toLowerCase();
  if (!noun || !(ROLE_NOUNS.has(noun) || SPOKESPERSON.test(noun))) return false;
  const word = wholeWord(noun);
  const earlier = earlierClaim(claims, at, (c) => Boolean(c.speakerText) && c.speakerText !== claim.speakerText && word.test(c.speakerText!));
  if (!earlier || (!earlier.speaker && !earlier.anonymous)) return false;
  claim.speaker = earlier.speaker;
  claim.anonymous = earlier.anonymous;
  return true;
}

/**
 * "Claire Pendleton has told MPs she will not … Giving evidence, the chancellor said …": a role
 * whose holder the text never names is the last speaker's, a person given no other role, when
 * that speaker spoke in the paragraph before or in this one.
 */
function followsLastSpeaker(index: SpeakerIndex, claims: readonly Claim[], at: number): boolean {
  const claim = claims[at];
  const noun = THE_SPEAKER_ROLE.exec(claim.speakerText!)?.[1].toLowerCase();
  if (!noun || !ROLE_NOUNS.has(noun) || claim.anonymous) return false;
  const earlier = earlierClaim(claims, at, (c) => c.speaker !== null || c.anonymous);
  const actor = earlier?.speaker ? actorOf(index, earlier.speaker) : undefined;
  if (!earlier || actor?.kind !== 'person' || actor.roles.length > 0 || paragraphsBetween(index.text, earlier.end, claim.start)) return false;
  claim.speaker = actor.id;
  return true;
}

// "The business lobby", "the rights group": a body's description, its noun last.
const BODY_DESCRIPTION = /^the\s+(?:[\p{Ll}-]+\s+){0,2}([\p{Ll}-]+)$/iu;
const COLLECTIVE_NOUNS = new Set(['lobby', 'body', 'chamber', 'movement', 'institution', 'employer', 'employers']);

/**
 * "According to the Honduran Private Enterprise Council (COHEP), …. The business lobby said …": a
 * body's description that names no actor is the organization that spoke last, in the paragraph
 * before or in this one.
 */
function followsLastBody(index: SpeakerIndex, claims: readonly Claim[], at: number): boolean {
  const claim = claims[at];
  const noun = claim.anonymous ? undefined : BODY_DESCRIPTION.exec(claim.speakerText!)?.[1];
  if (!noun || !(AGENT_NOUNS.has(noun) || BODY_NOUNS.has(noun) || COLLECTIVE_NOUNS.has(noun))) return false;
  const earlier = earlierClaim(claims, at, (c) => c.speaker !== null || c.anonymous);
  if (!earlier?.speaker || actorOf(index, earlier.speaker)?.kind !== 'organization' || paragraphsBetween(index.text, earlier.end, claim.start)) return false;
  claim.speaker = earlier.speaker;
  return true;
}

/** More than one paragraph break between `from` and `to`: two blank lines' worth of line ends (four), counted without a copy of the text. */
function paragraphsBetween(text: string, from: number, to: number): boolean {
  let lineEnds = 0;
  for (let at = text.indexOf('\n', from); at >= 0 && at < to; at = text.indexOf('\n', at + 1)) if (++lineEnds === 4) return true;
  return false;
}

// "The boy's mother, who asked not to be named, told …. She said": a kin noun says the gender too,
// when it is the head, not a possessive ("the boy's" is no "he").
const FEMALE_ROLE = /\b(?:(?:spokes|chair|council|congress|assembly|business|police)?woman|mother|wife|widow|daughter|sister|grandmother|girl)\b(?!['’])/i;
const MALE_ROLE = /\b(?:(?:spokes|chair|council|congress|assembly|business|police)?man|father|husband|widower|son|brother|grandfather|boy)\b(?!['’])/i;
const COMPOUND_QUALIFIER = new RegExp(`^-(?:${QUALIFYING_PARTICIPLES})\\b`);
const SENTENCE_END = /[.!?][”"’)]?(?=\s|$)/g;
// (A blank line ends one too: a subhead, a time stamp or a sign-off has no full stop.)
const SENTENCE_BREAK = new RegExp(`${SENTENCE_END.source}|\\n\\s*\\n`);
const CLOSED_ON_FULL_STOP = /\.[”"’]$/;
// A claim further back than this is no longer the topic a pronoun picks up.
const CONTINUATION_REACH = 400;

// "the Spaniard", "the 34-year-old": a person the article is about, read as a pronoun is.
// "The 47-year-old Welsh presenter": an age may go before a few words of who the person is.
// (Only the age after a capital "The": "The Conservatives" opens a sentence about a party.)
const PERSON_DESCRIPTION = /^(?:[Tt]he\s+(\d+-year-old(?:\s+[\p{L}-]+){0,3})|the\s+(\p{Lu}\p{Ll}+))$/u;

function describesPerson(phrase: string): boolean {
  // Most phrases are names: turned away by their first letters before the Unicode expression.
  if (!phrase.startsWith('the') && !phrase.startsWith('The')) return false;
  const found = PERSON_DESCRIPTION.exec(phrase);
  return found !== null && (found[1] !== undefined || DEMONYMS.has(found[2]));
}

/** Which actors a pronoun can stand for: he or she a person of that gender (or unknown), "the Spaniard" any person, it an institution or a place. */
function standsFor(pronoun: string): ((actor: Actor | undefined) => boolean) | null {
  if (describesPerson(pronoun)) return (actor) => actor?.kind === 'person';
  const wanted: Gender | null = MALE.test(pronoun) ? 'male' : FEMALE.test(pronoun) ? 'female' : null;
  if (wanted) return (actor) => actor?.kind === 'person' && (!actor.gender || actor.gender === wanted);
  return /^it$/i.test(pronoun) ? (actor) => actor !== undefined && actor.kind !== 'person' : null;
}

/**
 * "Ann Lee, who beat Kim Ode, said she was glad. “…,” she said": a pronoun within a sentence
 * of a claim, or inside it ("the Kremlin said Moscow would not accept what it called “…”"),
 * stands for that claim's speaker (the topic), not for whoever was named last inside the claim;
 * someone named after the claim, or a sentence in between, hands it on.
 */
export function pronounSpeaker(index: SpeakerIndex, speaker: Speaker, previous: Claim | undefined, offset: number): Speaker {
  if (!previous || (previous.speaker === speaker.speaker && !previous.anonymous) || offset - previous.end > CONTINUATION_REACH) return speaker;
  // "The ministry wrote that it had scrambled jets. It later added that …": "it" goes on with a
  // speaker its words name but no actor stands for, not with a body named sentences before.
  const unresolved = !previous.speaker && !previous.anonymous;
  if (unresolved && !(previous.speakerText && DEFINITE_BODY.test(previous.speakerText))) return speaker;
  // Read after the tests of the previous claim, which turn away a third of the quotes and reports.
  const pronoun = speaker.speakerText ?? '';
  const fits = standsFor(pronoun);
  if (!fits || (unresolved && !IT.test(pronoun))) return speaker;
  const actor = previous.speaker ? actorOf(index, previous.speaker) : undefined;
  // "A spokeswoman for the ministry said …. “…,” she said": the spokeswoman, for whoever she speaks for.
  // "…, a senior engineer said, speaking on condition of anonymity. “…,” he said": so does one unnamed source.
  const roleOfGender = FEMALE.test(pronoun) ? FEMALE_ROLE : MALE.test(pronoun) ? MALE_ROLE : null;
  const gendered = roleOfGender?.test(previous.speakerText ?? '') ?? false;
  const oneUnnamed = roleOfGender !== null && previous.anonymous && INDEFINITE.test(previous.speakerText ?? '');
  if (!gendered && !oneUnnamed && !unresolved && !(actor && fits(actor))) return speaker;
  // Only the first two sentence ends are looked for (with exec: matchAll would clone the expression).
  const between = index.text.slice(previous.end, offset);
  SENTENCE_END.lastIndex = 0;
  const firstEnd = SENTENCE_END.exec(between);
  const ends = firstEnd === null ? 0 : SENTENCE_END.exec(between) === null ? 1 : 2;
  // A quote closing on a full stop ("“We know this film.”") has ended its sentence already
  // ("“Why now?” asked Roe." goes on past its mark).
  const closed = CLOSED_ON_FULL_STOP.test(previous.text) ? 1 : 0;
  if (ends + closed > 1) return speaker;
  // Someone named in the claim's own sentence ("said Lee, who beat Ode.") is no new topic; nor is
  // one named in a question put to the speaker ("Asked whether Putin would attend, he said: “…”").
  const sentenceStart = firstEnd !== null ? previous.end + firstEnd.index + firstEnd[0].length : previous.end;
  const question = firstEnd !== null || closed ? FRONTED_QUESTION.exec(index.text.slice(sentenceStart, offset)) : null;
  const since = question ? sentenceStart + question[0].length : firstEnd !== null ? previous.end + firstEnd.index : previous.end;
  const someoneElse = spansWithin(index.mentions, { start: since, end: offset }).some((m) => m.actorId !== actor?.id && fits(actorOf(index, m.actorId)));
  if (someoneElse) return speaker;
  // An unnamed source is shown by the words that describe it, not by the pronoun; so is a body no actor stands for.
  return previous.anonymous || unresolved ? { speaker: null, speakerText: previous.speakerText, speakerSpan: previous.speakerSpan, anonymous: previous.anonymous } : { ...speaker, speaker: previous.speaker };
}

/**
 * "The office said the airline had used 61% of its slots. It gave the airline until Friday …": a
 * pronoun subject of a report stands for the previous report's speaker, as after a quote (see
 * pronounSpeaker). `reported` in document order; their speakers are updated.
 */
export function followReportedPronouns(index: SpeakerIndex, reported: readonly Claim[]): void {
  for (let i = 1; i < reported.length; i++) {
    const claim = reported[i];
    const previous = reported[i - 1];
    // A pronoun inside the previous report ("said the firm had cut jobs it …") is read where it stands;
    // but "Harmattan’s lawyers argue that …, which they say is …": an unresolved "they" there goes
    // on with a plural speaker of that report.
    if (claim.speakerSpan && claim.speakerSpan.start < previous.end && !claim.speaker && !claim.anonymous && claim.speakerText === 'they' && claim.speakerSpan.start > previous.start && (previous.speaker || previous.anonymous) && PLURAL_LAST_WORD.test(previous.speakerText ?? '')) {
      Object.assign(claim, { speaker: previous.speaker, anonymous: previous.anonymous });
    }
    if (!claim.speakerSpan || claim.speakerSpan.start < previous.end) continue;
    // "…, the statement said. Platforms that fail … (about 6.9 million U.S. dollars) …, it added": a
    // pronoun after its report goes on with the speaker before the report, whatever the report names
    // (but "The firm will appeal, it said" is the firm's).
    let offset = claim.speakerSpan.start;
    if (offset >= claim.end) {
      const opening = openingMention(index, spansWithin(index.mentions, claim), claim.start);
      if (opening && standsFor(claim.speakerText ?? '')?.(actorOf(index, opening.actorId))) continue;
      offset = claim.start;
    }
    const followed = pronounSpeaker(index, claim, previous, offset);
    if (followed !== claim) Object.assign(claim, { speaker: followed.speaker, speakerText: followed.speakerText, speakerSpan: followed.speakerSpan, anonymous: followed.anonymous });
  }
}

// "Harmattan’s lawyers", "officials at the ministry", "they": a speaker of many (see followReportedPronouns).
const PLURAL_LAST_WORD = /(?:\p{Ll}{2}(?<!s)s|^they)(?:\s+(?:at|of|for|in|from)\s[^,;:]*)?$/u;

/**
 * The person most recently mentioned before `offset` whose roles name `role`, else the next one
 * after it: a lede gives the role ("Spain’s health minister") before the name.
 */
function roleHolder(index: SpeakerIndex, role: string, offset: number, institution?: string): string | undefined {
  return asked(index, (index, by) => {
    // (The institution's mention is read by the resolution: while its speakers hold, it names the same actor.)
    const test = institution === undefined ? holdsRole(index, role) : holdsRoleAt(index, actorOf(index, institution)!, role);
    return previousRoleHolder(index, offset + by, test) ?? nextRoleHolder(index, role, offset + by, LOOKBACK_MENTIONS, test);
  });
}

/** The holder among the mentions before `offset`, the nearest first (as far back as LOOKBACK_MENTIONS). */
function previousRoleHolder(index: SpeakerIndex, offset: number, test: RoleTest): string | undefined {
  const next = mentionIndexAt(index, offset);
  const lowest = Math.max(0, next - 1 - LOOKBACK_MENTIONS);
  if (test.ministerial) {
    for (let i = next - 1; i >= lowest; i--) {
      const holder = holderAt(index, test, i);
      if (holder) return holder;
    }
    return undefined;
  }
  const holders = holdersOf(index, test);
  const nearest = firstAtLeast(holders, next) - 1;
  const found = nearest >= 0 && holders[nearest] >= lowest ? holders[nearest] : -1;
  // Read as a scan back to it (or to the farthest it looks) reads them.
  if (next - 1 >= lowest) readMentions(index, found >= 0 ? found : lowest, next - 1);
  return found >= 0 ? actorAt(index, found)!.id : undefined;
}

/** The mentions from `low` to `high` (by index), noted as read. */
function readMentions(index: SpeakerIndex, low: number, high: number): void {
  mentionAt(index, low);
  mentionAt(index, high);
}

/** The index of the first number in `sorted` at least `value`. */
function firstAtLeast(sorted: readonly number[], value: number): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (sorted[mid] < value) low = mid + 1;
    else high = mid;
  }
  return low;
}

// "Leitner’s ministry said …. “…,” the minister told": whoever owns a ministry is its minister.
const MINISTRY_AFTER = /^[’']s\s+ministry\b/i;

/**
 * Who holds a role (see holdsRole, holdsRoleAt): a person whose roles pass `passes`, or one whose
 * mention's title passes `title`; with `ministerial`, also one whose possessive name is followed by
 * "’s ministry". Made once per test in an analysis: a scan for a role holder reads back and on
 * over hundreds of mentions, most of them the same few people.
 */
interface RoleTest {
  named: ReadonlySet<Actor>;
  title: (title: string) => boolean;
  ministerial: boolean;
  /** The mentions (by index) that hold the role, in order; found when first needed, and never for a ministerial test, whose answer reads the text. */
  holders: number[] | null;
  /** The words (see wholeWordsOf) one of which a role or a title must hold to pass, or null: any may. */
  words: readonly string[] | null;
}

/** How a role test (see roleTest) reads roles and titles. */
interface RoleTestMade {
  words: readonly string[] | null;
  passes: (role: string) => boolean;
  title: (title: string) => boolean;
  ministerial: boolean;
}

/**
 * The test named `key`, made (by `make`) when first asked for: it is asked for at every scan for a
 * holder. Only the people with a role are tested: a long document asks about hundreds of roles
 * and institutions, and has thousands of actors, most of them with none; and of those, with
 * `words`, only the ones whose roles hold one of them.
 */
function roleTest(index: SpeakerIndex, key: string, make: () => RoleTestMade): RoleTest {
  let test = index.roleTests.get(key);
  if (!test) {
    const { words, passes, title, ministerial } = make();
    const people = (index.roleHolders ??= index.actors.filter((a) => a.kind === 'person' && a.roles.length > 0));
    const holding = words && itemsHolding((index.roleHoldersByWord ??= byWordsOf(people, (a) => a.roles)), words);
    index.roleTests.set(key, (test = { named: new Set(people.filter((a) => (!holding || holding.has(a)) && a.roles.some(passes))), title, ministerial, holders: null, words }));
  }
  return test;
}

/** Items by each word of their texts (see wholeWordsOf), in the items' order. */
function byWordsOf<T>(items: readonly T[], textsOf: (item: T) => readonly string[]): Map<string, T[]> {
  const byWord = new Map<string, T[]>();
  for (const item of items) {
    for (const text of textsOf(item)) {
      for (const word of wholeWordsOf(text)) {
        const holding = byWord.get(word);
        if (!holding) byWord.set(word, [item]);
        else if (holding[holding.length - 1] !== item) holding.push(item);
      }
    }
  }
  return byWord;
}

/** The items (of byWordsOf) whose texts hold one of `words`. */
function itemsHolding<T>(byWord: ReadonlyMap<string, readonly T[]>, words: readonly string[]): Set<T> {
  const found = new Set<T>();
  for (const word of words) for (const item of byWord.get(word) ?? []) found.add(item);
  return found;
}

/** The word a role's test looks for (see wholeWordsOf): the role itself, when wholeWord reads it as written. */
function wordsOfRole(role: string): string[] | null {
  return PLAIN_WORD.test(role) ? [role.toLowerCase()] : null;
}

/** The person (by id) of the mention at `i`, when it holds the role `test` tests. */
function holderAt(index: SpeakerIndex, test: RoleTest, i: number): string | undefined {
  const mention = mentionAt(index, i);
  const actor = actorAt(index, i);
  if (actor?.kind !== 'person') return undefined;
  const owned = test.ministerial && mention.possessive && MINISTRY_AFTER.test(textAfter(index, i, 12));
  return owned || test.named.has(actor) || (mention.title !== null && test.title(mention.title)) ? actor.id : undefined;
}

/**
 * The mentions (by index) that hold the role `test` (not ministerial) tests, in order: those of
 * the people it names, and those whose title passes it. Found once per test, so that a scan for
 * the nearest is a search, not a test of every mention on the way.
 */
function holdersOf(index: SpeakerIndex, test: RoleTest): readonly number[] {
  if (test.holders) return test.holders;
  const { mentions } = index;
  if (!index.titledPeople) {
    index.titledPeople = [];
    for (let i = 0; i < mentions.length; i++) if (mentions[i].title !== null && actorAt(index, i)?.kind === 'person') index.titledPeople.push(i);
  }
  const found: number[] = [];
  for (const actor of test.named) {
    for (const mention of actor.mentions) {
      let i = firstStartingAtOrAfter(mentions, mention.start);
      while (i < mentions.length && mentions[i] !== mention && mentions[i].start === mention.start) i++;
      if (mentions[i] === mention && actorAt(index, i) === actor) found.push(i);
    }
  }
  const titled = test.words ? itemsHolding((index.titledPeopleByWord ??= byWordsOf(index.titledPeople, (i) => [mentions[i].title!])), test.words) : index.titledPeople;
  for (const i of titled) if (test.title(mentions[i].title!)) found.push(i);
  found.sort((a, b) => a - b);
  // A named person's mention with a title that passes too is found twice.
  const holders: number[] = [];
  for (const i of found) if (i !== holders[holders.length - 1]) holders.push(i);
  return (test.holders = holders);
}

// "shadow chancellor", "deputy minister", "vice-president": another office than the bare role.
const OTHER_OFFICE_BEFORE = /\b(?:shadow|deputy|vice|assistant|former|ex|junior|under)[\s-]+$/i;
// "an ally of the mayor", "adviser to the mayor": a role named after a preposition is someone else's.
const ROLE_OF_ANOTHER = /\b(?:of|to|for|with)\s+(?:the\s+)?$/i;

// "Justice Agnes Makau …. The judge found": a judge's title in courts of the Commonwealth ("Chief
// Justice", "Lady Justice"), not the ministry's ("Justice Minister", "Minister of Justice").
const JUDGE_TITLE = /^(?:(?:Chief|Lady|Lord|Associate|Principal|Presiding)\s+)?Justice$/i;

/** Who holds `role`: whose roles or title name it (not another office named with it: "the chancellor" is no "shadow chancellor"). */
function holdsRole(index: SpeakerIndex, role: string): RoleTest {
  return roleTest(index, role, () => {
    const word = wholeWord(role);
    const judge = role.toLowerCase() === 'judge';
    const passes = (r: string) => {
      const found = word.exec(r);
      if (found === null) return judge && JUDGE_TITLE.test(r);
      const before = r.slice(0, found.index);
      return !OTHER_OFFICE_BEFORE.test(before) && !ROLE_OF_ANOTHER.test(before);
    };
    return { words: judge ? ['judge', 'justice'] : wordsOfRole(role), passes, title: passes, ministerial: word.test('minister') };
  });
}

// Whoever heads an institution, whatever the title: "the NLC leader" is its president or its chairman.
const GENERIC_HEAD = /^(?:leader|head|chief|boss)$/;
const HEAD_ROLE_WORDS = ['president', 'chair', 'chairman', 'chairwoman', 'chairperson', 'leader', 'head', 'chief', 'secretary'];
const HEAD_ROLES = new RegExp(`\\b(?:${HEAD_ROLE_WORDS.join('|')})\\b`, 'i');

/** Who holds `role` at `institution`: whose roles or title name both ("NLC President", "TUC’s president"). */
function holdsRoleAt(index: SpeakerIndex, institution: Actor, role: string): RoleTest {
  return roleTest(index, `${role} at ${institution.id}`, () => {
    const generic = GENERIC_HEAD.test(role);
    const roleWord = generic ? HEAD_ROLES : wholeWord(role);
    const names = institution.aliases.map((alias) => alias.toLowerCase());
    const atInstitution = (title: string) => roleWord.test(title) && names.some((name) => title.toLowerCase().includes(name));
    return { words: generic ? HEAD_ROLE_WORDS : wordsOfRole(role), passes: atInstitution, title: atInstitution, ministerial: false };
  });
}

const WORD_AFTER = /^\s+([\p{Ll}-]+)/u;
// Up to three lower-case words after a name: a role, perhaps after its modifiers ("press secretary").
const WORDS_AFTER = /^\s+([\p{Ll}-]+)(?:\s+([\p{Ll}-]+))?(?:\s+([\p{Ll}-]+))?/u;

/** Whether the words WORDS_AFTER found name a role: a role noun, after nothing but role modifiers. */
function roleAmong(words: RegExpExecArray): boolean {
  for (let i = 1; i < words.length && words[i] !== undefined; i++) {
    if (ROLE_NOUNS.has(words[i])) return true;
    if (!ROLE_MODIFIERS.has(words[i])) return false;
  }
  return false;
}

/** "The NLC leader dismissed …": the holder of a role named right after an institution among `mentions`, with the words naming it. */
function institutionRoleHolder(index: SpeakerIndex, mentions: readonly Mention[], offset: number): { id: string; span: Span } | undefined {
  for (const mention of mentions) {
    const institution = actorOf(index, mention.actorId);
    if (institution?.kind !== 'organization') continue;
    const after = WORD_AFTER.exec(textNear(index, mention.end, mention.end + 40));
    if (!after || !ROLE_NOUNS.has(after[1])) continue;
    const id = roleHolder(index, after[1], offset, institution.id);
    if (id) return { id, span: { start: mention.start, end: mention.end + after[0].length } };
  }
  return undefined;
}

/** The first person after `offset`, within `mentions` mentions, whose roles name `role`. */
function nextRoleHolder(index: SpeakerIndex, role: string, offset: number, mentions: number, test = holdsRole(index, role)): string | undefined {
  const next = mentionIndexAt(index, offset);
  const end = Math.min(index.mentions.length, next + mentions);
  if (test.ministerial) {
    for (let i = next; i < end; i++) {
      const holder = holderAt(index, test, i);
      if (holder) return holder;
    }
    return undefined;
  }
  const holders = holdersOf(index, test);
  const first = firstAtLeast(holders, next);
  const found = first < holders.length && holders[first] < end ? holders[first] : -1;
  if (next < end) readMentions(index, next, found >= 0 ? found : end - 1);
  return found >= 0 ? actorAt(index, found)!.id : undefined;
}

// A lede's unnamed role ("A federal judge …") is named within the next few mentions, or not at all.
const INTRODUCTION_MENTIONS = 8;

/**
 * "The agency" at `offset` after "the National Highway Traffic Safety Administration": the
 * organization a definite noun that names no person's role refers back to (see namesake; an
 * agency is any public body so named). Claims resolve "the agency said" so, deadlines "the agency gave".
 */
export function institutionReferredTo(index: SpeakerIndex, noun: string, offset: number): string | undefined {
  // "The watchdog said" after "the Competition and Markets Authority": a public body named so before.
  if (WATCHDOG_NOUN.test(noun)) return namesake(index, noun, offset) ?? latestOrganization(index, offset, isPublicBody);
  if (ROLE_NOUNS.has(noun.toLowerCase())) return undefined;
  const nameWords = NAME_WORDS_OF_KIND.get(noun.toLowerCase());
  return namesake(index, noun, offset) ?? (/^agency$/i.test(noun) ? latestOrganization(index, offset, isPublicBody) : undefined) ?? (nameWords ? latestOrganization(index, offset, (actor) => nameWords.test(actor.name)) : undefined);
}

const WATCHDOG_NOUN = /^(?:regulator|watchdog)$/i;

// "The utility said" after "Sierra Foothill Electric", "the airline" after "Hanbit Air": a business
// named by the words its kind's names hold, not by the noun itself.
const UTILITY_NAME = /\b(?:Electric|Power|Energy|Gas|Water|Utilities|Light)\b/;
const AIRLINE_NAME = /\b(?:Air|Airlines|Airways|Aviation)\b/;
const CARMAKER_NAME = /\b(?:Motors?|Auto|Automotive)\b/;
const NAME_WORDS_OF_KIND: ReadonlyMap<string, RegExp> = new Map([
  ['utility', UTILITY_NAME], ['airline', AIRLINE_NAME], ['carrier', AIRLINE_NAME], ['carmaker', CARMAKER_NAME], ['automaker', CARMAKER_NAME],
  // "the club" after "Galway Rovers": a sports club's name opens or ends with such a word (not
  // "the Redcastle United Supporters’ Trust", which holds one inside).
  ['club', /^(?:FC|AFC|CF|SC|Real|Sporting|Olympique|Dynamo|Dinamo)\s|\s(?:FC|AFC|CF|SC|United|City|Rovers|Athletic|Wanderers|Albion|Rangers|Town|County|Hotspur|Celtic)$/],
  ['miner', /\b(?:Mining|Minerals|Resources)\b/], ['insurer', /\b(?:Insurance|Assurance)\b/], ['lender', /\b(?:Bank|Capital|Finance|Credit)\b/],
]);

const PUBLIC_BODY = /\b(?:Administration|Authority|Directorate|Agency|Bureau|Office|Inspectorate|Service|Commission)$/;
// "A bench headed by Justice Rao, with expert member Dr Iyer,", "the three-judge panel": a court's
// bench speaks for the court (its members named in the phrase do not); "a panel of the Court of
// Appeal" for the court it names ("A trade panel set up under the pact" may sit for no court).
const COURT_BENCH = /^(?:(?:an?|the)\s+(?:[\p{L}-]+\s+){0,2}bench|the\s+(?:[\p{L}-]+\s+){0,2}panel)$/iu;
// "…, the majority wrote": a court's majority speaks for the court, as its bench does ("the majority of economists" is no court's).
const COURT_MAJORITY = /^the\s+(?:[\p{L}\d-]+\s+)?majority$/iu;
const NAMED_COURT_PANEL = /^an?\s+(?:[\p{L}-]+\s+){0,2}panel$/iu;
const SITTING_BODY = /\b(?:court|tribunal|arbitration|committee|commission|board)\b/i;

/**
 * "The district warned" after "the Sacramento Unified School District": the organization named
 * last whose name holds the noun, when the actor finder gave the noun no description of its own;
 * else the one last given that noun, by a description ("a company spokeswoman" after "the
 * company") or right before its name ("the league" after "Portugal’s professional league, Liga
 * Portugal", "the board" after "The board of Clube Desportivo Alvorada").
 */
function namesake(index: SpeakerIndex, noun: string, offset: number): string | undefined {
  const word = wholeWord(noun);
  const givenBefore = nounBeforeName(noun);
  return latestOrganization(index, offset, (actor) => word.test(actor.name))
    ?? latestOrganization(index, offset, (_, mention, i, scanned) => (mention.form === 'description' && word.test(mention.text)) || givenBefore(textBefore(scanned, i, NOUN_BEFORE_NAME_CHARS)));
}

/** "a regional council spokesperson": the body named with both words ("Waikato Regional Council"), else with the noun alone. */
function bodySpokenFor(index: SpeakerIndex, noun: string, offset: number): string | undefined {
  const space = noun.lastIndexOf(' ');
  return namesake(index, noun, offset) ?? (space < 0 ? undefined : namesake(index, noun.slice(space + 1), offset));
}

const NOUN_BEFORE_NAME_CHARS = 40;
// "its league, Liga Orvala", "the ministry, known by its Spanish initials SRE". The noun alone is
// looked for first: a word boundary that ignores case in Unicode is slow at every position, and
// most text before a name holds no such noun.
const nounBeforeName = memoizeByString((noun): ((text: string) => boolean) => {
  const anywhere = new RegExp(noun, 'iu');
  const beforeName = new RegExp(`\\b${noun},?\\s+(?:of\\s+|known\\s+(?:as|by\\s+(?:its|their)\\s+(?:\\p{L}+\\s+)?(?:initials|acronym|abbreviation|name))\\s+)?(?:the\\s+)?$`, 'iu');
  return (text) => anywhere.test(text) && beforeName.test(text);
});

/** The organization of the latest mention before `offset` that `fits` (which reads only the index it is given, up to `at`, where that scan ends: the scan is asked again in later analyses). */
function latestOrganization(index: SpeakerIndex, offset: number, fits: (actor: Actor, mention: Mention, i: number, index: SpeakerIndex, at: number) => boolean): string | undefined {
  return asked(index, (index, by) => {
    const from = mentionIndexAt(index, offset + by) - 1;
    for (let i = from; i >= Math.max(0, from - LOOKBACK_MENTIONS); i--) {
      const mention = mentionAt(index, i);
      const actor = actorAt(index, i);
      if (actor?.kind === 'organization' && fits(actor, mention, i, index, offset + by)) return actor.id;
    }
    return undefined;
  });
}

const ASKED_FIRST = /^\s*Asked\s+(?:by|whether|if|about|how|why|what|when)\s/;
const PRONOUN_AT_END = /\b(he|she|they|it)\s*$/i;
// "A circular it issued that year": a paper speaks for whoever the pronoun says issued it.
// "Her report, titled “…”, found that", "His 2017 paper, “…,” reported that": a person's paper speaks for its owner ("its report": see
// ownedByIt); so does a person's office ("…, her office said"), as "the mayor’s office" does.
const OWNED_DOCUMENT = new RegExp(`^(his|her|their)\\s+(?:[\\p{Ll}\\d-]+\\s+)?(?:(?:${OWNED_PAPERS})s?|office)\\b`, 'iu');
const DOCUMENT_BY_PRONOUN = new RegExp(`^(?:an?|the|one)\\s+(?:[\\p{Ll}-]+\\s+)?(?:${DOCUMENT_NOUNS})s?\\s+(he|she|it|they)\\s+\\p{Ll}+ed\\b`, 'iu');
// "the timeline the sheriff laid out Thursday", "the figures Finance Minister Ana Roe released": a
// thing whose author a relative clause without "that" names (by a verb that makes it, not "a
// statement Roe brushed off"); the author speaks through it.
const AUTHORING_VERBS = String.raw`(?:laid|set|spelled|spelt|drew|put)\s+out|drew\s+up|released|issued|published|gave|presented|provided|compiled|outlined|unveiled|shared|filed|prepared|wrote`;
// (Not "a copy of the treaty published by …": the author follows no preposition, and the verb is no passive.)
const AUTHORED_BY = new RegExp(String.raw`^(?:an?|the)\s+(?:[\p{Ll}-]+\s+){0,2}?(?!(?:of|in|on|at|to|for|from|with|by|about)\s)[\p{Ll}-]+\s+(the\s+(?:[\p{Ll}-]+\s+)?[\p{Ll}-]+|(?:the\s+)?\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3})\s+(?:${AUTHORING_VERBS})\b(?!\s+by\b)`, 'du');
// "his claim that …": an owner that is a pronoun, read as its subject form.
export const POSSESSIVE_PRONOUN = /^(his|her|its|their)$/i;
const SUBJECT_FORM: Readonly<Record<string, string>> = { his: 'he', her: 'she', its: 'it', their: 'they' };
const LEADING_PRONOUN = /^(he|she|it)\b/i;
// "Its advertisements", not "His sister": only an institution speaks through what it owns.
const OWNING_PRONOUN = /^its\s/i;
const VERB_NEXT = /^\s?\p{Ll}/u;
const NOT_HEAD_WORD = /[^\p{L}-]/gu;
const THE_ROLE = /^the\s+([\p{L}-]+)$/iu;
const DESCRIPTION_AFTER_COMMA = /^\s*,\s+\p{Ll}/u;
// What opens a subject before the words naming the speaker: "But he", "In Valencia, Real Ventosa",
// "Speaking on the phone-in show “Oga Hour” on Wazobia FM, one caller" (a participle's phrase, titles and all).
const OPENING_CONJUNCTION = /^\s*(?:but|and|yet)\s+/i;
// "North of the border, growers …": a direction from a place opens one too.
// "On Wednesday the regulator said", "Last week the ministry said": a time opening the sentence without a comma.
const OPENING_TIME = /^\s*(?:(?:on|late|early)\s+)?(?:(?:last|this|next)\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?:\s+(?:morning|afternoon|evening|night))?\s+(?=\S)|^\s*(?:last|earlier\s+this|earlier\s+that|later\s+that)\s+(?:week|month|year)\s+(?=\S)/i;
const OPENING_ADVERBIAL = /^\s*(?:in|on|at|from|after|before|during|outside|inside|meanwhile|separately|however|earlier|later|(?:north|south|east|west)\s+of|across|elsewhere|nearby)\b[^,;:“”"]{0,60},\s*(?=\S)/i;
// "Harmattan’s lawyers argue": counsel speak for their client, as "through his lawyer" does.
const REPRESENTED_CLIENT = /^((?:[Tt]he\s+)?[\p{L}.&-]+(?:\s+[\p{Lu}][\p{L}.&-]*)*)['’]s\s+(?:[\p{Ll}-]+\s+)?(?:lawyers?|attorneys?|counsel|solicitors?|legal\s+team)$/u;
const OPENING_RELATIVE = /^(?:which|who|whose)\s[^,;:“”"]{0,120},\s*(?=\S)/i;
// ("Addressing traders at the market, …": the participle may take an object first.)
const OPENING_PARTICIPLE = /^\s*\p{Lu}\p{Ll}+ing\s+(?:[\p{Ll}-]+\s+(?:[\p{Ll}-]+\s+)?)??(?:later\s+|earlier\s+)?(?:on|to|at|in|from|after|before|during|with|about|outside)\s[^,;:]{0,80},\s*(?=\S)/u;
// "Speaking at the Government House, Minna, shortly after the meeting, the governor": the fronted phrase may
// go on with the place it named and a time, set off by commas, before a described subject.
const FRONTED_GOES_ON = /^(?:\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,2},\s*)?(?:(?:shortly|just|soon|moments|hours|minutes|days)\s+)?(?:after|before|on|during|following|ahead\s+of)\s[^,;:“”"]{1,60},\s*(?=(?:the|a|an|his|her|its|their)\s)/u;
// The head noun comes before any prepositional phrase, or a participle's: "Western diplomats in
// Bishkek", "a study commissioned by the group".
const HEAD_ENDS = /\s(in|at|from|of|for|with|on|inside|close to|to|familiar with|\p{Ll}+ed\s+(?:on|in|at|by|to|with|from))\s/iu;
// "Aides to Ruiz", "people close to the minister": unnamed sources around someone, not that someone.
const AROUND_SOMEONE = /^(?:close )?to$/i;
const DEFINITE_NOUN = /^the\s+[\p{L}-]+$/iu;
const THE_FIRST = /^the\s/i;
const DEFINITE_LEAD = /^the\s+[\p{Ll}-]+(?=\s+\p{Ll})/iu;
const INDEFINITE = /^an?\s/i;
const UNNAMED_COMMITTEE = /^(?:committee|inquiry|probe)$/i;
// "one Hamburg trader", "another diplomat": one of an unnamed many, never introduced by name.
const ONE_OF_MANY = /^(?:one|another)\s/i;
const PRONOUN_SPOKESPERSON = /^(his|her|its)\s+(?:(?:official|chief|deputy|press)\s+)?spokes(?:man|woman|person)$/i;

function spokespersonOwnerOf(phrase: string): string | null {
  const owner = PRONOUN_SPOKESPERSON.exec(phrase)?.[1];
  return owner ? SUBJECT_FORM[owner.toLowerCase()] : null;
}
const SPOKESPERSON_OF = /^(?:a|an|the)\s+([\p{Ll}-]+)\s+spokes(?:man|woman|person)$/iu;
// "a spokesperson for the label" after "their former label, Ostrander Records": the body last given
// that noun (when the actor finder made no description mention of "the label" itself).
const SPOKESPERSON_FOR_THE = /^an?\s+spokes(?:man|woman|person)\s+for\s+the\s+(\p{Ll}[\p{Ll}-]*)$/iu;
// "The maker of laser modules …", "the world’s largest operator of cargo ports": a firm told by its trade, with no name in apposition
// (not "the owner of the hunting camp", often a person).
const PRODUCER = /^the\s+(?:[\p{L}’'-]+\s+){0,3}?(?:maker|manufacturer|producer|developer|operator|provider|supplier|publisher|designer|retailer|distributor|miner|exporter|lender|insurer|brewer)\s+of\s[^,]+$/iu;
// "a regional council spokesperson": the body's noun with a lower-case word that qualifies it (not "A NSW Health spokeswoman", whose name the mentions give).
const QUALIFIED_SPOKESPERSON_OF = /^(?:[Aa]n?|[Tt]he)\s+(\p{Ll}[\p{Ll}-]*\s+\p{Ll}[\p{Ll}-]*)\s+spokes(?:man|woman|person)$/u;
const ROLE_OFFICE = /^the\s+((?:[\p{Ll}-]+\s+)?[\p{Ll}-]+)['’]s\s+office$/iu;
// "the judge’s order", "the mayor’s letter": a role holder's papers speak for the holder, as the office does.
const ROLE_PAPER = new RegExp(`^the\\s+((?:[\\p{Ll}-]+\\s+)?([\\p{Ll}-]+))['’]s\\s+(?:[\\p{Ll}-]+\\s+)?(?:${OWNED_PAPERS})$`, 'iu');

/** The role whose holder owns the paper a phrase names ("the judge’s order" → "judge"), else null; an institution's ("the company’s filing") is read from its description. */
function rolePaperOwner(phrase: string): string | null {
  const paper = ROLE_PAPER.exec(phrase);
  return paper && ROLE_NOUNS.has(paper[2].toLowerCase()) ? paper[1].toLowerCase() : null;
}
// "the prime minister’s office" with no prime minister named: the seat of government named just before it ("Moncloa said …").
const OFFICE_REACH = 400;
// "Senate Majority Leader Howard Kessler’s office": a named person's office speaks for the person.
// (Whose name it is, the mentions tell: see officeHolder.)
const NAMED_OFFICE = /['’]s\s+office$/;
// "The Fair Work Commission’s expert panel", "the trust’s board": a body that speaks for the institution owning it.
const OWNED_BODY = /^(?:the\s+)?([\p{L}.-]+(?:\s[\p{Lu}][\p{L}.-]*)*)['’]s\s+(?:[\p{Ll}-]+\s+)?(?:panel|bench|board)$/iu;
const OWNED_INSTITUTION = /^[\p{Lu}][\p{L}.-]*(?:\s[\p{Lu}][\p{L}.-]*)*['’]s\s+(agency|ministry|department|company|firm|government|party|union|bank|administration|commission|council|committee|regulator|authority)$/u;
// "the health minister", "Spain’s health minister", "the country’s top diplomat": a role opening the subject.
// "the Qatari minister": a people's adjective before it places the role as an owner does.
const ROLE_OPENING = /^(?:[Tt]he\s+)?(?:([\p{L}.-]+)[’']s\s+|(\p{Lu}\p{Ll}+)\s+)?((?:[\p{Ll}-]+\s+){0,2}[\p{Ll}-]+)/u;
// Owners whose role holders are named people: a place, or a word for one.
const GENERIC_PLACE = /^(?:country|nation|state|city|town|province|region|kingdom|island|capital)$/i;

interface RoleOpening {
  /** "health minister". */
  role: string;
  /** "minister". */
  noun: string;
  /** The role is the whole phrase. */
  whole: boolean;
  /** "Spain" in "Spain’s health minister". */
  owner: string | null;
}

const OFFICE_AFTER = /^['’]s\s+office\b/;

// "Transport secretary: “No corners will be cut”": a role opening a line or a sentence with its
// capital, when it is all the words ("Union leader Krzysztof Nowak" is read by its name).
const CAPITALIZED_ROLE = /^(?!(?:The|Its|His|Her|Their|Our|My|This|That|An?)\s)\p{Lu}\p{Ll}+\s+\p{Ll}/u;

function roleOpening(phrase: string): RoleOpening | null {
  const capitalized = CAPITALIZED_ROLE.test(phrase);
  const found = ROLE_OPENING.exec(capitalized ? phrase[0].toLowerCase() + phrase.slice(1) : phrase);
  if (!found || (found[2] !== undefined && !DEMONYMS.has(found[2]))) return null;
  const words = found[3].split(/\s+/);
  const noun = words.findIndex((w) => ROLE_NOUNS.has(w));
  if (noun < 0) return null;
  const role = words.slice(0, noun + 1).join(' ');
  // "the prime minister’s office said": the office speaks, not whoever holds the role (see ROLE_OFFICE).
  if (OFFICE_AFTER.test(phrase.slice(found.index + found[0].length - found[3].length + role.length))) return null;
  const whole = found[0].length - found[3].length + role.length === phrase.length;
  return capitalized && !whole ? null : { role, noun: words[noun], whole, owner: found[1] ?? null };
}

/** What the words of a subject say by themselves, wherever they stand: the same phrases recur all through an article and its versions. */
interface PhraseFacts {
  phrase: string;
  /** Where the phrase starts in the words as written (past an opening adverbial: "In Valencia, Real Ventosa"). */
  offset: number;
  /** A pronoun right before the verb ("…,” she"), relative to the phrase. */
  pronoun: { at: number; word: string } | null;
  /** "She later moved …": a pronoun opening the phrase. */
  leading: string | null;
  /** "Its advertisements": a thing an institution owns, no person. */
  ownedByIt: boolean;
  /** "the Spaniard", "the 34-year-old". */
  personDescription: boolean;
  /** The head noun names no one ("aides", "a senior European diplomat", "diplomats in Bishkek"). */
  unnamedHead: boolean;
  /**
   * The head of the words next to the verb, before a prepositional phrase: "Chief Ann Lee" in
   * "Chief Ann Lee of the Bear Clan", "an ultimatum Atherton" in "…, an ultimatum Atherton"; past
   * an apposition closed before the verb, the head of the first words: "Ann Lee" in "Ann Lee, who
   * runs Lee Analytics,".
   */
  headSpan: Span;
  /** Words of unnamed sources anywhere in the phrase. */
  anonymousWords: boolean;
  /** "Riders at the Eastgate station": unnamed members of the public. */
  publicGroup: boolean;
  /** "Harmattan’s lawyers", "the airline’s attorneys": where the client's words lie in the phrase, else null. */
  client: Span | null;
  /** "the timeline the sheriff laid out": where the author's words lie in the phrase (see AUTHORED_BY), else null. */
  author: Span | null;
  /** "Officials at the Agriculture Ministry": unnamed officials, who never speak for the body they serve in. */
  unnamedOfficials: boolean;
  /** "…, who spoke on condition of anonymity": the words ask for it. */
  asksAnonymity: boolean;
  /** "A spokeswoman for the agency": someone who speaks for a body. */
  spokesperson: boolean;
  /** "his official spokesman": the pronoun of whom the spokesperson speaks for, in its subject form. */
  spokespersonOwner: string | null;
  /** "The maker of laser modules used in data centers": a firm described by what it makes, runs or owns. */
  producer: boolean;
  /** "Sokolov’s agency": the institution a named owner heads (not a person's "office", which is the person's). */
  ownedInstitution: string | null;
  /** "The Fair Work Commission’s expert panel", "the trust’s board": the owner of a body that speaks for it. */
  bodyOwner: string | null;
  /** "A fund spokesperson": the kind of body a spokesperson speaks for. */
  spokenForNoun: string | null;
  /** "The mayor’s office": the role whose holder the office speaks for. */
  officeOfRole: string | null;
  /** "Howard Kessler’s office": the office of someone named. */
  officeOfNamed: boolean;
  /** An unnamed head around someone named: "aides to Ruiz". */
  aroundSomeone: boolean;
  /** "the judge", "the mayor". */
  role: string | null;
  /** "Spain’s health minister on Tuesday gave …": the role of a person opening the phrase. */
  opening: RoleOpening | null;
  /** "A federal judge on Tuesday threw out …": a named role introduced without a name (not an unnamed source). */
  indefiniteRole: string | null;
  /** "A joint committee of …": an unnamed committee or inquiry, whose finding is no one's. */
  unnamedCommittee: boolean;
  /** "A bench headed by Justice Rao": a court's bench ('any' court, the one named last), or a panel of the court it names ('named'). */
  bench: 'any' | 'named' | null;
  /** "The union", "The union, Amalgamated Transit Union Local 847,": a definite noun first. */
  definite: boolean;
  /** "the Indian rocket company carrying it": an institution noun after "the" and its modifiers. */
  describedInstitution: string | null;
}

// "the Indian rocket company" needs a modifier (a bare "the company" refers back, not forward);
// "Ireland’s regulator" (a place's) does not, but a place's own government is the place itself
// ("Wallonia’s regional government said"). A few modifiers at most.
const MAX_INSTITUTION_MODIFIERS = 3;
const INSTITUTION_OWNER = /^\p{Lu}[\p{L}.-]*['’]s$/u;
const POSSESSIVE_WORD = /['’]s$/;
const GOVERNMENT_OF_PLACE = /^(?:government|administration|cabinet|parliament|assembly|council)$/;

/** The institution noun of a description before its name ("the Indian rocket company"), or null. */
function describedInstitutionNoun(phrase: string): string | null {
  const words = phrase.split(/\s+/);
  const firstNoun = /^the$/i.test(words[0]) ? 2 : INSTITUTION_OWNER.test(words[0]) ? 1 : -1;
  // "the ombudsman’s office", "Peru’s ombudsman’s office": a body owned by a role or a person is
  // theirs, no institution named in the lines after.
  if (firstNoun < 0 || words.some((word, i) => i > 0 && POSSESSIVE_WORD.test(word))) return null;
  const noun = words.findIndex((word, i) => i >= firstNoun && AGENT_NOUNS.has(word));
  if (noun === -1) return describedBodyNoun(words, firstNoun);
  return noun <= MAX_INSTITUTION_MODIFIERS + 1 && !(firstNoun === 1 && GOVERNMENT_OF_PLACE.test(words[noun])) ? words[noun] : null;
}

/**
 * "the Philippine coast guard", "the state watchdog": a body's noun (see BODY_NOUNS), with the word
 * naming its kind when there is one ("coast guard", "fire service": a bare "service" is any).
 */
function describedBodyNoun(words: readonly string[], firstNoun: number): string | null {
  for (let i = firstNoun; i < words.length && i <= MAX_INSTITUTION_MODIFIERS + 1; i++) {
    if (!BODY_NOUNS.has(words[i])) continue;
    if (BODY_MODIFIERS.has(words[i - 1])) return `${words[i - 1]} ${words[i]}`;
    return words[i] === 'service' ? null : words[i];
  }
  return null;
}

const LEAD_WORDS = /\s+/;
const LEAD_OPENING = /^(?:[Tt]he|\p{Lu}[\p{L}.-]*['’]s)$/u;
// "Philippine", "Solidarity": a name or a demonym among the modifiers (a lower-case one is a role modifier: "foreign", "health").
const NAME_MODIFIER = /^\p{Lu}[\p{L}-]*$/u;
const LOWER_CASE_WORD = /^\p{Ll}+$/u;
// Bodies' nouns besides the agent nouns: "the Philippine coast guard", "the state's data watchdog".
const BODY_NOUNS = new Set(['guard', 'navy', 'watchdog', 'inspectorate', 'directorate', 'legislature', 'service']);
// What those nouns take before them besides the role modifiers: "coast guard", "border guard", "fire service".
const BODY_MODIFIERS = new Set(['coast', 'border', 'fire', 'civil']);
// The first n + 1 words, for each n an institution's noun may stand at.
const FIRST_WORDS = Array.from({ length: MAX_INSTITUTION_MODIFIERS + 2 }, (_, n) => new RegExp(`^\\S+(?:\\s+\\S+){${n}}`));

/**
 * Where the subject opening a clause ends, when it is an institution's description ("China’s
 * foreign ministry| accused Manila", "The health ministry| fined …") or an unnamed group ("Chinese
 * officials| accused …", "Farmers| blocked …") and a verb-like lower-case word follows its noun
 * (not a role: "the union leader"), else -1.
 */
function leadingSubjectEnd(phrase: string): number {
  const words = phrase.split(LEAD_WORDS, MAX_INSTITUTION_MODIFIERS + 3);
  const opened = LEAD_OPENING.test(words[0]);
  for (let i = opened ? 1 : 0; i < words.length - 1 && i <= MAX_INSTITUTION_MODIFIERS + 1; i++) {
    const word = words[i];
    if ((opened && (AGENT_NOUNS.has(word) || BODY_NOUNS.has(word))) || pluralRole(word) || PUBLIC_GROUP.test(word)) {
      const next = words[i + 1];
      return !LOWER_CASE_WORD.test(next) || ROLE_NOUNS.has(next) || AGENT_NOUNS.has(next) ? -1 : FIRST_WORDS[i].exec(phrase)![0].length;
    }
    // "The decision caught the club off guard": no verb among its modifiers.
    if (!NAME_MODIFIER.test(word) && !ROLE_MODIFIERS.has(word) && !BODY_MODIFIERS.has(word)) return -1;
  }
  return -1;
}

// Institution nouns that the institution's name itself holds: "the boat owners’ association" is
// no ferry company named next, though "the rocket company" may be any business.
const NAMED_KIND_NOUNS = new Set(['association', 'union', 'federation', 'league', 'council', 'committee', 'foundation', 'party', 'university', 'institute', 'hospital', 'court', 'ministry', 'department', 'club', 'alliance', 'coalition']);

// Nouns of a public body: "Britain’s competition regulator" is the Competition and Markets
// Authority named next, before the company it acted on, when a public body's name comes at all.
const PUBLIC_BODY_NOUNS = new Set(['regulator', 'watchdog', 'agency', 'authority', 'commission', 'bureau', 'inspectorate', 'directorate', 'administration', 'supervisor']);
const NAME_WORD_SEPARATOR = /\s+/;
const namesPublicBody = (actor: Actor): boolean => actor.name.split(NAME_WORD_SEPARATOR).some((word) => PUBLIC_BODY_WORDS.has(word));

/**
 * The first organization named after `span`, within the few mentions a lede's description gets
 * its name in, that was not named before it (one named already is not what it introduces); for
 * a public body's noun, the first named as a public body, else (`anyNamed`) the first at all.
 */
function nextNewOrganization(index: SpeakerIndex, span: Span, noun: string, anyNamed = true): string | undefined {
  return asked(index, (index, by) => {
    const next = mentionIndexAt(index, span.end + by);
    const publicBody = PUBLIC_BODY_NOUNS.has(noun);
    let first: string | undefined;
    for (let i = next; i < Math.min(index.mentions.length, next + INTRODUCTION_MENTIONS); i++) {
      mentionAt(index, i);
      const actor = actorAt(index, i);
      const namedAsKind = () => actor!.name.toLowerCase().includes(noun) || nounBeforeName(noun)(textBefore(index, i, NOUN_BEFORE_NAME_CHARS * 2));
      // A body's noun ("coast guard") is in its name too.
      if (actor?.kind !== 'organization' || ((NAMED_KIND_NOUNS.has(noun) || !AGENT_NOUNS.has(noun)) && !namedAsKind())) continue;
      if (latestMentionOf(index, actor, span.start + by)) continue;
      if (!publicBody || namesPublicBody(actor)) return actor.id;
      if (anyNamed) first ??= actor.id;
    }
    return first;
  });
}

/**
 * "Ireland’s data protection regulator", "the Indian rocket company": the body a description by
 * its institution noun stands for, named before with that noun or introduced in the lines after
 * `span` (see nextNewOrganization for `anyNamed`).
 */
export function institutionDescribed(index: SpeakerIndex, noun: string, span: Span, anyNamed = true): string | undefined {
  return namesake(index, noun, span.start) ?? nextNewOrganization(index, span, noun, anyNamed);
}

/** Whether the actor a description stands for was named before it only in the dateline's credit. */
function onlyCredited(index: SpeakerIndex, description: Mention): boolean {
  const { actorId, start } = description;
  return asked(index, (index, by) => {
    const dateline = index.dateline;
    if (!dateline) return false;
    // (The description is read by the resolution: while its speakers hold, it names the same actor.)
    const actor = actorOf(index, actorId)!;
    const uncredited = latestMentionOf(index, actor, start + by, (m) => m.start < dateline.start || m.end > dateline.end);
    return !uncredited && latestMentionOf(index, actor, start + by) !== undefined;
  });
}

/**
 * The latest mention of `actor` before `offset` that `fits`, noted as read with the mentions
 * after it; that there is none depends on every mention before `offset`. (An edit elsewhere
 * leaves a name's earlier mention as it was: marking all the mentions before as read would
 * re-resolve every later speaker phrase it is asked for.)
 */
function latestMentionOf(index: SpeakerIndex, actor: Actor, offset: number, fits: (mention: Mention) => boolean = () => true): Mention | undefined {
  // Read back from `offset` (an actor's mentions are in document order): from the start, a name
  // mentioned in every paragraph made each call as long as the document.
  const mentions = actor.mentions;
  let latest: Mention | undefined;
  for (let i = firstStartingAtOrAfter(mentions, offset) - 1; i >= 0 && !latest; i--) if (fits(mentions[i])) latest = mentions[i];
  if (latest) mentionIndexAt(index, latest.start);
  else readAllBefore(index, offset);
  return latest;
}

/** Where `offset` falls among the mentions (see mentionIndexAt), noting every mention before it as read. */
function readAllBefore(index: SpeakerIndex, offset: number): number {
  index.reads.low = 0;
  return mentionIndexAt(index, offset);
}

/** The institution owning a body: named in the phrase ("The Fair Work Commission’s"), or by one noun of its name ("the trust’s"). */
function ownerOfBody(index: SpeakerIndex, within: readonly Mention[], owner: string, offset: number): string | undefined {
  const named = within.find((m) => m.possessive && actorOf(index, m.actorId)?.kind === 'organization');
  return named?.actorId ?? (/^\p{Ll}+$/u.test(owner) ? namesake(index, owner, offset) : undefined);
}

/** The person whose possessive name stands right before "office" at `end`: "Howard Kessler’s office". */
function officeHolder(index: SpeakerIndex, within: readonly Mention[], end: number): string | undefined {
  const owner = within.find((m) => m.possessive && end - m.end <= '’s office'.length + 1 && m.end < end);
  return owner && actorOf(index, owner.actorId)?.kind === 'person' ? owner.actorId : undefined;
}

// The apposition closes before the verb: "…, a nurse who said", "…, a spokeswoman for the union, called".
const APPOSITION_CLOSED = /^\s*(?:,|who\b)/;

const BRACKET_LEAD = 12;

/** The organization named plainly last before `offset`, within OFFICE_REACH characters, not in brackets. */
function organizationJustBefore(index: SpeakerIndex, offset: number): string | undefined {
  for (let i = mentionIndexAt(index, offset) - 1; i >= 0; i--) {
    const mention = mentionAt(index, i);
    if (textUpTo(index, i, offset).length > OFFICE_REACH) return undefined;
    if (mention.possessive || actorAt(index, i)?.kind !== 'organization') continue;
    // "Corvane Optics Inc. (NASDAQ: CRVO)": a ticker or short form in brackets stands after the name it abbreviates.
    const before = textBefore(index, i, BRACKET_LEAD);
    if (before.lastIndexOf('(') <= before.lastIndexOf(')')) return mention.actorId;
  }
  return undefined;
}

/** The person named right before the comma that opens an apposition at `at` ("Ana Roe, |a nurse"). */
function personBeforeApposition(index: SpeakerIndex, at: number): string | undefined {
  const before = mentionIndexAt(index, at) - 1;
  if (before < 0) return undefined;
  const mention = mentionAt(index, before);
  if (mention.possessive || !/^,\s+$/.test(textUpTo(index, before, at))) return undefined;
  return actorOf(index, mention.actorId)?.kind === 'person' ? mention.actorId : undefined;
}

/** "Lin Xiaoqing," → "Lin Xiaoqing" (by hand: an end-anchored regex is quadratic on a run of commas). */
function withoutTrailingPunctuation(phrase: string): string {
  let end = phrase.length;
  while (end > 0 && ',;:'.includes(phrase[end - 1])) end--;
  return phrase.slice(0, end).trimEnd();
}

function headOf(raw: string, closedApposition: boolean): Span {
  // "Cllr Margaret Oduya (Lib Dem, Brockwell & Fenn)": a bracket closing the phrase qualifies the
  // name before it (party and ward, a ticker); its comma opens no apposition.
  const bracket = raw.charCodeAt(raw.length - 1) === CLOSING_PARENTHESIS ? raw.lastIndexOf('(') : -1;
  const phrase = bracket > 0 ? raw.slice(0, bracket).trimEnd() : raw;
  let start = closedApposition ? 0 : phrase.lastIndexOf(',') + 1;
  while (start < phrase.length && isSpaceAt(phrase, start)) start++;
  const firstComma = phrase.indexOf(',');
  const words = phrase.slice(start, closedApposition && firstComma >= 0 ? firstComma : phrase.length);
  return { start, end: start + (HEAD_ENDS.exec(words)?.index ?? words.length) };
}

/** "opposition deputies", "lawyers": people named only by a role they share are unnamed sources. */
function pluralRole(word: string): boolean {
  return /^\p{Ll}+s$/u.test(word) && ROLE_NOUNS.has(word.endsWith('ies') ? `${word.slice(0, -3)}y` : word.slice(0, -1));
}

/** Where the author of a thing described by its author lies in `phrase` (see AUTHORED_BY): "the figures the ministry released" is no authorless paper. */
export function authorIn(phrase: string): Span | null {
  // Most phrases are names, or a noun alone: only one with a word after a second article or a capital is matched.
  const found = phrase.length > 12 ? AUTHORED_BY.exec(phrase) : null;
  const at = found?.indices?.[1];
  return at ? { start: at[0], end: at[1] } : null;
}

/** Where the client of counsel named by the client lies in `phrase` (see REPRESENTED_CLIENT). */
function clientIn(phrase: string): Span | null {
  const client = REPRESENTED_CLIENT.exec(phrase)?.[1];
  return client ? { start: 0, end: client.length } : null;
}

const phraseFacts = memoizeByString((raw: string): PhraseFacts => {
  const conjunction = OPENING_CONJUNCTION.exec(raw)?.[0].length ?? 0;
  const afterConjunction = raw.slice(conjunction);
  const opened = conjunction + ((OPENING_ADVERBIAL.exec(afterConjunction) ?? OPENING_TIME.exec(afterConjunction) ?? OPENING_PARTICIPLE.exec(afterConjunction) ?? FRONTED_QUESTION.exec(afterConjunction))?.[0].length ?? 0);
  // "In its statement, which named him Alexei Gnatyuk, the ministry": the adverbial's relative clause too.
  const relative = opened + (opened > conjunction ? OPENING_RELATIVE.exec(raw.slice(opened))?.[0].length ?? 0 : 0);
  const adverbial = relative + (relative > conjunction ? FRONTED_GOES_ON.exec(raw.slice(relative))?.[0].length ?? 0 : 0);
  const phrase = withoutTrailingPunctuation(raw.slice(adverbial).trim());
  const issuedBy = DOCUMENT_BY_PRONOUN.exec(phrase);
  const ownedDocument = OWNED_DOCUMENT.exec(phrase);
  const found = PRONOUN_AT_END.exec(phrase) ?? POSSESSIVE_PRONOUN.exec(phrase) ?? issuedBy ?? ownedDocument;
  // "…,” she said", and "a clause he said had been invoked": a subject pronoun after a noun is the
  // subject of a relative clause without "that" ("it" may be an object: "Investors who bought it").
  const pronoun = found && (phrase.length === found[0].length || found === issuedBy || found === ownedDocument || /[,”"]\s*(?:he|she|they|it)$|\s(?:he|she)$/i.test(phrase)) ? { at: found.index + found[0].indexOf(found[1]), word: found[1] } : null;
  const firstPart = phrase.split(',')[0].trim();
  const headEnd = HEAD_ENDS.exec(firstPart);
  const headPhrase = firstPart.slice(0, headEnd?.index).trim();
  const headWord = (headPhrase.split(/\s+/).pop() ?? '').replace(NOT_HEAD_WORD, '');
  const spokesperson = SPOKESPERSON.test(headWord);
  // "one Hamburg trader", "a grower in Riau": a common noun after an indefinite article names no
  // one, unless it is a paper or a role to be introduced (see indefiniteRole).
  const unnamedIndefinite = /^\p{Ll}/u.test(headWord) && !DOCUMENT_NOUN.test(headWord) && (ONE_OF_MANY.test(firstPart) || (INDEFINITE.test(firstPart) && !ROLE_NOUNS.has(headWord.toLowerCase())));
  const unnamedHead = (ANONYMOUS_SOURCE.test(headWord) || pluralRole(headWord) || unnamedIndefinite) && !spokesperson;
  // "The governor, a former banker,", "the governor, popularly called “Mai Gaskiya” by supporters,": an
  // apposition that names no one leaves the role before it.
  const describedRole = DESCRIPTION_AFTER_COMMA.test(phrase.slice(firstPart.length)) ? THE_ROLE.exec(firstPart)?.[1] : undefined;
  return {
    phrase,
    offset: adverbial + raw.slice(adverbial).indexOf(phrase),
    pronoun,
    leading: LEADING_PRONOUN.exec(phrase)?.[1] ?? null,
    ownedByIt: !unnamedHead && !spokesperson && !ROLE_NOUNS.has(headWord.toLowerCase()) && OWNING_PRONOUN.test(phrase),
    personDescription: describesPerson(phrase),
    unnamedHead,
    headSpan: headOf(phrase, raw.trimEnd().endsWith(',')),
    // Not inside a compound: "the three-member panel", nor in a role's apposition ("called … by supporters").
    anonymousWords: ANONYMOUS_SOURCE.test((describedRole ? firstPart : phrase).split(/\s+/).filter((word) => !word.includes('-')).join(' ')),
    aroundSomeone: unnamedHead && headEnd !== null && AROUND_SOMEONE.test(headEnd[1]),
    // "Filipinos mock it as …": a people speaks for no one named (a party's members do: "Democrats").
    unnamedOfficials: unnamedHead && UNNAMED_OFFICIALS.test(headWord),
    publicGroup: PUBLIC_GROUP.test(headWord) || (headWord.endsWith('s') && DEMONYMS.has(headWord) && !PARTY_MEMBERS.has(headWord)) || COUNTED_GROUP.test(firstPart),
    asksAnonymity: ASKED_ANONYMITY.test(phrase),
    client: clientIn(phrase),
    author: authorIn(phrase),
    spokesperson,
    spokespersonOwner: spokesperson ? spokespersonOwnerOf(phrase) : null,
    ownedInstitution: OWNED_INSTITUTION.exec(phrase)?.[1].toLowerCase() ?? null,
    bodyOwner: OWNED_BODY.exec(phrase)?.[1] ?? null,
    spokenForNoun: (QUALIFIED_SPOKESPERSON_OF.exec(phrase) ?? SPOKESPERSON_OF.exec(phrase) ?? (spokesperson ? SPOKESPERSON_FOR_THE.exec(phrase) : null))?.[1].toLowerCase() ?? null,
    producer: PRODUCER.test(phrase),
    officeOfRole: ROLE_OFFICE.exec(phrase)?.[1].toLowerCase() ?? rolePaperOwner(phrase),
    officeOfNamed: NAMED_OFFICE.test(phrase),
    role: THE_ROLE.exec(phrase)?.[1] ?? describedRole ?? null,
    opening: roleOpening(phrase),
    // A spokesman is seldom named later, and his words are his employer's: not this kind of role.
    indefiniteRole: INDEFINITE.test(firstPart) && !unnamedHead && !spokesperson && ROLE_NOUNS.has(headWord.toLowerCase()) ? headWord.toLowerCase() : null,
    unnamedCommittee: INDEFINITE.test(firstPart) && UNNAMED_COMMITTEE.test(headWord),
    bench: COURT_BENCH.test(headPhrase) || COURT_MAJORITY.test(phrase) ? 'any' : NAMED_COURT_PANEL.test(headPhrase) ? 'named' : null,
    definite: DEFINITE_NOUN.test(firstPart),
    describedInstitution: describedInstitutionNoun(phrase),
  };
}, PHRASE_MEMO_LIMIT);

// resolveSpeaker runs for every attribution span, on every keystroke: its tests over the mentions
// are plain loops and module-level functions, so that a call allocates no closures.

function isKind(index: SpeakerIndex, mention: Mention, kind: ActorKind): boolean {
  return actorOf(index, mention.actorId)?.kind === kind;
}

function firstOfKind(index: SpeakerIndex, mentions: readonly Mention[], kind: ActorKind): Mention | undefined {
  for (let i = 0; i < mentions.length; i++) if (isKind(index, mentions[i], kind)) return mentions[i];
  return undefined;
}

function lastOfKind(index: SpeakerIndex, mentions: readonly Mention[], kind: ActorKind): Mention | undefined {
  for (let i = mentions.length - 1; i >= 0; i--) if (isKind(index, mentions[i], kind)) return mentions[i];
  return undefined;
}

function allPlaces(index: SpeakerIndex, mentions: readonly Mention[]): boolean {
  for (let i = 0; i < mentions.length; i++) if (!isKind(index, mentions[i], 'place')) return false;
  return true;
}

/** Whether a mention in `mentions` is not a possessive and, with `kind`, names an actor of that kind. */
function hasPlain(index: SpeakerIndex, mentions: readonly Mention[], kind?: ActorKind): boolean {
  for (let i = 0; i < mentions.length; i++) if (!mentions[i].possessive && (kind === undefined || isKind(index, mentions[i], kind))) return true;
  return false;
}

function plainDescription(mentions: readonly Mention[]): Mention | undefined {
  for (let i = 0; i < mentions.length; i++) if (mentions[i].form === 'description' && !mentions[i].possessive) return mentions[i];
  return undefined;
}

function allStartWithin(mentions: readonly Mention[], start: number, end: number): boolean {
  for (let i = 0; i < mentions.length; i++) if (mentions[i].start < start || mentions[i].start >= end) return false;
  return true;
}

const isPublicBody = (actor: Actor): boolean => PUBLIC_BODY.test(actor.name);
const isSittingBody = (actor: Actor): boolean => SITTING_BODY.test(actor.name);

/**
 * The court, tribunal or committee named last before `offset`, passing over one named inside a
 * quotation that closes before it: "“… despite repeated directions of the Supreme Court …,” the
 * bench observed" is the court the bench sits in, which its own words name only as "this court".
 */
function latestCourtOutsideQuotes(index: SpeakerIndex, offset: number): string | undefined {
  return latestOrganization(index, offset, (actor, _, i, scanned, at) => isSittingBody(actor) && !closesQuoteFirst(textUpTo(scanned, i, at)));
}

/** Whether the first double quotation mark in `text` closes a quotation (“…” or a straight mark after a word). */
function closesQuoteFirst(text: string): boolean {
  const curlyOpen = text.indexOf('“');
  const curlyClose = text.indexOf('”');
  let straight = text.indexOf('"');
  // A straight mark closes after a word, and opens after a space.
  const straightCloses = straight > 0 && !isSpaceAt(text, straight - 1);
  if (straight < 0) straight = Infinity;
  const first = Math.min(curlyOpen < 0 ? Infinity : curlyOpen, curlyClose < 0 ? Infinity : curlyClose, straight);
  return first !== Infinity && (first === curlyClose || (first === straight && straightCloses));
}

/** The speaker the words at `part` of a phrase starting at `phraseStart` name on their own, if any. */
function speakerWithin(index: SpeakerIndex, phraseStart: number, part: Span | null): string | null {
  return part ? resolveSpeaker(index, { start: phraseStart + part.start, end: phraseStart + part.end }).speaker : null;
}

/** The court, tribunal or committee first named among `mentions` ("A bench of the Madras High Court"). */
function sittingBodyWithin(index: SpeakerIndex, mentions: readonly Mention[]): string | undefined {
  for (let i = 0; i < mentions.length; i++) {
    const actor = actorOf(index, mentions[i].actorId);
    if (actor?.kind === 'organization' && isSittingBody(actor)) return actor.id;
  }
  return undefined;
}

/** "Spain’s health minister": the person holding the role, when it belongs to a place, not to a firm or a party. */
function openingHolder(index: SpeakerIndex, opening: RoleOpening | null, within: readonly Mention[], phraseStart: number, phrase: string, offset: number): string | undefined {
  if (!opening) return undefined;
  // "the club’s president": whoever holds the role with that word, "Club president Rui Tavares Leal".
  if (opening.owner && /^\p{Ll}+$/u.test(opening.owner) && !GENERIC_PLACE.test(opening.owner)) return roleHolder(index, `${opening.owner} ${opening.role}`, offset);
  if (opening.owner && !GENERIC_PLACE.test(opening.owner)) {
    const ownerStart = phraseStart + phrase.indexOf(opening.owner);
    let placeOwner = false;
    for (let i = 0; i < within.length && !placeOwner; i++) placeOwner = within[i].start === ownerStart && isKind(index, within[i], 'place');
    if (!placeOwner) return undefined;
  }
  return roleHolder(index, opening.role, offset) ?? (opening.noun === opening.role ? undefined : roleHolder(index, opening.noun, offset));
}

const EMPLOYER_BEFORE = /\s(?:of|at)\s$/;

/**
 * A person in the head speaks, not one in the apposition or the "of" phrase after it ("Ann Lee,
 * who runs the firm Lee Analytics, said"); "Fiona Lark, head of war risk at Vane Marine, said": a
 * name that is all the words before the apposition; else the person named nearest the verb: "an
 * ultimatum Atherton said", "Moreau's chief of staff, Evan Price, said".
 */
/** A person named right after the first comma of a description: "an aide to the governor, Ana Roe". */
function personInApposition(index: SpeakerIndex, within: readonly Mention[], phrase: string, phraseStart: number): Mention | undefined {
  const comma = phrase.indexOf(',');
  if (comma < 0) return undefined;
  let at = comma + 1;
  while (at < phrase.length && isSpaceAt(phrase, at)) at++;
  for (const m of within) if (m.start === phraseStart + at && !m.possessive && isKind(index, m, 'person')) return m;
  return undefined;
}

function speakingPerson(index: SpeakerIndex, owned: readonly Mention[], phraseStart: number, headStart: number, headEnd: number): Mention | undefined {
  for (let i = owned.length - 1; i >= 0; i--) {
    const m = owned[i];
    if (m.start >= headStart && m.start < headEnd && isKind(index, m, 'person')) return m;
  }
  for (let i = 0; i < owned.length; i++) {
    const m = owned[i];
    if (m.start === phraseStart && textNear(index, m.end, m.end + 1) === ',' && isKind(index, m, 'person')) return m;
  }
  // "Ekwueme-Lund’s lawyer, Benedikt Hollweg of Strand Marchetti, told": a name after "of" or "at" is where
  // the person works (a firm named like a person), unless no one else is named.
  for (let i = owned.length - 1; i >= 0; i--) {
    const m = owned[i];
    if (isKind(index, m, 'person') && !EMPLOYER_BEFORE.test(textNear(index, m.start - 4, m.start))) return m;
  }
  return lastOfKind(index, owned, 'person');
}

// "a study published Tuesday in The Lancet found", "The order, signed by deputy minister Hélène
// Gagnon, … warns": a document that speaks by itself; where it appeared, or who signed it, is no speaker.
const PUBLISHED_DOCUMENT = new RegExp(`^((?:a|an|the)\\s+(?:[\\p{L}-]+\\s+){0,2}?(?:${DOCUMENT_NOUNS}|order|paper|decree)s?),?\\s+(?:published|signed|released|posted|filed|issued|seen|obtained)\\b`, 'iu');
const ISSUED_BY_ITS_BODY = /^,?\s+(?:published|released|posted|issued)\b/;

// The end of a sentence or a paragraph before a pronoun; a spokesperson opening the sentence after it.
const SENTENCE_OR_LINE_END = /[.!?][”"’)]?\s+|\n/g;
const SPOKESPERSON_OPENING = /^[“"‘]?(?:an?|the)\s+(?:[\p{L}’'.-]+\s+){0,4}?spokes(woman|man|person)\b/iu;
// (Its flags, so that it finds whatever SPOKESPERSON_OPENING would.)
const SPOKES = /spokes/iu;
const SENTENCE_LOOKBACK = 300;

/**
 * "A Sarvana spokeswoman declined to comment on what she called “…”": a pronoun in a sentence
 * opened by a spokesperson of its gender, with no person named between, stands for that
 * spokesperson (not for a woman named in an earlier sentence); the span of the description, else null.
 */
function spokespersonOpening(index: SpeakerIndex, at: number, pronoun: string): Span | null {
  const male = MALE.test(pronoun);
  if (!male && !FEMALE.test(pronoun)) return null;
  const from = Math.max(0, at - SENTENCE_LOOKBACK);
  const lead = index.text.slice(from, at);
  // Most pronouns follow no spokesperson at all: the sentence ends are not looked for then.
  if (!SPOKES.test(lead)) return null;
  const sentence = lastSentenceOf(lead);
  const start = lead.length - sentence.length;
  const opening = SPOKESPERSON_OPENING.exec(sentence);
  if (!opening || (opening[1].toLowerCase() === (male ? 'woman' : 'man'))) return null;
  const span = { start: from + start, end: from + start + opening[0].length };
  return mentionsWithin(index, { start: span.end, end: at }).some((m) => actorOf(index, m.actorId)?.kind === 'person') ? null : span;
}

// "Lawyers for the creditors’ committee had asked …": a sentence opened by counsel for a client.
const COUNSEL_FOR = /\b(?:[Ll]awyers|[Aa]ttorneys|[Ss]olicitors)\s+(?:for|representing)\s+/g;
const COUNSEL_WORD = /(?:awyers|ttorneys|olicitors)\s/;

/**
 * "Lawyers for the committee had asked the court …. Their motion said": "they" in the sentence
 * right after one opened by counsel for a client stands for the client, who speaks through them.
 */
function clientOfCounselBefore(index: SpeakerIndex, at: number): string | null {
  const from = Math.max(0, at - SENTENCE_LOOKBACK);
  const lead = textNear(index, from, at);
  // Most pronouns follow no such sentence: its expression is not run then.
  if (!COUNSEL_WORD.test(lead)) return null;
  let counsel: RegExpExecArray | null = null;
  COUNSEL_FOR.lastIndex = 0;
  for (let found = COUNSEL_FOR.exec(lead); found; found = COUNSEL_FOR.exec(lead)) counsel = found;
  if (!counsel || !opensSentence(index.text, from + counsel.index)) return null;
  const clientAt = from + counsel.index + counsel[0].length;
  // Only the sentence right before: one sentence end between the client and the pronoun.
  const rest = lead.slice(clientAt - from);
  SENTENCE_OR_LINE_END.lastIndex = 0;
  let ends = 0;
  while (SENTENCE_OR_LINE_END.exec(rest)) ends++;
  if (ends !== 1) return null;
  const next = mentionIndexAt(index, clientAt);
  if (next >= index.mentions.length) return null;
  const client = mentionAt(index, next);
  return client.start <= clientAt + 'the '.length && !client.possessive && actorAt(index, next)?.kind !== 'place' ? client.actorId : null;
}

/**
 * Who the words of `span` name as the speaker: the subject's head. A pronoun right before the
 * verb stands for its antecedent; an unnamed head noun ("aides", "a senior European diplomat")
 * is an anonymous source; otherwise the person named nearest the verb (not "Moreau’s" in
 * "Moreau’s chief of staff, Evan Price"), else the first institution or place ("a spokeswoman
 * for the Commission"). With `head` 'first', the span is a whole clause and its first name acts.
 */
export function resolveSpeaker(index: SpeakerIndex, span: Span, head: SpeakerHead = 'nearest-verb', anonymityAsked = false): Speaker {
  // "Press Officer Ma. Lourdes Carpio-Rivera told": a phrase cut inside a name (at an abbreviation's full stop) is the whole name's.
  const cutName = spanContaining(index.mentions, span.start);
  if (cutName && cutName.start < span.start && cutName.end <= span.end) return resolveSpeaker(index, { start: cutName.start, end: span.end }, head, anonymityAsked);
  const { phrase, offset, pronoun, leading, ownedByIt, personDescription, client, author, unnamedHead, headSpan, anonymousWords, aroundSomeone, publicGroup, unnamedOfficials, asksAnonymity, spokesperson, spokespersonOwner, producer, ownedInstitution, bodyOwner, spokenForNoun, officeOfRole, officeOfNamed, role, opening, indefiniteRole, unnamedCommittee, bench, definite, describedInstitution } =
    phraseFacts(index.text.slice(span.start, span.end));
  if (phrase === '') return NO_SPEAKER;
  const phraseStart = span.start + offset;
  // "A spokesperson for the streamer declined to comment on the budget but said": a clause shared
  // through its conjunction is read from its subject, the words before its first verb.
  const coordinated = head === 'first' && ENDS_ON_CONJUNCTION.test(phrase) ? COORDINATED_PREDICATE.exec(phrase) : null;
  if (coordinated) return resolveSpeaker(index, { start: phraseStart, end: phraseStart + coordinated[1].length }, head, anonymityAsked);
  const found = { start: phraseStart, end: phraseStart + phrase.length };
  const document = PUBLISHED_DOCUMENT.exec(phrase)?.[1];
  if (document) {
    // "an IMF staff report published on Monday": a body named in the paper's own words issued it
    // (not "a Commission letter seen by the daily …", held by someone else).
    const documentSpan = { start: phraseStart, end: phraseStart + document.length };
    const issuer = ISSUED_BY_ITS_BODY.test(phrase.slice(document.length)) ? firstOfKind(index, mentionsWithin(index, documentSpan), 'organization') : undefined;
    return { speaker: issuer?.actorId ?? null, speakerText: document, speakerSpan: documentSpan, anonymous: false };
  }
  if (pronoun) {
    const at = phraseStart + pronoun.at;
    // "He said" after "spokeswoman He Lan": her surname, not a pronoun.
    const named = nameSpelledAsPronoun(index, at, pronoun.word);
    if (named) return { speaker: named, speakerText: pronoun.word, speakerSpan: { start: at, end: at + pronoun.word.length }, anonymous: false };
    const spokesperson = spokespersonOpening(index, at, pronoun.word);
    if (spokesperson) return { ...resolveSpeaker(index, spokesperson), speakerText: pronoun.word, speakerSpan: { start: at, end: at + pronoun.word.length } };
    const subject = SUBJECT_FORM[pronoun.word.toLowerCase()] ?? pronoun.word;
    // "Asked by the SNP’s Calum MacAskill whether …, she said": whoever asked, and what, is no antecedent.
    const from = offset > 0 && ASKED_FIRST.test(index.text.slice(span.start, phraseStart)) ? span.start : at;
    const speaker = antecedent(index, from, subject) ?? (THEY.test(subject) ? clientOfCounselBefore(index, at) : null);
    return { speaker, speakerText: pronoun.word, speakerSpan: { start: at, end: at + pronoun.word.length }, anonymous: false };
  }
  if (personDescription) return { speaker: antecedent(index, phraseStart, ''), speakerText: phrase, speakerSpan: found, anonymous: false };
  // "Asked whether Starmer would intervene, his official spokesman said": one speaks for whom the pronoun stands for.
  const spokenForByPronoun = spokespersonOwner ? antecedent(index, phraseStart, spokespersonOwner) : null;
  if (spokenForByPronoun) return { speaker: spokenForByPronoun, speakerText: phrase, speakerSpan: found, anonymous: false };
  // "Harmattan’s lawyers argue": the client speaks through counsel; "the timeline the sheriff laid out": the author through the thing.
  const spokenThrough = speakerWithin(index, phraseStart, client) ?? speakerWithin(index, phraseStart, author);
  if (spokenThrough) return { speaker: spokenThrough, speakerText: phrase, speakerSpan: found, anonymous: false };
  // "Ana Roe, a retired nurse who said …", "Ana Roe, a spokeswoman for the union, called it …": a
  // description in apposition to a person named right before it is that person.
  // Not "Kool, a senior club source said" (the source is someone else), nor "Claes, a statement Roe brushed off".
  const described = (INDEFINITE.test(phrase) || THE_FIRST.test(phrase)) && (spokesperson || !anonymousWords) && APPOSITION_CLOSED.test(textNear(index, phraseStart + phrase.length, phraseStart + phrase.length + 6)) ? personBeforeApposition(index, phraseStart) : undefined;
  if (described) return { speaker: described, speakerText: phrase, speakerSpan: found, anonymous: false };
  // "She later moved the deadline to Monday, saying …": the clause's subject pronoun.
  const within = mentionsWithin(index, { start: phraseStart, end: span.end });
  const court = bench ? sittingBodyWithin(index, within) ?? (bench === 'any' ? latestCourtOutsideQuotes(index, span.start) : undefined) : undefined;
  if (court) return { speaker: court, speakerText: phrase, speakerSpan: found, anonymous: false };
  // "A joint committee of the HPSPCB and the district administration found": an unnamed committee's finding, like an
  // unnamed court's, is no one's; the bodies it is made of do not speak.
  if (unnamedCommittee) return { speaker: null, speakerText: phrase, speakerSpan: found, anonymous: false };
  // "The maker of laser modules used to link servers … said": the firm the story named last, not a name in what it makes.
  const maker = producer ? organizationJustBefore(index, phraseStart) : undefined;
  if (maker) return { speaker: maker, speakerText: phrase, speakerSpan: found, anonymous: false };
  if (leading && (head === 'first' || !hasPlain(index, within))) {
    return { speaker: antecedent(index, phraseStart, leading), speakerText: leading, speakerSpan: { start: phraseStart, end: phraseStart + leading.length }, anonymous: false };
  }
  // "Its advertisements promised “…”": the institution speaks through what it owns, when that is
  // the subject of a verb ("according to its latest accounts" cites a document).
  if (ownedByIt && !hasPlain(index, within) && VERB_NEXT.test(textNear(index, span.end, span.end + 2))) {
    return { speaker: antecedent(index, phraseStart, 'it'), speakerText: phrase, speakerSpan: found, anonymous: false };
  }
  // "A senior Khanya manager, who asked not to be named": whoever asks it is unnamed, whatever the head noun.
  const unnamedAsking = (anonymityAsked || asksAnonymity) && !hasPlain(index, within, 'person');
  // "the Special Adviser to the President on Media and Publicity, Olumide Akintola-Peters, said": a post of one holder, named after all
  // ("Aides to the Senate president, Ibrahim Dankwambo, said", "an aide to the governor, Ana Roe": the name is the one they serve).
  const appositive = aroundSomeone && THE_FIRST.test(phrase) ? personInApposition(index, within, phrase, phraseStart) : undefined;
  if (appositive) return { speaker: appositive.actorId, speakerText: phrase, speakerSpan: found, anonymous: false };
  if (aroundSomeone || publicGroup || unnamedAsking) {
    // A shared subject's clause ("Doctors …, said they were rationing tests and") names them before its verb.
    const verb = head === 'first' ? FIRST_SPEECH_VERB.exec(phrase) : null;
    const text = verb ? withoutTrailingPunctuation(phrase.slice(0, verb.index)) : phrase;
    return { speaker: null, speakerText: text, speakerSpan: { start: phraseStart, end: phraseStart + text.length }, anonymous: true };
  }
  // "NAIROBI (Reuters) - Hackers …, the company said": the agency credited in the dateline
  // publishes the story; the company is the one named after.
  let credited: Mention | undefined;
  for (let i = 0; i < within.length && !credited; i++) if (within[i].form === 'description' && onlyCredited(index, within[i])) credited = within[i];
  if (credited) return { speaker: nextNewOrganization(index, span, lastWordLowered(credited.text) ?? '') ?? null, speakerText: phrase, speakerSpan: found, anonymous: false };
  // "the Tbilisi-based brokerage", "the Kremlin-backed broadcaster": a name that only qualifies a noun does not speak.
  // One list, possessives tested last: the text after them is read (and noted for kept speakers) all the same.
  const owned: Mention[] = [];
  for (let i = 0; i < within.length; i++) {
    const m = within[i];
    if (m.form !== 'description' && !COMPOUND_QUALIFIER.test(textNear(index, m.end, m.end + 12)) && !m.possessive) owned.push(m);
  }
  const headStart = phraseStart + headSpan.start;
  const headEnd = phraseStart + headSpan.end;
  // "A federal judge on Tuesday threw out …, ruling that": the judge named in the lines after, not a place in the clause.
  if (indefiniteRole && allPlaces(index, owned)) {
    const introduced = asked(index, (index, by) => nextRoleHolder(index, indefiniteRole, span.end + by, INTRODUCTION_MENTIONS));
    const headText = phrase.slice(headSpan.start, headSpan.end);
    const text = head === 'first' ? headText : phrase;
    const at = head === 'first' ? { start: phraseStart + headSpan.start, end: phraseStart + headSpan.end } : found;
    return { speaker: introduced ?? null, speakerText: text, speakerSpan: at, anonymous: false };
  }
  if (head === 'first') {
    // "the company spelled his name Dmitri Sokolov and said": a name opening the clause is its
    // subject, unless a role follows it ("Corvid Labs chief executive Nathan Ellery", "White House
    // press secretary Dana Whitfield").
    // "The Federal Trade Commission, in a consent order …, gave … and said": an institution after
    // "The" opens the clause too, perhaps with a phrase set off by commas after it.
    const afterThe = THE_FIRST.test(phrase) ? phraseStart + 4 : -1;
    let opener: Mention | undefined;
    for (let i = 0; i < within.length && !opener; i++) {
      const m = within[i];
      const institution = m.start === afterThe && actorOf(index, m.actorId)?.kind === 'organization';
      if (m.possessive || (m.start !== phraseStart && !institution)) continue;
      const after = textNear(index, m.end, m.end + 60);
      const next = WORDS_AFTER.exec(after);
      if ((next && !roleAmong(next)) || (institution && after.startsWith(','))) opener = m;
    }
    if (opener) return { speaker: opener.actorId, speakerText: opener.text, speakerSpan: { start: opener.start, end: opener.end }, anonymous: false };
    const holder = openingHolder(index, opening, within, phraseStart, phrase, span.start);
    if (holder) return { speaker: holder, speakerText: phrase, speakerSpan: found, anonymous: false };
    const institutionRole = firstOfKind(index, owned, 'person') ? undefined : institutionRoleHolder(index, owned, span.start);
    if (institutionRole) return { speaker: institutionRole.id, speakerText: index.text.slice(institutionRole.span.start, institutionRole.span.end), speakerSpan: institutionRole.span, anonymous: false };
    // "China’s foreign ministry accused Manila of … and said", "Chinese officials accused Manila …":
    // an institution's description or an unnamed group opening the clause, its verb next, is its
    // subject; a name after that verb is its object.
    const subjectEnd = leadingSubjectEnd(phrase);
    if (subjectEnd > 0) return resolveSpeaker(index, { start: phraseStart, end: phraseStart + subjectEnd });
    // "The governor’s office said it would … but warned that", "An official in the department, who
    // did not wish to be named, said … but admitted that": the subject of the clause's first speech
    // verb, the words before it, read as a subject is, when they name a speaker or an unnamed one.
    // (A name there is still read alone below: only the name is the speaker's text, not the clause around it.)
    const verb = FIRST_SPEECH_VERB.exec(phrase);
    const before = verb && verb.index > 0 ? resolveSpeaker(index, { start: phraseStart, end: phraseStart + verb.index }) : null;
    if (before?.anonymous) return before;
    const subject = firstOfKind(index, owned, 'person') ?? owned[0];
    if (subject) return { speaker: subject.actorId, speakerText: subject.text, speakerSpan: { start: subject.start, end: subject.end }, anonymous: false };
    if (before) return before;
    // "The board rejected that request on Monday, saying": the definite noun it opens with.
    const lead = DEFINITE_LEAD.exec(phrase);
    if (lead) return resolveSpeaker(index, { start: phraseStart, end: phraseStart + lead[0].length });
  }
  const person = speakingPerson(index, owned, phraseStart, headStart, headEnd);
  // "The union says", "The union, Amalgamated Transit Union Local 847, denied": a definite
  // description of a known institution, or one named in apposition, not an unnamed source.
  const institution = !person && definite ? plainDescription(within) ?? firstOfKind(index, owned, 'organization') : undefined;
  if (institution) return { speaker: institution.actorId, speakerText: phrase, speakerSpan: found, anonymous: false };
  // "A spokeswoman for the agency": the body the description stands for speaks.
  const spokenFor = !person && spokesperson ? plainDescription(within) : undefined;
  if (spokenFor) return { speaker: spokenFor.actorId, speakerText: phrase, speakerSpan: found, anonymous: false };
  // "Sokolov’s agency said": the agency he heads, named before, not Sokolov; "a fund spokesperson
  // said": the fund named before; "the mayor’s office said": the mayor.
  const headed = ownedInstitution ? namesake(index, ownedInstitution, span.start) : undefined;
  const represented = headed ?? (bodyOwner ? ownerOfBody(index, within, bodyOwner, span.start) : undefined) ?? (spokenForNoun ? bodySpokenFor(index, spokenForNoun, span.start) : undefined) ?? (officeOfRole ? roleHolder(index, officeOfRole, span.start) ?? organizationJustBefore(index, span.start) : undefined) ?? (officeOfNamed ? officeHolder(index, within, phraseStart + phrase.length) : undefined);
  if (represented) return { speaker: represented, speakerText: phrase, speakerSpan: found, anonymous: false };
  // "Economists at Schelde Capital" speak for the firm; "diplomats in Bishkek" for nobody named.
  const onlyPlaces = allPlaces(index, owned);
  // "a senior Civic Renewal official": the body only qualifies an unnamed person.
  const onlyQualifiers = (INDEFINITE.test(phrase) || ONE_OF_MANY.test(phrase)) && allStartWithin(owned, headStart, headEnd);
  if (!person && ((unnamedHead && (onlyPlaces || onlyQualifiers || unnamedOfficials)) || (owned.length === 0 && anonymousWords))) {
    return { speaker: null, speakerText: phrase, speakerSpan: found, anonymous: true };
  }
  // "Analysts at the Brussels consultancy Kessler Lund estimate": the firm they work for, not where it is.
  // "The NLC leader said": whoever holds that role at the institution.
  const institutionRole = person ? undefined : institutionRoleHolder(index, owned, span.start);
  if (institutionRole) return { speaker: institutionRole.id, speakerText: phrase, speakerSpan: found, anonymous: false };
  const named = person ?? (unnamedHead ? firstOfKind(index, owned, 'organization') : undefined) ?? owned[0];
  if (named) return { speaker: named.actorId, speakerText: phrase, speakerSpan: found, anonymous: false };
  const roleOwner = opening?.whole ? openingHolder(index, opening, within, phraseStart, phrase, span.start) : undefined;
  if (roleOwner) return { speaker: roleOwner, speakerText: phrase, speakerSpan: found, anonymous: false };
  // "the Indian rocket company carrying it said", "Ireland’s data protection regulator warned": an
  // institution described before it is named, in the lines after; but "the central bank said" after
  // "the Reserve Bank of Australia’s thinking" is the one named before with that noun.
  const placeOwned = allPlaces(index, within);
  const introduced = describedInstitution && placeOwned ? institutionDescribed(index, describedInstitution, span) : undefined;
  if (introduced) return { speaker: introduced, speakerText: phrase, speakerSpan: found, anonymous: false };
  const description = within[0];
  if (description) return { speaker: description.actorId, speakerText: phrase, speakerSpan: found, anonymous: false };
  // "The agency says" after "the Norwegian Tax Administration": an agency is any public body so named.
  const organization = role ? institutionReferredTo(index, role, span.start) : undefined;
  if (organization) return { speaker: organization, speakerText: phrase, speakerSpan: found, anonymous: false };
  // "the judge", "the mayor": the person who holds that role ("the club" is no "club chairwoman").
  const holder = role && !AGENT_NOUNS.has(role.toLowerCase()) ? roleHolder(index, role, span.start) : undefined;
  if (holder) return { speaker: holder, speakerText: phrase, speakerSpan: found, anonymous: false };
  return { speaker: null, speakerText: phrase, speakerSpan: found, anonymous: false };
}
