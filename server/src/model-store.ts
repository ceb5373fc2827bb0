import type { ArticleModel } from './analysis';
import { EMPTY_DICTIONARY, type UserDictionary } from './analysis/dictionary';
import type { Finding } from './analysis/model';
import type { AnalysisJob, AnalysisRunner, FindingsReady } from './analysis-runner';
import type { DocumentVersion } from './documents';
import { analysedPart } from './large-file';
import { DEFAULT_SETTINGS, type Settings } from './settings';

/** The latest requested version of a document; `model` once its analysis is done. */
interface Analysis {
  version: number;
  result: Promise<ArticleModel | null>;
  /** Settles before `result` when the runner hands the findings over first. */
  findings: Promise<Finding[] | null>;
  model?: ArticleModel;
}

interface QueuedJob {
  job: AnalysisJob;
  settle: (model: ArticleModel | null) => void;
  findingsReady?: FindingsReady;
}

/**
 * The language server's models of open documents, analysed by a runner (a worker thread) so the
 * main thread only waits, never works: each version is analysed at most once, only the latest
 * version of a document matters, and a queued analysis that a newer version (or new settings)
 * makes irrelevant is dropped before it runs.
 */
export class ModelStore {
  private readonly analyses = new Map<string, Analysis>();
  private readonly queue: QueuedJob[] = [];
  private busy = false;
  private settings: Settings = DEFAULT_SETTINGS;
  private dictionary: UserDictionary = EMPTY_DICTIONARY;

  constructor(
    private readonly runner: AnalysisRunner,
    private readonly log: (message: string) => void,
  ) {}

  /**
   * The model of the document's current version, or null: when a newer version or new settings
   * superseded it, when its analysis failed (logged), or when it is not ready within `waitMs`.
   */
  modelFor(document: DocumentVersion, waitMs?: number): Promise<ArticleModel | null> {
    const analysis = this.analysisOf(document);
    if (analysis.model) return Promise.resolve(analysis.model);
    return waitMs === undefined ? analysis.result : withinOrNull(analysis.result, waitMs);
  }

  /** The findings of the document's current version (what diagnostics need), as soon as they exist; null as for modelFor. */
  findingsFor(document: DocumentVersion): Promise<Finding[] | null> {
    const analysis = this.analysisOf(document);
    if (analysis.model) return Promise.resolve(analysis.model.findings);
    return analysis.findings.then((findings) => (this.analyses.get(document.uri) === analysis ? findings : null));
  }

  /** A text that is not an open document (a file to export): analysed once, kept nowhere. */
  analyzeText(text: string): Promise<ArticleModel | null> {
    return this.enqueue({ uri: null, text: analysedPart(text, this.settings.maxFileSize) });
  }

  get currentSettings(): Settings {
    return this.settings;
  }

  /** New settings make every model stale, and every queued analysis pointless. */
  updateSettings(settings: Settings): void {
    this.settings = settings;
    this.runner.updateSettings(settings);
    this.dropDocumentAnalyses();
  }

  get currentDictionary(): UserDictionary {
    return this.dictionary;
  }

  updateDictionary(dictionary: UserDictionary): void {
    this.dictionary = dictionary;
    this.runner.updateDictionary(dictionary);
    this.dropDocumentAnalyses();
  }

  forget(uri: string): void {
    this.analyses.delete(uri);
    this.dropQueued((job) => job.uri === uri);
    this.runner.forget(uri);
  }

  private analysisOf(document: DocumentVersion): Analysis {
    const current = this.analyses.get(document.uri);
    if (current?.version === document.version) return current;
    const { uri, version } = document;
    this.dropQueued((job) => job.uri === uri);
    let findingsReady: (findings: Finding[] | null) => void = () => {};
    const analysis: Analysis = {
      version,
      findings: new Promise((resolve) => (findingsReady = resolve)),
      result: this.enqueue({ uri, version, text: analysedPart(document.getText(), this.settings.maxFileSize) }, findingsReady).then((model) => {
        // A result that arrives after a newer version or new settings is of no use to anyone.
        if (this.analyses.get(uri) !== analysis) return null;
        if (model) analysis.model = model;
        return model;
      }),
    };
    // A job dropped from the queue, or one that failed, never hands findings over first.
    void analysis.result.then((model) => findingsReady(model?.findings ?? null));
    this.analyses.set(uri, analysis);
    return analysis;
  }

  /** Open documents are analysed again on request; texts to export keep their place in the queue. */
  private dropDocumentAnalyses(): void {
    this.analyses.clear();
    this.dropQueued((job) => job.uri !== null);
  }

  private dropQueued(matches: (job: AnalysisJob) => boolean): void {
    for (let i = this.queue.length - 1; i >= 0; i--) {
      if (matches(this.queue[i].job)) this.queue.splice(i, 1)[0].settle(null);
    }
  }

  private enqueue(job: AnalysisJob, findingsReady?: FindingsReady): Promise<ArticleModel | null> {
    return new Promise((settle) => {
      this.queue.push({ job, settle, findingsReady });
      void this.runQueue();
    });
  }

  private async runQueue(): Promise<void> {
    if (this.busy) return;
    this.busy = true;
    for (let next = this.queue.shift(); next; next = this.queue.shift()) {
      try {
        next.settle(await this.runner.run(next.job, next.findingsReady));
      } catch (error) {
        this.log(`Article Lens: analysing ${next.job.uri ?? 'a file'} failed: ${error instanceof Error ? error.message : String(error)}`);
        next.settle(null);
      }
    }
    this.busy = false;
  }
}

function withinOrNull<T>(promise: Promise<T | null>, ms: number): Promise<T | null> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<null>((resolve) => (timer = setTimeout(() => resolve(null), ms)));
  return Promise.race([promise, late]).finally(() => clearTimeout(timer));
}
