// Entry point of dist/server.js, for the language server's process and for its analysis worker
// thread alike: it runs the thread's bundle (dist/server-main.js from language-server.ts, or
// dist/analysis-worker.js from analysis-worker.ts) through V8's code cache (code-cache.ts). It
// imports only Node's own modules, so it loads in no time.
import './compile-expressions-at-once'; // first: V8's flags are part of what a code cache must match
import { join } from 'node:path';
import { isMainThread } from 'node:worker_threads';
import { runWithCodeCache, SAVE_AFTER_MS } from './code-cache';
import { startWorkerEarly } from './early-worker';

// The worker's start-up and first analysis are the longer way to the first diagnostics: it starts
// before this thread compiles its own bundle, and the bundle takes it from here (takeEarlyWorker).
if (isMainThread) startWorkerEarly();
export { takeEarlyWorker } from './early-worker';

const [file, role] = isMainThread ? ['server-main.js', 'main'] : ['analysis-worker.js', 'worker'];
const bundle = runWithCodeCache(join(__dirname, file), role);
setTimeout(() => bundle.save(), SAVE_AFTER_MS).unref();
