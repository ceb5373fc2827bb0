// The analysis worker is started before the language server loads its own modules, so it boots
// meanwhile and the first diagnostics come sooner. It imports none of the server's other modules for that reason.
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

export function startWorkerEarly(): void {
  try {
    early = new Worker(WORKER_ENTRY, ANALYSIS_WORKER_OPTIONS);
  } catch {
    // analysisWorker() tries again, and startAnalysisRunner reports the failure.
  }
}

/** The worker started early the first time, a new one after that. */
export function analysisWorker(): Worker {
  const worker = early ?? new Worker(WORKER_ENTRY, ANALYSIS_WORKER_OPTIONS);
  early = null;
  return worker;
}
