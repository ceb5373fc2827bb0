// Property-based tests: whatever text comes in, analyze() and the edits built on it behave.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { CodeAction, TextEdit as LspTextEdit, WorkspaceEdit } from 'vscode-languageserver';
import { analyze, ParagraphCache } from '../../src/analysis';
import { renameEdits } from '../../src/analysis/rename';
import { rename } from '../../src/features/rename';
import { codeActions } from '../../src/features/code-actions';
import { toRange } from '../../src/positions';
import { readSamples } from '../../bench/corpus';
import { SAMPLES_DIR } from '../paths';
import { applySpanEdits, articleText, assertOffsetsValid, assertOrderedLists, SEED } from './arbitraries';

const OPTIONS = { referenceDate: '2025-08-08', today: '2025-08-20' };

test('analyze() never throws on arbitrary text; every offset lies in the text, between code points; lists are in document order', () => {
  fc.assert(
    fc.property(articleText, (text) => {
      const model = analyze(text, OPTIONS);
      assertOffsetsValid(text, model);
      assertOrderedLists(model);
    }),
    { seed: SEED, numRuns: 150 },
  );
});

const edit = fc.record({ at: fc.double({ min: 0, max: 1, noNaN: true }), remove: fc.nat(40), insert: fc.oneof(articleText.map((t) => t.slice(0, 60)), fc.constantFrom('', 's', '\n', '\n\n', '“', '”', 'Roe')) });

test('a paragraph cache reused across a random sequence of edits gives the model a fresh analysis gives', () => {
  fc.assert(
    fc.property(articleText, fc.array(edit, { minLength: 1, maxLength: 5 }), (initial, edits) => {
      const cache = new ParagraphCache();
      let text = initial;
      analyze(text, { ...OPTIONS, cache });
      for (const { at, remove, insert } of edits) {
        const start = Math.floor(at * text.length);
        text = text.slice(0, start) + insert + text.slice(Math.min(text.length, start + remove));
        assert.deepEqual(analyze(text, { ...OPTIONS, cache }), analyze(text, OPTIONS));
      }
    }),
    { seed: SEED, numRuns: 40 },
  );
});

/** Edits of a WorkspaceEdit for one document, applied the way an editor applies them. */
function applyWorkspaceEdit(document: TextDocument, workspaceEdit: WorkspaceEdit | null | undefined): string {
  const edits: LspTextEdit[] = workspaceEdit?.changes?.[document.uri] ?? [];
  return TextDocument.applyEdits(document, edits);
}

const samples = readSamples(SAMPLES_DIR);

/** A real article, perhaps with CRLF line ends, with arbitrary text spliced in somewhere. */
const splicedArticle = fc
  .record({ sample: fc.nat(samples.length - 1), at: fc.double({ min: 0, max: 1, noNaN: true }), insert: articleText, crlf: fc.boolean() })
  .map(({ sample, at, insert, crlf }) => {
    const base = crlf ? samples[sample].text.replace(/\n/g, '\r\n') : samples[sample].text;
    const cut = Math.floor(at * base.length);
    return base.slice(0, cut) + insert.slice(0, 400) + base.slice(cut);
  });

test('rename replaces exactly the mentions of the actor, with the new name or its surname, and nothing else', () => {
  fc.assert(
    fc.property(splicedArticle, (text) => {
      const document = TextDocument.create('file:///robustness/rename.article', 'article', 1, text);
      const model = analyze(text, OPTIONS);
      for (const actor of model.actors.slice(0, 6)) {
        const named = actor.mentions.find((m) => m.form !== 'description');
        if (!named) continue;
        const spanEdits = renameEdits(actor, 'Zed Quill');
        const mentionSpans = new Set(actor.mentions.map((m) => `${m.start}:${m.end}`));
        for (const e of spanEdits) {
          assert.ok(mentionSpans.has(`${e.start}:${e.end}`), `rename edit ${e.start}-${e.end} is not a mention of ${actor.id}`);
          assert.ok(['Zed Quill', 'Zed', 'Quill'].includes(e.newText), `rename writes "${e.newText}"`);
        }
        const expected = applySpanEdits(text, spanEdits);
        const position = toRange(document, named).start;
        assert.equal(applyWorkspaceEdit(document, rename(document, model, position, 'Zed Quill')), expected, `rename of ${actor.id} over LSP`);
      }
    }),
    { seed: SEED, numRuns: 40 },
  );
});

test('every quick fix, applied as the editor applies it, gives exactly the text its edits describe', () => {
  fc.assert(
    fc.property(fc.oneof(splicedArticle, articleText), (text) => {
      const document = TextDocument.create('file:///robustness/fix.article', 'article', 1, text);
      const model = analyze(text, OPTIONS);
      for (const finding of model.findings.filter((f) => f.fixes.length > 0).slice(0, 20)) {
        const actions: CodeAction[] = codeActions(document, model, { textDocument: { uri: document.uri }, range: toRange(document, finding), context: { diagnostics: [] } });
        for (const fix of finding.fixes) {
          const action = actions.find((a) => a.title === fix.title);
          assert.ok(action, `no code action for "${fix.title}"`);
          assert.equal(applyWorkspaceEdit(document, action.edit), applySpanEdits(text, fix.edits), `"${fix.title}" (${finding.code})`);
        }
      }
    }),
    { seed: SEED, numRuns: 50 },
  );
});
