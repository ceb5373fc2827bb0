import type { Actor, Gender, Mention, Span } from '../model';

export interface Speaker {
  speaker: string | null;
  speakerText: string | null;
  speakerSpan: Span | null;
  anonymous: boolean;
}

export const NO_SPEAKER: Speaker = { speaker: null, speakerText: null, speakerSpan: null, anonymous: false };

// Unnamed sources: "officials", "a senior administration official", "people familiar with the talks".
const ANONYMOUS_SOURCE =
  /\b(?:officials?|aides?|diplomats?|sources?|people|persons?|insiders?|spokes(?:man|woman|person|men|women)|analysts?|experts?|critics?|observers?|residents?|economists?|executives?|negotiators?|advisers?|advisors?|lawmakers?|members?|employees?|workers?|prosecutors?|investigators?|witnesses|scientists|researchers|investors|traders|allies|supporters|opponents|organizers|organisers|staff|someone|one|others?|colleagues|friends|officers?|leaders?|activists|campaigners|unions?|fans|players|managers|riders|drivers|voters|doctors|teachers|students)\b/i;
const PRONOUN = /^(?:he|she|they|it)$/i;
const MALE = /^he$/i;
const FEMALE = /^she$/i;

export interface SpeakerIndex {
  actors: readonly Actor[];
  /** Every mention in document order. */
  mentions: readonly Mention[];
  text: string;
}

export function speakerIndex(text: string, actors: readonly Actor[]): SpeakerIndex {
  return { text, actors, mentions: actors.flatMap((a) => a.mentions).sort((a, b) => a.start - b.start) };
}

function actorOf(index: SpeakerIndex, id: string): Actor | undefined {
  return index.actors.find((a) => a.id === id);
}

/** The nearest person mentioned before `offset` that the pronoun can stand for. */
function antecedent(index: SpeakerIndex, offset: number, pronoun: string): string | null {
  const wanted: Gender | null = MALE.test(pronoun) ? 'male' : FEMALE.test(pronoun) ? 'female' : null;
  for (let i = index.mentions.length - 1; i >= 0; i--) {
    const mention = index.mentions[i];
    if (mention.start >= offset) continue;
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

/**
 * Who the words of `span` name as the speaker: an actor mentioned there (the last one, the head
 * of "Jane Roe, a lawyer"), a pronoun's antecedent, or an unnamed source.
 */
export function resolveSpeaker(index: SpeakerIndex, span: Span): Speaker {
  const phrase = index.text.slice(span.start, span.end).trim();
  if (phrase === '') return NO_SPEAKER;
  const trimmedStart = span.start + index.text.slice(span.start, span.end).indexOf(phrase);
  const found = { start: trimmedStart, end: trimmedStart + phrase.length };
  const inside = index.mentions.filter((m) => m.start >= span.start && m.end <= span.end);
  const firstWord = /^[\p{L}’']+/u.exec(phrase)?.[0] ?? '';
  if (PRONOUN.test(firstWord) && phrase.split(/\s+/).length <= 2) {
    return { speaker: antecedent(index, span.start, firstWord), speakerText: firstWord, speakerSpan: { start: found.start, end: found.start + firstWord.length }, anonymous: false };
  }
  // "aides to the mayor", "Claes’s aides", "a senior European diplomat": unnamed, whoever they serve.
  const head = phrase.split(/\s+/)[0].replace(/['’]s$/, '');
  const namedFirst = inside.length > 0 && !inside[0].possessive && inside[0].start === found.start;
  if (!namedFirst && ANONYMOUS_SOURCE.test(phrase) && !/^(?:spokes(?:man|woman|person))$/i.test(head) && !/\b(?:for|of)\s+(?:the\s+)?\p{Lu}/u.test(phrase)) {
    return { speaker: null, speakerText: phrase, speakerSpan: found, anonymous: true };
  }
  if (inside.length > 0) {
    // "A spokeswoman for the European Commission" speaks for the Commission; "Jane Roe, a lawyer" is Roe.
    const named = namedFirst ? inside[0] : inside[inside.length - 1];
    return { speaker: named.actorId, speakerText: phrase, speakerSpan: found, anonymous: false };
  }
  if (ANONYMOUS_SOURCE.test(phrase)) return { speaker: null, speakerText: phrase, speakerSpan: found, anonymous: true };
  return { speaker: null, speakerText: phrase, speakerSpan: found, anonymous: false };
}
