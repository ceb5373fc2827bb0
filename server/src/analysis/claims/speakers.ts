import type { Actor, Claim, ClaimKind, Gender, Mention, Span } from '../model';
import { firstStartingAtOrAfter, spansWithin } from '../spans';
import { memoizeByString, PHRASE_MEMO_LIMIT } from '../memo';
import { wholeWord } from '../text/words';

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
const ANONYMOUS_SOURCE =
  /\b(?:officials?|aides?|diplomats?|sources?|people|persons?|insiders?|spokes(?:man|woman|person|men|women)|analysts?|experts?|critics?|observers?|residents?|economists?|executives?|negotiators?|advisers?|advisors?|lawmakers?|members?|employees?|workers?|prosecutors?|investigators?|witnesses|scientists|researchers|investors|traders|allies|supporters|opponents|organizers|organisers|staff|someone|one|others?|colleagues|friends|officers?|leaders?|activists|campaigners|unions?|fans|players|managers|riders|drivers|voters|doctors|teachers|students)\b/i;
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
}

export function speakerIndex(text: string, actors: readonly Actor[], mentions: readonly Mention[], mentionLayout: object): SpeakerIndex {
  return { text, actors, mentionLayout, byId: new Map(actors.map((a) => [a.id, a])), mentions };
}

// Speakers of a paragraph's cached attribution spans, relative to the paragraph.
const paragraphSpeakers = new WeakMap<object, { mentionLayout: object; speakers: Speaker[] }>();

/**
 * The speakers named by a paragraph's attribution spans (relative to the paragraph; null: no
 * span). A speaker depends on the mentions inside its span and on the order of those before it,
 * which an edit elsewhere only moves: the speakers are kept per cached span list (`spansKey`)
 * while the mention layout stays the same.
 */
export function speakersOf(index: SpeakerIndex, paragraphStart: number, spansKey: object, spans: () => readonly (Span | null)[]): Speaker[] {
  const kept = paragraphSpeakers.get(spansKey);
  if (kept && kept.mentionLayout === index.mentionLayout) return kept.speakers.map((s) => moveSpeaker(s, paragraphStart));
  const speakers = spans().map((span) => (span ? resolveSpeaker(index, { start: paragraphStart + span.start, end: paragraphStart + span.end }) : NO_SPEAKER));
  paragraphSpeakers.set(spansKey, { mentionLayout: index.mentionLayout, speakers: speakers.map((s) => moveSpeaker(s, -paragraphStart)) });
  return speakers;
}

function moveSpeaker(speaker: Speaker, by: number): Speaker {
  const span = speaker.speakerSpan;
  return span ? { speaker: speaker.speaker, speakerText: speaker.speakerText, speakerSpan: { start: span.start + by, end: span.end + by }, anonymous: speaker.anonymous } : speaker;
}

function actorOf(index: SpeakerIndex, id: string): Actor | undefined {
  return index.byId.get(id);
}

/**
 * The nearest person mentioned before `offset` that the pronoun can stand for. A possessive
 * ("hinge on Mamatov’s voters") is rarely who speaks next, so it is passed over when a plain
 * mention will do.
 */
function antecedent(index: SpeakerIndex, offset: number, pronoun: string): string | null {
  return nearestAntecedent(index, offset, pronoun, false) ?? nearestAntecedent(index, offset, pronoun, true);
}

function nearestAntecedent(index: SpeakerIndex, offset: number, pronoun: string, possessives: boolean): string | null {
  const wanted: Gender | null = MALE.test(pronoun) ? 'male' : FEMALE.test(pronoun) ? 'female' : null;
  const from = firstStartingAtOrAfter(index.mentions, offset) - 1;
  for (let i = from; i >= Math.max(0, from - LOOKBACK_MENTIONS); i--) {
    const mention = index.mentions[i];
    if (mention.possessive && !possessives) continue;
    const actor = actorOf(index, mention.actorId);
    if (!actor) continue;
    if (/^(?:it|they)$/i.test(pronoun)) {
      // "it said": an institution or a place that speaks; "they" stays unresolved.
      if (/^it$/i.test(pronoun) && actor.kind !== 'person') return actor.id;
      if (/^they$/i.test(pronoun)) return null;
      continue;
    }
    // Never a place or an organization for he or she, and never someone of the other gender.
    if (actor.kind !== 'person') continue;
    if (wanted && actor.gender && actor.gender !== wanted) continue;
    return actor.id;
  }
  return null;
}

/** The person most recently mentioned before `offset` whose roles name `role`. */
function roleHolder(index: SpeakerIndex, role: string, offset: number): string | undefined {
  const word = wholeWord(role);
  const from = firstStartingAtOrAfter(index.mentions, offset) - 1;
  for (let i = from; i >= Math.max(0, from - LOOKBACK_MENTIONS); i--) {
    const actor = actorOf(index, index.mentions[i].actorId);
    if (actor?.kind === 'person' && actor.roles.some((r) => word.test(r))) return actor.id;
  }
  return undefined;
}

