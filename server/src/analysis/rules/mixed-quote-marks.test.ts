import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../index';
import { applyEdits, findingsOf } from './test-support';

const TEXT = '“One," she said. “Two," he said. “Three,” they said.';

test('a pair mixing curly and straight marks is reported, with a fix for the pair and one for the document', () => {
  const findings = findingsOf('mixed-quote-marks', TEXT);
  assert.deepEqual(findings.map((f) => TEXT.slice(f.start, f.end)), ['“One,"', '“Two,"']);
  const [pair, all] = findings[0].fixes;
  assert.equal(applyEdits(TEXT, pair.edits), '“One,” she said. “Two," he said. “Three,” they said.');
  assert.ok(all.documentWide);
  assert.equal(applyEdits(TEXT, all.edits), '“One,” she said. “Two,” he said. “Three,” they said.');
});

test('the fixes follow articleLens.quoteStyle', () => {
  const [finding] = analyze(TEXT, { quoteStyle: 'straight' }).findings.filter((f) => f.code === 'mixed-quote-marks');
  assert.equal(applyEdits(TEXT, finding.fixes[0].edits), '"One," she said. “Two," he said. “Three,” they said.');
});
