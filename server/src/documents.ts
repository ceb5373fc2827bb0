import type { TextDocument } from 'vscode-languageserver-textdocument';
import { analyze, ParagraphCache, type ArticleModel } from './analysis';
import { DEFAULT_SETTINGS, type Settings } from './settings';
import { EMPTY_DICTIONARY, type UserDictionary } from './analysis/dictionary';
import { analysedPart } from './large-file';

/** What analysing a document needs of it: the editor's TextDocument, or a version sent to the analysis worker. */
export type DocumentVersion = Pick<TextDocument, 'uri' | 'version' | 'getText'>;

interface CachedModel {
  version: number;
  model: ArticleModel;
}

/**
 * Article models of open documents, analysed synchronously where this runs (the analysis worker,
 * or the main thread when no worker can start): each version is analysed at most once, and each
 * document keeps a paragraph cache so an edit re-analyses only what it changed.
 */
export class ArticleModels {
  private readonly models = new Map<string, CachedModel>();
  private readonly paragraphCaches = new Map<string, ParagraphCache>();
  private settings: Settings = DEFAULT_SETTINGS;
  private dictionary: UserDictionary = EMPTY_DICTIONARY;

  get(document: DocumentVersion): ArticleModel {
    const cached = this.models.get(document.uri);
    if (cached && cached.version === document.version) return cached.model;
    let cache = this.paragraphCaches.get(document.uri);
    if (!cache) this.paragraphCaches.set(document.uri, (cache = new ParagraphCache()));
    const model = this.analyzeText(analysedPart(document.getText(), this.settings.maxFileSize), cache);
    this.models.set(document.uri, { version: document.version, model });
    return model;
  }

  /** Analyses with the current settings and dictionary; a text not open in the editor goes without a cache. */
  analyzeText(text: string, cache?: ParagraphCache): ArticleModel {
    return analyze(text, {
      referenceDate: this.settings.referenceDate,
      rules: this.settings.rules,
      quoteStyle: this.settings.quoteStyle,
      today: new Date().toISOString().slice(0, 10),
      cache,
      dictionary: this.dictionary,
    });
  }

  get currentSettings(): Settings {
    return this.settings;
  }

  /** New settings make every cached model stale. */
  updateSettings(settings: Settings): void {
    this.settings = settings;
    this.models.clear();
  }

  get currentDictionary(): UserDictionary {
    return this.dictionary;
  }

  /** A new dictionary changes recognition in every paragraph, so paragraph caches go too. */
  updateDictionary(dictionary: UserDictionary): void {
    this.dictionary = dictionary;
    this.models.clear();
    this.paragraphCaches.clear();
  }

  forget(uri: string): void {
    this.models.delete(uri);
    this.paragraphCaches.delete(uri);
  }
}
