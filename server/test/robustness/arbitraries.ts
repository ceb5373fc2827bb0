// Text generators and model invariants shared by the robustness tests.
import fc from 'fast-check';
import assert from 'node:assert/strict';
import type { ArticleModel } from '../../src/analysis/model';

/** Fixed, so a failure is reproduced by re-running the test. */
export const SEED = 20250808;

/** Pieces of news copy and of everything that breaks naive text code. */
const PIECES = [
  'Jane Roe', 'Roe', 'Roe’s', 'President Maria Okafor', 'the ministry', 'the European Commission', 'NATO', 'U.N.', 'BRUSSELS—',
  ' date 2025-08-08 ', 'date: 2025-08-08', 'said', 'told reporters', 'according to', 'on Friday', 'next week', 'by Aug. 15',
  'within 30 days', 'Friday, Aug. 12, 2025', 'in March', 'deadline', 'Mr.', 'Dr.', 'Wiliam', 'Gaddafi', 'Qaddafi', 'she', 'he',
  '“', '”', '"', "'", '‘', '’', '„', '«', '»', ',', '.', ':', ';', '—', '-', ' ', ' ', ' ', '\n', '\n\n', '\r\n', '\r\n\r\n', '\r',
  '\t', '\u0000', '\u00a0', '\u2028', '\ufeff', '😀', '👩‍👩‍👧', '🇺🇸', 'é', 'e\u0301', 'İ', 'ß', 'Ωmega', 'مرحبا', '東京',
] as const;

const loneSurrogate = fc.integer({ min: 0xd800, max: 0xdfff }).map((code) => String.fromCharCode(code));
const longLine = fc.constantFrom('a', 'A', ' ', '“', 'Roe ', 'said ').map((unit) => unit.repeat(Math.ceil(3000 / unit.length)));

/** Arbitrary text built from news copy, arbitrary Unicode, lone surrogates and very long lines. */
export const articleText: fc.Arbitrary<string> = fc
  .array(
    fc.oneof(
      { weight: 12, arbitrary: fc.constantFrom(...PIECES) },
      { weight: 3, arbitrary: fc.string({ unit: 'binary', maxLength: 8 }) },
      { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 8 }) },
      { weight: 1, arbitrary: loneSurrogate },
      { weight: 1, arbitrary: fc.constantFrom(' ', '') },
      { weight: 1, arbitrary: fc.nat(9999).map(String) },
    ),
    { maxLength: 100 },
  )
  .chain((pieces) => fc.oneof({ weight: 9, arbitrary: fc.constant(pieces.join(' ')) }, { weight: 1, arbitrary: longLine.map((line) => pieces.join('') + line) }));

const SPAN_FIELDS = ['start', 'end', 'open', 'close', 'contentStart', 'contentEnd'] as const;

function splitsSurrogatePair(text: string, offset: number): boolean {
  if (offset <= 0 || offset >= text.length) return false;
  const before = text.charCodeAt(offset - 1);
  const after = text.charCodeAt(offset);
  return before >= 0xd800 && before <= 0xdbff && after >= 0xdc00 && after <= 0xdfff;
}

/** Every offset anywhere in the model (spans, quotation marks, fix edits) lies in the text and between code points. */
export function assertOffsetsValid(text: string, model: ArticleModel): void {
  const visit = (value: unknown, path: string): void => {
    if (Array.isArray(value)) return value.forEach((item, i) => visit(item, `${path}[${i}]`));
    if (typeof value !== 'object' || value === null) return;
    const record = value as Record<string, unknown>;
    for (const field of SPAN_FIELDS) {
      const offset = record[field];
      if (typeof offset !== 'number') continue;
      assert.ok(Number.isInteger(offset) && offset >= 0 && offset <= text.length, `${path}.${field} = ${offset} outside 0..${text.length}`);
      assert.ok(!splitsSurrogatePair(text, offset), `${path}.${field} = ${offset} splits a surrogate pair`);
    }
    if (typeof record.start === 'number' && typeof record.end === 'number') assert.ok(record.start <= record.end, `${path} ends before it starts`);
    for (const [key, child] of Object.entries(record)) visit(child, `${path}.${key}`);
  };
  visit(model, 'model');
}

function assertOrdered(spans: readonly { start: number }[], what: string): void {
  for (let i = 1; i < spans.length; i++) assert.ok(spans[i - 1].start <= spans[i].start, `${what} out of order at ${i}: ${spans[i - 1].start} > ${spans[i].start}`);
}

/** The model's lists are in document order. */
export function assertOrderedLists(model: ArticleModel): void {
  assertOrdered(model.paragraphs, 'paragraphs');
  model.paragraphs.forEach((p, i) => assertOrdered(p.sentences, `sentences of paragraph ${i}`));
  assertOrdered(model.quotations, 'quotations');
  assertOrdered(model.strayQuoteMarks, 'stray quote marks');
  assertOrdered(model.dates, 'dates');
  assertOrdered(model.deadlines, 'deadlines');
  assertOrdered(model.claims, 'claims');
  assertOrdered(model.findings, 'findings');
  for (const actor of model.actors) assertOrdered(actor.mentions, `mentions of ${actor.id}`);
}

/** Applies span edits to a string, last first; they must not overlap. */
export function applySpanEdits(text: string, edits: readonly { start: number; end: number; newText: string }[]): string {
  const sorted = [...edits].sort((a, b) => a.start - b.start || a.end - b.end);
  for (let i = 1; i < sorted.length; i++) assert.ok(sorted[i - 1].end <= sorted[i].start, `edits overlap at ${sorted[i].start}`);
  let result = text;
  for (const edit of sorted.reverse()) result = result.slice(0, edit.start) + edit.newText + result.slice(edit.end);
  return result;
}
