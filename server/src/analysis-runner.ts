// Where analyses run. Normally in a worker thread, so a long analysis (a 100,000-line file
// takes seconds) never holds up the language server's main thread; on this thread only when
// no worker can start. Runners take one job at a time: ModelStore queues the rest.
import type { Worker } from 'node:worker_threads';
import { analysisWorker } from './early-worker';
import type { ArticleModel } from './analysis';
import type { Finding } from './analysis/model';
import type { UserDictionary } from './analysis/dictionary';
import { ArticleModels } from './documents';
import type { Settings } from './settings';

/** A version of an open document, or (uri null) a text analysed once, without a paragraph cache. */
export type AnalysisJob = { uri: string; version: number; text: string } | { uri: null; text: string };

export type ToWorker =
  | { kind: 'settings'; settings: Settings }
  | { kind: 'dictionary'; dictionary: UserDictionary }
  | { kind: 'analyze'; job: AnalysisJob }
  | { kind: 'forget'; uri: string };

/** The analysed model comes without its findings, which the message before it carried. */
export type FromWorker = { kind: 'ready' } | { kind: 'findings'; findings: Finding[] } | { kind: 'analyzed'; model: Omit<ArticleModel, 'findings'> } | { kind: 'failed'; error: string };

/**
 * Gets a job's findings as soon as they exist: diagnostics need nothing else, and copying a large
 * model from the worker takes several milliseconds more (13 ms for a 130 KB article).
 */
export type FindingsReady = (findings: Finding[]) => void;

export interface AnalysisRunner {
  /** Never called again before the previous job settles. */
  run(job: AnalysisJob, findingsReady?: FindingsReady): Promise<ArticleModel>;
  updateSettings(settings: Settings): void;
  updateDictionary(dictionary: UserDictionary): void;
  /** The document was closed: its paragraph cache can go. */
  forget(uri: string): void;
}

/** Does a job with the models of the thread it runs on: the worker's, or this one's. */
export function analyzeJob(models: ArticleModels, job: AnalysisJob): ArticleModel {
  return job.uri === null ? models.analyzeText(job.text) : models.get({ uri: job.uri, version: job.version, getText: () => job.text });
}

/** Analyses on the calling thread, after letting requests already received be answered. */
export class InThreadRunner implements AnalysisRunner {
  private readonly models = new ArticleModels();

  async run(job: AnalysisJob, findingsReady?: FindingsReady): Promise<ArticleModel> {
    await new Promise<void>((resume) => setImmediate(resume));
    const model = analyzeJob(this.models, job);
    findingsReady?.(model.findings);
    return model;
  }

  updateSettings(settings: Settings): void {
    this.models.updateSettings(settings);
  }

  updateDictionary(dictionary: UserDictionary): void {
    this.models.updateDictionary(dictionary);
  }

  forget(uri: string): void {
    this.models.forget(uri);
  }
}

/** A job that stops the worker this many times is given up on, so one poisonous text cannot restart it forever. */
const CRASHES_PER_JOB = 2;

interface RunningJob {
  job: AnalysisJob;
  findingsReady?: FindingsReady;
  findings?: Finding[];
  crashes: number;
  resolve: (model: ArticleModel) => void;
  reject: (error: Error) => void;
}

/**
 * Runs jobs in a worker thread. A worker that stops (an uncaught error, out of memory) is
 * reported and replaced, and the job it was running is sent to the new one; a worker that
 * cannot start at all is reported once and this thread analyses instead.
 */
export class WorkerRunner implements AnalysisRunner {
  private worker: Worker;
  private running: RunningJob | null = null;
  private inThread: InThreadRunner | null = null;
  // Replayed to a replacement worker, which starts with the defaults.
  private settings: Settings | null = null;
  private dictionary: UserDictionary | null = null;

  constructor(
    private readonly spawn: () => Worker,
    private readonly log: (message: string) => void,
  ) {
    this.worker = this.start();
  }

