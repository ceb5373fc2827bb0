// Random sequences of incremental edits over LSP end in the same diagnostics, outline and
// highlighting as opening the final text fresh: the paragraph cache and incremental sync
// never leave a stale trace.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { LspSession } from '../lsp-session';
import { readSamples } from '../../bench/corpus';
import { SAMPLES_DIR } from '../paths';
import { articleText, SEED } from './arbitraries';

const samples = readSamples(SAMPLES_DIR);

const editSequence = fc.array(
  fc.record({
    at: fc.double({ min: 0, max: 1, noNaN: true }),
    remove: fc.oneof(fc.constant(0), fc.nat(3), fc.nat(200)),
    insert: fc.oneof(fc.constantFrom('', 's', ' ', '\n', '\n\n', '\r\n', '“', '”', '"', 'Roe', 'Jane Roe said', 'on Friday', '😀'), articleText.map((t) => t.slice(0, 80))),
  }),
  { minLength: 1, maxLength: 12 },
);

async function view(session: LspSession, uri: string): Promise<unknown> {
  const published = await session.diagnosticsFor(uri, 10_000);
  const symbols = await session.request('textDocument/documentSymbol', { textDocument: { uri } });
  const tokens = await session.request('textDocument/semanticTokens/full', { textDocument: { uri } });
  return { diagnostics: published.diagnostics, symbols, tokens };
}

test('random incremental edits over LSP give what opening the final text gives', { timeout: 60_000 }, async () => {
  const session = new LspSession();
  session.settings = { referenceDate: '2025-08-08' };
  try {
    await session.initialize();
    let run = 0;
    await fc.assert(
      fc.asyncProperty(fc.nat(samples.length - 1), fc.boolean(), editSequence, async (sample, crlf, edits) => {
        run++;
        const initial = crlf ? samples[sample].text.replace(/\n/g, '\r\n') : samples[sample].text;
        const edited = await session.open(`edited-${run}.article`, initial);
        await session.diagnosticsFor(edited, 10_000);
        for (const { at, remove, insert } of edits) {
          const length = session.documents.get(edited)!.getText().length;
          const start = Math.floor(at * length);
          await session.change(edited, start, Math.min(length, start + remove), insert);
        }
        const finalText = session.documents.get(edited)!.getText();
        const fresh = await session.open(`fresh-${run}.article`, finalText);
        assert.deepEqual(await view(session, edited), await view(session, fresh));
      }),
      { seed: SEED, numRuns: 12 },
    );
    assert.equal(await session.close(), 0);
  } finally {
    session.kill();
  }
});
