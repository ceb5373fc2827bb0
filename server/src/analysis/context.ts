import type { Actor, Dateline, Mention, Paragraph, Quotation, TemporalExpression } from './model';
import type { ParagraphCache } from './paragraph-cache';
import type { UserDictionary } from './dictionary';
import type { SpeakerIndex } from './claims/speakers';

/** What every analysis stage gets: the text and its structure. */
export interface TextContext {
  text: string;
  dateline: Dateline | null;
  /** The reference date relative dates resolve against (ISO), or null. */
  documentDate: string | null;
  paragraphs: readonly Paragraph[];
  /** The text of each paragraph, the key of its paragraph-cache entries. */
  paragraphTexts: readonly string[];
  quotations: readonly Quotation[];
  cache: ParagraphCache;
  dictionary: UserDictionary;
}

export interface ActorContext extends TextContext {
  actors: readonly Actor[];
  /** Every actor's mentions, in document order. */
  mentions: readonly Mention[];
  /** The same object while every mention keeps its actor and its place in the order: what results derived from mentions are kept against. */
  mentionLayout: object;
}

export interface SpeakerContext extends ActorContext {
  /** Who "the agency", "the minister" or "he" is: one index for the claims' speakers and the deadlines' setters. */
  speakers: SpeakerIndex;
}

export interface DeadlineContext extends SpeakerContext {
  dates: readonly TemporalExpression[];
}
