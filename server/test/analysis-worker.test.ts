// Analysis off the main thread: the worker's models are the ones this thread would compute, only
// the latest version of a document is analysed, and a worker that stops or cannot start never
// costs a document its analysis.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Worker } from 'node:worker_threads';
import { analyze, type ArticleModel } from '../src/analysis';
import { WorkerRunner, type AnalysisJob, type AnalysisRunner, type FindingsReady } from '../src/analysis-runner';
import { ModelStore } from '../src/model-store';
import { ArticleModels } from '../src/documents';
import { DEFAULT_SETTINGS } from '../src/settings';
import { buildArticle, readSamples } from '../bench/corpus';
import { SAMPLES_DIR, SERVER_PATH } from './paths';

const samples = readSamples(SAMPLES_DIR);
const REFERENCE_DATE = '2025-08-08';

function document(uri: string, version: number, text: string) {
  return { uri, version, getText: () => text };
}

/** What this thread computes for the text, as the worker should. */
function inThread(text: string): ArticleModel {
  const models = new ArticleModels();
  models.updateSettings({ ...DEFAULT_SETTINGS, referenceDate: REFERENCE_DATE });
  return models.get(document('file:///in-thread.article', 1, text));
}

/** A runner whose jobs finish only when the test says so. */
class ManualRunner implements AnalysisRunner {
  readonly jobs: AnalysisJob[] = [];
  private finish: (() => void) | null = null;
  private findingsReady: (() => void) | null = null;

  run(job: AnalysisJob, findingsReady?: FindingsReady): Promise<ArticleModel> {
    this.jobs.push(job);
    this.findingsReady = () => findingsReady?.(analyze(job.text).findings);
    return new Promise((resolve) => (this.finish = () => resolve(analyze(job.text))));
  }

  /** What the worker does first: the findings, before the model. */
  handOverFindings(): void {
    this.findingsReady?.();
  }

  finishRunningJob(): void {
    this.finish?.();
    this.finish = null;
  }

  updateSettings(): void {}
  updateDictionary(): void {}
  forget(): void {}
}

/** Lets every settled promise's callbacks run. */
const settled = () => new Promise<void>((resume) => setImmediate(resume));

test('an article model crosses to another thread unchanged: plain data, no functions or class instances', () => {
  for (const sample of samples) {
    const model = analyze(sample.text, { referenceDate: REFERENCE_DATE });
    assert.deepStrictEqual(structuredClone(model), model, sample.name);
  }
});

test('the worker gives the model this thread gives, version after version of a document', async () => {
  const store = new ModelStore(new WorkerRunner(() => new Worker(SERVER_PATH), assert.fail), assert.fail);
  store.updateSettings({ ...DEFAULT_SETTINGS, referenceDate: REFERENCE_DATE });
  const text = samples[0].text;
  const edited = text.replace(/\n\n/, '\n\nThe minister, Anna Berg, said nothing.\n\n');
  assert.deepStrictEqual(await store.modelFor(document('file:///a.article', 1, text)), inThread(text));
  assert.deepStrictEqual(await store.modelFor(document('file:///a.article', 2, edited)), inThread(edited));
});

test('each version is analysed once; a queued version a newer one supersedes is never analysed', async () => {
  const runner = new ManualRunner();
  const store = new ModelStore(runner, assert.fail);
  const running = store.modelFor(document('file:///a.article', 1, 'Jane Roe spoke.'));
  const superseded = store.modelFor(document('file:///b.article', 1, 'Old text.'));
  const latest = store.modelFor(document('file:///b.article', 2, 'John Doe spoke.'));
  assert.equal(store.modelFor(document('file:///b.article', 2, 'John Doe spoke.')), latest, 'the same analysis, not a second one');
  assert.equal(await superseded, null);

  runner.finishRunningJob();
  assert.equal((await running)?.actors[0]?.name, 'Jane Roe');
  await settled();
  runner.finishRunningJob();
  assert.equal((await latest)?.actors[0]?.name, 'John Doe');
  assert.deepEqual(
    runner.jobs.map((job) => job.text),
    ['Jane Roe spoke.', 'John Doe spoke.'],
  );
});

test('new settings drop queued analyses, and a result that arrives after them is not kept', async () => {
  const runner = new ManualRunner();
  const store = new ModelStore(runner, assert.fail);
  const first = document('file:///a.article', 1, 'Jane Roe spoke.');
  const running = store.modelFor(first);
  const queued = store.modelFor(document('file:///b.article', 1, 'John Doe spoke.'));
  store.updateSettings({ ...DEFAULT_SETTINGS, referenceDate: REFERENCE_DATE });
  assert.equal(await queued, null);
  runner.finishRunningJob();
  assert.equal(await running, null, 'analysed with the old settings');

  const again = store.modelFor(first);
  await settled();
  runner.finishRunningJob();
  assert.equal((await again)?.actors[0]?.name, 'Jane Roe');
  assert.equal(runner.jobs.length, 2);
});

