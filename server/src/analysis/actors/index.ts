import type { TextContext } from '../context';
import type { Actor, Mention } from '../model';
import { paragraphCandidates, placed, type Candidate } from './candidates';
import { resolveActors } from './cluster';

/** People, organizations and places, with their mentions, aliases and roles. */
export function findActors(context: Pick<TextContext, 'text' | 'paragraphs' | 'paragraphTexts' | 'cache' | 'dictionary'>): Actor[] {
  const { text, paragraphs, paragraphTexts, cache } = context;
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
    for (const candidate of found) occurrences.push(placed(candidate, paragraph.start));
  }
  return resolveActors(text, occurrences, context.dictionary);
}

/** Every actor's mentions, in document order. */
export function mentionsInOrder(actors: readonly Actor[]): Mention[] {
  return actors.flatMap((a) => a.mentions).sort((a, b) => a.start - b.start);
}
