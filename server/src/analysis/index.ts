import type { Actor, ArticleModel } from './model';
import { findDateline } from './text/dateline';
import { segment } from './text/segment';
import { findQuotations } from './text/quotes';
import { runRules } from './rules/registry';
import type { RuleSettings } from './rules/rule';
import { ParagraphCache } from './paragraph-cache';
import { findActors, mentionsInOrder } from './actors';
import { findDates, findDeadlines } from './time';
import { findClaims } from './claims';
import { speakerIndex, type SpeakerIndex } from './claims/speakers';
import { EMPTY_DICTIONARY, type UserDictionary } from './dictionary';

export interface AnalyzeOptions {
  /** Used when the text has no dateline or front-matter date: an ISO date, or null. */
  referenceDate?: string | null;
  /** Levels per rule id ('off' silences a rule). */
  rules?: RuleSettings;
  quoteStyle?: 'curly' | 'straight';
  /** Today's date (ISO), for fixes that insert one; the core reads no clock. */
  today?: string;
  /** Reuse per-paragraph results from the previous analysis of the same document. */
  cache?: ParagraphCache;
  /** Actors and non-actors declared by the user (`.article-lens.json`). */
  dictionary?: UserDictionary;
}

/** The pure analysis core: text in, article model out. */
export function analyze(text: string, options: AnalyzeOptions = {}): ArticleModel {
  const cache = options.cache ?? new ParagraphCache();
  cache.startGeneration();

  const dateline = findDateline(text);
  const writtenDate = dateline?.date ?? null;
  const settingDate = options.referenceDate ?? null;
  const documentDate = writtenDate ?? settingDate;
  const documentDateSource: ArticleModel['documentDateSource'] = writtenDate ? dateline!.source : settingDate ? 'setting' : null;

  const { paragraphs, paragraphTexts } = segment(text, cache);
  const { quotations, strayQuoteMarks } = findQuotations(text, paragraphs, { paragraphTexts, cache });
  const base = { text, dateline, documentDate, paragraphs, paragraphTexts, quotations, cache, dictionary: options.dictionary ?? EMPTY_DICTIONARY };
  const { actors, mentionLayout } = findActors(base);
  const mentions = mentionsInOrder(actors, mentionLayout);
  const dates = findDates(base);
  // Built once for both stages: what it finds on first use (the actors by id, who holds a role) is found once.
  const speakers = speakerIndex(text, dateline, actors, mentions, mentionLayout, cache.kept<SpeakerIndex>('speaker-index') ?? null);
  cache.keep('speaker-index', speakers);
  const deadlines = findDeadlines({ ...base, actors, mentions, mentionLayout, speakers, dates });
  const claims = findClaims({ ...base, actors, mentions, mentionLayout, speakers });

  const model = { documentDate, documentDateSource, dateline, paragraphs, quotations, strayQuoteMarks, actors, dates, deadlines, claims };
  const findings = runRules(
    { text, model, options: { quoteStyle: options.quoteStyle ?? 'curly', today: options.today ?? '1970-01-01' } },
    options.rules,
  );
  return { ...model, findings };
}

/**
 * Only the actors of a text, as analyze() finds them: what the workspace index needs, without
 * the dates, claims and rules that cost most of an analysis.
 */
export function findTextActors(text: string, dictionary: UserDictionary = EMPTY_DICTIONARY): Actor[] {
  return findActors({ text, ...segment(text), cache: new ParagraphCache(), dictionary }).actors;
}

export type { ArticleModel } from './model';
export { ParagraphCache } from './paragraph-cache';
