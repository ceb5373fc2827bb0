import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Worker } from 'node:worker_threads';
import { analysisWorker, type takeEarlyWorker } from './early-worker';

// The server's bundle and its entry point (server.ts) each have their own copy of early-worker.ts:
// the bundle finds the worker the entry started on the exports of the process's main module, which
// under the test runner is this file.
test('the analysis worker is the one the entry point started early, asked of the main module', () => {
  const startedEarly = { threadId: 7 } as unknown as Worker;
  let asked = 0;
  const take: typeof takeEarlyWorker = () => (asked++ === 0 ? startedEarly : null);
  assert.equal(require.main, module, 'this test runs as the main module');
  (module.exports as { takeEarlyWorker?: typeof takeEarlyWorker }).takeEarlyWorker = take;
  assert.equal(analysisWorker(), startedEarly);
  assert.equal(asked, 1);
});
