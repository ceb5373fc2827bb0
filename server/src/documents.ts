import type { TextDocument } from 'vscode-languageserver-textdocument';
import { analyze, ParagraphCache, type ArticleModel } from './analysis';
import { DEFAULT_SETTINGS, type Settings } from './settings';

interface CachedModel {
  version: number;
  model: ArticleModel;
}

/**
 * Article models of open documents: each version is analysed at most once, and each
 * document keeps a paragraph cache so an edit re-analyses only what it changed.
 */
export class ArticleModels {
  private readonly models = new Map<string, CachedModel>();
  private readonly paragraphCaches = new Map<string, ParagraphCache>();
  private settings: Settings = DEFAULT_SETTINGS;

  get(document: TextDocument): ArticleModel {
    const cached = this.models.get(document.uri);
    if (cached && cached.version === document.version) return cached.model;
    let cache = this.paragraphCaches.get(document.uri);
    if (!cache) this.paragraphCaches.set(document.uri, (cache = new ParagraphCache()));
    const model = analyze(document.getText(), {
      referenceDate: this.settings.referenceDate,
      rules: this.settings.rules,
      quoteStyle: this.settings.quoteStyle,
      today: new Date().toISOString().slice(0, 10),
      cache,
    });
    this.models.set(document.uri, { version: document.version, model });
    return model;
  }

  get currentSettings(): Settings {
    return this.settings;
  }

  /** New settings make every cached model stale. */
  updateSettings(settings: Settings): void {
    this.settings = settings;
    this.models.clear();
  }

  forget(uri: string): void {
    this.models.delete(uri);
    this.paragraphCaches.delete(uri);
  }
}
