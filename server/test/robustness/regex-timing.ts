// Runs regular expressions over pathological 100 KB inputs in a worker thread that is killed
// when one of them runs too long, so catastrophic backtracking fails a test instead of hanging it.
import { Worker } from 'node:worker_threads';

export interface RegexCase {
  source: string;
  flags: string;
}

export interface RegexTiming extends RegexCase {
  /** The input that took longest, described ("'a' × 100000"). */
  slowestInput: string;
  ms: number;
  /** Killed after the time limit. */
  hung: boolean;
}

export const PATHOLOGICAL_LENGTH = 100_000;

// Plain JavaScript run by the worker: builds the inputs for each expression from its own
// literal words and characters plus generic troublemakers, and reports one timing per case.
const WORKER_SOURCE = String.raw`
const { parentPort, workerData } = require('node:worker_threads');
const { cases, length, start } = workerData;
const GENERIC = ['a', 'A', ' ', 'Aa ', 'a ', '1', '12 ', '. ', ', ', '\n', '\n\n', '“', '”', '"', "'", '’', '-', 'Jane Roe said ', 'Mr. ', 'U.S. '];
function units(source) {
  const words = [...new Set(source.replace(/\\[a-zA-Z]/g, ' ').match(/[A-Za-z]{3,}/g) || [])].slice(0, 8);
  const marks = [...new Set(source.replace(/\\[a-zA-Z]/g, '').match(/[^A-Za-z0-9\s\\()[\]{}|?*+^$]/g) || [])].slice(0, 6);
  return [...GENERIC, ...words.flatMap((w) => [w + ' ', w[0].toUpperCase() + w.slice(1) + ' ']), ...marks];
}
for (let i = start; i < cases.length; i++) {
  const { source, flags } = cases[i];
  let slowest = { ms: -1, input: '' };
  try {
    const regex = new RegExp(source, flags.replace(/[gy]/g, '') + 'g');
    for (const unit of units(source)) {
      const input = unit.repeat(Math.ceil(length / unit.length)).slice(0, length) + '\u0001';
      const described = JSON.stringify(unit) + ' × ' + Math.ceil(length / unit.length);
      parentPort.postMessage({ index: i, trying: described });
      const began = performance.now();
      regex.lastIndex = 0;
      for (let m = regex.exec(input); m; m = regex.exec(input)) if (m[0] === '') regex.lastIndex++;
      const ms = performance.now() - began;
      if (ms > slowest.ms) slowest = { ms, input: described };
    }
  } catch (error) {
    slowest = { ms: 0, input: 'cannot compile: ' + error.message };
  }
  parentPort.postMessage({ index: i, ms: slowest.ms, input: slowest.input });
}
`;

/**
 * Times every case; a case whose inputs together take longer than `limitMs` is reported as hung
 * (its worker is terminated and the rest continue in a new one).
 */
export async function timeRegexes(cases: readonly RegexCase[], limitMs: number): Promise<RegexTiming[]> {
  const timings: RegexTiming[] = [];
  let start = 0;
  while (start < cases.length) {
    start = await new Promise<number>((resume, fail) => {
      const worker = new Worker(WORKER_SOURCE, { eval: true, workerData: { cases, length: PATHOLOGICAL_LENGTH, start } });
      let next = start;
      let trying = '';
      let watchdog = setTimeout(hang, limitMs);
      function hang() {
        timings.push({ ...cases[next], slowestInput: trying, ms: limitMs, hung: true });
        void worker.terminate();
        resume(next + 1);
      }
      worker.on('message', ({ index, ms, input, trying: unit }: { index: number; ms: number; input: string; trying?: string }) => {
        if (unit !== undefined) {
          trying = unit;
          return;
        }
        clearTimeout(watchdog);
        timings.push({ ...cases[index], slowestInput: input, ms, hung: false });
        next = index + 1;
        if (next >= cases.length) {
          void worker.terminate();
          resume(next);
        } else {
          watchdog = setTimeout(hang, limitMs);
        }
      });
      worker.on('error', (error) => {
        clearTimeout(watchdog);
        fail(error);
      });
    });
  }
  return timings;
}