test('diagnostics need only the findings: they come before the model has crossed from the worker, and never for a superseded version', async () => {
  const runner = new ManualRunner();
  const store = new ModelStore(runner, assert.fail);
  const text = 'Jane Roe said “we will wait." Then she left.';
  let modelArrived = false;
  const model = store.modelFor(document('file:///a.article', 1, text)).then((m) => ((modelArrived = true), m));
  const findings = store.findingsFor(document('file:///a.article', 1, text));
  runner.handOverFindings();
  assert.deepEqual(await findings, analyze(text).findings);
  assert.ok((await findings)!.length > 0);
  assert.equal(modelArrived, false);
  runner.finishRunningJob();
  assert.deepEqual((await model)?.findings, await findings);

  const old = store.findingsFor(document('file:///b.article', 1, text));
  await settled();
  void store.modelFor(document('file:///b.article', 2, text));
  runner.handOverFindings();
  assert.equal(await old, null);

  const worker = new WorkerRunner(() => new Worker(SERVER_PATH), assert.fail);
  let early: unknown = null;
  const crossed = await worker.run({ uri: 'file:///c.article', version: 1, text }, (handed) => (early = handed));
  assert.deepEqual(early, crossed.findings, 'the worker hands the findings over too');
});

test('a request waits for a model only so long, then goes without', async () => {
  const runner = new ManualRunner();
  const store = new ModelStore(runner, assert.fail);
  assert.equal(await store.modelFor(document('file:///a.article', 1, 'Jane Roe spoke.'), 0), null);
  runner.finishRunningJob();
  assert.equal((await store.modelFor(document('file:///a.article', 1, 'Jane Roe spoke.'), 0))?.actors[0]?.name, 'Jane Roe');
});

test('a worker that stops mid-analysis is reported and replaced, and the analysis is done again', async () => {
  const workers: Worker[] = [];
  const logs: string[] = [];
  const runner = new WorkerRunner(() => {
    workers.push(new Worker(SERVER_PATH));
    return workers[workers.length - 1];
  }, (message) => logs.push(message));
  runner.updateSettings({ ...DEFAULT_SETTINGS, referenceDate: REFERENCE_DATE });
  await runner.run({ uri: 'file:///a.article', version: 1, text: samples[0].text });

  const analysis = runner.run({ uri: 'file:///b.article', version: 1, text: samples[1].text });
  await workers[0].terminate();
  assert.deepStrictEqual(await analysis, inThread(samples[1].text), 'the replacement has the settings too');
  assert.equal(workers.length, 2);
  assert.match(logs.join('\n'), /the analysis worker stopped; starting a new one/);
});

test('a text that stops the worker every time (out of memory here) is given up on after two tries, and analysis carries on', async () => {
  const logs: string[] = [];
  const store = new ModelStore(
    new WorkerRunner(() => new Worker(SERVER_PATH, { resourceLimits: { maxOldGenerationSizeMb: 16 } }), (message) => logs.push(message)),
    (message) => logs.push(message),
  );
  assert.equal(await store.modelFor(document('file:///huge.article', 1, buildArticle(samples, 500_000))), null);
  assert.equal(logs.filter((log) => /worker stopped; starting a new one.*out of memory/i.test(log)).length, 2, logs.join('\n'));
  assert.match(logs.join('\n'), /analysing file:\/\/\/huge\.article failed: the analysis worker stopped 2 times on this text/);
  assert.ok((await store.modelFor(document('file:///small.article', 1, 'Jane Roe spoke.')))?.actors.length);
});

test('when no worker can start, that is reported once and documents are analysed on this thread', async () => {
  const logs: string[] = [];
  const store = new ModelStore(new WorkerRunner(() => new Worker('/nonexistent/analysis-worker.js'), (message) => logs.push(message)), assert.fail);
  store.updateSettings({ ...DEFAULT_SETTINGS, referenceDate: REFERENCE_DATE });
  const text = samples[2].text;
  assert.deepStrictEqual(await store.modelFor(document('file:///a.article', 1, text)), inThread(text));
  assert.deepStrictEqual(await store.modelFor(document('file:///b.article', 1, samples[3].text)), inThread(samples[3].text));
  assert.equal(logs.length, 1);
  assert.match(logs[0], /could not start, so documents are analysed on the server's main thread/);
});
