// The analysis worker is started before the language server loads its own modules, so it boots
// meanwhile and the first diagnostics come sooner. This module imports nothing else for that reason.
import { Worker } from 'node:worker_threads';

let early: Worker | null = null;

export function startWorkerEarly(script: string): void {
  try {
    early = new Worker(script);
  } catch {
    // analysisWorker() tries again, and startAnalysisRunner reports the failure.
  }
}

/** The worker started early the first time, a new one after that. */
export function analysisWorker(script: string): Worker {
  const worker = early ?? new Worker(script);
  early = null;
  return worker;
}
