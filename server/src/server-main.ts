// The language server's bundle (dist/server-main.js), run by the entry point dist/server.js
// (server.ts). Its analysis worker runs the bundle of analysis-worker.ts through the same entry.
import { startWorkerEarly } from './early-worker';

// The worker boots while the language server loads its own modules (require, so it starts first).
startWorkerEarly();
require('./language-server');
