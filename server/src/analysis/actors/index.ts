import type { TextContext } from '../context';
import type { UserDictionary } from '../dictionary';
import type { Actor, Dateline, Mention } from '../model';
import { paragraphCandidates, placed, type Candidate } from './candidates';
import { readsAlike, resolveActors, type Clustering, type FormKeyTable } from './cluster';
import { sameStrings } from '../text/words';

/**
 * People, organizations and places, with their mentions, aliases and roles; and their layout: an
 * object that stays the same while an edit only moves the mentions (see ActorContext.mentionLayout).
 */
export function findActors(
  context: Pick<TextContext, 'text' | 'paragraphs' | 'paragraphTexts' | 'cache' | 'dictionary'> & { dateline?: Dateline | null },
): { actors: Actor[]; mentionLayout: Clustering } {
  const { text, paragraphs, paragraphTexts, cache, dictionary } = context;
  const datelineCity = context.dateline?.city;
  const occurrences: Candidate[] = [];
  for (let i = 0; i < paragraphs.length; i++) {
    const paragraph = paragraphs[i];
    const paragraphText = paragraphTexts[i];
    const found = cache.get('actor-candidates', paragraphText, () =>
      paragraphCandidates(
        paragraphText,
        paragraph.sentences.map((s) => s.start - paragraph.start),
      ),
    );
    const first = occurrences.length;
    const holdsDatelineCity = !!datelineCity && datelineCity.start >= paragraph.start && datelineCity.start < paragraph.end;
    // The dateline's paragraph marks its own copies (markDatelineCity), so they are never kept.
    const here = holdsDatelineCity
      ? placedAt(found, paragraph.start).occurrences
      : cache.get('actor-occurrences', paragraphText, () => placedAt(found, paragraph.start), (kept) => kept.offset === paragraph.start).occurrences;
    for (const occurrence of here) occurrences.push(occurrence);
    if (holdsDatelineCity) markDatelineCity(occurrences, first, datelineCity);
  }
  const earlier = cache.kept<ClusteredOccurrences>('actor-clustering');
  if (earlier && stillHolds(earlier, text, occurrences, dictionary)) {
    const actors = moved(earlier, occurrences);
    cache.keep<ClusteredOccurrences>('actor-clustering', { ...earlier, occurrences, actors });
    return { actors, mentionLayout: earlier.clustering };
  }
  let formKeys = cache.kept<FormKeyTable>('actor-form-keys');
  if (!formKeys) cache.keep('actor-form-keys', (formKeys = new WeakMap()));
  const clustering = resolveActors(text, occurrences, dictionary, formKeys);
  cache.keep<ClusteredOccurrences>('actor-clustering', { occurrences, dictionary, clustering, actors: clustering.actors });
  return { actors: clustering.actors, mentionLayout: clustering };
}

// The placed copies of a paragraph's cached candidates (kept beside them, under the same paragraph
// text), used again while the paragraph keeps its offset: an edit further down copies none of
// them, and a kept grouping (stillHolds) and its actors (moved) recognize them at once.
interface PlacedCandidates {
  offset: number;
  occurrences: Candidate[];
}

function placedAt(found: readonly Candidate[], offset: number): PlacedCandidates {
  return { offset, occurrences: found.map((candidate) => placed(candidate, offset)) };
}

/**
 * A dateline names where the story was filed: "HARROW LAKE, B.C. —" is a place, found or not
 * among the paragraph's occurrences (from `first` on), which stay in document order.
 */
function markDatelineCity(occurrences: Candidate[], first: number, city: NonNullable<Dateline['city']>): void {
  const found = occurrences.find((o, i) => i >= first && o.start === city.start && o.end === city.end);
  if (found) {
    found.kind = 'place';
    found.evidence = 'strong';
    return;
  }
  let at = first;
  while (at < occurrences.length && occurrences[at].start < city.start) at++;
  occurrences.splice(at, 0, { ...DATELINE_CITY, start: city.start, end: city.end, text: city.text, words: city.text.split(/\s+/) });
}

const DATELINE_CITY: Candidate = { start: 0, end: 0, text: '', words: [], kind: 'place', evidence: 'strong', possessive: false, title: null, roles: [], gender: null, agentNoun: null, sentenceInitial: true, aliasOf: null };

/**
 * The clustering of an earlier version of the document. An edit that leaves every occurrence as
 * it was, apart from where it stands, leaves the clustering as it was: it compares offsets only
 * with one another, and reads the text only around the occurrences in its `textReads`.
 */
