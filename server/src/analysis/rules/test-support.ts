import { analyze } from '../index';
import type { Finding } from '../model';

/** Findings of one rule on a text. */
export function findingsOf(ruleId: string, text: string, referenceDate: string | null = null): Finding[] {
  return analyze(text, { referenceDate, today: '2025-08-08' }).findings.filter((f) => f.code === ruleId);
}

/** Applies text edits (non-overlapping) to a text. */
export function applyEdits(text: string, edits: readonly { start: number; end: number; newText: string }[]): string {
  return [...edits].sort((a, b) => b.start - a.start).reduce((out, e) => out.slice(0, e.start) + e.newText + out.slice(e.end), text);
}