const PRONOUN_AT_END = /\b(he|she|they|it)\s*$/i;
const LEADING_PRONOUN = /^(he|she)\b/i;
const NOT_HEAD_WORD = /[^\p{L}-]/gu;
const THE_ROLE = /^the\s+([\p{L}-]+)$/iu;

/** What the words of a subject say by themselves, wherever they stand: the same phrases recur all through an article and its versions. */
interface PhraseFacts {
  phrase: string;
  /** Where the trimmed phrase starts in the words as written. */
  offset: number;
  /** A pronoun right before the verb ("…,” she"), relative to the phrase. */
  pronoun: { at: number; word: string } | null;
  /** "She later moved …": a pronoun opening the phrase. */
  leading: string | null;
  /** The head noun names no one ("aides", "a senior European diplomat"). */
  unnamedHead: boolean;
  /** Words of unnamed sources anywhere in the phrase. */
  anonymousWords: boolean;
  /** "the judge", "the mayor". */
  role: string | null;
}

const phraseFacts = memoizeByString((raw: string): PhraseFacts => {
  const phrase = raw.trim();
  const found = PRONOUN_AT_END.exec(phrase);
  const pronoun = found && (phrase.length === found[0].length || /[,”"]\s*(?:he|she|they|it)$/i.test(phrase)) ? { at: found.index + found[0].indexOf(found[1]), word: found[1] } : null;
  const headWord = (phrase.split(',')[0].trim().split(/\s+/).pop() ?? '').replace(NOT_HEAD_WORD, '');
  return {
    phrase,
    offset: raw.indexOf(phrase),
    pronoun,
    leading: LEADING_PRONOUN.exec(phrase)?.[1] ?? null,
    unnamedHead: ANONYMOUS_SOURCE.test(headWord) && !/^spokes(?:man|woman|person)$/i.test(headWord),
    anonymousWords: ANONYMOUS_SOURCE.test(phrase),
    role: THE_ROLE.exec(phrase)?.[1] ?? null,
  };
}, PHRASE_MEMO_LIMIT);

/**
 * Who the words of `span` name as the speaker: the subject's head. A pronoun right before the
 * verb stands for its antecedent; an unnamed head noun ("aides", "a senior European diplomat")
 * is an anonymous source; otherwise the first person named (not "Moreau’s" in "Moreau’s chief
 * of staff, Evan Price"), else the first institution or place ("a spokeswoman for the Commission").
 */
export function resolveSpeaker(index: SpeakerIndex, span: Span): Speaker {
  const { phrase, offset, pronoun, leading, unnamedHead, anonymousWords, role } = phraseFacts(index.text.slice(span.start, span.end));
  if (phrase === '') return NO_SPEAKER;
  const phraseStart = span.start + offset;
  const found = { start: phraseStart, end: phraseStart + phrase.length };
  if (pronoun) {
    const at = phraseStart + pronoun.at;
    return { speaker: antecedent(index, at, pronoun.word), speakerText: pronoun.word, speakerSpan: { start: at, end: at + pronoun.word.length }, anonymous: false };
  }
  // "She later moved the deadline to Monday, saying …": the clause's subject pronoun.
  const within = spansWithin(index.mentions, span);
  if (leading && !within.some((m) => !m.possessive)) {
    return { speaker: antecedent(index, phraseStart, leading), speakerText: leading, speakerSpan: { start: phraseStart, end: phraseStart + leading.length }, anonymous: false };
  }
  const inside = within.filter((m) => m.form !== 'description');
  const owned = inside.filter((m) => !m.possessive);
  // The person named nearest the verb heads the subject: "an ultimatum Atherton said", "Moreau's chief of staff, Evan Price, said".
  const person = [...owned].reverse().find((m) => actorOf(index, m.actorId)?.kind === 'person');
  if (!person && (unnamedHead || (owned.length === 0 && anonymousWords))) {
    return { speaker: null, speakerText: phrase, speakerSpan: found, anonymous: true };
  }
  const named = person ?? owned[0] ?? inside.find((m) => m.form === 'description');
  if (named) return { speaker: named.actorId, speakerText: phrase, speakerSpan: found, anonymous: false };
  const description = within[0];
  if (description) return { speaker: description.actorId, speakerText: phrase, speakerSpan: found, anonymous: false };
  // "the judge", "the mayor": the person who holds that role.
  const holder = role ? roleHolder(index, role, span.start) : undefined;
  if (holder) return { speaker: holder, speakerText: phrase, speakerSpan: found, anonymous: false };
  return { speaker: null, speakerText: phrase, speakerSpan: found, anonymous: false };
}
