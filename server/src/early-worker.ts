// The analysis worker is started by the entry point (server.ts) before the language server's
// bundle is even compiled, so it boots meanwhile and the first diagnostics come sooner. The entry
// bundles this module too: it imports only Node's own modules.
import { join } from 'node:path';
import { Worker, type WorkerOptions } from 'node:worker_threads';

/** The worker starts through the server's entry point beside this bundle, so it too loads the bundle from the code cache. */
const WORKER_ENTRY = join(__dirname, 'server.js');

/**
 * How the analysis worker runs. A keystroke in a name in a 130 KB document allocates ~7 MB that
 * lives until the model is built; with V8's default young generation (16 MB semi-spaces) that
 * costs a scavenge every keystroke or two, with 32 MB ones far fewer: the median such keystroke
 * took ~35 % less CPU, for up to ~60 MB more resident memory while a large document is edited.
 * The workspace index runs on the main thread and is not affected.
 */
export const ANALYSIS_WORKER_OPTIONS: WorkerOptions = { resourceLimits: { maxYoungGenerationSizeMb: 96 } };

let early: Worker | null = null;

/** Called by the entry point (server.ts), which the server's bundle is loaded by. */
export function startWorkerEarly(): void {
  try {
    early = new Worker(WORKER_ENTRY, ANALYSIS_WORKER_OPTIONS);
  } catch {
    // analysisWorker() tries again, and startAnalysisRunner reports the failure.
  }
}

/** The worker started early, once: null after that, or if none started. */
export function takeEarlyWorker(): Worker | null {
  const worker = early;
  early = null;
  return worker;
}

/**
 * The worker the entry point started early the first time, a new one after that. The entry and
 * the server's bundle are bundled apart, each with its own copy of this module: the entry's
 * copy holds the worker, and the bundle asks the entry (the process's main module) for it.
 */
export function analysisWorker(): Worker {
  const entry = require.main?.exports as { takeEarlyWorker?: typeof takeEarlyWorker } | undefined;
  return entry?.takeEarlyWorker?.() ?? new Worker(WORKER_ENTRY, ANALYSIS_WORKER_OPTIONS);
}
