// The language server bundle (dist/server-main.js), run by the entry point dist/server.js (server.ts).
// On the main thread it is the language server; started again as a worker thread, the same bundle
// is its analysis worker.
import { isMainThread } from 'node:worker_threads';
import { startWorkerEarly } from './early-worker';

// require, not import: only the side chosen here may run its start-up code.
if (isMainThread) {
  startWorkerEarly();
  require('./language-server');
} else {
  require('./analysis-worker');
}
