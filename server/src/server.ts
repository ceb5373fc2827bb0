// Entry point of dist/server.js. On the main thread it is the language server; started again as
// a worker thread, the same bundle is its analysis worker, so the extension ships one server file.
import './compile-expressions-at-once';
import { isMainThread } from 'node:worker_threads';
import { startWorkerEarly } from './early-worker';

// require, not import: only the side chosen here may run its start-up code.
if (isMainThread) {
  startWorkerEarly(__filename);
  require('./language-server');
} else {
  require('./analysis-worker');
}
