// Entry point of dist/server.js, for the language server's process and for its analysis worker
// thread alike: it runs the server bundle (dist/server-main.js, server-main.ts) through V8's code
// cache (code-cache.ts). It imports only Node's own modules, so it loads in no time.
import './compile-expressions-at-once'; // first: V8's flags are part of what a code cache must match
import { join } from 'node:path';
import { isMainThread } from 'node:worker_threads';
import { runWithCodeCache, SAVE_AFTER_MS } from './code-cache';

const bundle = runWithCodeCache(join(__dirname, 'server-main.js'), isMainThread ? 'main' : 'worker');
setTimeout(() => bundle.save(), SAVE_AFTER_MS).unref();
