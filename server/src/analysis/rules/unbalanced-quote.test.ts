import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findingsOf } from './test-support';

test('an unclosed opening mark and a stray closing mark are errors', () => {
  const text = 'She said “we are done.\n\nThe end.” Nothing more.';
  const findings = findingsOf('unbalanced-quote', text);
  assert.deepEqual(findings.map((f) => [text.slice(f.start, f.end), f.severity]), [['“', 'error'], ['”', 'error']]);
});

test('a multi-paragraph quote is balanced', () => {
  assert.deepEqual(findingsOf('unbalanced-quote', '“We came in good faith,\n\n“and we leave in good faith,” she said.'), []);
});