interface ClusteredOccurrences {
  occurrences: readonly Candidate[];
  dictionary: UserDictionary;
  clustering: Clustering;
  /** The actors as the latest analysis gave them, at those occurrences' offsets. */
  actors: readonly Actor[];
}

function stillHolds(earlier: ClusteredOccurrences, text: string, occurrences: readonly Candidate[], dictionary: UserDictionary): boolean {
  const before = earlier.occurrences;
  if (dictionary !== earlier.dictionary || occurrences.length !== before.length) return false;
  for (let i = 0; i < occurrences.length; i++) {
    if (!sameOccurrence(occurrences[i], before[i])) return false;
    // Occurrences come in document order; ties between neighbours must be the same ties.
    if (i > 0 && (occurrences[i].start === occurrences[i - 1].start) !== (before[i].start === before[i - 1].start)) return false;
  }
  return readsAlike(earlier.clustering.textReads, text, occurrences);
}

/** Everything but the offsets. */
function sameOccurrence(a: Candidate, b: Candidate): boolean {
  return (
    a === b ||
    a.text === b.text &&
    sameStrings(a.words, b.words) &&
    a.kind === b.kind &&
    a.evidence === b.evidence &&
    a.possessive === b.possessive &&
    a.title === b.title &&
    sameStrings(a.roles, b.roles) &&
    a.gender === b.gender &&
    a.agentNoun === b.agentNoun &&
    a.sentenceInitial === b.sentenceInitial &&
    (a.aliasOf === b.aliasOf || (a.aliasOf !== null && b.aliasOf !== null && sameStrings(a.aliasOf, b.aliasOf)))
  );
}

/** The actors of an earlier clustering, their mentions at the occurrences' new offsets. */
function moved({ clustering, occurrences: before, actors: latest }: ClusteredOccurrences, occurrences: readonly Candidate[]): Actor[] {
  return clustering.actors.map(({ id, name, kind, roles, aliases, mentions, gender }, a) => {
    const sources = clustering.sources[a];
    // An actor none of whose occurrences moved is the one the latest analysis gave.
    if (sources.every((o) => occurrences[o] === before[o])) return latest[a];
    return {
      id,
      name,
      kind,
      roles: [...roles],
      aliases: [...aliases],
      mentions: mentions.map(({ text, actorId, form, possessive, title, declaredAlias }, m) => {
        const { start, end } = occurrences[sources[m]];
        const mention: Mention = { start, end, text, actorId, form, possessive, title };
        if (declaredAlias) mention.declaredAlias = true;
        return mention;
      }),
      gender,
    };
  });
}

// Where each mention (numbered actor by actor) stands in document order, per mention layout: a
// layout's mentions keep their order, so ordering them once is enough.
const orders = new WeakMap<Clustering, number[]>();

/** The indices of `mentions` sorted by start, ties in their order. */
function sortedByStart(mentions: readonly Mention[]): number[] {
  return mentions.map((_, i) => i).sort((a, b) => mentions[a].start - mentions[b].start || a - b);
}

/**
 * The indices of `mentions` (numbered actor by actor, as `sources` numbers their occurrences) in
 * document order. Occurrences come in document order, so placing each mention at its occurrence's
 * index orders them in linear time, which matters each time a keystroke regroups the actors.
 */
function documentOrder(mentions: readonly Mention[], sources: readonly (readonly number[])[]): number[] {
  let size = 0;
  for (const occurrences of sources) for (const o of occurrences) size = Math.max(size, o + 1);
  const mentionAt = new Int32Array(size).fill(-1);
  let flat = 0;
  for (const occurrences of sources) for (const o of occurrences) mentionAt[o] = flat++;
  const order: number[] = [];
  for (const m of mentionAt) if (m >= 0) order.push(m);
  // Two mentions starting together must tie as sortedByStart ties them.
  for (let i = 1; i < order.length; i++) if (mentions[order[i]].start <= mentions[order[i - 1]].start) return sortedByStart(mentions);
  return order;
}

/** Every actor's mentions, in document order. */
export function mentionsInOrder(actors: readonly Actor[], mentionLayout: Clustering): Mention[] {
  // A plain loop: flatMap is several times slower, in every analysis.
  const mentions: Mention[] = [];
  for (const actor of actors) for (const mention of actor.mentions) mentions.push(mention);
  let order = orders.get(mentionLayout);
  if (!order || order.length !== mentions.length) {
    order = documentOrder(mentions, mentionLayout.sources);
    orders.set(mentionLayout, order);
  }
  return order.map((i) => mentions[i]);
}
