// The analysis worker thread: analyses what the language server sends it, one job at a time,
// keeping each open document's paragraph cache between versions (see analysis-runner.ts).
import { parentPort } from 'node:worker_threads';
import { ArticleModels } from './documents';
import { analyzeJob, type FromWorker, type ToWorker } from './analysis-runner';
import { warmUp } from './warm-up';

const port = parentPort!;
const models = new ArticleModels();
const reply = (message: FromWorker) => port.postMessage(message);
let jobArrived = false;

port.on('message', (message: ToWorker) => {
  jobArrived ||= message.kind === 'analyze';
  switch (message.kind) {
    case 'settings':
      return models.updateSettings(message.settings);
    case 'dictionary':
      return models.updateDictionary(message.dictionary);
    case 'forget':
      return models.forget(message.uri);
    case 'analyze':
      try {
        const { findings, ...withoutFindings } = analyzeJob(models, message.job);
        reply({ kind: 'findings', findings });
        // The findings crossed already: copying them twice doubled the time the main thread is
        // held up reading a large model (a file of quote marks has tens of thousands).
        return reply({ kind: 'analyzed', model: withoutFindings });
      } catch (error) {
        return reply({ kind: 'failed', error: error instanceof Error ? (error.stack ?? error.message) : String(error) });
      }
  }
});
reply({ kind: 'ready' });
warmUp((text, cache) => models.analyzeText(text, cache), () => jobArrived, setImmediate);