  run(job: AnalysisJob, findingsReady?: FindingsReady): Promise<ArticleModel> {
    if (this.inThread) return this.inThread.run(job, findingsReady);
    return new Promise((resolve, reject) => {
      this.running = { job, findingsReady, crashes: 0, resolve, reject };
      this.analyzeInWorker(job);
    });
  }

  updateSettings(settings: Settings): void {
    this.settings = settings;
    if (this.inThread) this.inThread.updateSettings(settings);
    else this.worker.postMessage({ kind: 'settings', settings } satisfies ToWorker);
  }

  updateDictionary(dictionary: UserDictionary): void {
    this.dictionary = dictionary;
    if (this.inThread) this.inThread.updateDictionary(dictionary);
    else this.worker.postMessage({ kind: 'dictionary', dictionary } satisfies ToWorker);
  }

  forget(uri: string): void {
    if (this.inThread) this.inThread.forget(uri);
    else this.worker.postMessage({ kind: 'forget', uri } satisfies ToWorker);
  }

  private analyzeInWorker(job: AnalysisJob): void {
    // Only a running job keeps the process alive; an idle worker does not.
    this.worker.ref();
    this.worker.postMessage({ kind: 'analyze', job } satisfies ToWorker);
  }

  private start(): Worker {
    const worker = this.spawn();
    let ready = false;
    let failure = '';
    worker.on('message', (message: FromWorker) => {
      if (message.kind === 'ready') ready = true;
      else if (message.kind === 'findings') this.findingsArrived(message.findings);
      else this.finished(message);
    });
    worker.on('error', (error) => (failure = error.stack ?? error.message));
    worker.on('exit', (code) => this.stopped(ready, failure || `exit code ${code}`));
    worker.unref();
    if (this.settings) worker.postMessage({ kind: 'settings', settings: this.settings } satisfies ToWorker);
    if (this.dictionary) worker.postMessage({ kind: 'dictionary', dictionary: this.dictionary } satisfies ToWorker);
    return worker;
  }

  private findingsArrived(findings: Finding[]): void {
    if (!this.running) return;
    this.running.findings = findings;
    this.running.findingsReady?.(findings);
  }

  private finished(message: Extract<FromWorker, { kind: 'analyzed' | 'failed' }>): void {
    const running = this.running;
    this.running = null;
    this.worker.unref();
    if (message.kind === 'analyzed') running?.resolve({ ...message.model, findings: running.findings ?? [] });
    else running?.reject(new Error(message.error));
  }

  private stopped(ready: boolean, reason: string): void {
    const running = this.running;
    if (!ready) {
      this.log(`Article Lens: the analysis worker could not start, so documents are analysed on the server's main thread (slower to answer while analysing). ${reason}`);
      this.inThread = new InThreadRunner();
      if (this.settings) this.inThread.updateSettings(this.settings);
      if (this.dictionary) this.inThread.updateDictionary(this.dictionary);
      this.running = null;
      if (running) this.inThread.run(running.job, running.findingsReady).then(running.resolve, running.reject);
      return;
    }
    this.log(`Article Lens: the analysis worker stopped; starting a new one. ${reason}`);
    this.worker = this.start();
    if (!running) return;
    if (++running.crashes >= CRASHES_PER_JOB) {
      this.running = null;
      running.reject(new Error(`the analysis worker stopped ${running.crashes} times on this text: ${reason}`));
    } else {
      this.analyzeInWorker(running.job);
    }
  }
}

/** The analysis worker (analysis-worker.ts, started through the entry point), else this thread. */
export function startAnalysisRunner(log: (message: string) => void): AnalysisRunner {
  try {
    return new WorkerRunner(analysisWorker, log);
  } catch (error) {
    log(`Article Lens: no analysis worker (${error instanceof Error ? error.message : String(error)}), so documents are analysed on the server's main thread.`);
    return new InThreadRunner();
  }
}
